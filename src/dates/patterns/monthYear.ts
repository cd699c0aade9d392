/**
 * Month and year, no day (month precision): `মার্চ ২০২৪`, `March, 2024`, and in running text `২০২২ সালের
 * ফেব্রুয়ারিতে`.
 */
import { patternWords } from "../../_lib/patternWords.ts";
import { isValidDate } from "../calendarMath.ts";
import { alternation } from "../../_lib/alternation.ts";
import { MONTH } from "../vocabulary.ts";
import { HAS_MONTH, MONTH_WORD_AT_EDGE, monthOf, WORD_END, WORD_START } from "./shared.ts";
import type { DateCandidate, DatePattern } from "./types.ts";

/**
 * Words after a year in running text: `২০২২ সালের`, `২০২৪ সনের`, with the era before them (`২০২৪ ইং সালের`), the
 * era's genitive `১৯৭১ খ্রিস্টাব্দের`, and the year's own genitive, after a hyphen or a space (`২০২৪-এর ৫ আগস্ট`,
 * `১৯৭১ এর মার্চে`).
 */
export const YEAR_OF: string = /* @__PURE__ */ (() =>
  alternation(patternWords([/সালের|সালে|সাল|সনের|সনে|ইং সালের|ইংরেজি সালের|খ্রিস্টাব্দের|খ্রিষ্টাব্দের|-এর|এর/])))();
/**
 * The Gregorian era before a year written first: `ইংরেজি` ("English", `ইংরেজি ২০২৬ সালের ১ জানুয়ারি`), its short
 * `ইং`, `খ্রিস্টীয়` or `খ্রিষ্টীয়` ("Christian", `খ্রিস্টীয় ২০২৬ সালের ১ জানুয়ারি`), and the word that otherwise follows
 * a year, `খ্রিস্টাব্দ` or `খ্রিষ্টাব্দ` (`খ্রিস্টাব্দ ২০২৬ সালের ১ জানুয়ারি`), also in the older spelling with ৃ
 * (`খৃষ্টাব্দ ২০২৪ সনের ১৫ আগস্ট`, `খৃস্টীয়`); glued to the year too (`খ্রিস্টীয়২০২৬ সালের`).
 */
export const ERA_BEFORE_YEAR: string = "(?:(?:ইং(?:রেজি)?|খ(?:্রি|ৃ)[সষ]্ট(?:ীয়|াব্দ))\\s{0,2})?";
/**
 * Endings of a month name in running text: `ফেব্রুয়ারিতে`, `মার্চে`, `জুলাইয়ে`, `আগস্টের`, `মে মাসে`, also with the
 * stress of ই (`১৮ জুলাইয়েই`, `মার্চেই`). ICU's short `আগ` takes none: `আগে`, `আগের`, `আগেই` are "before", "earlier".
 */
export const MONTH_CASE: string = /* @__PURE__ */ (() =>
  `(?<!আগ)(?:${alternation(patternWords([/তে|এ|য়|ে|ের|র|য়ে|য়ের|তেই|েই|য়েই/]))}| {0,2}${alternation(patternWords([/মাসে|মাসের|মাস|মাসেই/]))})`)();

/** A month of a year, or `null` when there is none such. */
function monthCandidate(match: RegExpExecArray, monthText: string | undefined, yearText: string | undefined, source: string): DateCandidate | null {
  const year = Number(yearText);
  const month = monthOf(monthText ?? "");
  if (!isValidDate(year, month, 1)) return null;
  return { start: match.index, end: match.index + match[0].length, source, year, month, day: 1, precision: "month", absolute: true };
}

/** A range's first month and its join, closing the text before a month and its year (`July-`, `January to `). */
const RANGE_FIRST_MONTH: RegExp = /* @__PURE__ */ (() => new RegExp(`(${MONTH_WORD_AT_EDGE})(-| to | and | থেকে )$`, "u"))();

/**
 * `March 2024`, `মার্চ ২০২৪`; a range's first month before it, after which a dash, `to`, `and` or থেকে comes, is a month
 * of its own (`July-September 2024`, `January to June 2025`, `জানুয়ারি-জুন ২০২৫`), of the year before when it comes
 * later in the year (`July-March 2025`).
 */
export const monthYear: DatePattern = {
  name: "month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(`${MONTH_WORD_AT_EDGE}[\\s,]{1,3}(\\d{4})(?!\\d)`, "gu"))(),
  needs: HAS_MONTH,
  needsOften: true,
  extract(match) {
    const last = monthCandidate(match, match[1], match[2], this.name);
    if (last === null) return last;
    // (the first month is looked for behind the match, on a slice longer than any month and join: a pattern opening
    // with an optional month tried every month name at every unit of the text)
    const before = RANGE_FIRST_MONTH.exec(match.input.slice(Math.max(0, match.index - 40), match.index));
    if (before === null) return last;
    const [whole, first = "", firstMonth = "", join = ""] = before;
    const month = monthOf(firstMonth);
    const start = match.index - whole.length;
    const end = start + first.length;
    return { ...last, start, end, month, year: last.year - +(month > last.month), rangeEnd: { ...last, start: end + join.length } };
  },
};

/**
 * Quick test, digit first (a text without it is passed over fast): a year and a year word (`২০২২ সালের`). The digits
 * are written out here and in the shapes that open with a year: V8 skips ahead over a text by the units a pattern
 * opens with, and reads a counted repeat there (`\d{4}`) some three times slower.
 */
export const HAS_YEAR_WORD: RegExp = /* @__PURE__ */ (() => new RegExp(`\\d\\d\\d\\d\\s{0,2}${YEAR_OF}`, "u"))();

/**
 * `২০২২ সালের ফেব্রুয়ারিতে`, `২০২৪ সালের জুলাইয়ে`, `ইংরেজি ২০২৬ সালের জানুয়ারিতে` (running text); a range's last
 * month after a dash, থেকে or ও is a month of its own, with its case ending too (`২০২৫ সালের জুলাই-অক্টোবর`, `২০২৪ সালের
 * জানুয়ারি থেকে জুন`, `২০২৪ সালের জুলাই-আগস্টে`, `২০২৪ সালের জুলাই ও আগস্টে`), of the next year when it comes first
 * in the year (`২০২৪ সালের জুলাই-মার্চ`).
 */
export const yearWordMonth: DatePattern = {
  name: "month-year",
  pattern: /* @__PURE__ */ (() => new RegExp(`${WORD_START}${ERA_BEFORE_YEAR}(\\d\\d\\d\\d)\\s{0,2}${YEAR_OF}\\s{1,2}(${MONTH})(?:${MONTH_CASE})?${WORD_END}(?:(-| থেকে | ও )((${MONTH})(?:${MONTH_CASE})?)${WORD_END})?`, "gu"))(),
  needs: HAS_YEAR_WORD,
  needsOften: true,
  extract(match) {
    const [text, yearText, monthText, join = "", last = "", lastMonth] = match;
    const first = monthCandidate(match, monthText, yearText, this.name);
    if (first === null || lastMonth === undefined) return first;
    const end = match.index + text.length;
    const month = monthOf(lastMonth);
    return { ...first, end: end - last.length - join.length, rangeEnd: { ...first, start: end - last.length, end, month, year: first.year + +(month < first.month) } };
  },
};
