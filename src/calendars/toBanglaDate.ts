import { BANGLA_MONTH_NAMES } from "../data/banglaMonths.ts";
import { argumentTypeError, dateRangeError } from "../errors.ts";
import { banglaOfDayNumber, type BanglaFields } from "./banglaRules.ts";
import { dhakaOffsetMs, MAX_DAY, MS_PER_DAY, readIsoDate } from "./gregorianDays.ts";
import type { BanglaDate } from "./types.ts";

/** Day number of 14 April 594, 1 বৈশাখ of the year 1. */
const FIRST_BANGLA_DAY = -502_470;

const scratch: BanglaFields = { year: 0, month: 0, day: 0 };

/**
 * Converts a Gregorian date to Bangladesh's national Bangla calendar (বঙ্গাব্দ): 1 বৈশাখ is 14 April; the 1987
 * rules apply up to 1425 and the 2019 revision from 1426 (so the change falls on 16 October 2019 = 31 আশ্বিন 1426).
 * West Bengal's traditional calendar, which follows the sun's observed position, is not what this computes.
 *
 * @param date - a Gregorian `'YYYY-MM-DD'` string, or a `Date` (read as the wall date in Asia/Dhaka)
 * @returns `{ year, month, day, monthName }`, month 1 = বৈশাখ
 * @throws {TypeError} when `date` is neither a string nor a `Date`
 * @throws {RangeError} (code `invalid_date`) when the string is not a valid `'YYYY-MM-DD'` date, the `Date` is
 *   invalid, or the day falls before 1 বৈশাখ 1 (14 April 594) or after 9999-12-31
 * @example
 * toBanglaDate("2025-07-13");
 * //=> { year: 1432, month: 3, day: 29, monthName: "আষাঢ়" }
 * toBanglaDate("2025-02-21");
 * //=> { year: 1431, month: 11, day: 8, monthName: "ফাল্গুন" }
 */
export function toBanglaDate(date: Date | string): BanglaDate {
  let fields: BanglaFields;
  if (typeof date === "string") {
    const read = readIsoDate(date);
    if (read === null || read.dayNumber < FIRST_BANGLA_DAY) {
      throw dateRangeError(`\`date\` must be a Gregorian date 'YYYY-MM-DD' from 0594-04-14, got '${date}'`);
    }
    fields = banglaOfDayNumber(read.dayNumber, scratch);
  } else if (date instanceof Date) {
    const time = date.getTime();
    const dayNumber = Math.floor((time + dhakaOffsetMs(time)) / MS_PER_DAY);
    if (!(dayNumber >= FIRST_BANGLA_DAY && dayNumber <= MAX_DAY)) {
      throw dateRangeError(
        `\`date\` must be a valid Date from 0594-04-14 to 9999-12-31, got ${Number.isNaN(time) ? "an invalid Date" : date.toISOString()}`,
      );
    }
    fields = banglaOfDayNumber(dayNumber, scratch);
  } else {
    throw argumentTypeError("date", "a Date or a 'YYYY-MM-DD' string", date);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    monthName: BANGLA_MONTH_NAMES[fields.month - 1] ?? "",
  };
}
