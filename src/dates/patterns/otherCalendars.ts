/**
 * Dates of the Bangla (বঙ্গাব্দ) and Hijri (হিজরি) calendars, read only when `calendar` asks for them:
 * `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, risingbd's month-first `বৈশাখ ২ ১৪৩১`, `১৭ মহররম ১৪৪৭ হিজরি`, and,
 * against a reference, a day and month without a year (`২৫শে বৈশাখ`, `১০ মহররম`): the year that puts the date
 * nearest the reference, after `গত` the latest on or before it, after `আগামী` the next on or after it. The result is the Gregorian instant of that day, with `calendar` saying how the text wrote
 * it. Bangla dates follow Bangladesh's calendar; Hijri dates Umm al-Qura (a sighting may differ by a day). A weekday
 * right before or after a Bangla or Hijri date names that date, in any calendar: it is no weekday of its own.
 */
import { foldedLookup, phraseAlternation } from "../../_lib/alternation.ts";
import { banglaDayNumber } from "../../calendars/fromBanglaDate.ts";
import { hijriDayNumber } from "../../calendars/fromHijriDate.ts";
import { HIJRI_EPOCH_DAY, MEAN_MONTH } from "../../calendars/hijriMonthStarts.ts";
import { dayNumberOf, gregorianOfDayNumber } from "../../calendars/gregorianDays.ts";
import { BANGLA_ERA_WORDS, BANGLA_MONTHS } from "../../data/banglaMonths.ts";
import { HIJRI_ERA_WORDS, HIJRI_MONTHS } from "../../data/hijriMonths.ts";
import type { CalendarName } from "../types.ts";
import { viewKey, WEEKDAY_COPULA, WORD_END, WORD_START } from "../vocabulary.ts";
import { ABSOLUTE_PATTERNS, PROSE_PATTERNS, RELATIVE_PATTERNS } from "./index.ts";
import { YEAR_OF } from "./monthYear.ts";
import { shiftedWeekday, weekdayWithShortOnesBefore } from "./relative.ts";
import { DAY, dayCandidate } from "./shared.ts";
import type { DateCandidate, DatePattern, ReferenceDay, ScanContext } from "./types.ts";

// a month's spellings hold its name (the first) and CLDR's spelling of it (tested with the vocabulary)
const BANGLA_MONTH = /* @__PURE__ */ (() => phraseAlternation(BANGLA_MONTHS.flatMap((entry) => entry.spellings)))();
const BANGLA_MONTH_NUMBER = /* @__PURE__ */ (() =>
  foldedLookup(BANGLA_MONTHS.flatMap((entry) => entry.spellings.map((s) => [s, entry.month] as const))))();
const BANGLA_ERA = /* @__PURE__ */ (() => phraseAlternation(BANGLA_ERA_WORDS))();
const HIJRI_MONTH = /* @__PURE__ */ (() =>
  phraseAlternation(HIJRI_MONTHS.flatMap((entry) => entry.spellings)))();
const HIJRI_MONTH_NUMBER = /* @__PURE__ */ (() =>
  foldedLookup(HIJRI_MONTHS.flatMap((entry) => entry.spellings.map((s) => [s, entry.month] as const))))();
const HIJRI_ERA = /* @__PURE__ */ (() => phraseAlternation(HIJRI_ERA_WORDS))();

/**
 * A year and its era in the genitive right before a day (`after`), or the era first (`first`, also with `সন`) and a
 * year 1100–1599 with `সালের` or `সনের` (`হিজরি ১৪৪৭ সালের ১ রমজান`, `বাংলা সন ১৪৩৩ সালের`), tried first; groups: the
 * era and the year, or the year.
 */
function yearBefore(first: string, after: string): RegExp {
  return new RegExp(`(?<=(?<![\\d.])(?:((?:${first})(?: সন)?) {1,2}(1[1-5]\\d\\d) {1,2}স(?:াল|ন)ের|${after}) {1,2})`, "uy");
}
/**
 * A Bangla year: 1100–1599 with its era (`১৪৩২ বঙ্গাব্দের ২৮ আষাঢ়`), `সালের`, `সনের` or its own genitive (`১৪৩১ সালের ৫
 * বৈশাখ`, `১৪৩১-এর ৫ বৈশাখ`), else Gregorian (`২০২৪ সালের ৫ বৈশাখ`); or the era first (`বাংলা ১৪৩৩ সালের ১ বৈশাখ`,
 * `বঙ্গাব্দ ১৪৩৩ সনের`), the span then from the era.
 */
