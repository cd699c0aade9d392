/**
 * A day and a month name with a case ending, as running text writes a date without a year: `৫ আগস্টের পর`,
 * `১৫ জুলাইয়ে`, `২১ ফেব্রুয়ারির প্রথম প্রহরে`, `১০ মার্চে`. The year is the one that puts the date within six months of
 * the reference (nothing without one). ICU's short `আগ` with an ending is the word `আগে`/`আগের` ("before"), no month.
 */
import { DAY_RANGE_JOIN, MONTH, ORDINAL } from "../vocabulary.ts";
import { MONTH_CASE } from "./monthYear.ts";
import { DAY, dayCandidate, GLUED_DAY_START, impliedYear, monthOf, WEEKDAY_PREFIX, WORD_END, WORD_START } from "./shared.ts";
import type { DatePattern } from "./types.ts";

/**
 * One quick test for the day shapes of running text (digit first, so a text without them is passed over fast): a day
 * and a month with a case ending (`৫ আগস্টের`), or a day (and month) joined to the next (`১৩-১৪`, `১৩ থেকে ১৪`,
 * `৫, ৬`, `২৮ জুন থেকে ২`, `July 14-July 15`).
 */
export const DAY_SHAPES_HINT: RegExp = /* @__PURE__ */ (() =>
  new RegExp(
    `\\d(?: ?(?:${ORDINAL}))?(?:\\s{0,2}${MONTH}(?:${MONTH_CASE}${WORD_END}|[ঃ.]?${WORD_END}${DAY_RANGE_JOIN}\\d)|(?:${DAY_RANGE_JOIN}(?:${MONTH}[\\s.]{0,3})?|\\s{0,2},\\s{0,2})\\d)`,
    "u",
  ))();

export const dayMonthInflected: DatePattern = {
  name: "day-month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `(?:${WORD_START}${WEEKDAY_PREFIX}|${GLUED_DAY_START})${DAY}\\s{0,2}(${MONTH})${MONTH_CASE}${WORD_END}`,
    "gu",
  ))(),
  needs: DAY_SHAPES_HINT,
  extract(match, context) {
    const [text, dayText, firstWord, monthText] = match;
    const month = monthOf(monthText ?? "");
    const day = firstWord !== undefined ? 1 : Number(dayText);
    const year = impliedYear(context, month, day);
    if (year === undefined) return null;
    return dayCandidate(match.index, match.index + text.length, this.name, year, month, day, true);
  },
};
