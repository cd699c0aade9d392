/**
 * Weekday names. The words are written as pattern literals of alternatives (`/রবিবার|রোববার|sunday/`, read by
 * `patternWords` and `patternEntries`): a bundle keeps a pattern's Bengali letters as they are, where it writes a
 * string's as escapes of six characters each.
 */
import { patternEntries } from "../_lib/patternEntries.ts";
import { patternWords } from "../_lib/patternWords.ts";

/** A weekday with its names. */
export interface WeekdayEntry {
  /** 0 (Sunday) to 6 (Saturday). */
  readonly weekday: number;
  /** Names that stand alone in running text. */
  readonly full: readonly string[];
  /** Abbreviations, read only right before a date. */
  readonly short: readonly string[];
}

/**
 * Weekday names (0 = Sunday … 6 = Saturday). `full` are the names that stand alone in running text; `short` are
 * CLDR's abbreviations (রবি, সোম …) and English three-letter forms, read only right before a date because several
 * are ordinary words (রবি, মঙ্গল, শনি). Vocabulary only.
 */
export const WEEKDAYS: readonly WeekdayEntry[] = [
  { weekday: 0, full: patternWords([/রবিবার|রোববার|sunday/]), short: patternWords([/রবি|sun/]) },
  { weekday: 1, full: patternWords([/সোমবার|monday/]), short: patternWords([/সোম|mon/]) },
  { weekday: 2, full: patternWords([/মঙ্গলবার|tuesday/]), short: patternWords([/মঙ্গল|tues|tue/]) },
  { weekday: 3, full: patternWords([/বুধবার|wednesday/]), short: patternWords([/বুধ|wed/]) },
  { weekday: 4, full: patternWords([/বৃহস্পতিবার|বৃহষ্পতিবার|বিষ্যুদবার|বিষুদবার|thursday/]), short: patternWords([/বৃহস্পতি|বৃহঃ|thurs|thur|thu/]) },
  { weekday: 5, full: patternWords([/শুক্রবার|শুক্কুরবার|friday/]), short: patternWords([/শুক্র|fri/]) },
  { weekday: 6, full: patternWords([/শনিবার|saturday/]), short: patternWords([/শনি|sat/]) },
];

/**
 * Colloquial weekday spellings (`রোব্বার`, and `বেস্পতিবার` of quoted speech), 0 = Sunday: read only after `গত`,
 * `আগামী` or `সামনের`, since in the alternation of every weekday they make its search several times slower.
 */
export const SPOKEN_WEEKDAYS: readonly (readonly [string, number])[] = /* @__PURE__ */ patternEntries([
  [/রোব্বার/, 0],
  [/বেস্পতিবার/, 4],
]);
