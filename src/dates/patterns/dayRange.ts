/**
 * Ranges and lists of days, as running text writes them: `১৩-১৪ জুলাই ২০২৫`, `১৩ থেকে ১৪ জুলাই`, `১০ ও ১১ আগস্ট`,
 * `৫, ৬ ও ৭ আগস্ট`, `১লা থেকে ৫ই আগস্ট`, `July 13-14, 2025`, and across months `২৮ জুন থেকে ২ জুলাই ২০২৫`. Every day
 * is a date with its own span. A day without a month takes the month and year of the next; a day and month without a
 * year take the year of the last (the year before when the month comes later in the year), unless the last has none
 * either (both are then read against the reference). A day that is not before the next is no range.
 */
import { DAY_RANGE_JOIN, ORDINAL, WEEKDAY_ANY } from "../vocabulary.ts";
import { DAY_SHAPES_HINT, dayMonthInflected } from "./dayMonthInflected.ts";
import { dayMonthYear } from "./dayMonthYear.ts";
import { dayCandidate, impliedYear, MONTH_WORD, monthOf, periodShift, WEEKDAY_AT_EDGE, WEEKDAY_PREFIX, WORD_END, WORD_START } from "./shared.ts";
import type { DateCandidate, DatePattern, ScanContext } from "./types.ts";

/** The first day of a range, as written, and its number; the lookbehind keeps the minutes of a time out. */
const FIRST_DAY: string = /* @__PURE__ */ (() => `((?<!\\d ?[:.] ?)(\\d{1,2})(?: ?(?:${ORDINAL}))?)`)();

/** How many days of a list are being read (a list is read from each of its days to its end). */
let listDepth = 0;

/** A sticky copy of each shape's pattern, built on its first use: tried where a date must start, never searched for. */
const STICKY = new WeakMap<RegExp, RegExp>();

/** The date that starts exactly at `at`, read by the first of `shapes` that reads one. */
function dateAt(shapes: readonly DatePattern[], match: RegExpExecArray, at: number, context: ScanContext): DateCandidate | null {
  for (const shape of shapes) {
    let pattern = STICKY.get(shape.pattern);
    if (pattern === undefined) STICKY.set(shape.pattern, (pattern = new RegExp(shape.pattern.source, `${shape.pattern.flags}y`)));
    pattern.lastIndex = at;
    const found = pattern.exec(match.input);
    const date = found === null ? null : shape.extract(found, context);
    if (date !== null) return date;
  }
  return null;
}

/** `১৩-১৪ জুলাই ২০২৫`, `২৮ জুন থেকে ২ জুলাই ২০২৫`: the first day; the day-month-year shape reads the next. */
export const dayRange: DatePattern = {
  name: "day-range",
  pattern: /* @__PURE__ */ (() => new RegExp(
    // a weekday, or two for two days (`শুক্রবার ও শনিবার (১১ ও ১২ জুলাই)`: the first names the first day, no day of its own),
    // at a word's start; or the day itself, at a word's start or glued to a Bengali word (`ঢাকা১৩-১৪ জুলাই`), never
    // inside a Latin word or a number (the weekday's first letter first: see `afterEdge`)
    `(?:${WEEKDAY_AT_EDGE}(?:${DAY_RANGE_JOIN}(?:${WEEKDAY_ANY}))?[ঃ.]?[\\s,(]{0,4}|(?<![a-z0-9]))${FIRST_DAY}(?:\\s{0,2}${MONTH_WORD})?(${DAY_RANGE_JOIN}|\\s{0,2},\\s{0,2})(?=\\d)`,
    "gu",
  ))(),
  needs: DAY_SHAPES_HINT,
  extract(match, context) {
    const [text, written = "", dayText, monthText, join = ""] = match;
    const start = match.index;
    const end = start + text.length;
    const list = join.includes(",");
    // a list has at most 31 days: deeper is no list, and the bound keeps a text of numbers linear
    if (list && (listDepth >= 31 || monthText !== undefined)) return null;
    // the next day: `১৪ জুলাই ২০২৫`, with a case ending (`১৫ জুলাইয়ের`), or after a comma the rest of a list (`৬ ও ৭ আগস্ট`)
    listDepth += list ? 1 : 0;
    const next = dateAt(list ? LIST_SHAPES : NEXT_DAY_SHAPES, match, end, context);
    listDepth -= list ? 1 : 0;
    const day = Number(dayText);
    if (next === null || next.impossible === true) return null;
    if (monthText === undefined) {
      return day < 1 || day >= next.day ? null : { ...next, start, end: start + text.indexOf(written) + written.length, day, source: this.name };
    }
    const month = monthOf(monthText);
    if (next.yearImplied === true || (month === next.month && day >= next.day)) return null;
    return dayCandidate(start, end - join.length, this.name, month > next.month ? next.year - 1 : next.year, month, day);
  },
};

/** The shapes that read the day after a join. */
const NEXT_DAY_SHAPES: readonly DatePattern[] = [dayMonthYear, dayMonthInflected];
/** What may follow a day and a comma: the rest of a list (`৫, ৬ ও ৭ আগস্ট`). */
const LIST_SHAPES: readonly DatePattern[] = [dayRange];

/**
 * `July 13-14, 2025`, `July 14-July 15, 2025`, `December 30-January 2, 2025`: the first day, with the last as a second
 * date (the first takes the year before when its month comes later in the year); without a year against a reference
 * (`runs July 24-26`, `Aug 4-6`, `Jan 10-18 next year`), where no word or number goes on after the last day (`Aug
 * 4-6pm` is none).
 */
export const monthDayRange: DatePattern = {
  name: "day-range",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}${WEEKDAY_PREFIX}${MONTH_WORD}[\\s.]{0,3}${FIRST_DAY}(${DAY_RANGE_JOIN})(?:${MONTH_WORD}[\\s.]{0,3})?(\\d{1,2})(?: ?(?:${ORDINAL}))?(?:[\\s,]{1,4}(\\d{4})(?!\\d)|(?: (this|last|next) year)?${WORD_END})`,
    "gu",
  ))(),
  needs: DAY_SHAPES_HINT,
  extract(match, context) {
    const [text, monthText = "", written = "", dayText, join = "", lastMonthText, lastText, yearText, yearWord] = match;
    const start = match.index;
    const firstEnd = start + text.indexOf(written, monthText.length) + written.length;
    const month = monthOf(monthText);
    const lastMonth = lastMonthText === undefined ? month : monthOf(lastMonthText);
    const lastDay = +(lastText as string);
    // with no year, the one `this year`, `last year` or `next year` names, else the last day's nearest the reference
    // (nothing without one)
    const implied = !yearText && !yearWord;
    const year = yearText ? +yearText : yearWord ? context.reference && context.reference.year + periodShift(yearWord, true, 0, 0) : impliedYear(context, lastMonth, lastDay);
    // (with no year, after a dash only, one mark: `from July 24 to 26` is read with the word that leads it; and an
    // English month only, Latin letters coming before Bengali ones: a Bengali one first is too often something else,
    // `লং মার্চ ১৫-১৬`)
    if (year === undefined || (!yearText && (monthText > "z" || join.trim().length > 1))) return null;
    const last = dayCandidate(firstEnd + join.length, start + text.length, "month-day-year", year, lastMonth, lastDay, implied);
    const first = dayCandidate(start, firstEnd, this.name, month > lastMonth ? last.year - 1 : last.year, month, Number(dayText), implied);
    if (last.impossible === true || first.impossible === true || (month === lastMonth && first.day >= last.day)) return null;
    return { ...first, rangeEnd: last };
  },
};
