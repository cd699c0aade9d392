import { BANGLA_MONTH_NAMES } from "../data/banglaMonths.ts";
import { dateRangeError } from "../errors.ts";
import { banglaMonthLength, dayNumberOfBangla } from "./banglaRules.ts";
import { assertCalendarFields } from "./calendarFields.ts";
import { isoOfDayNumber, MAX_DAY } from "./gregorianDays.ts";
import type { CalendarDateFields } from "./types.ts";

/** The last Bangla year with a day in the years 1–9999. */
const LAST_BANGLA_YEAR = 9406;

/**
 * The Gregorian day number of a Bangla date, or -Infinity when the date does not exist (month 1–12, day within
 * the month under the rules of that year, year 1–9406 and not past 9999-12-31). For readers that must not throw.
 */
export function banglaDayNumber(year: number, month: number, day: number): number {
  if (year < 1 || year > LAST_BANGLA_YEAR || month < 1 || month > 12 || day < 1) return Number.NEGATIVE_INFINITY;
  if (day > banglaMonthLength(year, month)) return Number.NEGATIVE_INFINITY;
  const dayNumber = dayNumberOfBangla(year, month, day);
  return dayNumber > MAX_DAY ? Number.NEGATIVE_INFINITY : dayNumber;
}

/**
 * Converts a date of Bangladesh's Bangla calendar (বঙ্গাব্দ) to the Gregorian calendar, under the rules in force on
 * that day (1987 rules up to 1425, the 2019 revision from 1426). It is the inverse of `toBanglaDate` for every day.
 *
 * @param date - `{ year, month, day }` with month 1 = বৈশাখ … 12 = চৈত্র
 * @returns the Gregorian date as `'YYYY-MM-DD'`
 * @throws {TypeError} (code `invalid_argument`) when `date` is not an object of three numbers
 * @throws {RangeError} (code `invalid_date`) when the day does not exist: ৩১ কার্তিক, ৩০ ফাল্গুন 1431, ৩১ আশ্বিন 1425,
 *   a fraction, or a year outside 1–9406
 * @example
 * fromBanglaDate({ year: 1432, month: 3, day: 29 });
 * //=> "2025-07-13"
 * fromBanglaDate({ year: 1426, month: 6, day: 31 });
 * //=> "2019-10-16"
 */
export function fromBanglaDate(date: CalendarDateFields): string {
  assertCalendarFields(date, "date", "Bangla");
  const { year, month, day } = date;
  const dayNumber = banglaDayNumber(year, month, day);
  if (dayNumber === Number.NEGATIVE_INFINITY) {
    throw dateRangeError(
      `Bangla date ${day} ${BANGLA_MONTH_NAMES[month - 1] ?? month} ${year} does not exist` +
        (year >= 1 && year <= LAST_BANGLA_YEAR ? ` (${BANGLA_MONTH_NAMES[month - 1] ?? month} ${year} has ${banglaMonthLength(year, month)} days)` : ""),
    );
  }
  return isoOfDayNumber(dayNumber);
}
