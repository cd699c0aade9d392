import { HIJRI_MONTH_NAMES } from "../data/hijriMonths.ts";
import { BENGALI_WEEKDAY_NAMES } from "../data/weekdayNames.ts";
import { fromHijriDate } from "./fromHijriDate.ts";
import { formatOptionsOf } from "./formatOptions.ts";
import { dayNumberOfArgument, readIsoDate } from "./gregorianDays.ts";
import { toHijriDate } from "./toHijriDate.ts";
import type { CalendarDateFields, FormatHijriDateOptions } from "./types.ts";
import { weekdayOfDayNumber, writeNumber } from "./writeNumber.ts";

/**
 * Writes a Hijri date as Bangladeshi newspapers print it: `১৭ মহররম ১৪৪৭`, with `হিজরি` and the weekday on request.
 *
 * @param date - a Gregorian `'YYYY-MM-DD'` string, a `Date` (read in Asia/Dhaka), or a Hijri date `{ year, month, day }`
 * @param options - `calendar` and `adjustment` as for `toHijriDate`; `era: true` appends `হিজরি`; `weekday: true`
 *   starts with the weekday; `digits: 'latin'` writes 0-9
 * @returns the formatted date
 * @throws {TypeError} when `date` is not a string, a `Date` or an object of three numbers
 * @throws {RangeError} when the date is invalid or does not exist, or an option has a bad value
 * @example
 * formatHijriDate("2025-07-12");
 * //=> "১৭ মহররম ১৪৪৭"
 * formatHijriDate("2025-07-13", { adjustment: -1, era: true });
 * //=> "১৭ মহররম ১৪৪৭ হিজরি"
 */
export function formatHijriDate(date: Date | string | CalendarDateFields, options?: FormatHijriDateOptions): string {
  const { era, weekday, latin } = formatOptionsOf(options);
  let fields: CalendarDateFields;
  let iso: string | null = null;
  if (typeof date === "string" || date instanceof Date) {
    fields = toHijriDate(date, options);
  } else {
    iso = fromHijriDate(date, options);
    fields = date;
  }
  let text = `${writeNumber(fields.day, latin)} ${HIJRI_MONTH_NAMES[fields.month - 1] ?? ""} ${writeNumber(fields.year, latin)}`;
  if (era) text += " হিজরি";
  if (weekday) {
    const dayNumber = iso === null ? dayNumberOfArgument(date, "date") : (readIsoDate(iso)?.dayNumber ?? 0);
    text = `${BENGALI_WEEKDAY_NAMES[weekdayOfDayNumber(dayNumber)] ?? ""}, ${text}`;
  }
  return text;
}
