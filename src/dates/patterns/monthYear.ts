/**
 * Month and year, no day (month precision): `মার্চ ২০২৪`, `March, 2024`, and `২০২২ সালের ফেব্রুয়ারিতে`.
 */
import { isValidDate } from "../calendarMath.ts";
import { alternation } from "../../_lib/alternation.ts";
import { MONTH } from "../vocabulary.ts";
import { HAS_MONTH, MONTH_WORD, monthOf, WORD_END, WORD_START } from "./shared.ts";
import type { DatePattern } from "./types.ts";

/** Words after a year in running text: `২০২২ সালের`. */
export const YEAR_OF: string = /* @__PURE__ */ (() => alternation(["সালের", "সালে", "সাল"]))();
/** Endings of a month name in running text: `ফেব্রুয়ারিতে`, `মার্চে`, `মে মাসে`. */
export const MONTH_CASE: string = /* @__PURE__ */ (() => alternation(["তে", "এ", "য়", "ে", " মাসে", " মাসের", " মাস"]).replace(/ \+/g, " {1,2}"))();

export const monthYear: DatePattern = {
  name: "month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}(?:${MONTH_WORD}[\\s,]{1,3}(\\d{4})(?!\\d)|(\\d{4})\\s{0,2}${YEAR_OF}\\s{1,2}(${MONTH})(?:${MONTH_CASE})?${WORD_END})`,
    "gu",
  ))(),
  needs: HAS_MONTH,
  extract(match) {
    const [text, monthText, yearText, yearFirst, monthAfter] = match;
    const year = Number(yearText ?? yearFirst);
    const month = monthOf(monthText ?? monthAfter ?? "");
    if (!isValidDate(year, month, 1)) return null;
    return { start: match.index, end: match.index + text.length, source: this.name, year, month, day: 1, precision: "month", absolute: true };
  },
};
