/**
 * The months' names and the range words. Bengali words are written as pattern literals of alternatives (`/জুলাই|জুল/`,
 * read by `patternWords`): a bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes
 * of six characters each.
 */
import { patternWords } from "../_lib/patternWords.ts";

/** A Gregorian month with its Bengali and English spellings. */
export interface GregorianMonthEntry {
  /** 1 (January) to 12. */
  readonly month: number;
  /** Bengali spellings, the usual one first. */
  readonly bn: readonly string[];
  /** English names and abbreviations, small letters. */
  readonly en: readonly string[];
}

/**
 * Names of the Gregorian months as Bengali and English news pages write them: every spelling seen on sites,
 * the short forms of CLDR/ICU for `bn` (`bn-IN` adds a visarga: সেপ্টেঃ, read through the pattern), and English
 * names and abbreviations, one line a month in order: its Bengali spellings, then its English ones. Vocabulary only;
 * patterns are built from it.
 */
export const GREGORIAN_MONTHS: readonly GregorianMonthEntry[] = /* @__PURE__ */ (() =>
  ([
    [/জানুয়ারি|জানুয়ারী|জানু/, /january|jan/],
    [/ফেব্রুয়ারি|ফেব্রুয়ারী|ফেব্রু|ফেব/, /february|feb/],
    [/মার্চ/, /march|mar/],
    [/এপ্রিল|এপ্রি/, /april|apr/],
    [/মে/, /may/],
    [/জুন/, /june|jun/],
    [/জুলাই|জুল/, /july|jul/],
    [/আগস্ট|আগষ্ট|অগাস্ট|অগস্ট|আগ/, /august|aug/],
    [/সেপ্টেম্বর|সেপ্টে|সেপ্ট|সেপ/, /september|sept|sep/],
    [/অক্টোবর|অক্টো/, /october|oct/],
    [/নভেম্বর|নবেম্বর|নভে/, /november|nov/],
    [/ডিসেম্বর|ডিসে/, /december|dec/],
  ] as const).map(([bn, en], i) => ({ month: i + 1, bn: patternWords([bn]), en: patternWords([en]) })))();

/**
 * Words between the first and the last day of a range written with one month (`১৩ থেকে ১৪ জুলাই`, `১৩ ও ১৪ জুলাই`,
 * `July 13 to 14`); a dash needs none. Vocabulary only.
 */
export const DAY_RANGE_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/থেকে|ও|এবং|to|and|&/]);

/**
 * The names of a fixture of a sports schedule, which a comma and the month and day of its play follow with no year
 * (`2nd ODI, July 19, Mirpur`, `Final, Feb 7:`): the month and day are its date, and the name is no wire's place. A
 * numbered fixture (`Match 5, July 19`) needs none. Vocabulary only.
 */
export const FIXTURE_NAME: string = /* @__PURE__ */ (() => /(?:odi|t20i?|test|(?:semi-?|quarter-?)?final|qualifier|eliminator|play-?off)/.source)();
/** The same names in Bengali (`ফাইনাল, ২৭ জুলাই:`, `সেমিফাইনাল, ২৪ জুলাই`), before a day and its month. Vocabulary only. */
export const FIXTURE_NAME_BANGLA: string = /* @__PURE__ */ (() =>
  /(?:সেমি|কোয\u09bcার্টার )?ফাইনাল|টেস্ট|ওয\u09bcানডে|টি-টোয\u09bcেন্টি|এলিমিনেটর/.source)();
