import { BANGLA_MONTH_NAMES } from "../data/banglaMonths.ts";
import { BENGALI_WEEKDAY_NAMES } from "../data/weekdayNames.ts";
import { fromBanglaDate } from "./fromBanglaDate.ts";
import { formatOptionsOf } from "./formatOptions.ts";
import { dayNumberOfArgument, readIsoDate } from "./gregorianDays.ts";
import { toBanglaDate } from "./toBanglaDate.ts";
import type { CalendarDateFields, FormatBanglaDateOptions } from "./types.ts";
import { weekdayOfDayNumber, writeNumber } from "./writeNumber.ts";

/**
 * Writes a date in Bangladesh's Bangla calendar as newspapers print it: `২৯ আষাঢ় ১৪৩২`, with `বঙ্গাব্দ` and the
 * weekday on request.
 *
 * @param date - a Gregorian `'YYYY-MM-DD'` string, a `Date` (read in Asia/Dhaka), or a Bangla date `{ year, month, day }`
 * @param options - `era: true` appends `বঙ্গাব্দ`; `weekday: true` starts with the weekday (`রবিবার, `);
 *   `digits: 'latin'` writes 0-9
 * @returns the formatted date
 * @throws {TypeError} when `date` is not a string, a `Date` or an object of three numbers
 * @throws {RangeError} when the date is invalid or does not exist, or an option has a bad value
 * @example
 * formatBanglaDate("2025-07-13");
 * //=> "২৯ আষাঢ় ১৪৩২"
 * formatBanglaDate("2025-04-14", { era: true, weekday: true });
 * //=> "সোমবার, ১ বৈশাখ ১৪৩২ বঙ্গাব্দ"
 */
export function formatBanglaDate(date: Date | string | CalendarDateFields, options?: FormatBanglaDateOptions): string {
  const { era, weekday, latin } = formatOptionsOf(options);
  let fields: CalendarDateFields;
  let iso: string | null = null;
  if (typeof date === "string" || date instanceof Date) {
    fields = toBanglaDate(date);
  } else {
    iso = fromBanglaDate(date);
    fields = date;
  }
  let text = `${writeNumber(fields.day, latin)} ${BANGLA_MONTH_NAMES[fields.month - 1] ?? ""} ${writeNumber(fields.year, latin)}`;
  if (era) text += " বঙ্গাব্দ";
  if (weekday) {
    const dayNumber = iso === null ? dayNumberOfArgument(date, "date") : (readIsoDate(iso)?.dayNumber ?? 0);
    text = `${BENGALI_WEEKDAY_NAMES[weekdayOfDayNumber(dayNumber)] ?? ""}, ${text}`;
  }
  return text;
}
