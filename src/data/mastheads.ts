/**
 * Vocabulary of masthead and live-clock lines (`ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, ১৫ এপ্রিল ২০২৪`, `আজঃ সোমবার
 * ১৫ এপ্রিল ২০২৪`): the words such a line is made of. A line made only of these words, numbers and separators is a
 * date line; above a headline, or carrying a Bangla or Hijri date, it is the day the page was shown, not the article's.
 * The months, weekdays, clock words and labels of the date vocabulary count too: only what they lack is listed here.
 *
 * The Bengali lists are written as pattern literals of words joined by `|` and only their sources are read (see
 * `patternWords`): a bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes of
 * six characters each. So a word holds no `/`, `\`, brackets, `?`, `+`, `*`, `.`, `(`, `)` or `|`.
 */
import { patternWords } from "../_lib/patternWords.ts";

/**
 * Weekday spellings beyond those of the date vocabulary (`src/data/weekdays.ts`, whose full names and English
 * abbreviations a masthead may use too): misspellings seen on live clocks.
 */
export const MORE_WEEKDAY_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/বৃহষ্পতিবার/]);

/** Words that name a calendar or an era after a year (`খ্রিস্টাব্দ`, `ইং`), besides {@link NON_GREGORIAN_TAGS}. */
export const CALENDAR_TAGS: readonly string[] = /* @__PURE__ */ patternWords([/খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খ্রি|ইং|ইংরেজি|বাংলা|সন|সাল/]);

/** Tags that mark a Bangla or Hijri date: a line with one of them is a masthead, never a dateline. */
export const NON_GREGORIAN_TAGS: readonly string[] = /* @__PURE__ */ patternWords([/বঙ্গাব্দ|হিজরি|হিজরী/]);

/** Leads that make a date line a masthead wherever it stands (`আজঃ সোমবার …`). */
export const TODAY_LEADS: readonly string[] = /* @__PURE__ */ patternWords([/আজ|আজঃ|আজকে|আজকের তারিখ|today/]);

/** Words that open a masthead or live clock besides {@link TODAY_LEADS}: the city or country of the paper. */
export const MASTHEAD_LEADS: readonly string[] = /* @__PURE__ */ patternWords([/ঢাকা|dhaka|বাংলাদেশ|কলকাতা/]);

/**
 * Clock words beyond the date vocabulary's clock markers and parts of the day (`src/data/dayParts.ts`), which a
 * masthead's live clock may use too: the zone it is shown in.
 */
export const MORE_CLOCK_WORDS = ["ist", "gmt", "bst"] as const;

/**
 * Labels that open a publication or update line, beyond those the date readers know (`src/data/datelineLabels.ts`,
 * all of which count too). A line that begins with one is a dateline, never a masthead, wherever it stands.
 */
export const MORE_DATELINE_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/প্রকাশকাল|প্রথম প্রকাশ|আপডেটেড|সর্বশেষ হালনাগাদ|পোস্ট|পোস্ট করা হয়েছে|বাংলাদেশ সময়|posted|first published/]);
