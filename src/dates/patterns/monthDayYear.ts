/**
 * Month name, day, year (US order): `মার্চ ০৭, ২০২৪`, `আগস্ট ৯, ২০২৩`, `Mar 7, 2024`, `Monday , April 15 2024`,
 * `Last Updated: Thursday, March 7, 2024`. The year is required (a month and a number alone are too often
 * something else).
 */
import { FIXTURE_NAME } from "../../data/gregorianMonths.ts";
import { MONTH, WEEKDAY_FULL } from "../vocabulary.ts";
import { DAY, dayCandidate, filedYear, impliedYear, MONTH_WORD, monthOf, WEEKDAY_PREFIX, WORD_END, WORD_START } from "./shared.ts";
import type { DatePattern, ReferenceDay } from "./types.ts";

export const monthDayYear: DatePattern = {
  name: "month-day-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `${WORD_START}${WEEKDAY_PREFIX}${MONTH_WORD}[\\s.]{0,3}${DAY}[\\s,]{1,4}(\\d{4})(?!\\d)`,
    "gu",
  ))(),
  // a day and, a few characters on, the year (`7, 2024`, `13th 2025`): rare in Bengali running text (the year first,
  // then what stands behind it: four digits are rarer than one; written out, V8 skips ahead over units that are no digit)
  needs: /\d\d\d\d(?<=\d\D{1,6}\d{4})/u,
  extract(match) {
    const [text, monthText, dayText, firstWord, yearText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText);
    return dayCandidate(match.index, match.index + text.length, this.name, Number(yearText), monthOf(monthText ?? ""), day);
  },
};

/**
 * The English words a month and its day may follow with no year: `on`, `of`, `for` (`scheduled for September 30`) and
 * those of a span's edge.
 */
const ENGLISH_DAY_LEAD: string = /* @__PURE__ */ (() => /(?:on|of|for|from|to|till|until|since|through|by|before|after)/.source)();
/** `this year`, `last year` or `next year` after a month's day, which needs no word before the month (see below). */
const YEAR_WORD: string = /* @__PURE__ */ (() => /(?:this|last|next) year(?![a-z])/.source)();

/**
 * A month and its day after what may lead them, a second day of a list, or the year words: the groups the extract of
 * {@link weekdayMonthDay} reads, shared with {@link monthDayThisYear}.
 */
const MONTH_DAY_TAIL: string = /* @__PURE__ */ (() =>
  `${MONTH_WORD}[\\s.]{0,3}${DAY}(?![-–]\\S)${WORD_END}\\)?(?:( (?:and|or|to) )((?:${MONTH_WORD} )?(\\d{1,2}))${WORD_END}| (this|last|next) year(?![a-z]))?`)();

/**
 * `Saturday (July 12)`, `শনিবার, জুলাই ১২`, `on July 12`: month first without a year, safe after a full weekday name
 * or English `on`, `of`, `for`, a word of a span's edge, a clock and a comma or an item's number and a comma (`from July 20`,
 * `till November 30`, `since August 5`, `the night of July 10`, `7:30 PM IST, April 12`, `Match 1, July 20`) or a
 * fixture's name and a comma (`2nd ODI, July 19`, `Final, Feb 7:`); the
 * year is the reference's (nothing without one). A closing bracket after the day is the date's
 * (`(Saturday, July 12)`); a dash right after it makes a range (`July 14-15`), which is not read. A second day after
 * `and` or `or`, or `to` after `from`, its month written again or not (`on July 8 and July 9`, `on July 8 or 9`, `from
 * March 3 to 5`), is a date of its own when it comes later; `this year`, `last year` or `next year` after one day
 * names its year (`on February 1 next year`), and with those words no word need come before the month (`The deadline
 * is November 30 this year`).
 */
