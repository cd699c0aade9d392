/**
 * Ranges and lists of days in one month, as running text writes them: `১৩-১৪ জুলাই ২০২৫`, `১৩ থেকে ১৪ জুলাই`,
 * `১০ ও ১১ আগস্ট`, `৫, ৬ ও ৭ আগস্ট`, `১লা থেকে ৫ই আগস্ট`, `July 13-14, 2025`. Every day is a date with its own span,
 * with the month and year of the last. A day that is not before the next is no range.
 */
import { DAY_RANGE_JOIN, ORDINAL } from "../vocabulary.ts";
import { DAY_SHAPES_HINT, dayMonthInflected } from "./dayMonthInflected.ts";
import { dayMonthYear } from "./dayMonthYear.ts";
import { dayCandidate, GLUED_DAY_START, MONTH_WORD, monthOf, WEEKDAY_PREFIX, WORD_START } from "./shared.ts";
import type { DateCandidate, DatePattern } from "./types.ts";

/** The first day of a range, as written, and its number; the lookbehind keeps the minutes of a time out. */
const FIRST_DAY: string = /* @__PURE__ */ (() => `((?<!\\d ?[:.] ?)(\\d{1,2})(?: ?(?:${ORDINAL}))?)`)();

/** The shapes that read the last day of a range written day first. */
const LAST_DAY_SHAPES: readonly DatePattern[] = [dayMonthYear, dayMonthInflected];

/** How many days of a list are being read (a list is read from each of its days to its end). */
let listDepth = 0;

/** The first day of a range and the date after it, or `null`. */
function firstDay(start: number, end: number, day: number, last: DateCandidate | null): DateCandidate | null {
  if (last === null || last.impossible === true || day < 1 || day >= last.day) return null;
  return { ...last, start, end, day, source: "day-range" };
}

/** `১৩-১৪ জুলাই ২০২৫`: the first day; the day-month-year shape reads the last. */
export const dayRange: DatePattern = {
  name: "day-range",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `(?:${WORD_START}${WEEKDAY_PREFIX}|${GLUED_DAY_START})${FIRST_DAY}(${DAY_RANGE_JOIN}|\\s{0,2},\\s{0,2})(?=\\d)`,
    "gu",
  ))(),
  needs: DAY_SHAPES_HINT,
  extract(match, context) {
    const [text, written = "", , join = ""] = match;
    const end = match.index + text.length;
    const list = join.includes(",");
    // a list has at most 31 days: deeper is no list, and the bound keeps a text of numbers linear
    if (list && listDepth >= 31) return null;
    let last: DateCandidate | null = null;
    // the next day: `১৪ জুলাই ২০২৫`, with a case ending (`১৫ জুলাইয়ের`), or after a comma the next of a list (`৬ ও ৭ আগস্ট`)
    for (const shape of list ? LIST_SHAPES : LAST_DAY_SHAPES) {
      const resume = shape.pattern.lastIndex;
      shape.pattern.lastIndex = end;
      const found = shape.pattern.exec(context.text);
      listDepth += list ? 1 : 0;
      last = found === null || found.index !== end ? null : shape.extract(found, context);
      listDepth -= list ? 1 : 0;
      shape.pattern.lastIndex = resume;
      if (last !== null) break;
    }
    const firstEnd = match.index + text.indexOf(written) + written.length;
    return firstDay(match.index, firstEnd, Number(match[2]), last);
  },
};

/** What may follow a day and a comma: the rest of a list (`৫, ৬ ও ৭ আগস্ট`). */
const LIST_SHAPES: readonly DatePattern[] = [dayRange];

/** `July 13-14, 2025`: the first day, with the last as a second date. */
export const monthDayRange: DatePattern = {
  name: "day-range",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}${WEEKDAY_PREFIX}${MONTH_WORD}[\\s.]{0,3}${FIRST_DAY}(${DAY_RANGE_JOIN})(\\d{1,2})(?: ?(?:${ORDINAL}))?[\\s,]{1,4}(\\d{4})(?!\\d)`,
    "gu",
  ))(),
  needs: DAY_SHAPES_HINT,
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
