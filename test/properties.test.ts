/**
 * Properties every text reader keeps: it never throws on any string, every result passes its zod schema, every
 * `text` and `index` quote the input exactly, a non-string is a TypeError, and Unicode variants of a text (য় in
 * either encoding, joiners inside words, no-break spaces, the fullwidth colon) give the same result as the clean text.
 */
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import * as schemas from "../src/schemas.ts";

type Reader = (text: string, options?: object) => unknown;

const REFERENCE = { reference: "2025-07-13T10:26:00+06:00" };

/** Each reader with the schema of its result (`null`-able where the contract says so). */
const CASES: ReadonlyArray<readonly [reader: string, schema: string, shape: "value" | "nullable" | "array"]> = [
  ["parseTime", "ParsedTimeSchema", "nullable"],
  ["parseDate", "ParsedDateSchema", "nullable"],
  ["parseDateline", "DatelineSchema", "value"],
  ["findDates", "ParsedDateSchema", "array"],
  ["findAgency", "AgencySchema", "nullable"],
  ["findAttributions", "AttributionSchema", "array"],
  ["parseByline", "BylineSchema", "value"],
  ["splitCaption", "CaptionSchema", "value"],
  ["parseCredit", "CreditSchema", "nullable"],
  ["extractArticle", "ArticleSchema", "value"],
  ["findSignOff", "SignOffMatchSchema", "nullable"],
  ["matchAgencyAtStart", "AgencyMatchSchema", "nullable"],
  ["matchAgencyAtEnd", "AgencyMatchSchema", "nullable"],
];

const present = CASES.flatMap(([name, schemaName, shape]) => {
  const reader = (api as Record<string, unknown>)[name];
  const schema = (schemas as Record<string, unknown>)[schemaName];
  return typeof reader === "function" && schema !== undefined
    ? [[name, reader as Reader, schema as z.ZodType, shape] as const]
    : [];
});

const BENGALI = [..."অআইউএওকখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁািীুূৃেৈোৌ়্০১২৩৪৫৬৭৮৯"];
const OTHER = [..." ,.:;|/-–’'()\n\u00A0\u200C\u200D\u200B\uFF1A।॥0123456789APMamp", "\uD800", "\uDC00", "\u0301"];
const WORDS = ["প্রকাশিত: ", "আপডেট", "১০:২৬ এএম", "১৩ জুলাই ২০২৫", "ডেস্ক", "প্রতিনিধি", "ছবি: ", "খবর ", "বিবিসির", "রয়টার্স", "মোঃ ", "বৈশাখ", "হিজরি", "গতকাল", "আগে"];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...BENGALI, ...OTHER), maxLength: 80 }),
  fc.array(fc.constantFrom(...WORDS, ...OTHER), { maxLength: 20 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

function conforms(schema: z.ZodType, shape: "value" | "nullable" | "array", result: unknown): void {
  if (shape === "array") {
    expect(Array.isArray(result)).toBe(true);
    for (const item of result as unknown[]) schema.parse(item);
  } else if (!(shape === "nullable" && result === null)) {
    schema.parse(result);
  }
}

describe.each(present)("%s", (name, reader, schema, shape) => {
  it("never throws on a string, and its result passes the schema and quotes the input", () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = reader(input, REFERENCE);
        conforms(schema, shape, result);
        expectSpansQuote(input, result);
      }),
      { numRuns: 300 },
    );
  });

  it("throws a TypeError on a non-string", () => {
    for (const value of [undefined, null, 42, {}, ["text"]]) {
      expect(() => reader(value as unknown as string), `${name}(${JSON.stringify(value)})`).toThrow(TypeError);
    }
  });
});

/** Readers that take a `reference`, on relative text that counts from it. */
const RELATIVE_TEXTS = ["আগামীকাল", "গতকাল রাতে", "৩ দিন পর খুলবে", "৫ ঘণ্টা আগে", "গত শনিবার", "২৫ ডিসেম্বর", "এইমাত্র"];