export const weekdayMonthDay: DatePattern = {
  name: "month-day-year",
  pattern: /* @__PURE__ */ (() => new RegExp(
    `(?:${WORD_START}(?:${WEEKDAY_FULL})[\\s,(]{1,4}|(?<=${WORD_START}(?:${ENGLISH_DAY_LEAD} |${FIXTURE_NAME}, )|\\d:\\d\\d[ a-z.()]{0,12}, |\\d, ))${MONTH_DAY_TAIL}`,
    "gu",
  ))(),
  // every full weekday name ends in বার or day: a month right after one or after an English word that leads a day, a
  // number and a comma (looked for from its comma: a search tried at every digit is twice as slow), or a clock's
  // minutes, marker and zone and a comma (looked for from its colon, where few units are)
  needs: /* @__PURE__ */ (() => new RegExp(`(?:বার|day|${ENGLISH_DAY_LEAD}|,(?<=\\d,|${FIXTURE_NAME},)|:\\d\\d[ a-z.()]{0,12},)[\\s,(]{1,4}${MONTH}`, "u"))(),
  relative: true,
  extract(match, context) {
    const [text, monthText = "", dayText, firstWord, join = "", list = "", listMonthText = monthText, listDay, named] = match;
    const month = monthOf(monthText);
    const day = firstWord !== undefined ? 1 : Number(dayText);
    // `on February 1 next year`, `on June 25 last year`: the year those words name
    const year = named ? context.reference && context.reference.year + ["last", "this", "next"].indexOf(named) - 1 : impliedYear(context, month, day);
    if (year === undefined) return null;
    const end = match.index + text.length - list.length;
    const first = dayCandidate(match.index, end - join.length, this.name, year, month, day, true);
    // `to` closes a span only one `from` opens (`from March 3 to 5`; `rose on March 3 to 12` is one day and a number)
    if (listDay === undefined || (join === " to " && !context.text.startsWith("from ", match.index - 5))) return first;
    const lastMonth = monthOf(listMonthText);
    const lastDay = Number(listDay);
    const last = dayCandidate(end, end + list.length, this.name, impliedYear(context, lastMonth, lastDay) as number, lastMonth, lastDay, true);
    // a second day that does not exist, or one before the first: `on July 12 and 5 others` names one day
    return last.impossible === true || (lastMonth === month && last.day <= day) ? first : { ...first, rangeEnd: last };
  },
};

/**
 * A month and its day with `this year`, `last year` or `next year` after them and no word before the month (`The
 * deadline is November 30 this year`), read as {@link weekdayMonthDay} reads them; a pattern of its own, whose quick
 * test looks for the year words, so that the other's is not tried at every digit.
 */
export const monthDayThisYear: DatePattern = /* @__PURE__ */ (() => ({
  ...weekdayMonthDay,
  pattern: new RegExp(`${WORD_START}(?<!(?:${ENGLISH_DAY_LEAD}) )(?=[a-z]{3,9}\\.? ?\\d{1,2}(?:st|nd|rd|th)? ${YEAR_WORD})${MONTH_DAY_TAIL}`, "gu"),
  needs: new RegExp(`\\d[a-z]{0,2} ${YEAR_WORD}`, "u"),
}))();

/**
 * The same, for datelines: only a full weekday and its month and day in brackets (`Published: Sunday (July 13) 10:20
 * AM`), so that the clock after the bracket is the date's.
 */
export const bracketedMonthDay: DatePattern = {
  name: "month-day-year",
  pattern: /* @__PURE__ */ (() => new RegExp(`(?:${WEEKDAY_FULL}),? ?\\(${MONTH_WORD}[\\s.]{0,3}${DAY}\\)`, "gu"))(),
  relative: true,
  extract(match, context) {
    const month = monthOf(match[1] ?? "");
    const day = +(match[2] ?? 1);
    const year = impliedYear(context, month, day);
    return year === undefined ? null : dayCandidate(match.index, match.index + match[0].length, this.name, year, month, day, true);
  },
};

/**
 * A wire's dateline at the start of a line: a place of Latin letters (`Dhaka`, `NEW DELHI`, `Cox's Bazar`), a comma, a
 * month and its day, the agency in brackets or none, then a dash or a colon (`Dhaka, Nov 24 (UNB) -`, `NEW DELHI, Nov
 * 24 (Reuters) -`, `Dhaka, July 12:`); the date is the month and its day. A place, a month and its day after the
 * dash make the line a schedule's (`Rajshahi, Dec 15 - Khulna, Dec 20`), no dateline; nor is a fixture's name a place
 * (`Final, July 27:`). A story is filed on its dateline's day: the last such day on or before the reference (or the
 * day after it, a wire of a zone ahead). Read only against a reference, by parseDateline too.
 */
export const wireDateline: DatePattern = {
  name: "month-day-year",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(`^(?!${FIXTURE_NAME},)[a-z][a-z'. -]{0,24}, (${MONTH_WORD}[\\s.]{0,3}${DAY})(?= ?(?:\\([^)]{1,40}\\) ?)?[-–—:](?!\\d| ?[a-z][a-z'. -]{0,24}, (?:${MONTH})))`, "gmu"))(),
  relative: true,
  extract(match, context) {
    const [text, date = "", monthText = "", dayText] = match;
    const month = monthOf(monthText);
    const day = Number(dayText);
    const end = match.index + text.length;
    return dayCandidate(end - date.length, end, this.name, filedYear(context.reference as ReferenceDay, month, day), month, day, true);
  },
};
