import { HIJRI_MONTH_NAMES } from "../data/hijriMonths.ts";
import { dateRangeError } from "../errors.ts";
import { dayNumberOfArgument } from "./gregorianDays.ts";
import { hijriOfDayNumber, hijriOptionsOf } from "./hijriMonthStarts.ts";
import type { HijriDate, HijriOptions } from "./types.ts";

/**
 * Converts a Gregorian date to the Hijri calendar through `Intl`'s Islamic calendars (Umm al-Qura by default), with
 * Bengali month names. Bangladesh starts each month on a local sighting of the moon, so its printed Hijri date can
 * be a day (rarely two) behind: shift with `adjustment`.
 *
 * @param date - a Gregorian `'YYYY-MM-DD'` string, or a `Date` (read as the wall date in Asia/Dhaka)
 * @param options - `calendar` (`'islamic-umalqura'`, `'islamic-civil'`, `'islamic-tbla'`, `'islamic'`) and
 *   `adjustment` (-2…2 days)
 * @returns `{ year, month, day, monthName }`, month 1 = মহররম
 * @throws {TypeError} when `date` is neither a string nor a `Date`
 * @throws {RangeError} (code `invalid_date`) for a string that is not a valid `'YYYY-MM-DD'` date, an invalid `Date`
 *   or a day before 1 মহররম 1; (code `invalid_option`) for an unknown calendar or an adjustment outside -2…2
 * @example
 * toHijriDate("2025-07-12");
 * //=> { year: 1447, month: 1, day: 17, monthName: "মহররম" }
 * toHijriDate("2025-07-13", { adjustment: -1 });
 * //=> { year: 1447, month: 1, day: 17, monthName: "মহররম" }
 */
export function toHijriDate(date: Date | string, options?: HijriOptions): HijriDate {
  const dayNumber = dayNumberOfArgument(date, "date");
  const { calendar, adjustment } = hijriOptionsOf(options);
  const position = hijriOfDayNumber(calendar, dayNumber + adjustment);
  if (position === null) throw dateRangeError(`\`date\` falls before 1 মহররম 1 (${String(date)})`);
  const year = Math.floor(position.monthIndex / 12) + 1;
  const month = (position.monthIndex % 12) + 1;
  return { year, month, day: position.day, monthName: HIJRI_MONTH_NAMES[month - 1] ?? "" };
}