describe.each(["parseDate", "parseDateline", "findDates", "extractArticle"] as const)("%s against any instant", (name) => {
  it("gives a result that passes the schema for a reference of the years 1 to 9999, and a RangeError outside them", () => {
    const reader = api[name] as Reader;
    const schema = schemas[CASES.find(([reader]) => reader === name)?.[1] as keyof typeof schemas] as z.ZodType;
    const shape = CASES.find(([reader]) => reader === name)?.[2] ?? "value";
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.constantFrom(...RELATIVE_TEXTS), fc.constantFrom("Asia/Dhaka", "UTC", "Pacific/Kiritimati"), (ms, input, timeZone) => {
        const reference = new Date(ms);
        const year = reference.getUTCFullYear();
        if (year >= 1 && year <= 9999) conforms(schema, shape, reader(input, { reference, timeZone }));
        else expect(() => reader(input, { reference, timeZone })).toThrow(RangeError);
      }),
      { numRuns: 300 },
    );
  });
});

/** Clean texts from every domain; their variants must read the same. */
const CLEAN = [
  "প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫",
  "প্রকাশ: ১৪ মার্চ ২০২৪, ০৭:৪২ পিএম | আপডেট: ১৪ মার্চ ২০২৪, ০৯:০৫ পিএম",
  "আপডেট : ১২ মে ২০২৪, ১৬:২৫",
  "রোববার বিকেল ৩টায় সমাবেশ হবে",
  "বৃহস্পতিবার (৭ আগস্ট) রয়টার্সের এক প্রতিবেদনে বলা হয়েছে",
  "খবর বিবিসির। বার্তা সংস্থা এএফপি জানিয়েছে",
  "মোঃ হৃদয় হোসাইন, ময়মনসিংহ প্রতিনিধি",
  "আন্তর্জাতিক ডেস্ক",
  "নদীভাঙনে বিলীন বসতঘর। ছবি: সংগৃহীত",
  "ভ্লাদিমির পুতিন এবং কিম জং উন/ ফাইল ছবি এএফপি",
  "ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, ১৫ এপ্রিল ২০২৪",
  "শিরোনাম\n\nপ্রথম অনুচ্ছেদ। মেলা চলবে দশ দিন।\n\nশেষ অনুচ্ছেদে উপস্থিত ছিলেন মন্ত্রী। (হি.স.)",
  "সড়কের কাজ শুরু হয়েছে বলে জানা গেছে। এনআই/এএস",
  "আনাদোলু এজেন্সির বরাতে এ খবর এসেছে। পরে রয়টার্স জানিয়েছে, আলোচনা চলছে।",
  "মেলায় ভিড়। ফাইল ছবি",
  "—এএফপি",
  "ভয়েস অফ এ্\u200Cযামেরিকা জানায়, এ্\u200Dযাসোসিয়েটেড প্রেসও",
  "রয়টার্স, এএফপি, এপি, ইপিএ, আনাদোলু এজেন্সি, সিনহুয়া, বাসস, ইউএনবি, গেটি ইমেজেস, শাটারস্টক, পেক্সেলস, ফ্রিপিক, বিবিসি,",
  "১৩ জুলাই ২০২৫, ১০:২৬ পূর্বাহ্ণ\nআপডেট: ১৩ জুলাই ২০২৫, ১১:১৫ পূর্বাহ্ণ",
  "মেলা চলবে ১০ থেকে\n\n১২ মার্চ পর্যন্ত। খবর\nবিবিসির।",
  "শিরোনাম\n\nপ্রকাশ: ১১ আগস্ট ২০২৬, ০৭:৩০\n\nপ্রথম অনুচ্ছেদ।\n\nশেষ অনুচ্ছেদ।\n\nপ্রতিবেদন: রাশেদুল ইসলাম, নাটোর",
  "মতামত\nনদী বাঁচাতে কী দরকার\n\nশেখ রোকন\nপ্রকাশ: ১৮ মার্চ ২০২৭, ১১:০০\n\nনদীগুলো দখলে বিপন্ন।\n\nশেখ রোকন: লেখক ও গবেষক",
];

const NUKTA_FORMS: ReadonlyArray<readonly [string, string]> = [
  ["\u09AF\u09BC", "\u09DF"],
  ["\u09A1\u09BC", "\u09DC"],
  ["\u09A2\u09BC", "\u09DD"],
];

