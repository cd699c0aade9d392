/**
 * A day of the month by its number, read against the reference: `গত মাসের ২৮ তারিখ`, `চলতি মাসের ৫ তারিখে`,
 * `আগামী ২০ তারিখে`, `জুলাইয়ের ১৩ তারিখ`, `৩০ তারিখ`, and two days of a month by its
 * place (`আগামী মাসের ১০ ও ১১ তারিখে`).
 */
import { addDays } from "../calendarMath.ts";
import { DAY_RANGE_JOIN, MONTH, WORD_END, WORD_START } from "../vocabulary.ts";
import { MONTH_CASE, YEAR_OF } from "./monthYear.ts";
import { dayCandidate, impliedYear, monthOf, PERIOD_PLACE, periodShift } from "./shared.ts";
import type { DatePattern, ReferenceDay } from "./types.ts";

/**
 * `[গত|চলতি|এ|এই|আগামী] [মাসের] N তারিখ[ে|ের|েই|ও]` or `জুলাইয়ের N তারিখ`: a written day whose month (when no month is
 * named) and year come from the reference; a year written first before the month names the year (`২০২৪ সালের আগস্টের
 * ৫ তারিখে`), and so does a year's place (`গত বছরের আগস্টের ৫ তারিখে`). With মাসের the word names the month (the last, this one, the next);
 * without it গত is that day of this month when it is before the reference, else of the last month, and আগামী that
 * day of this month when it is after the reference, else of the next; a number alone is that day of the reference's
 * month. A number alone after a genitive (`ফাল্গুনের ৫ তারিখ`, another calendar's month) or
 * shortly after another number (`১৩ থেকে ১৪ তারিখ`) is not read. Two days joined as a range's after a month's place
 * (`আগামী মাসের ১০ ও ১১ তারিখে`, `চলতি মাসের ১২-১৪ তারিখে`) are two dates of that month, the first's span ending
 * before the join; a last day not after the first makes none. A day the month lacks is no date.
 */
export const dayOfMonth: DatePattern = {
  name: "day-of-month",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(
      `${WORD_START}(?:(${PERIOD_PLACE}) {1,3}(${/মাসের {1,3}/.source})?|(?:(?:(\\d{4}) {0,2}${YEAR_OF}|(${PERIOD_PLACE}) {1,3}বছরের) {1,2})?(${MONTH})(?: {1,3}মাসের|${MONTH_CASE}) {1,3}|(?<!ের {1,3}|\\d[^\\d\\n]{1,8}))(\\d{1,2})(?:${DAY_RANGE_JOIN}(\\d{1,2}))? {0,2}${/তারিখ(?:েই|ের|ে|ও)?/.source}${WORD_END}`,
      "gu",
    ))(),
  needs: /তারিখ/u,
  relative: true,
  extract(match, context) {
    const reference = context.reference as ReferenceDay;
    const [text, word, monthWord, yearText, yearWord, monthName, dayText = "", lastText] = match;
    const day = Number(dayText);
    let { year, month } = addDays(reference.year, reference.month + periodShift(word, monthWord !== undefined, day, reference.day), 1, 0);
    if (monthName !== undefined) {
      month = monthOf(monthName);
      year = +(yearText ?? (yearWord ? reference.year + periodShift(yearWord, true, 0, 0) : impliedYear(context, month, day) ?? year));
    }
    const at = match.index;
    if (lastText === undefined) return dayCandidate(at, at + text.length, this.name, year, month, day, !(yearText || yearWord));
    // two days of a month by its place (`আগামী মাসের ১০ ও ১১ তারিখে`): the first, with the last as a date of its own
    // (only the days are digits)
    const last = dayCandidate(at + text.lastIndexOf(lastText), at + text.length, this.name, year, month, +lastText, true);
    const firstEnd = at + text.indexOf(dayText) + dayText.length;
    return word && last.day > day ? { ...dayCandidate(at, firstEnd, this.name, year, month, day, true), rangeEnd: last } : null;
  },
};