const BANGLA_YEAR_BEFORE: RegExp = /* @__PURE__ */ (() => yearBefore("বাংলা|বঙ্গাব্দ", `(\\d{4})(?: {1,2}(?:(?:${BANGLA_ERA})ে?র|${YEAR_OF})|-এর)`))();
/** A Hijri year 1100–1599 with its era in the genitive (`১৪৪৭ হিজরির ১০ মহররম`, `১৪৪৭ হিজরি সনের`), or the era first. */
const HIJRI_YEAR_BEFORE: RegExp = /* @__PURE__ */ (() => yearBefore("হিজর[িী]", `(1[1-5]\\d\\d) {1,2}(?:${HIJRI_ERA})ে?র`))();

function candidate(match: RegExpExecArray, source: string, calendar: CalendarName, dayNumber: number, yearImplied = false): DateCandidate {
  const start = match.index;
  const end = start + match[0].length;
  // a day that does not exist in its calendar: day 0 makes the Gregorian candidate impossible too
  const { year, month, day } = Number.isFinite(dayNumber) ? gregorianOfDayNumber(dayNumber) : { year: 0, month: 0, day: 0 };
  // (Object.assign: a spread that adds a property its source lacks is slow in V8)
  return Object.assign(dayCandidate(start, end, source, year, month, day, yearImplied), { calendar });
}

/**
 * A day and month after their year and its era in the genitive (`১৪৩২ বঙ্গাব্দের ২৮ আষাঢ়`, `১৪৪৭ হিজরির ১০ মহররম`),
 * or after the era and the year (`হিজরি ১৪৪৭ সালের ১ রমজান`), the year's span and all (the era's when it comes first);
 * `null` without one.
 */
function afterYear(match: RegExpExecArray, text: string, before: RegExp, calendar: CalendarName, dayNumberIn: (year: number) => number): DateCandidate | null {
  before.lastIndex = match.index;
  const found = before.exec(text);
  const year = found?.[2] ?? found?.[3];
  // the era when it comes first, else the year
  return year === undefined ? null : { ...candidate(match, calendar, calendar, dayNumberIn(+year)), start: text.lastIndexOf(found?.[1] ?? year, match.index) };
}

/**
 * The day number of a date written without its year: of the years `estimate - 1` to `estimate + 1` (the reference
 * falls in `estimate - 1` or `estimate`), the one whose date is nearest the reference, after `গত` the nearest on or
 * before it and after `আগামী` on or after it (`আগামী ১লা বৈশাখ` in July is next April's); -Infinity when the day
 * exists in none of them.
 */
function nearestDayNumber(reference: ReferenceDay, estimate: number, dayNumberIn: (year: number) => number, shift: string | undefined): number {
  const target = dayNumberOf(reference.year, reference.month, reference.day);
  let best = Number.NEGATIVE_INFINITY;
  for (let year = estimate - 1; year <= estimate + 1; year++) {
    const dayNumber = dayNumberIn(year);
    if (Number.isFinite(dayNumber) && (!shift || (shift === "গত" ? target - dayNumber : dayNumber - target) >= 0) && !(Math.abs(best - target) <= Math.abs(dayNumber - target))) best = dayNumber;
  }
  return best;
}

/**
 * `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, `বৈশাখ ২ ১৪৩১`; `২৫শে বৈশাখ` against a reference, and with `গত` or
 * `আগামী` before it (group 1: `আগামী পহেলা ফাল্গুন`).
 */
