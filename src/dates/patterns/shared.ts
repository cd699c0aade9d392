/** Small helpers shared by the date patterns. */
import { dayNumberOf } from "../../calendars/gregorianDays.ts";
import { isValidDate } from "../calendarMath.ts";
import {
  atWordStart,
  FIRST_DAY_WORD,
  GREGORIAN_ERA,
  MONTH,
  MONTH_AT_EDGE,
  MONTH_NUMBER,
  ORDINAL,
  WEEKDAY_ANY,
  WEEKDAY_ANY_SPELLINGS,
  WEEKDAY_FULL,
  viewKey,
  WORD_END,
  WORD_START,
} from "../vocabulary.ts";
import type { DateCandidate, ReferenceDay, ScanContext } from "./types.ts";

/** A weekday that starts a date (`বৃহস্পতিবার, `, `Monday , `, `সোমবার (`). */
export const WEEKDAY_LEAD: string = /* @__PURE__ */ (() => `(?:${WEEKDAY_ANY})[ঃ.]?[\\s,(]{0,4}`)();
/** A weekday's name, full or abbreviated, at a word's start, its first letter first (see `afterEdge`). */
export const WEEKDAY_AT_EDGE: string = /* @__PURE__ */ (() => atWordStart(WEEKDAY_ANY_SPELLINGS))();
/** {@link WEEKDAY_LEAD} at a word's start, its first letter first (see `afterEdge`). */
export const WEEKDAY_LEAD_AT_EDGE: string = /* @__PURE__ */ (() => `${WEEKDAY_AT_EDGE}[ঃ.]?[\\s,(]{0,4}`)();
/** Optional {@link WEEKDAY_LEAD} before a date. */
export const WEEKDAY_PREFIX: string = /* @__PURE__ */ (() => `(?:${WEEKDAY_LEAD})?`)();
/** A day number with an optional ordinal (১লা, ১৫ই, ১৯শে, 2nd; also spaced: ২৫ শে) or পয়লা. */
export const DAY: string = /* @__PURE__ */ (() => `(?:(?<!\\d ?[:.] ?)(\\d{1,2})(?: ?(?:${ORDINAL}))?|(${FIRST_DAY_WORD}))(?!\\d)`)();
/**
 * {@link DAY} (same groups) that is not inside a Latin word or a number, its first unit first (see `afterEdge`): the
 * digit, then the lookbehinds one unit further back.
 */
export const DAY_AT_EDGE: string = /* @__PURE__ */ (() =>
  `(?:(\\d(?<!(?:[a-z0-9]|\\d ?[:.] ?).)\\d?)(?: ?(?:${ORDINAL}))?|(?<![a-z0-9])(${FIRST_DAY_WORD}))(?!\\d)`)();
/** A day glued to the word before it by scraper glue (`ঢাকা১৩ জুলাই`): only digits right after a Bengali letter. */
export const GLUED_DAY_START = "(?=\\d)(?<=[\\u0980-\\u09ff])";
/**
 * A month name with an optional abbreviation mark (ICU bn-IN `সেপ্টেঃ`, English `Mar.`); a dot is the month's only
 * before more of the date (`৭ ডিসে. ২০২৫`, `১৫ ডিসে. সকাল ১০টায়`), not a sentence's stop, at the end or before an
 * English word (`on 20 February.`, `on 20 Feb. Then`); a number may be glued to its end by scraper glue (`১৩
 * জুলাই২০২৫`), a letter may not.
 */
export const MONTH_WORD: string = /* @__PURE__ */ (() => monthWord(MONTH))();
/** {@link MONTH_WORD} at a word's start, its first letter first (see `afterEdge`). */
export const MONTH_WORD_AT_EDGE: string = /* @__PURE__ */ (() => monthWord(MONTH_AT_EDGE))();
function monthWord(month: string): string {
  return `(${month})(?:ঃ|\\.(?!\\s*(?!at )[a-z]|$))?(?![\\u0980-\\u09ffa-z])`;
}
/** A year and what may follow it: a Gregorian era word. */
export const YEAR: string = /* @__PURE__ */ (() => `(\\d{4}(?!\\d)|\\d{2}(?![\\d:\\u0980-\\u09ffa-z]))(?:[\\s,]{0,3}${GREGORIAN_ERA}${WORD_END})?`)();
/** Weekday written between month and year (`০৭ মার্চ,⏎বৃহস্পতিবার,২০২৪`). */
export const INNER_WEEKDAY: string = /* @__PURE__ */ (() => `(?:(?:${WEEKDAY_FULL})[\\s,]{1,4})?`)();
export { WORD_END, WORD_START };

