/**
 * Properties every text reader keeps: it never throws on any string, every result passes its zod schema, a
 * non-string is a TypeError, and Unicode variants of a text (য় in either encoding, joiners inside words, no-break
 * spaces, the fullwidth colon) give the same result as the clean text.
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
  it("never throws on a string, and its result passes the schema", () => {
    fc.assert(
      fc.property(text, (input) => {
        conforms(schema, shape, reader(input, REFERENCE));
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
];

const NUKTA_FORMS: ReadonlyArray<readonly [string, string]> = [
  ["\u09AF\u09BC", "\u09DF"],
  ["\u09A1\u09BC", "\u09DC"],
  ["\u09A2\u09BC", "\u09DD"],
];

const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["য় ড় ঢ় as single code points", (t) => NUKTA_FORMS.reduce((s, [nfc, single]) => s.replaceAll(nfc, single), t.normalize("NFC"))],
  ["no-break spaces", (t) => t.replaceAll(" ", "\u00A0")],
  ["ZWNJ after every virama", (t) => t.replaceAll("\u09CD", "\u09CD\u200C")],
  ["fullwidth colon", (t) => t.replaceAll(":", "\uFF1A")],
  ["ো written as ে + া", (t) => t.replaceAll("\u09CB", "\u09C7\u09BE")],
];

/** The result without the spans, which quote the input as it was and so differ by design. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "text" && key !== "index" && key !== "caption" && key !== "body" && key !== "headline")
        .map(([key, inner]) => [key, withoutSpans(inner)]),
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
