/** Small numbers written in words before a unit of `N … আগে` (running text), and `মাসে` after a month. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, parseDate } from "../src/index.ts";
import { ParsedDateSchema } from "../src/schemas.ts";
import { AMOUNT_WORDS } from "../src/data/relativeWords.ts";

/** Sunday 13 July 2025, 10:26 in Dhaka. */
const reference = "2025-07-13T10:26:00+06:00";

/** Text, what parseDate gives (`null`: no date), and the text findDates quotes (`null`: nothing). */
const ROWS: ReadonlyArray<readonly [string, string | null, string | null]> = [
  ["এক ঘণ্টা আগে", "2025-07-13T09:26:00+06:00", "এক ঘণ্টা আগে"],
  ["এক ঘন্টা আগে", "2025-07-13T09:26:00+06:00", "এক ঘন্টা আগে"],
  ["দুই দিন আগে", "2025-07-11", "দুই দিন আগে"],
  ["দু দিন আগে", "2025-07-11", "দু দিন আগে"],
  ["দুদিন আগে", "2025-07-11", "দুদিন আগে"],
  ["তিন সপ্তাহ আগে", "2025-06-22", "তিন সপ্তাহ আগে"],
  ["পাঁচ মিনিট আগে", "2025-07-13T10:21:00+06:00", "পাঁচ মিনিট আগে"],
  ["আধা ঘণ্টা আগে", "2025-07-13T09:56:00+06:00", "আধা ঘণ্টা আগে"],
  ["আধ ঘণ্টা আগে", "2025-07-13T09:56:00+06:00", "আধ ঘণ্টা আগে"],
  ["আধাঘণ্টা আগে", "2025-07-13T09:56:00+06:00", "আধাঘণ্টা আগে"],
  ["দেড় ঘণ্টা আগে", "2025-07-13T08:56:00+06:00", "দেড় ঘণ্টা আগে"],
  ["দে\u09a1\u09bc ঘণ্টা আগে", "2025-07-13T08:56:00+06:00", "দে\u09a1\u09bc ঘণ্টা আগে"],
  ["আড়াই ঘণ্টা আগে", "2025-07-13T07:56:00+06:00", "আড়াই ঘণ্টা আগে"],
  ["দেড় মিনিট আগে", "2025-07-13T10:24:30+06:00", "দেড় মিনিট আগে"],
  ["আধা মিনিট আগে", "2025-07-13T10:25:30+06:00", "আধা মিনিট আগে"],
  ["চার ঘণ্টা আগে", "2025-07-13T06:26:00+06:00", "চার ঘণ্টা আগে"],
  ["ছ\u09df ঘণ্টা আগে", "2025-07-13T04:26:00+06:00", "ছ\u09df ঘণ্টা আগে"],
  ["ছ\u09af\u09bc ঘণ্টা আগে", "2025-07-13T04:26:00+06:00", "ছ\u09af\u09bc ঘণ্টা আগে"],
  ["সাত দিন আগে", "2025-07-06", "সাত দিন আগে"],
  ["আট মিনিট আগে", "2025-07-13T10:18:00+06:00", "আট মিনিট আগে"],
  ["ন\u09df দিন আগে", "2025-07-04", "ন\u09df দিন আগে"],
  ["ন\u09af\u09bc দিন আগে", "2025-07-04", "ন\u09af\u09bc দিন আগে"],
  ["দশ মিনিট আগে", "2025-07-13T10:16:00+06:00", "দশ মিনিট আগে"],
  ["দশমিনিট আগে", "2025-07-13T10:16:00+06:00", "দশমিনিট আগে"],
  ["দশ দিন আগে", "2025-07-03", "দশ দিন আগে"],
  ["এক দিন আগে", "2025-07-12", "এক দিন আগে"],
  ["এক সপ্তাহ আগে", "2025-07-06", "এক সপ্তাহ আগে"],
  ["দুই সপ্তাহ আগে", "2025-06-29", "দুই সপ্তাহ আগে"],
  ["তিন মাস আগে", "2025-04", "তিন মাস আগে"],
  ["দুই ঘণ্টা পূর্বে", "2025-07-13T08:26:00+06:00", "দুই ঘণ্টা পূর্বে"],
  ["এক ঘণ্টা ১৫ মিনিট আগে", "2025-07-13T09:11:00+06:00", "এক ঘণ্টা ১৫ মিনিট আগে"],
  ["দুই দিন ৩ ঘণ্টা আগে", "2025-07-11T07:26:00+06:00", "দুই দিন ৩ ঘণ্টা আগে"],
  ["পাঁচ মিনিট আগে প্রকাশিত", "2025-07-13T10:21:00+06:00", "পাঁচ মিনিট আগে"],
  ["প্রকাশ: তিন ঘণ্টা আগে", "2025-07-13T07:26:00+06:00", "তিন ঘণ্টা আগে"],
  ["সাতক্ষীরায় দুই দিন আগে এই ঘটনা ঘটে", "2025-07-11", "দুই দিন আগে"],
  // no date: no word for "ago", a unit that is no unit, a half of a day, a week or a month, years, a word inside another
  ["এক দিন তিনি বলেন", null, null],
  ["দুই দিনের সফরে", null, null],
  ["একদিন সে আসবে", null, null],
  ["পাঁচ দিনের মধ্যে", null, null],
  ["তিন ঘণ্টা ধরে বৈঠক চলে", null, null],
  ["আধা ঘণ্টার বৈঠক", null, null],
  ["নয় মাসের শিশু", null, null],
  ["চারদিকে আগুন", null, null],
  ["দেড় দিন আগে", null, null],
  ["আধা সপ্তাহ আগে", null, null],
  ["দেড় মাস আগে", null, null],
  ["দশ বছর আগে", null, null],
  ["অনেক দিন আগে", null, null],
];

