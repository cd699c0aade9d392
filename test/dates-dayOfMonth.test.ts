import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, parseDate, parseDateline } from "../src/index.ts";
import { ParsedDateSchema } from "../src/schemas.ts";

/** A Sunday in the middle of a month. */
const JULY = "2025-07-13T10:26:00+06:00";
/** Early in a year: the last month is last year's December. */
const JANUARY = "2026-01-05T09:00:00+06:00";
/** Late in a year: the next month is next year's January. */
const DECEMBER = "2024-12-20T18:00:00+06:00";
/** In a leap year's March: the last month has a 29th. */
const MARCH = "2024-03-10T12:00:00+06:00";

describe("parseDate: a day of the month by its number", () => {
  it.each([
    // with মাসের, the word names the month
    ["গত মাসের ২৮ তারিখ", JULY, "2025-06-28"],
    ["গত মাসের ৩ তারিখে", JULY, "2025-06-03"],
    ["গত মাসের ১৩ তারিখ", JULY, "2025-06-13"],
    ["গত মাসের ৩০ তারিখের ঘটনা", JULY, "2025-06-30"],
    ["গত মাসের ৩১ তারিখ", JULY, null],
    ["গত মাসের ২০ তারিখ", JANUARY, "2025-12-20"],
    ["গত মাসের ২৯ তারিখে", MARCH, "2024-02-29"],
    ["গত মাসের ৩০ তারিখে", MARCH, null],
    ["চলতি মাসের ৫ তারিখ", JULY, "2025-07-05"],
    ["চলতি মাসের ৩১ তারিখের মধ্যে", JULY, "2025-07-31"],
    ["চলতি মাসের ৩১ তারিখ", "2025-06-10T10:00:00+06:00", null],
    ["এ মাসের ১০ তারিখে", JULY, "2025-07-10"],
    ["এই মাসের ২২ তারিখে", JULY, "2025-07-22"],
    ["এ মাসের ১ তারিখ থেকে", JANUARY, "2026-01-01"],
    ["আগামী মাসের ৫ তারিখ", JULY, "2025-08-05"],
    ["আগামী মাসের ৩১ তারিখে", JULY, "2025-08-31"],
    ["আগামী মাসের ১০ তারিখ", DECEMBER, "2025-01-10"],
    ["আগামী মাসের ৩০ তারিখ", JANUARY, null],
    // without মাসের: গত is the latest such day before the reference, আগামী the next after it
    ["গত ২৮ তারিখ", JULY, "2025-06-28"],
    ["গত ১০ তারিখে", JULY, "2025-07-10"],
    ["গত ১২ তারিখ রাতে", JULY, "2025-07-12"],
    ["গত ১৩ তারিখ", JULY, "2025-06-13"],
    ["গত ৩১ তারিখ", JULY, null],
    ["গত ২৬ তারিখে", JANUARY, "2025-12-26"],
    ["গত ২ তারিখে", JANUARY, "2026-01-02"],
    ["আগামী ২০ তারিখে", JULY, "2025-07-20"],
    ["আগামী ৫ তারিখ", JULY, "2025-08-05"],
    ["আগামী ১৩ তারিখ", JULY, "2025-08-13"],
    ["আগামী ৩১ তারিখের মধ্যে", JULY, "2025-07-31"],
    ["আগামী ৩ তারিখ", DECEMBER, "2025-01-03"],
    ["আগামী ২৫ তারিখে", DECEMBER, "2024-12-25"],
    // a number alone is that day of the reference's month
    ["৩০ তারিখ", JULY, "2025-07-30"],
    ["৩ তারিখে", JULY, "2025-07-03"],
    ["০৯ তারিখে", JULY, "2025-07-09"],
    ["১৫তারিখ", JULY, "2025-07-15"],
    ["৩১ তারিখ", "2025-04-02T08:00:00+06:00", null],
    ["২৯ তারিখ", "2025-02-27T08:00:00+06:00", null],
    ["২৯ তারিখ", "2024-02-27T08:00:00+06:00", "2024-02-29"],
    ["৩২ তারিখ", JULY, null],
    ["০ তারিখ", JULY, null],
    ["ঈদের ছুটি শেষে ১৭ তারিখ থেকে অফিস খুলবে", JULY, "2025-07-17"],
    ["14 তারিখে", JULY, "2025-07-14"],
    ["২০ তারিখেই সিদ্ধান্ত", JULY, "2025-07-20"],
    ["গত ৯ তারিখও", JULY, "2025-07-09"],
    ["প্রতি মাসের ১০ তারিখে", JULY, null],
    ["১০ তারিখটা", JULY, null],
    // a month named in the genitive
    ["জুলাইয়ের ১৩ তারিখ", JULY, "2025-07-13"],
    ["আগস্টের ৫ তারিখে", JULY, "2025-08-05"],
    ["ডিসেম্বরের ২০ তারিখ", JANUARY, "2025-12-20"],
    ["জুন মাসের ৩০ তারিখ", JULY, "2025-06-30"],
    ["জুন মাসের ৩১ তারিখ", JULY, null],
    ["ফেব্রুয়ারির ২৯ তারিখ", MARCH, "2024-02-29"],
    // with a time
    ["আগামী ২০ তারিখ সকাল ১০টায়", JULY, "2025-07-20T10:00:00+06:00"],
    ["গত মাসের ২৮ তারিখ রাত ৯টার দিকে", JULY, "2025-06-28T21:00:00+06:00"],
    ["১৭ তারিখ বিকেল ৪টায়", JULY, "2025-07-17T16:00:00+06:00"],
    // a weekday beside the day is named by it
    ["রবিবার ২০ তারিখ", JULY, "2025-07-20"],
    ["আগামী ১৫ তারিখ মঙ্গলবার", JULY, "2025-07-15"],
    // written dates come first
    ["১৫ জুলাই ২০২৪ তারিখে", JULY, "2024-07-15"],
    ["গতকাল, ১২ তারিখ", JULY, "2025-07-12"],
    // not a day of this month
    ["ফাল্গুনের ৫ তারিখ", JULY, null],
    ["রমজানের ১০ তারিখে", JULY, null],
    ["বৈশাখ মাসের ২ তারিখ", JULY, null],
    ["মাসের ২০ তারিখ", JULY, null],
    ["১৩ থেকে ১৪ তারিখ", JULY, null],
    ["১০-১২ তারিখ", JULY, null],
    ["জুলাইয়ের ১৩ থেকে ১৪ তারিখ", JULY, null],
    ["তারিখ ১৫", JULY, null],
    ["১২৩ তারিখ", JULY, null],
  ])("%s (now %s)", (text, reference, iso) => {
    const result = parseDate(text, { reference });
    expect(result?.iso ?? null).toBe(iso);
    if (result !== null) expect(ParsedDateSchema.safeParse(result).success).toBe(true);
  });

  it("reads nothing without a reference", () => {
    expect(parseDate("গত মাসের ২৮ তারিখ")).toBeNull();
    expect(findDates("আগামী ২০ তারিখে সভা")).toEqual([]);
  });

  it("says where the day was written, and that its year came from the reference", () => {
    const found = findDates("সভা হবে আগামী ২০ তারিখে, প্রস্তুতি শুরু গত মাসের ২৮ তারিখ থেকে।", { reference: JULY });
    expect(found.map((date) => [date.iso, date.text, date.source, date.yearImplied])).toEqual([
      ["2025-07-20", "আগামী ২০ তারিখে", "day-of-month", true],
      ["2025-06-28", "গত মাসের ২৮ তারিখ", "day-of-month", true],
    ]);
  });

  it("keeps spans of the input as written (Bengali digits, nukta forms, spaces)", () => {
    const text = "আগামী  ০৫ তারিখে";
    const found = findDates(`x ${text} y`, { reference: JULY });
    expect(found.map((date) => [date.iso, date.text, date.index])).toEqual([["2025-08-05", text, 2]]);
  });

  it("is not read in a dateline", () => {
    expect(parseDateline("আপডেট: ২০ তারিখ", { reference: JULY }).published ?? null).toBeNull();
  });

  it("never throws and gives valid results on text around তারিখ", () => {
    const words = ["গত", "আগামী", "চলতি", "এ", "এই", "মাসের", "জুলাইয়ের", "তারিখ", "তারিখে", "১", "২৮", "৩১", "৯৯", " ", "  ", "-", "থেকে", "ের"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        for (const date of findDates(parts.join(" "), { reference: JULY })) {
          expect(ParsedDateSchema.safeParse(date).success).toBe(true);
        }
      }),
    );
  });
});

describe("parseDate: months ago and years ago", () => {
  it.each([
    ["৩ মাস আগে", JULY, "2025-04"],
    ["১ মাস আগে", JANUARY, "2025-12"],
    ["১৩ মাস আগে", JULY, "2024-06"],
    ["৭ মাস আগে", JULY, "2024-12"],
    // no year precision: a year ago names no month
    ["২০ বছর আগে", JULY, null],
    ["১ বছর আগে", JULY, null],
  ])("%s (now %s)", (text, reference, iso) => {
    expect(parseDate(text, { reference })?.iso ?? null).toBe(iso);
  });
});
