/**
 * Day and month after words that name the year: a year first (`২০২৪ সালের ৫ আগস্ট`, `১৯৭১ সালের ১৬ই ডিসেম্বর`, with
 * the era before it: `ইংরেজি ২০২৬ সালের ১ জানুয়ারি`), as running text and datelines write a date, and in running text a
 * year word (`এ বছরের ১ জানুয়ারি`, `গত বছরের ১৫ আগস্ট`), a fiscal year's (`চলতি অর্থবছরের ৩০ জুন`, Bangladesh's: 1 July to 30 June; `চলতি অর্থবর্ষের ১৫ মে` read in Asia/Kolkata, India's: 1 April
 * to 31 March; `২০২৪-২৫ অর্থবছরের ১৫ মার্চ`, by its years), or a direction: `গত ২০ ডিসেম্বর` is the latest such day
 * on or before the reference, `আগামী ১০ জানুয়ারি` the next on or after it; the month may carry a case ending (`২০২৪
 * সালের ৫ আগস্টের পর`).
 */
import { FIRST_DAY_WORD, MONTH } from "../vocabulary.ts";
import { ERA_BEFORE_YEAR, HAS_YEAR_WORD, MONTH_CASE, YEAR_OF } from "./monthYear.ts";
import { DAY, dayCandidate, daysAfterReference, FISCAL_YEAR, FISCAL_YEARS, fiscalYearOf, monthOf, PERIOD_PLACE, periodShift, WORD_END, WORD_START } from "./shared.ts";
import type { DatePattern } from "./types.ts";

/**
 * A year right after the month, as the day-month-year shape reads one (`গত ১০ জুলাই ২০২৪`, `গত ১০ জুলাই, ২৪`); other
 * numbers (`গত ১৪ জুলাই ৩.৫০ শতাংশ`) leave the date to this shape.
 */
const NUMBER_AFTER = /[\s,]{0,3}\d{4}(?!\d)|,\s{0,2}\d{2}(?![\d:\u0980-\u09ffa-z])/uy;

/**
 * Quick test: a day right after the words that name its year (`বছরের ১`, `অর্থবছরের ৩০`, `গত ২০`, `আগামী পয়লা`), the
 * day first and the words behind it (a digit is rarer than their first letters).
 */
const HAS_YEAR_WORD_DAY: RegExp = /* @__PURE__ */ (() => {
  const yearWords = `(?:${/ব(?:ছর|র্ষ)(?:ের)?|গত|আগামী/.source})\\s{1,2}`;
  return new RegExp(`\\d(?<=${yearWords}\\d)|${FIRST_DAY_WORD}(?<=${yearWords}${FIRST_DAY_WORD})`, "u");
})();

/**
 * A year written first, then its day and month (`২০২৪ সালের ৫ আগস্ট`, `১৯৭১ সালের ১৬ই ডিসেম্বর`, `২০২৪-এর ১২ জুলাই`),
 * or its month in the genitive and the day's number (`২০২৪ সালের আগস্টের ৫ তারিখ`), with the era before it (`ইংরেজি ২০২৬ সালের ১ জানুয়ারি`, `ইং ২০২৫ সনের ২৮ নভেম্বর`, `খ্রিষ্টীয় ২০২৫ সালের ১৩
 * জুলাই`): running text and datelines (`প্রকাশ: ২০২৪ সালের ১২ জুলাই`) write it, and its year is the date's.
 */
export const yearFirstDay: DatePattern = {
  name: "year-day-month",
  pattern: /* @__PURE__ */ (() => new RegExp(`${WORD_START}${ERA_BEFORE_YEAR}(\\d\\d\\d\\d)\\s{0,2}${YEAR_OF}\\s{1,2}(?:${DAY}\\s{0,2}(${MONTH})(?:${MONTH_CASE})?|(${MONTH})${MONTH_CASE} {1,3}(\\d{1,2}) {0,2}তারিখ(?:েই|ের|ে|ও)?)${WORD_END}`, "gu"))(),
  // (a day after the year's words, or after its month in the genitive, `মাসের` too: a year's words before a month alone,
  // `২০২২ সালের জুনে`, are more common in running text than before a day)
  needs: /* @__PURE__ */ (() => new RegExp(`${HAS_YEAR_WORD.source}\\s{1,2}(?:\\d|${FIRST_DAY_WORD}|(?:\\S{2,16} {1,3}){1,2}\\d)`, "u"))(),
  needsOften: true,
  extract(match) {
    const [text, yearText, dayText, firstWord, monthText, genitiveMonth, dayOfMonth] = match;
    return dayCandidate(match.index, match.index + text.length, this.name, +(yearText as string), monthOf(monthText ?? genitiveMonth ?? ""), firstWord !== undefined ? 1 : Number(dayText ?? dayOfMonth));
  },
};

/** A year word, a fiscal year's or a direction, then the day and month: read against the reference (running text). */
export const yearDayMonth: DatePattern = {
  name: "year-day-month",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}(?:(${PERIOD_PLACE}|${FISCAL_YEARS}) {1,3}${FISCAL_YEAR}|(গত|আগামী))\\s{1,2}${DAY}\\s{0,2}(${MONTH})(?:${MONTH_CASE})?${WORD_END}`,
    "gu",
  ))(),
  needs: HAS_YEAR_WORD_DAY,
  extract(match, context) {
    const [text, yearWord, fiscal, direction, dayText, firstWord, monthText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText);
    const month = monthOf(monthText ?? "");
    const end = match.index + text.length;
    const reference = context.reference;
    NUMBER_AFTER.lastIndex = end;
    if (reference === undefined || NUMBER_AFTER.test(context.text)) return null;
    const after = daysAfterReference(reference, month, day);
    const shift = direction === undefined ? periodShift(yearWord, true, 0, 0) : direction === "গত" ? (after > 0 ? -1 : 0) : after < 0 ? 1 : 0;
    // a fiscal year's day (`চলতি অর্থবছরের ৩০ জুন`): of the calendar year that fiscal year has that month in; one
    // named by its years (`২০২৪-২৫ অর্থবছরের ১৫ মার্চ`) starts in the first
    const year = fiscal === undefined ? reference.year : fiscalYearOf(reference, month, yearWord);
    return dayCandidate(match.index, end, this.name, year + shift, month, day, true);
  },
};