/** Month number of a matched month name. */
export function monthOf(word: string): number {
  return MONTH_NUMBER.get(viewKey(word.replace(/[ঃ.]$/u, ""))) ?? 0;
}

/** A day-precision candidate; one marked `impossible` for a day that does not exist (its year may still be implied). */
export function dayCandidate(
  start: number,
  end: number,
  source: string,
  year: number,
  month: number,
  day: number,
  yearImplied = false,
): DateCandidate {
  const candidate: { -readonly [Key in keyof DateCandidate]: DateCandidate[Key] } = { start, end, source, year, month, day, precision: "day", absolute: true };
  if (!isValidDate(year, month, day)) candidate.impossible = true;
  if (yearImplied) candidate.yearImplied = true;
  return candidate;
}

/**
 * The year of a date written without one: the reference's, or the year beside it when that puts the date within
 * six months of the reference (a December date read in January is last year's); `undefined` without a reference.
 */
export function impliedYear(context: ScanContext, month: number, day: number): number | undefined {
  const reference = context.reference;
  if (reference === undefined) return undefined;
  const distance = daysAfterReference(reference, month, day);
  if (distance > 186) return reference.year - 1;
  if (distance < -186) return reference.year + 1;
  return reference.year;
}

/**
 * The year of a wire's day written without one, the day its story was filed: the last such day on or before the
 * reference, or the day after it (a wire of a zone ahead), in real days (`Dhaka, July 1 (UNB) -` read on 30 June 2025
 * is 1 July 2025).
 */
export function filedYear(reference: ReferenceDay, month: number, day: number): number {
  const today = dayNumberOf(reference.year, reference.month, reference.day);
  let year = reference.year + 1;
  while (dayNumberOf(year, month, day) - today > 1) year--;
  return year;
}

/** How far a month and day of the reference's year lie after the reference day (or another), counting 31 days a month. */
export function daysAfterReference(reference: Pick<ReferenceDay, "month" | "day">, month: number, day: number): number {
  return (month - reference.month) * 31 + (day - reference.day);
}

/** The words that place a month or a year against the reference's ({@link periodShift}), as a pattern's source (`সামনের` is `আগামী`). */
export const PERIOD_PLACE: string = /* @__PURE__ */ (() => /গত|চলতি|এ|এই|আগামী|সামনের/.source)();

/**
 * How many months (or years) `গত` and `আগামী` or `সামনের` (or `last` and `next`) move a day of the month (or a month of the year)
 * from the reference's: with the period named (`গত মাসের`, `আগামী বছরের`) always one; without it the latest such one
 * before the reference, or the next after it. Any other word (চলতি, এ, এই) or none moves nothing.
 *
 * @param word - গত, আগামী or another word
 * @param named - the period was named
 * @param value - the day (or month) written
 * @param current - the reference's day (or month)
 */
export function periodShift(word = "", named: boolean, value: number, current: number): number {
  // (told by their first letters: no other word starts with theirs but `সে`, "that", whose month is read apart)
  if (/^[গl]/u.test(word)) return named || value >= current ? -1 : 0;
  return /^[আসn]/u.test(word) && (named || value <= current) ? 1 : 0;
}

/**
 * The calendar year a month of the reference's fiscal year falls in (`চলতি অর্থবছরের জানুয়ারিতে` read in July 2025 is
 * January 2026), or of the fiscal year named by its years (`২০২৪-২৫`, whose first is 2024): the fiscal year starts in
 * the reference's zone's month (see {@link ReferenceDay.fiscal}).
 */
export function fiscalYearOf(reference: ReferenceDay, month: number, years?: string): number {
  return (+(years?.slice(0, 4) ?? NaN) || reference.year - +(reference.month < reference.fiscal)) + +(month < reference.fiscal);
}

/** A fiscal year's words before a month or a day, as a pattern's source: `অর্থবছরের`, `অর্থবর্ষের`, `আর্থিক বছরের`. */
export const FISCAL_YEAR: string = /* @__PURE__ */ (() => /(অর্থ ?|আর্থিক )?ব(?:ছর|র্ষ)(?:ের)?/.source)();
/** A fiscal year's years before its words (`২০২৪-২৫ অর্থবছরের`, `২০২৪-২০২৫ আর্থিক বছরের`), as a pattern's source. */
export const FISCAL_YEARS: string = /* @__PURE__ */ (() => /\d{4}-\d\d(?:\d\d)?(?= {1,3}[অআ]র্থ)/.source)();

/** Quick test: the text names a Gregorian month. */
export const HAS_MONTH: RegExp = /* @__PURE__ */ (() => new RegExp(MONTH, "u"))();
/** Quick test: digits on both sides of `/`, `-` or `.`. */
export const HAS_SEPARATED_DIGITS: RegExp = /\d[/.-]\d/u;
