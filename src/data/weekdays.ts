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
  /** Abbreviations, read only right before a date or joined to a full name after them. */
  readonly short: readonly string[];
}

/**
 * Weekday names (0 = Sunday … 6 = Saturday). `full` are the names that stand alone in running text; `short` are
 * CLDR's abbreviations (রবি, সোম …) and English three-letter forms, read only right before a date because several
 * are ordinary words (রবি, মঙ্গল, শনি). One line a weekday in order: its full names, the one newspapers print first
 * (what the calendar formatters write), then its short ones, the Bengali abbreviation
 * first (read too when joined to a full name after it, `মঙ্গল ও বুধবার`). Vocabulary only.
 */
export const WEEKDAYS: readonly WeekdayEntry[] = /* @__PURE__ */ (() =>
  ([
    [/রবিবার|রোববার|sunday/, /রবি|sun/],
    [/সোমবার|monday/, /সোম|mon/],
    [/মঙ্গলবার|tuesday/, /মঙ্গল|tues|tue/],
    [/বুধবার|wednesday/, /বুধ|wed/],
    [/বৃহস্পতিবার|বৃহষ্পতিবার|বিষ্যুদবার|বিষুদবার|thursday/, /বৃহস্পতি|বৃহঃ|thurs|thur|thu/],
    [/শুক্রবার|শুক্কুরবার|friday/, /শুক্র|fri/],
    [/শনিবার|saturday/, /শনি|sat/],
  ] as const).map(([full, short], weekday) => ({ weekday, full: patternWords([full]), short: patternWords([short]) })))();

/**
 * Colloquial weekday spellings (`রোব্বার`, and `বেস্পতিবার` of quoted speech) and `বৃহঃ`, the one abbreviation whose
 * visarga no word ends with, 0 = Sunday: read alone, apart from the names in `WEEKDAYS`, since in the alternation of
 * every weekday they make its search several times slower.
 */
export const SPOKEN_WEEKDAYS: readonly (readonly [string, number])[] = /* @__PURE__ */ patternEntries([
  [/রোব্বার/, 0],
  [/বেস্পতিবার|বৃহঃ/, 4],
]);
