import { WORD_END, WORD_START } from "../_lib/alternation.ts";
import {
  CALENDAR_TAGS,
  MASTHEAD_LEADS,
  MORE_CLOCK_WORDS,
  MORE_DATELINE_LABELS,
  MORE_WEEKDAY_WORDS,
  NON_GREGORIAN_TAGS,
  TODAY_LEADS,
} from "../data/mastheads.ts";
import { BANGLA_MONTHS } from "../data/banglaMonths.ts";
import { DATELINE_LABELS } from "../data/datelineLabels.ts";
import { CLOCK_MARKERS, DAY_PARTS } from "../data/dayParts.ts";
import { GREGORIAN_MONTHS } from "../data/gregorianMonths.ts";
import { HIJRI_MONTHS } from "../data/hijriMonths.ts";
import { WEEKDAYS } from "../data/weekdays.ts";
import { words as alternation, searchAtWordStart } from "./words.ts";

const ONLY_SEPARATORS = /^[\s\p{P}\p{S}]*$/u;

// The patterns built from the vocabulary, compiled once on first use (`compilePatterns`), so an unused import
// costs nothing; module variables rather than fields of one object, so that their names minify.
/** Every word a date line is made of; removed token by token, only separators may remain. */
let dateWordPattern: RegExp;
/** A date word after the separators opening the line: every date line starts so, and prose seldom does. */
let opensWithDateWordPattern: RegExp;
/** A month or weekday name (global, no lookbehind: its word start is checked after a match). */
let hasMonthOrWeekdayPattern: RegExp;
let nonGregorianPattern: RegExp;
let todayLeadPattern: RegExp;
/** A dateline label opening the line (`প্রকাশিত:`, `আপডেট :`, `Published on 3 March`, `Published` alone). */
let labelAtStartPattern: RegExp;
/** A dateline label after other words, with its colon (`সমকাল রাকিব হোসেন প্রকাশিত: …`). */
let labelInsidePattern: RegExp;
let compiled = false;

/** Compiles the patterns once. */
function compilePatterns(): void {
  if (compiled) return;
  // the date vocabulary's words, and the few more that mastheads use
  const weekdayWords = [
    // full names and English abbreviations: the Bengali ones (রবি, মঙ্গল, শনি) are ordinary words too
    ...WEEKDAYS.flatMap((entry) => [...entry.full, ...entry.short.filter((word) => /^[a-z]/.test(word))]),
    ...MORE_WEEKDAY_WORDS,
  ];
  const gregorianMonthWords = GREGORIAN_MONTHS.flatMap((entry) => [...entry.bn, ...entry.en]);
  const banglaMonthWords = BANGLA_MONTHS.flatMap((entry) => [entry.name, ...entry.spellings]);
  const hijriMonthWords = HIJRI_MONTHS.flatMap((entry) => [entry.name, entry.icu, ...entry.spellings]);
  const clockWords = [...CLOCK_MARKERS.am, ...CLOCK_MARKERS.pm, ...DAY_PARTS.flatMap((entry) => entry.spellings), ...MORE_CLOCK_WORDS];
  const monthOrWeekday = alternation([...weekdayWords, ...gregorianMonthWords, ...banglaMonthWords, ...hijriMonthWords]);
  const label = alternation([...DATELINE_LABELS.published, ...DATELINE_LABELS.updated, ...MORE_DATELINE_LABELS]);
  const labelFollower = `(?: ?[:ঃ|-]| ?$| +(?:on +)?(?:\\d|${monthOrWeekday}${WORD_END}))`;
  dateWordPattern = new RegExp(
    `${WORD_START}${alternation([
      ...weekdayWords,
      ...gregorianMonthWords,
      ...banglaMonthWords,
      ...hijriMonthWords,
      ...CALENDAR_TAGS,
      ...NON_GREGORIAN_TAGS,
      ...MASTHEAD_LEADS,
      ...TODAY_LEADS,
      ...clockWords,
    ])}${WORD_END}|\\[bangla_date\\]|\\d{1,4}(?:লা|রা|ঠা|ই|শে|st|nd|rd|th)?(?![\\p{L}\\p{M}])`,
    "gu",
  );
  opensWithDateWordPattern = new RegExp(`^[\\s\\p{P}\\p{S}]*?(?:${dateWordPattern.source})`, "u");
  hasMonthOrWeekdayPattern = new RegExp(`${monthOrWeekday}${WORD_END}`, "gu");
  nonGregorianPattern = new RegExp(
    `${WORD_START}${alternation([...banglaMonthWords, ...hijriMonthWords, ...NON_GREGORIAN_TAGS])}|\\[bangla_date\\]`,
    "u",
  );
  todayLeadPattern = new RegExp(`^[\\p{P}\\p{S} ]{0,4}${alternation(TODAY_LEADS)}(?:${WORD_END}|[:ঃ])`, "u");
  labelAtStartPattern = new RegExp(`^[\\p{P}\\p{S} ]{0,4}${label}${WORD_END}${labelFollower}`, "u");
  labelInsidePattern = new RegExp(`${label} ?[:ঃ]`, "gu");
  compiled = true;
}

/**
 * Whether a line of the matching view is made only of date words (weekdays, months of any calendar, calendar tags,
 * the paper's city, clock words), numbers and separators, with at least one number and one month or weekday.
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a bare date line (a masthead, a live clock or an unlabelled dateline)
 */
export function isDateOnly(view: string): boolean {
  if (view.length > 160 || !/\d/.test(view)) return false;
  compilePatterns();
  if (!opensWithDateWordPattern.test(view) || searchAtWordStart(hasMonthOrWeekdayPattern, view) < 0) return false;
  return ONLY_SEPARATORS.test(view.replace(dateWordPattern, ""));
}

/**
 * Whether a bare date line is a masthead wherever it stands: it carries a Bangla or Hijri date, or opens with
 * "today" (`আজঃ সোমবার …`). Above the headline every bare date line is a masthead.
 *
 * @param view - a trimmed line of the matching view that {@link isDateOnly} accepted
 * @returns `true` when the line is the day the page was shown, not the article's date
 */
export function isMastheadAnywhere(view: string): boolean {
  compilePatterns();
  return nonGregorianPattern.test(view) || todayLeadPattern.test(view);
}

/**
 * Where a dateline label stands in a line of the matching view.
 *
 * @param view - a trimmed line of the matching view
 * @returns `0` when the line opens with a label, the index of a label with a colon further on, or `-1`
 */
export function datelineLabelIndex(view: string): number {
  compilePatterns();
  if (labelAtStartPattern.test(view)) return 0;
  // a label further on needs its colon: most lines have none, and then nothing more to search
  if (!view.includes(":") && !view.includes("ঃ")) return -1;
  return searchAtWordStart(labelInsidePattern, view);
}
