/**
 * A weekday beside a Gregorian day written without its year chooses the year (`৫ আগস্ট ছিলো সোমবার`, read in July
 * 2025, is 5 August 2024): of the reference's year and the years on either side of it, the one whose day falls on
 * that weekday. Every reader reads it here, for a weekday before the date or after it.
 */
import { dayNumberOf } from "../../calendars/gregorianDays.ts";
import { isValidDate } from "../calendarMath.ts";
import type { DateCandidate, ReferenceDay } from "../patterns/types.ts";

/**
 * The candidate in the year, of the three around the reference's, whose day falls on the weekday of `weekdayDay`
 * (three years in a row never share one); with none, or with its year written, as it was.
 *
 * @param candidate - a candidate of the matching view
 * @param weekdayDay - the day number of a day on the weekday written beside it (`weekday - 4` names weekday 0 … 6:
 *   day 0, 1970-01-01, was a Thursday)
 * @param reference - "now" of the scan
 */
export function onWeekday(candidate: DateCandidate, weekdayDay: number, reference: ReferenceDay | undefined): DateCandidate {
  const { month, day } = candidate;
  if (candidate.yearImplied && !candidate.calendar && candidate.precision === "day" && reference) {
    for (let year = reference.year - 1; year <= reference.year + 1; year++) {
      if (isValidDate(year, month, day) && (dayNumberOf(year, month, day) - weekdayDay) % 7 === 0) return { ...candidate, year, impossible: false };
    }
  }
  return candidate;
}
