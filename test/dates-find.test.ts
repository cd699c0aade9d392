import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABSOLUTE_PATTERNS, PROSE_PATTERNS, RELATIVE_PATTERNS } from "../src/dates/patterns/index.ts";
import { findDates } from "../src/index.ts";
import { ParsedDateSchema } from "../src/schemas.ts";
import { SEED_ARTICLE } from "./fixtures/seed.ts";

/** Body mentions of the field notes (E1–E12, published Thursday 2024-03-07) and new ones of each shape. */
const PUBLISHED = "2024-03-07T12:00:00+06:00";
const MENTIONS: ReadonlyArray<readonly [string, string, string[]]> = [
  ["E1", "বুধবার (৬ মার্চ) এক প্রতিবেদনে এ তথ্য জানিয়েছে বার্তাসংস্থা এএফপি।", ["2024-03-06"]],
  ["E1+", "সোমবার (০৪ মার্চ) বিকেলে সভা হয়।", ["2024-03-04"]],
  ["E1 Dec", "শুক্রবার (২৯ ডিসেম্বর) রাতে", ["2023-12-29"]],
  ["E2", "গত শনিবার (২ মার্চ) সংঘর্ষ হয়।", ["2024-03-02"]],
  ["E2+", "গত বৃহস্পতিবার তিনি ঢাকায় আসেন।", ["2024-02-29"]],
  ["E3", "গতকাল বুধবার সংসদে বিল পাস হয়।", ["2024-03-06"]],
  ["E4", "আজ বৃহস্পতিবার সকালে", ["2024-03-07"]],
  ["E4+", "আজ (৭ মার্চ) দুপুরে", ["2024-03-07"]],
  ["E5", "আগামী রোববার (১০ মার্চ) নির্বাচন।", ["2024-03-10"]],
  ["E5+", "আগামীকাল শুক্রবার ছুটি।", ["2024-03-08"]],
  ["E5++", "আগামী রোববার ভোট।", ["2024-03-10"]],
  ["E6", "৬ মার্চ বুধবার ঘটনাটি ঘটে।", ["2024-03-06"]],
  ["E6+", "১লা মার্চ শুক্রবার", ["2024-03-01"]],
  ["E7", "মঙ্গলবার রাতে আগুন লাগে।", ["2024-03-05"]],
  ["E7+", "শুক্রবারই তিনি ফেরেন।", ["2024-03-01"]],
  ["E8", "রোববার বিকেল ৩টায় সমাবেশ।", ["2024-03-03T15:00:00+06:00"]],
  ["E8+", "সোমবার রাত সাড়ে ১১টার দিকে", ["2024-03-04T23:30:00+06:00"]],
  ["E9", "বুধবার দিবাগত রাত ২টা", ["2024-03-07T02:00:00+06:00"]],
  ["E8 half", "রোববার দুপুর আড়াইটায় সভা", ["2024-03-03T14:30:00+06:00"]],
  ["E11", "আজ বৃহস্পতিবার, ৭ মার্চ ২০২৪ ইংরেজি, ২৩ ফাল্গুন ১৪৩০ বাংলা, ২৫ শাবান ১৪৪৫ হিজরি", ["2024-03-07"]],
  ["E12", "পয়লা মার্চ থেকে নতুন দাম", ["2024-03-01"]],
  ["month", "২০২২ সালের ফেব্রুয়ারিতে যুদ্ধ শুরু হয়।", ["2022-02"]],
  ["last year", "গত বছরের ডিসেম্বরে", ["2023-12"]],
  ["this year", "চলতি বছরের জানুয়ারিতে", ["2024-01"]],
  ["last month name", "গত মে মাসে", ["2023-05"]],
  ["yearless", "১৫ জুলাই থেকে", ["2024-07-15"]],
  ["two", "৩ মার্চ শুরু হয়ে ৫ মার্চ শেষ হয়।", ["2024-03-03", "2024-03-05"]],
  ["ago", "৩ ঘণ্টা আগে প্রকাশিত", ["2024-03-07T09:00:00+06:00"]],
  ["year first", "২০২২ সালের ২৪ ফেব্রুয়ারি রাশিয়া হামলা চালায়।", ["2022-02-24"]],
  ["year first ordinal", "১৯৭১ সালের ১৬ই ডিসেম্বর বিজয় আসে।", ["1971-12-16"]],
  ["year first locative", "২০২৩ সালের ৫ মার্চে চুক্তি সই হয়।", ["2023-03-05"]],
  ["this year's", "এ বছরের ১০ নভেম্বর", ["2024-11-10"]],
  ["last", "গত ২০ নভেম্বর", ["2023-11-20"]],
  ["next", "আগামী ২ মার্চ", ["2025-03-02"]],
  ["next near", "আগামী ১০ মার্চ ভোট", ["2024-03-10"]],
  ["weekday between", "৬ মার্চ ২০২৪, বুধবার, রাত ৯টায়", ["2024-03-06T21:00:00+06:00"]],
  ["none", "রবি ঠাকুরের গান; মঙ্গল গ্রহ; ২৪ ঘণ্টায় ৫ জন", []],
];

