/**
 * A weekday beside a Gregorian day written without its year chooses the year (`৫ আগস্ট ছিলো সোমবার`, read in July
 * 2025, is 5 August 2024): of the reference's year and the years on either side of it, the one whose day falls on
 * that weekday. Every reader reads it here, for a weekday before the date or after it.
 */
import { dayNumberOf } from "../../calendars/gregorianDays.ts";
import { isValidDate } from "../calendarMath.ts";
import type { DateCandidate, ReferenceDay } from "../patterns/types.ts";

/**
 * The direction a date or its weekday is given, as the word right before it or at its start (`গত ১০ জুলাই`, `আগামী
 * বুধবার (১০ জুলাই)`): group 1 a year named by a word (`গত বছরের`, `এ বছরের`, `আগামী অর্থবছরের`), groups 3 and 4
 * back, else forward; group 2 the word before and its spaces.
 */
const DIRECTION = /(\S{1,5} {1,3}(?:অর্থ ?)?বছর)|(?<=((?:(গত|last)|আগামী|সামনের|next) {1,3}))|(?:(গত|last)|আগামী|সামনের|next) /uy;

/**
 * The candidate in the year, of the three around the reference's, whose day falls on the weekday of `weekdayDay`
 * (three years in a row never share one), on the side of the reference the text's direction word gives; with none,
 * with its year written or named by a word, as it was.
 *
 * @param candidate - a candidate of the matching view
 * @param weekdayDay - the day number of a day on the weekday written beside it (`weekday - 4` names weekday 0 … 6:
 *   day 0, 1970-01-01, was a Thursday)
 * @param reference - "now" of the scan
 * @param text - the matching view
 * @param at - where the date, or the weekday before it, starts
 * @param after - where a weekday after the date starts (`১০ জুলাই আগামী বুধবার`): its direction word counts too
 */
export function onWeekday(candidate: DateCandidate, weekdayDay: number, reference: ReferenceDay | undefined, text: string, at: number, after: number = at): DateCandidate {
  const { month, day } = candidate;
  if (!candidate.yearImplied || candidate.calendar || candidate.precision !== "day" || !reference) return candidate;
  DIRECTION.lastIndex = at;
  let word = DIRECTION.exec(text);
  // the direction word before the date's own weekday: its start
  const start = candidate.start - (at === candidate.start ? word?.[2]?.length ?? 0 : 0);
  if (word === null && after !== at) {
    DIRECTION.lastIndex = after;
    word = DIRECTION.exec(text);
  }
  if (word?.[1]) return candidate;
  const toward = word ? (word[3] ?? word[4] ? -1 : 1) : 0;
  const today = dayNumberOf(reference.year, reference.month, reference.day);
  // (a date whose first word is no weekday has none: `weekdayDay` is NaN)
  for (let year = reference.year - 1; year <= reference.year + 1 && !Number.isNaN(weekdayDay); year++) {
    const chosen = dayNumberOf(year, month, day);
    if (isValidDate(year, month, day) && (chosen - weekdayDay) % 7 === 0 && toward * (chosen - today) >= 0)
      // (a spread that adds properties its source lacks is slow in V8: each copy gets a map of its own)
      return Object.assign({}, candidate, { start, year, impossible: false, weekdayYear: true });
  }
  // on no such day the direction holds (`আগামী রোববার (১০ মার্চ)` read in July is next March): the next such day after
  // the reference, or the last before it
  const year = reference.year + (toward * (dayNumberOf(reference.year, month, day) - today) < 0 ? toward : 0);
  return toward && isValidDate(year, month, day) ? Object.assign({}, candidate, { start, year, impossible: false }) : candidate;
}
