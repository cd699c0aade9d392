/**
 * Running text only: a day of "that year" (`সে বছরের ১২ ডিসেম্বর`, `ওই বছর`, `সেই বছরের`, `একই বছরের`, `In 2024, on
 * August 5`) is of the year written last before it in its sentence (`২০২২ সালে মামলা হয়, সে বছরের ১২ ডিসেম্বর …` is 12 December 2022);
 * with none, it keeps the year the reference gives. parseDate and findDates both read it here; a month of that year
 * (`ওই বছরের ডিসেম্বরে`) is read by its pattern with the same year.
 */
import { isValidDate } from "../calendarMath.ts";
import type { DateCandidate } from "../patterns/types.ts";
import { SENTENCE_END } from "../vocabulary.ts";

/**
 * The words right before a day of "that year" (`সে বছর`, `ওই বছরের`, `একই বছরের`), and in English a year that opens
 * the sentence's clause before `on` and the day (`In 2024, on August 5`): sticky, tried where the day starts.
 */
const THAT_YEAR_BEFORE = /(?<=(?:(?:সে|ওই|ঐ)ই?|একই) {1,3}বছর(?:ের)? {1,2}|in \d{4},? on )/uy;

/** A year written in full (`২০২২ সালে`, `১২ মার্চ ২০২২`). */
const WRITTEN_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/gu;

/**
 * A Gregorian day without its year after the words for "that year", in the year written last before it in its
 * sentence, or the candidate as it was. It is read before a day the reference's year lacks is dropped, so `২০২০ সালে
 * …, ওই বছরের ২৯ ফেব্রুয়ারি` is read in any year, and a day that year lacks is impossible (`২০২১ সালে …`).
 *
 * @param text - the matching view
 * @param candidate - a candidate of that view
 */
export function withThatYear(text: string, candidate: DateCandidate): DateCandidate {
  if (!candidate.yearImplied || candidate.calendar) return candidate;
  THAT_YEAR_BEFORE.lastIndex = candidate.start;
  const that = THAT_YEAR_BEFORE.test(text);
  if (!that && !candidate.impossible) return candidate;
  const year = yearWrittenBefore(text, candidate.start);
  // (Object.assign: a spread that adds a property its source lacks is slow in V8)
  if (that) return year ? Object.assign({}, candidate, { year, yearImplied: false, impossible: !isValidDate(year, candidate.month, candidate.day) }) : candidate;
  // a 29 February the reference's year lacks is of a leap year written before it in its sentence, its year still
  // unwritten for a list or a schedule to carry (`২০২৪ সালের ১ ফেব্রুয়ারি ও ২৯ ফেব্রুয়ারি`)
  return year && isValidDate(year, candidate.month, candidate.day) ? Object.assign({}, candidate, { year, impossible: false }) : candidate;
}

/**
 * The year written last in the sentence before `at` (`২০২২ সালে মামলা হয়, ওই বছরের …`), or `0` when there is none.
 *
 * @param text - the matching view
 * @param at - where the words for "that year" are
 */
export function yearWrittenBefore(text: string, at: number): number {
  const sentence = text.slice(Math.max(0, at - 160), at).split(SENTENCE_END).at(-1) ?? "";
  return Number(sentence.match(WRITTEN_YEAR)?.at(-1) ?? 0);
}
