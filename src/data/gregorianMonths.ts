/**
 * Names of the Gregorian months as Bengali and English news pages write them: every spelling seen on sites,
 * the short forms of CLDR/ICU for `bn` (`bn-IN` adds a visarga: সেপ্টেঃ, read through the pattern), and English
 * names and abbreviations. Vocabulary only; patterns are built from it.
 */
export const GREGORIAN_MONTHS = [
  { month: 1, bn: ["জানুয়ারি", "জানুয়ারী", "জানু"], en: ["january", "jan"] },
  { month: 2, bn: ["ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রু", "ফেব"], en: ["february", "feb"] },
  { month: 3, bn: ["মার্চ"], en: ["march", "mar"] },
  { month: 4, bn: ["এপ্রিল", "এপ্রি"], en: ["april", "apr"] },
  { month: 5, bn: ["মে"], en: ["may"] },
  { month: 6, bn: ["জুন"], en: ["june", "jun"] },
  { month: 7, bn: ["জুলাই", "জুল"], en: ["july", "jul"] },
  { month: 8, bn: ["আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট", "আগ"], en: ["august", "aug"] },
  { month: 9, bn: ["সেপ্টেম্বর", "সেপ্টে", "সেপ্ট", "সেপ"], en: ["september", "sept", "sep"] },
  { month: 10, bn: ["অক্টোবর", "অক্টো"], en: ["october", "oct"] },
  { month: 11, bn: ["নভেম্বর", "নবেম্বর", "নভে"], en: ["november", "nov"] },
  { month: 12, bn: ["ডিসেম্বর", "ডিসে"], en: ["december", "dec"] },
] as const;

/**
 * Words between the first and the last day of a range written with one month (`১৩ থেকে ১৪ জুলাই`, `১৩ ও ১৪ জুলাই`,
 * `July 13 to 14`); a dash needs none. Vocabulary only.
 */
export const DAY_RANGE_WORDS = ["থেকে", "ও", "এবং", "to", "and", "&"] as const;