const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["য় ড় ঢ় as single code points", (t) => NUKTA_FORMS.reduce((s, [nfc, single]) => s.replaceAll(nfc, single), t.normalize("NFC"))],
  ["no-break spaces", (t) => t.replaceAll(" ", "\u00A0")],
  ["ZWNJ after every virama but ত's", (t) => t.replace(/(?<!\u09A4)\u09CD/gu, "\u09CD\u200C")],
  ["ৎ as ত্ + ZWNJ", (t) => t.replaceAll("\u09CE", "\u09A4\u09CD\u200C")],
  ["fullwidth colon", (t) => t.replaceAll(":", "\uFF1A")],
  ["ো written as ে + া", (t) => t.replaceAll("\u09CB", "\u09C7\u09BE")],
  ["ZWJ after every virama but ত's", (t) => t.replace(/(?<!\u09A4)\u09CD/gu, "\u09CD\u200D")],
  ["ZWNJ between letters", (t) => t.replace(/([\u0995-\u09B9])(?=[\u0995-\u09B9])/gu, "$1\u200C")],
  ["danda followed by a no-break space", (t) => t.replaceAll("\u0964 ", "\u0964\u00A0")],
  ["৷ typed for every danda", (t) => t.replaceAll("\u0964", "\u09F7")],
  ["a no-break space at either end", (t) => `\u00A0${t}\u00A0`],
  ["\\r\\n line ends", (t) => t.replaceAll("\n", "\r\n")],
];

const AS_WRITTEN = new Set(["signOff", "authorNote", "initials"]);

function withoutJoiners(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutJoiners);
  return typeof value === "string" ? value.replace(/[\u200B-\u200D]/gu, "").replaceAll("\u00A0", " ").replaceAll("\uFF1A", ":").normalize("NFC") : value;
}

/** The result without the spans, which quote the input as it was and so differ by design. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "text" && key !== "index" && key !== "caption" && key !== "body" && key !== "headline")
        // a sign-off, its initials and an author's note are kept as written: they may differ by the joiners, no-break
        // spaces, colon and marks the variant put in
        .map(([key, inner]) => [key, AS_WRITTEN.has(key) ? withoutJoiners(inner) : withoutSpans(inner)]),
    );
  }
  return value;
}

describe.each(present)("%s reads Unicode variants as the clean text", (_name, reader) => {
  it.each(VARIANTS)("%s", (_variant, vary) => {
    for (const clean of CLEAN) {
      expect(withoutSpans(reader(vary(clean), REFERENCE)), clean).toEqual(withoutSpans(reader(clean, REFERENCE)));
    }
  });
});

/** Texts whose words a variant may split or respell where a reader once looked at the input as written: hours in words
 * after a day part, a district in the genitive, a staff role before a correspondent's, এ্যা, a long bare credit,
 * slashed lines that are no sign-off, a name above its role line, a caption's label, a division above the headline, an
 * outlet's slogan closing the page, and a numbered list of outlets. */
const PRINTED_SHAPES = [
  "শুক্রবার সন্ধ্যা সাতটায় খেলা শুরু",
  "ভোর পাঁচটার দিকে লঞ্চটি ডুবে যায়",
  "রফিকুল ইসলাম, বগুড়ার শেরপুর প্রতিনিধি",
  "নিজস্ব প্রতিবেদক ও চাঁদপুর প্রতিনিধি",
  "ভয়েস অফ এ্যামেরিকা জানিয়েছে, ভোট হবে।",
  "রয়টার্স, এএফপি, এপি, ইপিএ, আনাদোলু এজেন্সি, সিনহুয়া, বাসস, ইউএনবি, গেটি ইমেজেস, শাটারস্টক, পেক্সেলস, ফ্রিপিক, বিবিসি",
  "ঝড়ে গাছ উপড়ে পড়েছে।\n\nফাইল ছবি / এএফপি",
  "Heavy rain lashed the capital on Tuesday.\n\nMH/AS/1430 hrs",
  "বন্যায় ক্ষতিগ্রস্ত এলাকা\nতানিয়া আক্তার\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ১০ জুলাই ২০২৫, ১০:০০\nবন্যায় বহু এলাকা ক্ষতিগ্রস্ত হয়েছে।",
  "গাজায় ত্রাণ পৌঁছেছে\n\nছবির উৎস, Reuters\nছবির ক্যাপশান, ত্রাণের অপেক্ষায় শিশুরা\n\nগাজায় ত্রাণবাহী ট্রাক ঢুকেছে।",
  "রাজশাহী বিভাগ\n\nআমের দাম নিয়ে হতাশ চাষিরা\n\nনওগাঁ প্রতিনিধি\n\nহাটে আম বিক্রি হচ্ছে কম দামে।",
  "ডেঙ্গুতে আরও ৭ মৃত্যু\n\nনিজস্ব প্রতিবেদক\n\nসারা দেশে আরও সাতজনের মৃত্যু হয়েছে।\n\nএসএইচ/এমএস\n\nসমকাল | অসংকোচ প্রকাশের দুরন্ত সাহস",
  "সেরা সংবাদমাধ্যমের তালিকা:\n১. বিবিসি\n২. সিএনএন",
  "ঢাকায় বৃষ্টি\nনিজস্ব প্রতিবেদক\nরাজধানীতে আজ ভারী বৃষ্টি হয়েছে।\nসম্পাদক: মতিউর রহমান\n১৩৬ তেজগাঁও শিল্প এলাকা, ঢাকা",
] as const;

