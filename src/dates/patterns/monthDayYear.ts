/**
 * Month name, day, year (US order): `মার্চ ০৭, ২০২৪`, `আগস্ট ৯, ২০২৩`, `Mar 7, 2024`, `Monday , April 15 2024`,
 * `Last Updated: Thursday, March 7, 2024`. The year is required (a month and a number alone are too often
 * something else).
 */
import { DAY, dayCandidate, MONTH_WORD, monthOf, WEEKDAY_PREFIX, WORD_START } from "./shared.ts";
import type { DatePattern } from "./types.ts";

export const monthDayYear: DatePattern = {
  name: "month-day-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}${WEEKDAY_PREFIX}${MONTH_WORD}[\\s.]{0,3}${DAY}[\\s,]{1,4}(\\d{4})(?!\\d)`,
    "gu",
  ))(),
  // a day and, a few characters on, the year (`7, 2024`, `13th 2025`): rare in Bengali running text
  needs: /\d\D{1,6}\d{4}/u,
  extract(match) {
    const [text, monthText, dayText, firstWord, yearText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText);
    return dayCandidate(match.index, match.index + text.length, this.name, Number(yearText), monthOf(monthText ?? ""), day);
  },
};