describe("small numbers in words before a unit and আগে", () => {
  it.each(ROWS)("%s", (text, iso, quoted) => {
    const result = parseDate(text, { reference });
    expect(result?.iso ?? null).toBe(iso);
    if (result !== null) expect(ParsedDateSchema.safeParse(result).success).toBe(true);
    expect(findDates(text, { reference })[0]?.text ?? null).toBe(quoted);
  });

  it.each(["এক ঘণ্টা আগে", "দেড় ঘণ্টা আগে", "দুই দিন আগে"])("needs a reference: %s", (text) => {
    expect(parseDate(text)).toBeNull();
    expect(findDates(text)).toEqual([]);
  });

  it("reads every whole number word as its digits", () => {
    const whole = AMOUNT_WORDS.filter(([, value]) => Number.isInteger(value));
    const units = ["মিনিট", "ঘণ্টা", "দিন", "সপ্তাহ", "মাস"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...whole), fc.constantFrom(...units), ([word, value], unit) => {
        const inWords = parseDate(`${word} ${unit} আগে`, { reference });
        const inDigits = parseDate(`${value} ${unit} আগে`, { reference });
        expect(inWords?.iso).toBe(inDigits?.iso);
        expect(inWords?.precision).toBe(inDigits?.precision);
      }),
    );
  });
});

describe("মাস after a month is part of the quoted date", () => {
  it.each([
    ["১০ জুন মাসে তিনি ফেরেন", "১০ জুন মাসে", "2025-06-10"],
    ["২৫ মার্চ মাসের ঘটনা", "২৫ মার্চ মাসের", "2025-03-25"],
    ["গত ৩ মে মাসে", "গত ৩ মে মাসে", "2025-05-03"],
    ["২০২৩ সালের ৮ আগস্ট মাসে", "২০২৩ সালের ৮ আগস্ট মাসে", "2023-08-08"],
    ["২০২২ সালের জুন মাসে", "২০২২ সালের জুন মাসে", "2022-06"],
  ])("%s", (text, quoted, iso) => {
    const [mention] = findDates(text, { reference });
    expect(mention?.text).toBe(quoted);
    expect(mention?.iso).toBe(iso);
  });
});
