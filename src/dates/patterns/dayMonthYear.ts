/**
 * Day, month name, year: `১৪ মার্চ ২০২৪`, `বৃহস্পতিবার, ৭ মার্চ, ২০২৪`, `১৫ই এপ্রিল, ২০২৪ খ্রিস্টাব্দ`,
 * `রবিবার ৩, মার্চ ২০২৪`, `০৭ মার্চ,⏎বৃহস্পতিবার,২০২৪`, `7 Aug 23`, `2nd, March 2024`, `13th of July 2025`, `পয়লা মার্চ`. Without a
 * year (`১৫ জুলাই`) the year of the reference is used, or the one `this year`, `last year` or `next year` after it
 * names. A two-digit year is read after an English month, a comma or an apostrophe only (`১৫ জুলাই ১২ জন` is no
 * 2012; `১৩ জুলাই'২৫` is 2025). A day glued to the word before it (`ঢাকা১৩ জুলাই`) is read.
 */
import { fullYear } from "../calendarMath.ts";
import { timeAt } from "../refiners/attachTime.ts";
import {
  DAY_AT_EDGE,
  dayCandidate,
  HAS_MONTH,
  impliedYear,
  INNER_WEEKDAY,
  MONTH_WORD,
  monthOf,
  WEEKDAY_LEAD_AT_EDGE,
  WORD_START,
  YEAR,
} from "./shared.ts";
import type { DatePattern } from "./types.ts";

/**
 * The date after its start: day, month, and an optional year, or `this year`, `last year`, `next year` (groups: day,
 * পয়লা, month, the year's tail, a comma or the apostrophe of `জুলাই'২৫`, year, this, last or next).
 */
const DAY_MONTH_YEAR: string = /* @__PURE__ */ (() => `${DAY_AT_EDGE}[\\s,.\\-]{0,4}(?:of )?${MONTH_WORD}((,|\\s?')?[\\s,.\\-]{0,4}${INNER_WEEKDAY}${YEAR}| (this|last|next) year(?![a-z]))?`)();

/**
 * The year named right before a day: last year's (`গত বছরের ১২ ডিসেম্বর`, `গতবছর ১২ ডিসেম্বর`), next year's (`আগামী
 * বছরের ১০ মার্চ`), this year's (`চলতি বছরের ১ জানুয়ারি`) or every year's (`প্রতি বছরের ১৬ ডিসেম্বর`, `প্রত্যেক বছর`,
 * `প্রতি বছরই`, no one day), also of the day of that year in brackets after `এই দিনে` (`গত বছরের এই দিনে (১৩
 * জুলাই)`); groups: last, next, every.
 */
const YEAR_WORD_BEFORE = /(?<=(?:(গত)|(আগামী)|(প্রত(?:ি|্যেক))|এই?|চলতি) {0,3}বছর(?:ের|ই)? {1,2}(?:এই দিনে,? {0,2}\()?)/uy;

/** A word after a two-digit number (`৭ জুলাই, ২৩ জন`). */
const COUNTED = / {1,2}[\u0980-\u09ffa-z]/uy;

/** A month, then a day of it (`July 20`, not the year of `July 2024`). */
const MONTH_THEN_DAY = /^\S+ \d\d?\b/;

/** A month name right before a day (`July 14-`): the day is that month's, written month first. Built on first use. */
let monthBefore: RegExp | undefined;

export const dayMonthYear: DatePattern = {
  name: "day-month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    // a weekday at a word's start, then the day: at a word's start or glued to a Bengali word by scraper glue
    // (`ঢাকা১৩ জুলাই ২০২৫`), never inside a Latin word or a number
    `(?:${WEEKDAY_LEAD_AT_EDGE})?${DAY_MONTH_YEAR}`,
    "gu",
  ))(),
  needs: HAS_MONTH,
  needsOften: true,
  extract(match, context) {
    const [text, dayText, firstWord, monthText, tail, comma, yearText, named] = match;
    const month = monthOf(monthText ?? "");
    const day = firstWord !== undefined ? 1 : Number(dayText);
    const start = match.index;
    let end = start + text.length;
    const englishMonth = /^[a-z]/.test(monthText ?? "");
    const before = text.slice(0, text.indexOf(monthText ?? ""));
    // a number and a comma before a month that a day follows are an item's, no day (`Match 1, July 20`, `Day 2, July
    // 15, 2025`): the month and its day are read
    if (before.endsWith(", ") && MONTH_THEN_DAY.test(context.text.slice(start + before.length, start + before.length + 16))) return null;
    // `July 14-July 15`, `Jul 30-Aug 2`: the day before the dash closes a month-first date, it is no day of the next
    // month (English ranges only: `লং মার্চ ১৫-জুলাই` is 15 July)
    if (englishMonth && before.includes("-")) {
      monthBefore ??= new RegExp(`${WORD_START}${MONTH_WORD}[\\s.]{1,3}$`, "u");
      if (monthBefore.test(context.text.slice(Math.max(0, start - 24), start))) return null;
    }
    // `সোমবার (১০ ফেব্রুয়ারি)`: the bracket opened after the weekday closes after the date
    if (text.includes("(") && context.text.charCodeAt(end) === 0x29) end += 1;
    if (yearText !== undefined && tail !== undefined) {
      const twoDigit = yearText.length === 2;
      // two digits and a word after them are a count, no year (`৭ জুলাই, ২৩ জন`, `১৫ জুলাই, ১৬ জুলাই`)
      COUNTED.lastIndex = end;
      // unless the word starts a time (`৭ জুলাই, ২৫ রাত ১০টা`)
      if (!twoDigit || ((comma || englishMonth) && !(tail.endsWith(yearText) && COUNTED.test(context.text) && timeAt(context.text, COUNTED.lastIndex - 1) === null))) {
        return dayCandidate(start, end, this.name, fullYear(yearText), month, day);
      }
      end -= tail.length;
    }
    // `5 January this year`, `… last year`, `গত বছরের ১২ ডিসেম্বর`: the year those words name
    YEAR_WORD_BEFORE.lastIndex = start;
    const yearWord = YEAR_WORD_BEFORE.exec(context.text);
    if (yearWord?.[3]) return null;
    const year =
      named === undefined && yearWord === null
        ? impliedYear(context, month, day)
        : context.reference && context.reference.year + (named === "last" || yearWord?.[1] ? -1 : named === "next" || yearWord?.[2] ? 1 : 0);
    if (year === undefined) return null;
    return dayCandidate(start, end, this.name, year, month, day, true);
  },
};
