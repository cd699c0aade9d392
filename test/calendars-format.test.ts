import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBanglaDate, formatHijriDate, parseDate } from "../src/index.ts";
import { CALENDAR_DAY_FORMATS } from "./fixtures/unseen-calendar-days.ts";

describe("formatBanglaDate and formatHijriDate: new year, 21 February, Ramadan and the Eids", () => {
  it.each(CALENDAR_DAY_FORMATS)("%s: %s %o", (calendar, date, options, expected) => {
    expect(calendar === "bangla" ? formatBanglaDate(date, options) : formatHijriDate(date, options)).toBe(expected);
  });
});

describe("formatBanglaDate", () => {
  it.each([
    ["2025-07-13", {}, "২৯ আষাঢ় ১৪৩২"],
    ["2025-04-14", { era: true }, "১ বৈশাখ ১৪৩২ বঙ্গাব্দ"],
    ["2025-04-14", { era: true, weekday: true }, "সোমবার, ১ বৈশাখ ১৪৩২ বঙ্গাব্দ"],
    ["2024-12-16", { weekday: true }, "সোমবার, ১ পৌষ ১৪৩১"],
    ["2025-02-21", { digits: "latin" }, "8 ফাল্গুন 1431"],
    [{ year: 1432, month: 3, day: 29 }, { weekday: true }, "রবিবার, ২৯ আষাঢ় ১৪৩২"],
    [new Date("2025-07-12T18:30:00Z"), {}, "২৯ আষাঢ় ১৪৩২"],
  ] as const)("formats %o with %o", (date, options, expected) => {
    expect(formatBanglaDate(date, options)).toBe(expected);
  });

  it("refuses what does not exist and bad options", () => {
    expect(() => formatBanglaDate({ year: 1431, month: 7, day: 31 })).toThrow(RangeError);
    expect(() => formatBanglaDate("2025-02-30")).toThrow(RangeError);
    expect(() => formatBanglaDate("2025-02-03", { era: "yes" as never })).toThrow(/era/);
    expect(() => formatBanglaDate("2025-02-03", { digits: "arabic" as never })).toThrow(/'arabic'/);
    expect(() => formatBanglaDate(42 as never)).toThrow(TypeError);
  });
});

describe("formatHijriDate", () => {
  it.each([
    ["2025-07-12", {}, "১৭ মহররম ১৪৪৭"],
    ["2025-07-13", { adjustment: -1, era: true }, "১৭ মহররম ১৪৪৭ হিজরি"],
    ["2024-04-14", { weekday: true }, "রবিবার, ৫ শাওয়াল ১৪৪৫"],
    ["2025-03-02", { digits: "latin", era: true }, "2 রমজান 1446 হিজরি"],
    [{ year: 1445, month: 10, day: 5 }, { weekday: true }, "রবিবার, ৫ শাওয়াল ১৪৪৫"],
    [{ year: 1445, month: 10, day: 5 }, { weekday: true, adjustment: -1 }, "সোমবার, ৫ শাওয়াল ১৪৪৫"],
  ] as const)("formats %o with %o", (date, options, expected) => {
    expect(formatHijriDate(date, options)).toBe(expected);
  });

  it("refuses what does not exist and bad options", () => {
    expect(() => formatHijriDate({ year: 1446, month: 9, day: 30 })).toThrow(RangeError);
    expect(() => formatHijriDate("2025-01-01", { adjustment: 7 })).toThrow(RangeError);
  });
});

describe("formatters on arbitrary input", () => {
  it("throw only the documented errors", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.date(), fc.record({ year: fc.anything(), month: fc.anything(), day: fc.anything() }), fc.anything()),
        fc.oneof(fc.constant(undefined), fc.record({ era: fc.anything(), weekday: fc.anything(), adjustment: fc.anything(), digits: fc.anything() }, { requiredKeys: [] }), fc.anything()),
        (date, options) => {
          for (const format of [formatBanglaDate, formatHijriDate]) {
            try {
              expect(typeof format(date as never, options as never)).toBe("string");
            } catch (error) {
              expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
              expect(["invalid_argument", "invalid_option", "invalid_date"]).toContain((error as { code?: string }).code);
            }
          }
        },
      ),
    );
  });
});

describe("formatting and reading agree", () => {
  it("parseDate reads back what the formatters write, on any day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2150, 0, 1) / 86_400_000 }),
        fc.boolean(),
        fc.boolean(),
        (dayNumber, era, weekday) => {
          const iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
          const bangla = formatBanglaDate(iso, { era, weekday });
          const hijri = formatHijriDate(iso, { era, weekday });
          expect(parseDate(bangla, { calendar: "bangla" })).toMatchObject({ iso, calendar: "bangla" });
          expect(parseDate(hijri, { calendar: "hijri" })).toMatchObject({ iso, calendar: "hijri" });
        },
      ),
    );
  });
});