/** Texts in the shapes read lately (lists and ranges of days, glued days, এইমাত্র, seconds, zones between a time and a
 * date, inflected months, dotted quantities, alternates and namesakes, one-word names, organisation credits, ও lists,
 * paragraphs and sign-offs printed twice), the printed shapes above, and a line that loses its sign-off. */
const RECENT = [
  "৮, ৯ ও ১০ সেপ্টেম্বর ঝড়বৃষ্টি হতে পারে",
  "২১-২৩ মার্চ ২০২৪ সম্মেলন চলে",
  "১৭ থেকে ১৯ নভেম্বর পর্যন্ত স্কুল বন্ধ থাকবে",
  "২৬ জানুয়ারি থেকে ৩ ফেব্রুয়ারি ২০২৫ পর্যন্ত মেলা",
  "মঙ্গলবার২২ এপ্রিল সকালে সড়ক অবরোধ",
  "এইমাত্র পাওয়া খবরে জানা গেছে",
  "৪৫ সেকেন্ড আগে",
  "রাত ৯টায় (বাংলাদেশ সময়), ১১ অক্টোবর ২০২৪",
  "১১ অক্টোবর স্থানীয় সময় সকাল ৮টায় ভূমিকম্প হয়",
  "১৯ মার্চের পর থেকে দাম বাড়ছে",
  "দাম বেড়ে কেজিপ্রতি ১২.৫০ টাকা হয়েছে",
  "অস্ট্রেলিয়ার এবিসি নিউজের এক প্রতিবেদনে বলা হয়েছে",
  "যুক্তরাষ্ট্রের এবিসি নিউজকে দেওয়া সাক্ষাৎকারে তিনি বলেন",
  "রাকিব হাসান ও তানজিলা আক্তার, নিজস্ব প্রতিবেদক",
  "শরীফুল, রংপুর",
  "বন্যায় ডুবে যাওয়া সড়ক। ছবি: রাজশাহী সিটি করপোরেশন",
  "ঝড়ে ভেঙে পড়া গাছ। ছবি: ফায়ার সার্ভিস",
  "নিজস্ব প্রতিবেদক\nসকালে নগরে ভারী বৃষ্টি হয়েছে।\nসকালে নগরে ভারী বৃষ্টি হয়েছে।\nএসআর/এমকে\nএসআর/এমকে",
  ...PRINTED_SHAPES,
  // a sign-off with its sources, then an update, on the line under the headline
  "ভোট শেষ হয়েছে\n\nএসবি/কেএম (রয়টার্স) আপডেট: ১৩ জুলাই ২০২৫, ১০:২৬",
];

/** Words of the recent shapes, for arbitrary strings that come near them. */
const RECENT_WORDS = ["১, ", "২ ও ", "৩১", "১৩-১৪", " থেকে ", "আগস্টের", "এইমাত্র", "সেকেন্ড আগে", "স্থানীয় সময়", "১২.৩০", "অস্ট্রেলিয়ার ", "এবিসি", " নিউজ", "রহিম", " ও ", "প্রতিবেদক", "করপোরেশন", "টিটিএন", "/", "\n", "\n\n"];
const recentText = fc.array(fc.constantFrom(...RECENT_WORDS, ...WORDS, ...OTHER), { maxLength: 24 }).map((parts) => parts.join(""));

