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
 * names and abbreviations. Vocabulary only; patterns are built from it.
 */
export const GREGORIAN_MONTHS: readonly GregorianMonthEntry[] = [
  { month: 1, bn: patternWords([/জানুয়ারি|জানুয়ারী|জানু/]), en: ["january", "jan"] },
  { month: 2, bn: patternWords([/ফেব্রুয়ারি|ফেব্রুয়ারী|ফেব্রু|ফেব/]), en: ["february", "feb"] },
  { month: 3, bn: patternWords([/মার্চ/]), en: ["march", "mar"] },
  { month: 4, bn: patternWords([/এপ্রিল|এপ্রি/]), en: ["april", "apr"] },
  { month: 5, bn: patternWords([/মে/]), en: ["may"] },
  { month: 6, bn: patternWords([/জুন/]), en: ["june", "jun"] },
  { month: 7, bn: patternWords([/জুলাই|জুল/]), en: ["july", "jul"] },
  { month: 8, bn: patternWords([/আগস্ট|আগষ্ট|অগাস্ট|অগস্ট|আগ/]), en: ["august", "aug"] },
  { month: 9, bn: patternWords([/সেপ্টেম্বর|সেপ্টে|সেপ্ট|সেপ/]), en: ["september", "sept", "sep"] },
  { month: 10, bn: patternWords([/অক্টোবর|অক্টো/]), en: ["october", "oct"] },
  { month: 11, bn: patternWords([/নভেম্বর|নবেম্বর|নভে/]), en: ["november", "nov"] },
  { month: 12, bn: patternWords([/ডিসেম্বর|ডিসে/]), en: ["december", "dec"] },
];

/**
 * Words between the first and the last day of a range written with one month (`১৩ থেকে ১৪ জুলাই`, `১৩ ও ১৪ জুলাই`,
 * `July 13 to 14`); a dash needs none. Vocabulary only.
 */
export const DAY_RANGE_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/থেকে|ও|এবং|to|and|&/]);
