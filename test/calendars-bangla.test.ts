import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBanglaDate, toBanglaDate } from "../src/index.ts";
import { DHAKA_UTC_OFFSETS } from "../src/data/dhakaUtcOffsets.ts";
import { BanglaDateSchema } from "../src/schemas.ts";

interface OracleDate {
  year: number;
  month: number;
  day: number;
  fromGregorian(year: number, month: number, day: number): OracleDate;
  toGregorian(): { year: number; month: number; day: number };
}
const require = createRequire(import.meta.url);
const { CalendarBengaliRevised } = require("date-bengali-revised") as {
  CalendarBengaliRevised: new (year?: number, month?: number, day?: number) => OracleDate;
};

const MS_PER_DAY = 86_400_000;

/** Every day from `from` to `to` (inclusive) as [iso, year, month, day]. */
function* days(from: string, to: string): Generator<readonly [string, number, number, number]> {
  const end = Date.parse(to);
  for (let time = Date.parse(from); time <= end; time += MS_PER_DAY) {
    const date = new Date(time);
    yield [date.toISOString().slice(0, 10), date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  }
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The 2019 rules written out as month lengths, to walk day by day (independent of the library's arithmetic). */
function lengths2019(banglaYear: number): number[] {
  return [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, isLeap(banglaYear + 594) ? 30 : 29, 30];
}

describe("toBanglaDate and fromBanglaDate", () => {
  it("equal date-bengali-revised (1987 rules) on every day from 1990-01-01 to 2019-10-15", () => {
    let count = 0;
    for (const [iso, y, m, d] of days("1990-01-01", "2019-10-15")) {
      const oracle = new CalendarBengaliRevised().fromGregorian(y, m, d);
      const ours = toBanglaDate(iso);
      if (ours.year !== oracle.year || ours.month !== oracle.month || ours.day !== oracle.day) {
        expect({ iso, ...ours }).toEqual({ iso, year: oracle.year, month: oracle.month, day: oracle.day });
      }
      const back = new CalendarBengaliRevised(oracle.year, oracle.month, oracle.day).toGregorian();
      const expected = `${back.year}-${String(back.month).padStart(2, "0")}-${String(back.day).padStart(2, "0")}`;
      const ourBack = fromBanglaDate({ year: oracle.year, month: oracle.month, day: oracle.day });
      if (ourBack !== expected) expect(ourBack).toBe(expected);
      count++;
    }
    expect(count).toBe((Date.UTC(2019, 9, 16) - Date.UTC(1990, 0, 1)) / MS_PER_DAY);
  });

  it("follow the 2019 rules on every day from 2019-10-16 (31 আশ্বিন 1426) to 2100-12-31", () => {
    let year = 1426;
    let month = 6;
    let day = 31;
    let count = 0;
    for (const [iso] of days("2019-10-16", "2100-12-31")) {
      const ours = toBanglaDate(iso);
      if (ours.year !== year || ours.month !== month || ours.day !== day) {
        expect({ iso, year: ours.year, month: ours.month, day: ours.day }).toEqual({ iso, year, month, day });
      }
      const back = fromBanglaDate({ year, month, day });
      if (back !== iso) expect(back).toBe(iso);
      count++;
      day++;
      if (day > (lengths2019(year)[month - 1] ?? 0)) {
        day = 1;
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
    }
    expect(count).toBe((Date.UTC(2101, 0, 1) - Date.UTC(2019, 9, 16)) / MS_PER_DAY);
  });

  const FIXED_DAYS = [
    ["02-21", 11, 8, "ফাল্গুন"],
    ["03-26", 12, 12, "চৈত্র"],
    ["04-14", 1, 1, "বৈশাখ"],
    ["05-08", 1, 25, "বৈশাখ"],
    ["05-25", 2, 11, "জ্যৈষ্ঠ"],
    ["12-16", 9, 1, "পৌষ"],
  ] as const;

  it.each(FIXED_DAYS)("keeps %s as %i/%i (%s) in every year 2020–2100", (monthDay, month, day, monthName) => {
    for (let year = 2020; year <= 2100; year++) {
      expect(toBanglaDate(`${year}-${monthDay}`)).toMatchObject({ month, day, monthName });
    }
  });

  it("round-trips every Bangla date of the years 1396–1507 and refuses the days that do not exist", () => {
    let existing = 0;
    for (let year = 1396; year <= 1507; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 32; day++) {
          let iso: string;
          try {
            iso = fromBanglaDate({ year, month, day });
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
            expect((error as { code?: string }).code).toBe("invalid_date");
            expect(day).toBeGreaterThanOrEqual(29);
            continue;
          }
          const back = toBanglaDate(iso);
          if (back.year !== year || back.month !== month || back.day !== day) {
            expect(back).toMatchObject({ year, month, day });
          }
          existing++;
        }
      }
    }
    // 112 years of 365 or 366 days
    expect(existing).toBe(Date.UTC(2101, 3, 14) / MS_PER_DAY - Date.UTC(1989, 3, 14) / MS_PER_DAY);
  });

  it.each([
    ["2025-07-13", { year: 1432, month: 3, day: 29, monthName: "আষাঢ়" }],
    ["2024-04-14", { year: 1431, month: 1, day: 1, monthName: "বৈশাখ" }],
    ["2024-04-15", { year: 1431, month: 1, day: 2, monthName: "বৈশাখ" }],
    ["2025-01-01", { year: 1431, month: 9, day: 17, monthName: "পৌষ" }],
    ["2025-03-23", { year: 1431, month: 12, day: 9, monthName: "চৈত্র" }],
    ["2019-10-15", { year: 1426, month: 6, day: 30, monthName: "আশ্বিন" }],
    ["2019-10-16", { year: 1426, month: 6, day: 31, monthName: "আশ্বিন" }],
    ["2019-10-17", { year: 1426, month: 7, day: 1, monthName: "কার্তিক" }],
    ["2018-10-16", { year: 1425, month: 7, day: 1, monthName: "কার্তিক" }],
    ["2020-02-29", { year: 1426, month: 11, day: 16, monthName: "ফাল্গুন" }],
    ["2020-03-14", { year: 1426, month: 11, day: 30, monthName: "ফাল্গুন" }],
    ["2016-03-14", { year: 1422, month: 11, day: 31, monthName: "ফাল্গুন" }],
    ["1971-12-16", { year: 1378, month: 9, day: 2, monthName: "পৌষ" }],
    ["1952-02-21", { year: 1358, month: 11, day: 9, monthName: "ফাল্গুন" }],
    ["0594-04-14", { year: 1, month: 1, day: 1, monthName: "বৈশাখ" }],
    ["9999-12-31", { year: 9406, month: 9, day: 16, monthName: "পৌষ" }],
  ] as const)("toBanglaDate(%s)", (iso, expected) => {
    expect(toBanglaDate(iso)).toEqual(expected);
    expect(fromBanglaDate(expected)).toBe(iso);
  });

  it.each([
    ["2025-04-13T18:00:00Z", "1432-1-1"], // 00:00 in Dhaka on 14 April
    ["2025-04-13T17:59:59Z", "1431-12-30"],
    ["2009-06-19T17:30:00Z", "1416-3-6"], // 00:30 on 20 June 2009, Dhaka's +07:00 summer
    ["2009-12-31T17:30:00Z", "1416-9-17"], // 23:30 on 31 December 2009, back to +06:00
  ])("reads a Date in Asia/Dhaka: %s", (instant, expected) => {
    const { year, month, day } = toBanglaDate(new Date(instant));
    expect(`${year}-${month}-${day}`).toBe(expected);
  });

  it("keeps Asia/Dhaka's offsets as the time-zone database has them, on both sides of every change", () => {
    const offsetOf = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Dhaka", timeZoneName: "longOffset" });
    const seconds = (time: number): number => {
      const name = offsetOf.formatToParts(time).find((part) => part.type === "timeZoneName")?.value ?? "";
      const [, sign = "+", hours = "0", minutes = "0", secs = "0"] = /GMT([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(name) ?? [];
      return (sign === "-" ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60 + Number(secs));
    };
    for (let i = 1; i < DHAKA_UTC_OFFSETS.length; i++) {
      const [from, offset] = DHAKA_UTC_OFFSETS[i] ?? [0, 0];
      const [, before] = DHAKA_UTC_OFFSETS[i - 1] ?? [0, 0];
      expect([seconds(from - 1000), seconds(from)]).toEqual([before, offset]);
    }
    expect(seconds(Date.UTC(2100, 0, 1))).toBe(DHAKA_UTC_OFFSETS.at(-1)?.[1]);
  });

  it("reads a Date as the Dhaka wall date that Intl gives", () => {
    const dhaka = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dhaka", year: "numeric", month: "2-digit", day: "2-digit" });
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }), (date) => {
        expect(toBanglaDate(date)).toEqual(toBanglaDate(dhaka.format(date)));
      }),
    );
  });

  it.each([
    [{ year: 1431, month: 7, day: 31 }], // ৩১ কার্তিক
    [{ year: 1425, month: 6, day: 31 }], // ৩১ আশ্বিন before the revision
    [{ year: 1431, month: 11, day: 30 }], // ৩০ ফাল্গুন in a year whose February has 28 days
    [{ year: 1430, month: 11, day: 31 }],
    [{ year: 1422, month: 11, day: 32 }],
    [{ year: 1431, month: 13, day: 1 }],
    [{ year: 1431, month: 0, day: 1 }],
    [{ year: 1431, month: 1, day: 0 }],
    [{ year: 1431.5, month: 1, day: 1 }],
    [{ year: 0, month: 1, day: 1 }],
    [{ year: 9407, month: 1, day: 1 }],
    [{ year: 9406, month: 10, day: 1 }], // past 9999-12-31
    [{ year: Number.NaN, month: 1, day: 1 }],
  ])("fromBanglaDate refuses %o with a RangeError", (date) => {
    expect(() => fromBanglaDate(date)).toThrow(RangeError);
    expect(() => fromBanglaDate(date)).toThrow(expect.objectContaining({ code: "invalid_date" }));
  });

  it.each([[null], ["1432-01-01"], [{ year: "1432", month: 1, day: 1 }], [{ year: 1432, month: 1 }], [[1432, 1, 1]]])(
    "fromBanglaDate refuses %o with a TypeError",
    (date) => {
      expect(() => fromBanglaDate(date as never)).toThrow(TypeError);
    },
  );

  it.each([["2025-02-29"], ["2025-13-01"], ["2025-1-1"], ["১৪৩২-০১-০১"], [""], ["0594-04-13"], ["2025-04-14T00:00"]])(
    "toBanglaDate refuses %o with a RangeError",
    (text) => {
      expect(() => toBanglaDate(text)).toThrow(RangeError);
    },
  );

  it("toBanglaDate refuses an invalid Date with a RangeError and a non-date with a TypeError", () => {
    expect(() => toBanglaDate(new Date(Number.NaN))).toThrow(RangeError);
    for (const value of [null, undefined, 20250101, {}, ["2025-01-01"]]) {
      expect(() => toBanglaDate(value as never)).toThrow(TypeError);
    }
  });

  it("round-trips, passes the schema and throws only the documented errors on arbitrary input", () => {
    fc.assert(
      fc.property(fc.integer({ min: -502_470, max: 2_932_896 }), (dayNumber) => {
        const iso = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
        const bangla = toBanglaDate(iso);
        expect(BanglaDateSchema.parse(bangla)).toEqual(bangla);
        expect(fromBanglaDate(bangla)).toBe(iso);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (year, month, day) => {
        try {
          fromBanglaDate({ year, month, day } as never);
        } catch (error) {
          expect(error instanceof TypeError || error instanceof RangeError).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          expect(BanglaDateSchema.safeParse(toBanglaDate(text)).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
    );
  });
});