/** Every `{ text, index }` inside a result, with the path that leads to it. */
function spans(value: unknown, path = "$"): Array<readonly [string, string, number]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => spans(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  const record = value as Record<string, unknown>;
  const own: Array<readonly [string, string, number]> =
    typeof record["text"] === "string" && typeof record["index"] === "number" ? [[path, record["text"], record["index"]]] : [];
  return [...own, ...Object.entries(record).flatMap(([key, inner]) => spans(inner, `${path}.${key}`))];
}

function expectSpansQuote(input: string, result: unknown): void {
  for (const [path, text, index] of spans(result)) {
    expect(input.slice(index, index + text.length), `${path} of ${JSON.stringify(input)}`).toBe(text);
  }
}

describe.each(present)("%s on the recent shapes", (_name, reader, schema, shape) => {
  it("never throws on strings near them, and its result passes the schema and quotes the input", () => {
    fc.assert(
      fc.property(recentText, (input) => {
        const result = reader(input, REFERENCE);
        conforms(schema, shape, result);
        expectSpansQuote(input, result);
      }),
      { numRuns: 300 },
    );
  });

  it.each(VARIANTS)("reads them the same with %s, and its spans quote the input", (_variant, vary) => {
    for (const clean of [...CLEAN, ...RECENT]) {
      const varied = vary(clean);
      const result = reader(varied, REFERENCE);
      expect(withoutSpans(result), clean).toEqual(withoutSpans(reader(clean, REFERENCE)));
      expectSpansQuote(varied, result);
      expectSpansQuote(clean, reader(clean, REFERENCE));
    }
  });
});

