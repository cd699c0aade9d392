import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BANGLA_CALENDAR_DATE_REGEX,
  BANGLA_YEAR_FIRST_REGEX,
  findCalendarDates,
  findCalendarDatesByFullScan,
  HIJRI_DATE_REGEX,
  HIJRI_YEAR_FIRST_REGEX,
} from "../src/calendars/readCalendarDates.ts";
import { BANGLA_MONTHS } from "../src/data/banglaMonths.ts";
import { HIJRI_MONTHS } from "../src/data/hijriMonths.ts";
import { normalizeForMatch } from "../src/index.ts";

/** Runs the reader on the matching view and quotes each match from the input. */
function read(text: string): Array<{ text: string; calendar: string; year: number; month: number; day: number; era: boolean; iso: string | null }> {
  const view = normalizeForMatch(text);
  return findCalendarDates(view.text).map(({ start, end, calendar, year, month, day, era, iso }) => ({
    text: view.spanToSource(start, end).text,
    calendar,
    year,
    month,
    day,
    era,
    iso,
  }));
}

describe("findCalendarDates", () => {
  // Masthead shapes (three calendars side by side), with new instances of each shape.
  it.each([
    ["ঢাকা ৫ আষাঢ় ১৪৩২, বৃহস্পতিবার, ১৯ জুন ২০২৫", [["৫ আষাঢ় ১৪৩২", "bangla", "2025-06-19"]]],
    ["২০শে অক্টোবর, ২০২৫ খ্রিস্টাব্দ | ৪ঠা কার্তিক, ১৪৩২ বঙ্গাব্দ", [["৪ঠা কার্তিক, ১৪৩২ বঙ্গাব্দ", "bangla", "2025-10-20"]]],
    ["শুক্রবার, ৭ নভেম্বর ২০২৫ | ২২ কার্তিক ১৪৩২", [["২২ কার্তিক ১৪৩২", "bangla", "2025-11-07"]]],
    ["১০ মার্চ ২০২৫, ২৫ ফাল্গুন ১৪৩১, ৯ রমজান ১৪৪৬ হিজরি", [["২৫ ফাল্গুন ১৪৩১", "bangla", "2025-03-10"], ["৯ রমজান ১৪৪৬ হিজরি", "hijri", "2025-03-09"]]],
    ["ঢাকা বুধবার ০৩ সেপ্টেম্বর ২০২৫ || ভাদ্র ১৯ ১৪৩২", [["ভাদ্র ১৯ ১৪৩২", "bangla", "2025-09-03"]]],
    ["Dhaka ১১:২০ পূর্বাহ্ন, মঙ্গলবার, ০৮ জুলাই ২০২৫, ২৪ আষাঢ় ১৪৩২ বঙ্গাব্দ", [["২৪ আষাঢ় ১৪৩২ বঙ্গাব্দ", "bangla", "2025-07-08"]]],
    ["আজ রবিবার | ১লা অগ্রহায়ণ, ১৪৩২ বঙ্গাব্দ | ১৬ই নভেম্বর, ২০২৫ খ্রিস্টাব্দ |২৪শে জমাদিউল আউয়াল, ১৪৪৭ হিজরি | রাত ৮:১০", [
      ["১লা অগ্রহায়ণ, ১৪৩২ বঙ্গাব্দ", "bangla", "2025-11-16"],
      ["২৪শে জমাদিউল আউয়াল, ১৪৪৭ হিজরি", "hijri", "2025-11-15"],
    ]],
    ["ঢাকা, শনিবার, ১৪ পৌষ ১৪৩২, ২৭ ডিসেম্বর ২০২৫, ০৬ রজব ১৪৪৭", [["১৪ পৌষ ১৪৩২", "bangla", "2025-12-29"], ["০৬ রজব ১৪৪৭", "hijri", "2025-12-26"]]],
    ["বুধবার ১৭ সেপ্টেম্বর, ২০২৫ ইং , ২ আশ্বিন, ১৪৩২ বঙ্গাব্দ, ২৪ রবিউল আউয়াল, ১৪৪৭ হিজরি", [
      ["২ আশ্বিন, ১৪৩২ বঙ্গাব্দ", "bangla", "2025-09-17"],
      ["২৪ রবিউল আউয়াল, ১৪৪৭ হিজরি", "hijri", "2025-09-16"],
    ]],
    ["১ বৈশাখ ১৪৩২ বাংলা সন", [["১ বৈশাখ ১৪৩২ বাংলা সন", "bangla", "2025-04-14"]]],
    ["২৫শে বৈশাখ ১৪৩১ বাংলা", [["২৫শে বৈশাখ ১৪৩১ বাংলা", "bangla", "2024-05-08"]]],
    ["১১ জৈষ্ঠ ১৪৩১", [["১১ জৈষ্ঠ ১৪৩১", "bangla", "2024-05-25"]]],
    ["৩ শ্রাবন ১৪৩০", [["৩ শ্রাবন ১৪৩০", "bangla", "2023-07-18"]]],
    ["৮ ফাগুন ১৪৩০", [["৮ ফাগুন ১৪৩০", "bangla", "2024-02-21"]]],
    ["১২ কার্ত্তিক ১৪২৯", [["১২ কার্ত্তিক ১৪২৯", "bangla", "2022-10-28"]]],
    ["১০ অঘ্রাণ ১৪৩১", [["১০ অঘ্রাণ ১৪৩১", "bangla", "2024-11-25"]]],
    ["১০ মুহাররম ১৪৪৬ হিজরী", [["১০ মুহাররম ১৪৪৬ হিজরী", "hijri", "2024-07-16"]]],
    ["১২ রবিউল আউয়াল ১৪৪৬", [["১২ রবিউল আউয়াল ১৪৪৬", "hijri", "2024-09-15"]]],
    ["১৫ শা‘বান ১৪৪৫", [["১৫ শা‘বান ১৪৪৫", "hijri", "2024-02-25"]]],
    ["১ জ্বিলহজ্জ ১৪৪৫", [["১ জ্বিলহজ্জ ১৪৪৫", "hijri", "2024-06-07"]]],
    ["Boishakh 2, 1431", [["Boishakh 2, 1431", "bangla", "2024-04-15"]]],
    ["১৪৩২ বঙ্গাব্দের ১ বৈশাখ সকালে", [["১৪৩২ বঙ্গাব্দের ১ বৈশাখ", "bangla", "2025-04-14"]]],
    ["বাংলা ১৩৭৮ সনের ২রা পৌষ", [["১৩৭৮ সনের ২রা পৌষ", "bangla", "1971-12-16"]]],
    ["১ বৈশাখ ১৪৩১ বঙ্গাব্দের ২ বৈশাখ", [["১ বৈশাখ ১৪৩১ বঙ্গাব্দের", "bangla", "2024-04-14"]]],
    ["১৪৪৬ হিজরির ১০ মহররম পবিত্র আশুরা", [["১৪৪৬ হিজরির ১০ মহররম", "hijri", "2024-07-16"]]],
  ] as const)("%s", (text, expected) => {
    expect(read(text).map((match) => [match.text, match.calendar, match.iso])).toEqual(expected);
  });

  it("reads the fields, the era word and both encodings of য়", () => {
    expect(read("২৯ আষা\u09DD ১৪৩২ বঙ্গাব্দ")).toEqual([
      { text: "২৯ আষা\u09DD ১৪৩২ বঙ্গাব্দ", calendar: "bangla", year: 1432, month: 3, day: 29, era: true, iso: "2025-07-13" },
    ]);
  });

  it("reports a day that does not exist with iso null", () => {
    expect(read("৩১ কার্তিক ১৪৩১")).toEqual([
      { text: "৩১ কার্তিক ১৪৩১", calendar: "bangla", year: 1431, month: 7, day: 31, era: false, iso: null },
    ]);
    expect(read("৩০ রমজান ১৪৪৬")[0]?.iso).toBeNull();
  });

  it.each([
    ["৩ দিনের সফর ২০২৪"], // সফর = a tour
    ["১২ মাঘ ২০২৪"], // a Gregorian year is not a Bangla one
    ["৫ মাঘ ১৯৭১"],
    ["২০২৪ সালের ১ বৈশাখ"],
    ["১৪৩১ ১ বৈশাখ"],
    ["বৈশাখী মেলা ১৪৩১"],
    ["১৫ বৈশাখে ১৪৩১"],
    ["২ বৈশাখ"],
    ["বৈশাখ ১৪৩১"],
    ["১২৩ বৈশাখ ১৪৩১"],
    ["১ বৈশাখ ১৪৩১১"],
    ["জ্যেষ্ঠ সাংবাদিক ১০ জন"],
    [""],
  ])("finds nothing in %s", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("takes the Hijri options", () => {
    expect(findCalendarDates(normalizeForMatch("৫ শাওয়াল ১৪৪৫").text, { hijri: { adjustment: -1 } })[0]?.iso).toBe("2024-04-15");
    expect(() => findCalendarDates("", { hijri: { adjustment: 5 } })).toThrow(RangeError);
  });

  it("reads every spelling of every month", () => {
    for (const entry of BANGLA_MONTHS) {
      for (const spelling of [...entry.spellings, ...entry.latin]) {
        expect(read(`১০ ${spelling} ১৪৩০`), spelling).toMatchObject([{ calendar: "bangla", month: entry.month, day: 10, year: 1430 }]);
      }
    }
    for (const entry of HIJRI_MONTHS) {
      for (const spelling of [...entry.spellings, entry.icu]) {
        expect(read(`১০ ${spelling} ১৪৪৫`), spelling).toMatchObject([{ calendar: "hijri", month: entry.month, day: 10, year: 1445 }]);
      }
    }
  });

  it("never throws on arbitrary text and quotes spans from it", () => {
    const alphabet = fc.constantFrom(..."০১২৩৪৫৬৭৮৯ ,বৈশাখআষাঢ়শাওয়ালরবিউলসানিহিজরিবঙ্গাব্দ\u09DF\u200C\u200D\u00A0\uD800-লারাশেই");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet })), (text) => {
        const view = normalizeForMatch(text);
        for (const match of findCalendarDates(view.text)) {
          const quoted = view.spanToSource(match.start, match.end).text;
          expect(text.includes(quoted)).toBe(true);
          expect(match.start).toBeLessThan(match.end);
        }
      }),
    );
  });

  it("finds what a scan of the whole text with every pattern finds", () => {
    const pieces = fc.constantFrom(
      " ", ", ", "\n", "১", "২৯", "০৫", "১৪৩১", "১৪৪৫", "২০২৪", "১২৩৪৫", "লা", "শে", "বৈশাখ", "আষাঢ়", "চৈত্র", "ফাগুন",
      "শাওয়াল", "রবিউল আউয়াল", "জমাদিউস সানি", "বঙ্গাব্দ", "বঙ্গাব্দের", "হিজরি", "হিজরির", "বাংলা সন", "এপ্রিল", "ক", "x",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.array(fc.string(), { maxLength: 3 }), (parts, noise) => {
        const view = normalizeForMatch([...parts, ...noise].join("")).text;
        expect(findCalendarDates(view)).toEqual(findCalendarDatesByFullScan(view));
      }),
      { numRuns: 300 },
    );
    const long = normalizeForMatch(`${"কথা ".repeat(60)}২ বৈশাখ ১৪৩১ ${"১২৩৪ ".repeat(40)}১৪৪৬ হিজরির ১০ মহররম`).text;
    expect(findCalendarDates(long)).toEqual(findCalendarDatesByFullScan(long));
    expect(findCalendarDates(long)).toHaveLength(2);
  });

  it("stays linear on a megabyte of near-misses", () => {
    for (const unit of ["১ বৈশাখ ", "বৈশাখ ১ ", "১২ ", "১লা ", "১ শাওয়াল, ", "রবিউল ", "১৪৩১ ", "২ বৈশাখ ১৪৩১১ "]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(findCalendarDates(normalizeForMatch(text).text)).toEqual([]);
    }
  });

  it("has regular expressions that recheck finds safe", async () => {
    const require = createRequire(import.meta.url);
    const { checkSync } = require("recheck") as {
      checkSync: (source: string, flags: string, params: { timeout: number }) => { status: string };
    };
    for (const regex of [BANGLA_CALENDAR_DATE_REGEX, HIJRI_DATE_REGEX, BANGLA_YEAR_FIRST_REGEX, HIJRI_YEAR_FIRST_REGEX]) {
      // a generous budget: recheck's default of 10 s per pattern runs out on a busy machine
      expect(checkSync(regex.source, regex.flags, { timeout: 40_000 }).status).toBe("safe");
    }
  }, 240_000);
});
