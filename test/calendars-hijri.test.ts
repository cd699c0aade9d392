import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromHijriDate, toHijriDate } from "../src/index.ts";
import type { HijriCalendar } from "../src/index.ts";
import { HIJRI_MONTHS } from "../src/data/hijriMonths.ts";
import { HijriDateSchema } from "../src/schemas.ts";

const MS_PER_DAY = 86_400_000;
const CALENDARS: readonly HijriCalendar[] = ["islamic-umalqura", "islamic-civil", "islamic-tbla", "islamic"];

function isoOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** What Intl says, read straight from formatToParts (independent of the library's month cache). */
function intlHijri(calendar: HijriCalendar): (time: number) => { year: number; month: number; day: number } {
  const format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}`, { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
  return (time) => {
    const parts = format.formatToParts(time);
    const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value);
    return { year: get("year"), month: get("month"), day: get("day") };
  };
}

describe("toHijriDate and fromHijriDate", () => {
  it("equal Intl's Umm al-Qura calendar and round-trip on every day from 1990 to 2100", () => {
    const intl = intlHijri("islamic-umalqura");
    const end = Date.UTC(2100, 11, 31);
    let count = 0;
    for (let time = Date.UTC(1990, 0, 1); time <= end; time += MS_PER_DAY) {
      const iso = isoOf(time);
      const hijri = toHijriDate(iso);
      const expected = intl(time);
      if (hijri.year !== expected.year || hijri.month !== expected.month || hijri.day !== expected.day) {
        expect({ iso, ...hijri }).toMatchObject({ iso, ...expected });
      }
      const back = fromHijriDate(hijri);
      if (back !== iso) expect(back).toBe(iso);
      count++;
    }
    expect(count).toBe((end - Date.UTC(1990, 0, 1)) / MS_PER_DAY + 1);
  });

  it.each(CALENDARS)("%s: equals Intl and round-trips with every adjustment (sampled days 1900–2200)", (calendar) => {
    const intl = intlHijri(calendar);
    let checked = 0;
    for (let time = Date.UTC(1900, 0, 1); time <= Date.UTC(2200, 0, 1); time += 11 * MS_PER_DAY) {
      const iso = isoOf(time);
      for (const adjustment of [-2, -1, 0, 1, 2]) {
        const hijri = toHijriDate(iso, { calendar, adjustment });
        const expected = intl(time + adjustment * MS_PER_DAY);
        if (hijri.year !== expected.year || hijri.month !== expected.month || hijri.day !== expected.day) {
          expect({ iso, adjustment, ...hijri }).toMatchObject({ iso, adjustment, ...expected });
        }
        const back = fromHijriDate(hijri, { calendar, adjustment });
        if (back !== iso) expect({ iso, adjustment, back }).toEqual({ iso, adjustment, back: iso });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(49_000);
  });

  it.each([
    ["2025-07-12", { year: 1447, month: 1, day: 17, monthName: "মহররম" }, {}],
    ["2024-04-14", { year: 1445, month: 10, day: 5, monthName: "শাওয়াল" }, {}],
    ["2024-04-15", { year: 1445, month: 10, day: 5, monthName: "শাওয়াল" }, { adjustment: -1 }],
    ["2025-01-01", { year: 1446, month: 7, day: 1, monthName: "রজব" }, {}],
    ["2025-03-02", { year: 1446, month: 9, day: 2, monthName: "রমজান" }, {}],
    ["2025-06-06", { year: 1446, month: 12, day: 10, monthName: "জিলহজ" }, {}],
  ] as const)("toHijriDate(%s) = %o", (iso, expected, options) => {
    expect(toHijriDate(iso, options)).toEqual(expected);
    expect(fromHijriDate(expected, options)).toBe(iso);
  });

  it("reads a Date as the wall date in Asia/Dhaka", () => {
    expect(toHijriDate(new Date("2025-07-11T18:00:00Z"))).toMatchObject({ year: 1447, month: 1, day: 17 });
    expect(toHijriDate(new Date("2025-07-11T17:59:00Z"))).toMatchObject({ year: 1447, month: 1, day: 16 });
  });

  it("refuses a day 30 of a 29-day month, and every impossible field, with a RangeError", () => {
    let refused = 0;
    for (let year = 1440; year <= 1460; year++) {
      for (let month = 1; month <= 12; month++) {
        try {
          fromHijriDate({ year, month, day: 30 });
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          expect((error as { code?: string }).code).toBe("invalid_date");
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(80);
    for (const date of [
      { year: 1447, month: 1, day: 31 },
      { year: 1447, month: 13, day: 1 },
      { year: 1447, month: 1, day: 0 },
      { year: 0, month: 1, day: 1 },
      { year: 1447.5, month: 1, day: 1 },
      { year: 9667, month: 1, day: 1 },
    ]) {
      expect(() => fromHijriDate(date)).toThrow(RangeError);
    }
  });

  it("refuses bad options with a RangeError that names the value, and wrong types with a TypeError", () => {
    expect(() => toHijriDate("2025-01-01", { adjustment: 3 })).toThrow(/adjustment.*got 3/);
    expect(() => toHijriDate("2025-01-01", { adjustment: 0.5 })).toThrow(RangeError);
    expect(() => toHijriDate("2025-01-01", { calendar: "islamic-rgsa" as HijriCalendar })).toThrow(/islamic-rgsa/);
    expect(() => fromHijriDate({ year: 1447, month: 1, day: 1 }, { adjustment: -3 })).toThrow(RangeError);
    expect(() => toHijriDate(12 as never)).toThrow(TypeError);
    expect(() => fromHijriDate("1447-01-01" as never)).toThrow(TypeError);
    expect(() => toHijriDate("2025-02-30")).toThrow(RangeError);
    expect(() => toHijriDate("0600-01-01")).toThrow(RangeError);
  });

  it("names months as the data file does", () => {
    for (let month = 1; month <= 12; month++) {
      const iso = fromHijriDate({ year: 1446, month, day: 1 });
      expect(toHijriDate(iso).monthName).toBe(HIJRI_MONTHS[month - 1]?.name);
    }
  });

  it("round-trips and passes the schema on arbitrary days and options", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400_000, max: 2_932_000 }),
        fc.constantFrom(...CALENDARS),
        fc.integer({ min: -2, max: 2 }),
        (dayNumber, calendar, adjustment) => {
          const iso = isoOf(dayNumber * MS_PER_DAY);
          const hijri = toHijriDate(iso, { calendar, adjustment });
          expect(HijriDateSchema.parse(hijri)).toEqual(hijri);
          expect(fromHijriDate(hijri, { calendar, adjustment })).toBe(iso);
        },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.date(), fc.anything()), fc.anything(), (date, options) => {
        try {
          expect(HijriDateSchema.safeParse(toHijriDate(date as never, options as never)).success).toBe(true);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (year, month, day, options) => {
        try {
          fromHijriDate({ year, month, day } as never, options as never);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
        }
      }),
    );
  });
});