describe("findDates", () => {
  it.each(MENTIONS)("%s", (_id, text, expected) => {
    const found = findDates(text, { reference: PUBLISHED });
    expect(found.map((date) => date.iso)).toEqual(expected);
    for (const date of found) {
      expect(ParsedDateSchema.safeParse(date).success).toBe(true);
      expect(text.slice(date.index, date.index + date.text.length)).toBe(date.text);
    }
  });

  it("reads the seed article against its publication (Sunday 13 July 2025)", () => {
    const isos = findDates(SEED_ARTICLE, { reference: "2025-07-13T10:26:00+06:00" }).map((date) => date.iso);
    expect(isos).toEqual(expect.arrayContaining(["2025-07-12", "2025-07-10", "2022-02"]));
  });

  it("spans the whole weekday-and-date mention", () => {
    expect(findDates("সোমবার (১০ ফেব্রুয়ারি) এক প্রতিবেদনে", { reference: "2025-02-12T10:00:00+06:00" })[0]).toMatchObject({
      iso: "2025-02-10",
      text: "সোমবার (১০ ফেব্রুয়ারি)",
      index: 0,
    });
  });

  it("marks a foreign clock", () => {
    expect(findDates("স্থানীয় সময় বুধবার সকালে", { reference: PUBLISHED })[0]?.foreignClock).toBe(true);
  });

  it("lists only written dates without a reference", () => {
    expect(findDates("গতকাল বুধবার ৭ মার্চ ২০২৪ সালে").map((date) => date.iso)).toEqual(["2024-03-07"]);
  });

  it("finds every mention of a long text once, across its windows", () => {
    const line = "সোমবার (৪ মার্চ) সভা হয়, বুধবার (৬ মার্চ) মিছিল। ";
    const text = line.repeat(400);
    const found = findDates(text, { reference: PUBLISHED });
    expect(found).toHaveLength(800);
    expect(new Set(found.map((date) => date.index)).size).toBe(800);
  });

  it.each([
    ["bangla", "পয়লা বৈশাখ ১৪৩২, সেদিন ছিল ১৪ এপ্রিল। ২৫শে বৈশাখ রবীন্দ্রজয়ন্তী।", ["পয়লা বৈশাখ ১৪৩২:2025-04-14:bangla", "১৪ এপ্রিল:2025-04-14:gregorian", "২৫শে বৈশাখ:2025-05-08:bangla"]],
    ["hijri", "১০ মহররম পবিত্র আশুরা; ৫ শাওয়াল ১৪৪৫ হিজরি ছিল বুধবার।", ["১০ মহররম:2025-07-05:hijri", "৫ শাওয়াল ১৪৪৫ হিজরি:2024-04-14:hijri"]],
    ["gregorian", "পয়লা বৈশাখ ১৪৩২, সেদিন ছিল ১৪ এপ্রিল। ২৫শে বৈশাখ রবীন্দ্রজয়ন্তী।", ["১৪ এপ্রিল:2025-04-14:gregorian"]],
  ] as const)("lists the dates of the %s calendar it is asked for", (calendar, text, expected) => {
    const found = findDates(text, { reference: "2025-07-01T10:00:00+06:00", calendar });
    expect(found.map((date) => `${date.text}:${date.iso.slice(0, 10)}:${date.calendar}`)).toEqual(expected);
  });

  it("throws on misuse", () => {
    expect(() => findDates(1 as unknown as string)).toThrow(TypeError);
    expect(() => findDates("x", { reference: "never" })).toThrow(RangeError);
  });

  it("never throws and always fits its schema", () => {
    const alphabet = fc.constantFrom(..."০১২৩৪৫৬৭৮৯ (),গতআগামীকালআজরোববারশনিবারমার্চজুলাইসালেরবছরেরবিকেল৩টায়\u200c\ud800");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 100 })), (text) => {
        for (const date of findDates(text, { reference: PUBLISHED })) expect(ParsedDateSchema.safeParse(date).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("findDates: the quick tests of the shapes", () => {
  // the rare ones are joined into searches (`a|b|…`, flag `u`: those that open with a digit, and the others), each true
  // exactly when one of its quick tests is only if none carries another flag or refers back to a group of its own
  it.each([...ABSOLUTE_PATTERNS, ...RELATIVE_PATTERNS, ...PROSE_PATTERNS].flatMap((shape) => (shape.needs ? [[shape.name, shape.needs] as const] : [])))(
    "%s: its quick test can be joined to the others",
    (_name, needs) => {
      expect(needs.flags.replace("u", "")).toBe("");
      expect(needs.source).not.toMatch(/\\[1-9]|\\k</);
    },
  );
});
