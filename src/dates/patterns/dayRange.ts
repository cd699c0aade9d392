/**
 * Ranges of days in one month, as running text writes them: `১৩-১৪ জুলাই ২০২৫`, `১৩ থেকে ১৪ জুলাই`, `১০ ও ১১ আগস্ট`,
 * `১লা থেকে ৫ই আগস্ট`, `July 13-14, 2025`. The first and the last day are two dates, each with its own span: the
 * first takes the month and year of the last. A first day that is not before the last is no range.
 */
import { DAY_RANGE_JOIN, ORDINAL } from "../vocabulary.ts";
import { dayMonthInflected } from "./dayMonthInflected.ts";
import { dayMonthYear } from "./dayMonthYear.ts";
import { dayCandidate, GLUED_DAY_START, HAS_MONTH, MONTH_WORD, monthOf, WEEKDAY_PREFIX, WORD_START } from "./shared.ts";
import type { DateCandidate, DatePattern } from "./types.ts";

/** The first day of a range, as written, and its number; the lookbehind keeps the minutes of a time out. */
const FIRST_DAY: string = /* @__PURE__ */ (() => `((?<!\\d ?[:.] ?)(\\d{1,2})(?: ?(?:${ORDINAL}))?)`)();

/** The shapes that read the last day of a range written day first. */
const LAST_DAY_SHAPES: readonly DatePattern[] = [dayMonthYear, dayMonthInflected];

/** The first day of a range and the date after it, or `null`. */
function firstDay(start: number, end: number, day: number, last: DateCandidate | null): DateCandidate | null {
  if (last === null || last.impossible === true || day < 1 || day >= last.day) return null;
  return { ...last, start, end, day, source: "day-range" };
}

/** `১৩-১৪ জুলাই ২০২৫`: the first day; the day-month-year shape reads the last. */
export const dayRange: DatePattern = {
  name: "day-range",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `(?:${WORD_START}${WEEKDAY_PREFIX}|${GLUED_DAY_START})${FIRST_DAY}${DAY_RANGE_JOIN}(?=\\d)`,
    "gu",
  ))(),
  needs: HAS_MONTH,
  extract(match, context) {
    const [text, written = ""] = match;
    const end = match.index + text.length;
    let last: DateCandidate | null = null;
    // the last day: `১৪ জুলাই ২০২৫`, or with a case ending, `১৫ জুলাইয়ের`
    for (const shape of LAST_DAY_SHAPES) {
      shape.pattern.lastIndex = end;
      const found = shape.pattern.exec(context.text);
      last = found === null || found.index !== end ? null : shape.extract(found, context);
      if (last !== null) break;
    }
    const firstEnd = match.index + text.indexOf(written) + written.length;
    return firstDay(match.index, firstEnd, Number(match[2]), last);
  },
};

/** `July 13-14, 2025`: the first day, with the last as a second date. */
export const monthDayRange: DatePattern = {
  name: "day-range",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}${WEEKDAY_PREFIX}${MONTH_WORD}[\\s.]{0,3}${FIRST_DAY}(${DAY_RANGE_JOIN})(\\d{1,2})(?: ?(?:${ORDINAL}))?[\\s,]{1,4}(\\d{4})(?!\\d)`,
    "gu",
  ))(),
  needs: HAS_MONTH,
  extract(match) {
    const [text, monthText = "", written = "", dayText, join = "", lastText, yearText] = match;
    const start = match.index;
    const firstEnd = start + text.indexOf(written, monthText.length) + written.length;
    const year = Number(yearText);
    const month = monthOf(monthText);
    const last = dayCandidate(firstEnd + join.length, start + text.length, "month-day-year", year, month, Number(lastText));
    const first = firstDay(start, firstEnd, Number(dayText), last);
    return first === null ? null : { ...first, rangeEnd: last };
  },
};
