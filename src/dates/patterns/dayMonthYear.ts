/**
 * Day, month name, year: `১৪ মার্চ ২০২৪`, `বৃহস্পতিবার, ৭ মার্চ, ২০২৪`, `১৫ই এপ্রিল, ২০২৪ খ্রিস্টাব্দ`,
 * `রবিবার ৩, মার্চ ২০২৪`, `০৭ মার্চ,⏎বৃহস্পতিবার,২০২৪`, `7 Aug 23`, `2nd, March 2024`, `13th of July 2025`, `পয়লা মার্চ`. Without a
 * year (`১৫ জুলাই`) the year of the reference is used. A two-digit year is read after an English month or a comma
 * only (`১৫ জুলাই ১২ জন` is no 2012). A day glued to the word before it (`ঢাকা১৩ জুলাই`) is read.
 */
import { fullYear } from "../calendarMath.ts";
import {
  DAY,
  dayCandidate,
  HAS_MONTH,
  impliedYear,
  INNER_WEEKDAY,
  MONTH_WORD,
  monthOf,
  WEEKDAY_PREFIX,
  WORD_START,
  YEAR,
} from "./shared.ts";
import type { DatePattern } from "./types.ts";

/** The date after its start: day, month, and an optional year (groups: day, পয়লা, month, the year's tail, comma, year). */
const DAY_MONTH_YEAR: string = /* @__PURE__ */ (() => `${DAY}[\\s,.\\-]{0,4}(?:of )?${MONTH_WORD}((,?)[\\s,.\\-]{0,4}${INNER_WEEKDAY}${YEAR})?`)();

export const dayMonthYear: DatePattern = {
  name: "day-month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}${WEEKDAY_PREFIX}${DAY_MONTH_YEAR}`,
    "gu",
  ))(),
  needs: HAS_MONTH,
  extract(match, context) {
    const [text, dayText, firstWord, monthText, tail, comma, yearText] = match;
    const month = monthOf(monthText ?? "");
    const day = firstWord !== undefined ? 1 : Number(dayText);
    const start = match.index;
    let end = start + text.length;
    // `সোমবার (১০ ফেব্রুয়ারি)`: the bracket opened after the weekday closes after the date
    if (text.includes("(") && context.text.charCodeAt(end) === 0x29) end += 1;
    if (yearText !== undefined && tail !== undefined) {
      const twoDigit = yearText.length === 2;
      if (!twoDigit || comma === "," || /^[a-z]/.test(monthText ?? "")) {
        return dayCandidate(start, end, this.name, fullYear(yearText), month, day);
      }
      end -= tail.length;
    }
    const year = impliedYear(context, month, day);
    if (year === undefined) return null;
    return dayCandidate(start, end, this.name, year, month, day, true);
  },
};

/**
 * A day glued to the word before it by scraper glue (`ঢাকা১৩ জুলাই ২০২৫`), read like {@link dayMonthYear}; a quick
 * test passes over texts where no digit follows a Bengali letter.
 */
export const gluedDayMonthYear: DatePattern = {
  name: "day-month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(`(?<=[\\u0980-\\u09ff])${DAY_MONTH_YEAR}`, "gu"))(),
  needs: /[\u0980-\u09ff]\d/u,
  extract(match, context) {
    return dayMonthYear.extract(match, context);
  },
};
