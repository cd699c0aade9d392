/**
 * All-digit dates, day first as Bengali pages write them: `07/03/2024`, `০৮-০৩-২০২৪`, `৭.৩.২০২৪`, ICU's short
 * `৭/৩/২৪`. When the second number cannot be a month but the first can (`03/15/2024`), the date is read US-style.
 */
import { fullYear } from "../calendarMath.ts";
import { dayCandidate, HAS_SEPARATED_DIGITS } from "./shared.ts";
import type { DatePattern } from "./types.ts";

export const numericDate: DatePattern = {
  name: "numeric",
  pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)/gu,
  needs: HAS_SEPARATED_DIGITS,
  extract(match) {
    const [text, first, , second, yearText] = match;
    let day = Number(first);
    let month = Number(second);
    if (month > 12 && day <= 12) [day, month] = [month, day];
    return dayCandidate(match.index, match.index + text.length, this.name, fullYear(yearText ?? ""), month, day);
  },
};