export const banglaDate: DatePattern = {
  name: "bangla",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(
      `${WORD_START}(?:(?:(গত|আগামী) )?${DAY}[\\s,]{0,3}(${BANGLA_MONTH})|(${BANGLA_MONTH})[\\s,]{1,3}(\\d{1,2})(?!\\d))${WORD_END}(?:[\\s,]{1,3}(\\d{4})(?!\\d)(?:[\\s,]{0,3}${BANGLA_ERA}${WORD_END})?)?`,
      "gu",
    ))(),
  extract(match, context) {
    const [, shift, dayText, firstWord, monthText, monthFirst, dayAfter, yearText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText ?? dayAfter);
    const month = BANGLA_MONTH_NUMBER.get(viewKey(monthText ?? monthFirst ?? "")) ?? 0;
    // `গত` or `আগামী` before a day with its year written is not the date's: the day is read from its digit
    if (yearText !== undefined) return shift ? null : candidate(match, this.name, "bangla", banglaDayNumber(+yearText, month, day));
    // without a year only the day-first shape is a date (`বৈশাখ ২` is not): after its year, or against a reference
    const reference = context.reference;
    if (monthFirst !== undefined) return null;
    const dayNumberIn = (year: number): number => banglaDayNumber(year, month, day);
    // in a Gregorian year, the day of the Bangla year that starts in it, or else of the one before (Magh to Chaitra)
    const written = afterYear(match, context.text, BANGLA_YEAR_BEFORE, "bangla", (year) => {
      const starting = dayNumberIn(year < 1600 ? year : year - 593);
      return year < 1600 || starting < dayNumberOf(year + 1, 1, 1) ? starting : dayNumberIn(year - 594);
    });
    if (written !== null || reference === undefined) return written;
    // a Bangla year starts in mid-April: the reference's is its Gregorian year less 593 or 594
    const dayNumber = nearestDayNumber(reference, reference.year - 593, dayNumberIn, shift);
    return candidate(match, this.name, "bangla", dayNumber, true);
  },
};

/** `১৭ মহররম ১৪৪৭`, `৫ শাওয়াল, ১৪৪৫ হিজরি`; `১০ মহররম` against a reference, and `গত ১০ মহররম` (group 1: the shift). */
export const hijriDate: DatePattern = {
  name: "hijri",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(`${WORD_START}(?:(গত|আগামী) )?${DAY}[\\s,]{0,3}(${HIJRI_MONTH})${WORD_END}(?:[\\s,]{1,3}(\\d{4})(?!\\d)(?:[\\s,]{0,3}${HIJRI_ERA}${WORD_END})?)?`, "gu"))(),
  extract(match, context) {
    const [, shift, dayText, firstWord, monthText, yearText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText);
    const month = HIJRI_MONTH_NUMBER.get(viewKey(monthText ?? "")) ?? 0;
    const dayNumberIn = (year: number): number => hijriDayNumber("islamic-umalqura", 0, year, month, day);
    if (yearText !== undefined) return shift ? null : candidate(match, this.name, "hijri", dayNumberIn(+yearText));
    const reference = context.reference;
    const written = afterYear(match, context.text, HIJRI_YEAR_BEFORE, "hijri", dayNumberIn);
    if (written !== null || reference === undefined) return written;
    const elapsed = dayNumberOf(reference.year, reference.month, reference.day) - HIJRI_EPOCH_DAY;
    return candidate(match, this.name, "hijri", nearestDayNumber(reference, Math.floor(elapsed / (12 * MEAN_MONTH)) + 1, dayNumberIn, shift), true);
  },
};

/** Not before a Bangla or Hijri day and month (`রবিবার, ২৮ আষাঢ় ১৪৩২`): a weekday there names that date. */
const NOT_BEFORE_OTHER_DATE = /* @__PURE__ */ (() => `(?![\\s,(]{1,4}${DAY}[\\s,]{0,3}(?:${BANGLA_MONTH}|${HIJRI_MONTH})${WORD_END})`)();
/**
 * A Bangla or Hijri date before a weekday (`২৮ আষাঢ় ১৪৩২ বঙ্গাব্দ শনিবার`, `১৪ রমজান ১৪৪৬ হিজরি ছিল শনিবার`), from the
 * day's last digit to where the weekday starts: a weekday there names that date too.
 */
