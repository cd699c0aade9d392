/**
 * Vocabulary of masthead and live-clock lines (`ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, ১৫ এপ্রিল ২০২৪`, `আজঃ সোমবার
 * ১৫ এপ্রিল ২০২৪`): the words such a line is made of. A line made only of these words, numbers and separators is a
 * date line; above a headline, or carrying a Bangla or Hijri date, it is the day the page was shown, not the article's.
 */

/** Weekday names, Bengali and English. */
export const WEEKDAY_WORDS = [
  "রবিবার",
  "রোববার",
  "সোমবার",
  "মঙ্গলবার",
  "বুধবার",
  "বৃহস্পতিবার",
  "বৃহষ্পতিবার",
  "শুক্রবার",
  "শনিবার",
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sun",
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
] as const;

/** Gregorian month names, Bengali (with common variant spellings) and English. */
export const GREGORIAN_MONTH_WORDS = [
  "জানুয়ারি",
  "জানুয়ারী",
  "ফেব্রুয়ারি",
  "ফেব্রুয়ারী",
  "মার্চ",
  "এপ্রিল",
  "মে",
  "জুন",
  "জুলাই",
  "আগস্ট",
  "আগষ্ট",
  "সেপ্টেম্বর",
  "অক্টোবর",
  "নভেম্বর",
  "ডিসেম্বর",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
] as const;



/** Words that name a calendar or an era after a year (`খ্রিস্টাব্দ`, `ইং`, `বঙ্গাব্দ`, `হিজরি`). */
export const CALENDAR_TAGS = ["খ্রিস্টাব্দ", "খ্রিষ্টাব্দ", "খ্রি", "ইং", "ইংরেজি", "বঙ্গাব্দ", "বাংলা", "হিজরি", "হিজরী", "সন", "সাল"] as const;

/** Tags that mark a Bangla or Hijri date: a line with one of them is a masthead, never a dateline. */
export const NON_GREGORIAN_TAGS = ["বঙ্গাব্দ", "হিজরি", "হিজরী", "[bangla_date]"] as const;

/** Words that open a masthead or live clock: the city of the paper, "today". */
export const MASTHEAD_LEADS = ["ঢাকা", "dhaka", "আজ", "আজঃ", "আজকে", "আজকের তারিখ", "today", "বাংলাদেশ", "কলকাতা", "[bangla_date]"] as const;

/** Leads that make a date line a masthead wherever it stands (`আজঃ সোমবার …`). */
export const TODAY_LEADS = ["আজ", "আজঃ", "আজকে", "আজকের তারিখ", "today"] as const;

/** Clock words that may stand in a masthead's live clock. */
export const CLOCK_WORDS = [
  "এএম",
  "পিএম",
  "am",
  "pm",
  "a.m.",
  "p.m.",
  "পূর্বাহ্ণ",
  "পূর্বাহ্ন",
  "অপরাহ্ণ",
  "অপরাহ্ন",
  "ভোর",
  "সকাল",
  "দুপুর",
  "বেলা",
  "বিকাল",
  "বিকেল",
  "সন্ধ্যা",
  "রাত",
  "ist",
  "gmt",
  "bst",
] as const;

/**
 * Labels that open a publication or update line. A line that begins with one is a dateline, never a masthead,
 * wherever it stands.
 */
export const DATELINE_LABELS = [
  "প্রকাশ",
  "প্রকাশিত",
  "প্রকাশিত হয়েছে",
  "প্রকাশের সময়",
  "প্রকাশকাল",
  "প্রথম প্রকাশ",
  "আপডেট",
  "আপডেটেড",
  "আপডেট টাইম",
  "সর্বশেষ আপডেট",
  "হালনাগাদ",
  "সর্বশেষ হালনাগাদ",
  "পোস্ট",
  "পোস্ট করা হয়েছে",
  "বাংলাদেশ সময়",
  "published",
  "published on",
  "updated",
  "updated on",
  "last updated",
  "posted",
  "posted on",
  "first published",
] as const;