/** What each reader must read from a text of the recent shapes, in every variant: a summary of the result. */
const RECENT_READINGS: ReadonlyArray<readonly [reader: string, text: string, summary: (result: never) => unknown, expected: unknown]> = [
  ["findDates", "৮, ৯ ও ১০ সেপ্টেম্বর ঝড়বৃষ্টি হতে পারে", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-09-08", "2025-09-09", "2025-09-10"]],
  ["findDates", "২১-২৩ মার্চ ২০২৪ সম্মেলন চলে", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2024-03-21", "2024-03-23"]],
  ["findDates", "১৭ থেকে ১৯ নভেম্বর পর্যন্ত স্কুল বন্ধ থাকবে", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-11-17", "2025-11-19"]],
  ["findDates", "২৬ জানুয়ারি থেকে ৩ ফেব্রুয়ারি ২০২৫ পর্যন্ত মেলা", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-01-26", "2025-02-03"]],
  ["findDates", "মঙ্গলবার২২ এপ্রিল সকালে সড়ক অবরোধ", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-04-22"]],
  ["findDates", "এইমাত্র পাওয়া খবরে জানা গেছে", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-07-13T10:26:00+06:00"]],
  ["findDates", "৪৫ সেকেন্ড আগে", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-07-13T10:25:15+06:00"]],
  ["findDates", "রাত ৯টায় (বাংলাদেশ সময়), ১১ অক্টোবর ২০২৪", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2024-10-11T21:00:00+06:00"]],
  ["findDates", "১১ অক্টোবর স্থানীয় সময় সকাল ৮টায় ভূমিকম্প হয়", (r: Array<{ iso: string; foreignClock?: boolean }>) => r.map((d) => [d.iso, d.foreignClock]), [["2024-10-11T08:00:00+06:00", true]]],
  ["findDates", "১৯ মার্চের পর থেকে দাম বাড়ছে", (r: Array<{ iso: string }>) => r.map((d) => d.iso), ["2025-03-19"]],
  ["findDates", "দাম বেড়ে কেজিপ্রতি ১২.৫০ টাকা হয়েছে", (r: unknown[]) => r.length, 0],
  ["findAttributions", "অস্ট্রেলিয়ার এবিসি নিউজের এক প্রতিবেদনে বলা হয়েছে", (r: Array<{ agency: string; role: string }>) => r.map((a) => [a.agency, a.role]), [["abc-australia", "source"]]],
  ["findAttributions", "যুক্তরাষ্ট্রের এবিসি নিউজকে দেওয়া সাক্ষাৎকারে তিনি বলেন", (r: Array<{ agency: string; role: string }>) => r.map((a) => [a.agency, a.role]), [["abc-news", "mention"]]],
  ["parseByline", "শরীফুল, রংপুর", (r: { contributors: Array<{ kind: string }> }) => r.contributors.map((c) => c.kind), ["person"]],
  ["parseByline", "রাকিব হাসান ও তানজিলা আক্তার, নিজস্ব প্রতিবেদক", (r: { contributors: unknown[] }) => r.contributors.length, 2],
  ["extractArticle", "নিজস্ব প্রতিবেদক\nসকালে নগরে ভারী বৃষ্টি হয়েছে।\nসকালে নগরে ভারী বৃষ্টি হয়েছে।\nএসআর/এমকে\nএসআর/এমকে", (r: { body: string; boilerplate: unknown[] }) => [r.body.split("\n").length, r.boilerplate.length], [1, 2]],
  ["parseTime", PRINTED_SHAPES[0], (r: { hour: number; minute: number } | null) => r && [r.hour, r.minute], [19, 0]],
  ["parseTime", PRINTED_SHAPES[1], (r: { hour: number; minute: number } | null) => r && [r.hour, r.minute], [5, 0]],
  ["parseByline", PRINTED_SHAPES[2], (r: { contributors: Array<{ place?: string; district?: string }> }) => r.contributors.map((c) => [c.place, c.district]), [["শেরপুর", "বগুড়া"]]],
  ["parseByline", PRINTED_SHAPES[3], (r: { contributors: Array<{ kind: string; place?: string }> }) => r.contributors.map((c) => [c.kind, c.place]), [["staff", undefined], ["correspondent", "চাঁদপুর"]]],
  ["findAttributions", PRINTED_SHAPES[4], (r: Array<{ agency: string; role: string }>) => r.map((a) => [a.agency, a.role]), [["voa", "source"]]],
  ["parseCredit", PRINTED_SHAPES[5], (r: { agencies?: string[] } | null) => r?.agencies?.length, 13],
  ["findSignOff", PRINTED_SHAPES[6], (r: unknown) => r, null],
  ["findSignOff", PRINTED_SHAPES[7], (r: { initials: string[] } | null) => r?.initials.length, 3],
  ["extractArticle", PRINTED_SHAPES[8], (r: { byline: { contributors: Array<{ kind: string; name?: string }> } | null }) => r.byline?.contributors.map((c) => [c.kind, c.name]), [["person", "তানিয়া আক্তার"]]],
  ["extractArticle", PRINTED_SHAPES[9], (r: { images: Array<{ caption: string; credit: { agency?: string } | null }> }) => r.images.map((i) => [i.caption !== "", i.credit?.agency]), [[true, "reuters"]]],
  ["extractArticle", PRINTED_SHAPES[10], (r: { boilerplate: unknown[]; byline: { contributors: Array<{ place?: string }> } | null }) => [r.boilerplate.length, r.byline?.contributors[0]?.place], [1, "নওগাঁ"]],
  ["extractArticle", PRINTED_SHAPES[11], (r: { boilerplate: unknown[]; byline: { contributors: unknown[] } | null }) => [r.byline?.contributors.length, r.boilerplate.length], [1, 1]],
  ["extractArticle", PRINTED_SHAPES[12], (r: { attributions: Array<{ agency: string; role: string }> }) => r.attributions.map((a) => [a.agency, a.role]), [["bbc", "mention"], ["cnn", "mention"]]],
  ["extractArticle", PRINTED_SHAPES[13], (r: { body: string; boilerplate: unknown[] }) => [r.body.includes("তেজগাঁও"), r.boilerplate.length], [false, 2]],
];

describe("the recent shapes are read in every variant", () => {
  it.each(RECENT_READINGS.flatMap(([reader, clean, summary, expected]) =>
    [["clean", (t: string) => t] as const, ...VARIANTS].map(([variant, vary]) => [reader, variant, vary(clean), summary, expected] as const),
  ))("%s, %s: %s", (reader, _variant, input, summary, expected) => {
    const result = ((api as Record<string, unknown>)[reader] as Reader)(input, REFERENCE);
    expect((summary as (value: unknown) => unknown)(result)).toEqual(expected);
    expectSpansQuote(input, result);
  });
});