const OTHER_DATE_BEFORE_WEEKDAY: RegExp = /* @__PURE__ */ (() => {
  const month = `(?:${BANGLA_MONTH}|${HIJRI_MONTH})`;
  return new RegExp(`^\\d[^\\s\\d]{0,3}[\\s,]{0,3}${month}(?:[\\s,]{1,3}\\d{4}(?:[\\s,]{1,3}[\\u0980-\\u09ff]{1,9}\\.?)?)?[\\s,(]{1,4}(?:${WEEKDAY_COPULA}\\s)?$`, "u");
})();

/** Whether an ASCII digit stands at `index`. */
function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x30 && code <= 0x39;
}

/** The last ASCII digit of a text: one with no other after it. */
const LAST_DIGIT = /\d\D*$/;

/** The last ASCII digit in `text` before `at` and not before `floor`, or -1 (one search, not a step back a unit at a time). */
function lastDigitBefore(text: string, at: number, floor: number): number {
  const found = text.slice(floor, at).search(LAST_DIGIT);
  return found < 0 ? -1 : floor + found;
}

/**
 * Whether a Bangla or Hijri date ends where a weekday starts, at `at`. Such a date spans at most ~70 code units, and
 * its day's last digit is the last digit before the weekday or, with the year written, the last before the year:
 * one of two places to test from, where a look back from every weekday would try each.
 */
function afterOtherDate(text: string, at: number): boolean {
  const floor = Math.max(0, at - 80);
  const last = lastDigitBefore(text, at, floor);
  if (last < 0) return false;
  if (OTHER_DATE_BEFORE_WEEKDAY.test(text.slice(last, at))) return true;
  // the year: exactly four digits
  let yearStart = last;
  while (yearStart > floor && isDigitAt(text, yearStart - 1)) yearStart--;
  if (last - yearStart !== 3) return false;
  const day = lastDigitBefore(text, yearStart, floor);
  return day >= 0 && OTHER_DATE_BEFORE_WEEKDAY.test(text.slice(day, at));
}

/**
 * A weekday read by `shape` with the abbreviated weekdays joined to it before (`মঙ্গল ও বুধবার`); one with `গত` or
 * `আগামী` (the shifted shape) is whole as it is.
 */
function withShortWeekdaysBefore(shape: DatePattern, candidate: DateCandidate | null, context: ScanContext): DateCandidate | null {
  return candidate && shape !== shiftedWeekday ? weekdayWithShortOnesBefore(candidate, context.text, context.reference as ReferenceDay) : candidate;
}

/**
 * A shape of weekdays in three steps: its pattern does not match before a Bangla or Hijri date, a weekday right after
 * one is passed over, and a weekday without `গত` or `আগামী` (which looks at the verb of its clause) takes in the
 * abbreviated weekdays joined to it before (`মঙ্গল ও বুধবার`).
 */
function weekdayNotBesideOtherDate(shape: DatePattern): DatePattern {
  return {
    ...shape,
    pattern: new RegExp(shape.pattern.source + NOT_BEFORE_OTHER_DATE, "gu"),
    extract(match, context) {
      if (afterOtherDate(context.text, match.index)) return null;
      return withShortWeekdaysBefore(shape, shape.extract(match, context), context);
    },
  };
}

/**
 * The shapes of running text: those of prose, then written dates, then the relative shapes of datelines; a weekday
 * is passed over beside a Bangla or Hijri date.
 */
const PROSE_WITH_CALENDAR: Readonly<Record<CalendarName, readonly DatePattern[]>> = /* @__PURE__ */ (() => {
  const prose = [...PROSE_PATTERNS, ...ABSOLUTE_PATTERNS, ...RELATIVE_PATTERNS].map((shape) =>
    shape.name === "weekday" ? weekdayNotBesideOtherDate(shape) : shape,
  );
  return { gregorian: prose, bangla: [banglaDate, ...prose], hijri: [hijriDate, ...prose] };
})();

/**
 * The shapes `parseDate` and `findDates` read running text with for a `calendar` option: the calendar's own dates
 * first when it is Bangla or Hijri.
 */
export function prosePatternsOf(calendar: CalendarName): readonly DatePattern[] {
  return PROSE_WITH_CALENDAR[calendar];
}
