import { HIJRI_MONTH_NAMES } from "../data/hijriMonths.ts";
import { dateRangeError } from "../errors.ts";
import { assertCalendarFields } from "./calendarFields.ts";
import { isoOfDayNumber, MAX_DAY } from "./gregorianDays.ts";
import { hijriMonthStart, hijriOptionsOf } from "./hijriMonthStarts.ts";
import type { CalendarDateFields, HijriCalendar, HijriOptions } from "./types.ts";

/** The last Hijri year that begins before 9999-12-31. */
const LAST_HIJRI_YEAR = 9666;

/**
 * The Gregorian day number of a Hijri date, or -Infinity when that day does not exist in the calendar (day 30 of
 * a 29-day month, a year outside 1–9666, or past 9999-12-31). For readers that must not throw.
 */
export function hijriDayNumber(calendar: HijriCalendar, adjustment: number, year: number, month: number, day: number): number {
  if (year < 1 || year > LAST_HIJRI_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
    return Number.NEGATIVE_INFINITY;
  }
  const monthIndex = (year - 1) * 12 + month - 1;
  const start = hijriMonthStart(calendar, monthIndex);
  if (day > hijriMonthStart(calendar, monthIndex + 1) - start) return Number.NEGATIVE_INFINITY;
  const dayNumber = start + day - 1 - adjustment;
  return dayNumber > MAX_DAY ? Number.NEGATIVE_INFINITY : dayNumber;
}

/**
 * Converts a Hijri date to the Gregorian calendar through `Intl`'s Islamic calendars (Umm al-Qura by default); the
 * inverse of `toHijriDate` with the same options.
 *
 * @param date - `{ year, month, day }` with month 1 = মহররম … 12 = জিলহজ
 * @param options - `calendar` and `adjustment` (-2…2 days), as for `toHijriDate`
 * @returns the Gregorian date as `'YYYY-MM-DD'`
 * @throws {TypeError} (code `invalid_argument`) when `date` is not an object of three numbers
 * @throws {RangeError} (code `invalid_date`) when the day does not exist in that calendar (30 of a 29-day month),
 *   or the year is outside 1–9666; (code `invalid_option`) for a bad option
 * @example
 * fromHijriDate({ year: 1447, month: 1, day: 17 });
 * //=> "2025-07-12"
 * fromHijriDate({ year: 1445, month: 10, day: 5 });
 * //=> "2024-04-14"
 */
export function fromHijriDate(date: CalendarDateFields, options?: HijriOptions): string {
  assertCalendarFields(date, "date", "Hijri");
  const { calendar, adjustment } = hijriOptionsOf(options);
  const { year, month, day } = date;
  const dayNumber = hijriDayNumber(calendar, adjustment, year, month, day);
  if (dayNumber === Number.NEGATIVE_INFINITY) {
    throw dateRangeError(`Hijri date ${day} ${HIJRI_MONTH_NAMES[month - 1] ?? month} ${year} does not exist in the ${calendar} calendar`);
  }
  return isoOfDayNumber(dayNumber);
}
