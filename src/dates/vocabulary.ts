/**
 * Regular-expression fragments and lookups built once from the vocabularies in `src/data/`, in the matching view
 * (ASCII digits, small Latin letters, NFC Bengali). Every date pattern is assembled from these.
 */
import { afterEdge, foldedLookup, phraseAlternation } from "../_lib/alternation.ts";
import { patternEntries } from "../_lib/patternEntries.ts";
import { patternWords } from "../_lib/patternWords.ts";
import { DATELINE_LABELS } from "../data/datelineLabels.ts";
import { CLOCK_MARKERS, DAY_PARTS, type DayPartName, DOTTED_TIME_FOLLOWERS, ENGLISH_DAY_PARTS, HOUR_WORDS, MINUTE_WORDS, QUANTITY_UNITS } from "../data/dayParts.ts";
import { DAY_RANGE_WORDS, GREGORIAN_MONTHS } from "../data/gregorianMonths.ts";
import {
  AGO_WORDS,
  AMOUNT_WORDS,
  DAY_ORDINAL_SUFFIXES,
  GREGORIAN_ERA_WORDS,
  JUST_NOW_WORDS,
  RELATIVE_DAYS,
  RELATIVE_UNITS,
  type RelativeUnitName,
  WEEKDAY_SHIFT_WORDS,
} from "../data/relativeWords.ts";
import { LOCAL_TIME_WORDS, PLACE_ZONES, TIME_ZONE_NAMES } from "../data/timeZones.ts";
import { SPOKEN_WEEKDAYS, WEEKDAYS } from "../data/weekdays.ts";

/**
 * Word edges of the date patterns: no Bengali letter, sign or digit, and no (small) Latin letter or digit, on that
 * side. The matching view holds little else near a date, and these ranges cost far less at every position than
 * `\p{L}\p{M}\p{Nd}`.
 */
export const WORD_START = "(?<![\\u0980-\\u09ffa-z0-9])";
/** What {@link WORD_START} refuses before a word, for `afterEdge`. */
export const WORD_UNIT = "[\\u0980-\\u09ffa-z0-9]";
/**
 * `${WORD_START}${phraseAlternation(spellings)}`, written to open with the words' first letters (see `afterEdge`): a
 * search skips ahead to where one can start.
 *
 * @param spellings - words or phrases
 */
export function atWordStart(spellings: Iterable<string>): string {
  return afterEdge(spellings, WORD_UNIT);
}
/** See {@link WORD_START}. */
export const WORD_END = "(?![\\u0980-\\u09ffa-z0-9])";

/**
 * The lookup key of text matched in the matching view (already folded): runs of whitespace become one space. The
 * cheap twin of `foldKey` for the hot path.
 */
export function viewKey(text: string): string {
  return /\s\s|[\t\n\r\f\v]/u.test(text) ? text.replace(/\s+/gu, " ") : text;
}

/** A part of the day that fixes 12-hour readings. */
export type DayPart = DayPartName;

/** A unit of `N … আগে`. */
export type RelativeUnit = RelativeUnitName;

/** Any Gregorian month name (Bengali or English), folded. */
export const MONTH: string = /* @__PURE__ */ (() => phraseAlternation(
  GREGORIAN_MONTHS.flatMap((entry) => [...entry.bn, ...entry.en]),
))();
/** {@link MONTH} at a word's start, its first letter first (see `afterEdge`). */
export const MONTH_AT_EDGE: string = /* @__PURE__ */ (() => atWordStart(GREGORIAN_MONTHS.flatMap((entry) => [...entry.bn, ...entry.en])))();
/** Folded month name → 1–12. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup(
  GREGORIAN_MONTHS.flatMap((entry) => [...entry.bn, ...entry.en].map((s) => [s, entry.month] as const)),
))();
/** Weekday names that stand alone in running text. */
export const WEEKDAY_FULL: string = /* @__PURE__ */ (() => phraseAlternation(WEEKDAYS.flatMap((entry) => entry.full)))();
/** {@link WEEKDAY_FULL} at a word's start, its first letter first (see `afterEdge`). */
export const WEEKDAY_FULL_AT_EDGE: string = /* @__PURE__ */ (() => atWordStart(WEEKDAYS.flatMap((entry) => entry.full)))();
/** The weekday names, full and abbreviated, as written. */
export const WEEKDAY_ANY_SPELLINGS: readonly string[] = /* @__PURE__ */ (() => WEEKDAYS.flatMap((entry) => [...entry.full, ...entry.short]))();
/** Weekday names, full and abbreviated (read only right before a date). */
export const WEEKDAY_ANY: string = /* @__PURE__ */ (() => phraseAlternation(WEEKDAY_ANY_SPELLINGS))();
/**
 * The abbreviated weekdays (`সোম`, `মঙ্গল`, `শনি`, `বৃহঃ`, `tue`, `thurs` …), read when listed with a full name
 * (`মঙ্গল ও বুধবার`, `Tue, Wednesday`).
 */
export const WEEKDAY_SHORT: string = /* @__PURE__ */ (() => phraseAlternation(WEEKDAYS.flatMap((entry) => entry.short)))();
/** The colloquial weekday names (`রোব্বার`, `বেস্পতিবার`), read in a pattern of their own. */
export const SPOKEN_WEEKDAY: string = /* @__PURE__ */ (() =>
  phraseAlternation(SPOKEN_WEEKDAYS.map(([spelling]) => spelling)))();
/**
 * Weekday names after `গত`, `আগামী`, `সামনের`: the full ones and the colloquial (`গত রোব্বার`), which there cost
 * nothing, while in the alternation of every weekday they make its search several times slower.
 */
export const WEEKDAY_AFTER_SHIFT: string = /* @__PURE__ */ (() => phraseAlternation(
  [...WEEKDAYS.flatMap((entry) => entry.full), ...SPOKEN_WEEKDAYS.map(([spelling]) => spelling)],
))();
/** A word that moves a weekday or names its week (`গত`, `আগামী`, `চলতি` …) at a word's start. */
export const WEEKDAY_SHIFT: string = /* @__PURE__ */ (() => atWordStart(WEEKDAY_SHIFT_WORDS))();
/** "Was", "will be" and "falls on" between a date and the weekday it names (`১২ ডিসেম্বর ছিল বৃহস্পতিবার`). */
export const WEEKDAY_COPULA: string = /* @__PURE__ */ (() => /(?:ছিলো?|হবে|পড\u09bc(?:েছে|বে))/.source)();
/** Folded weekday name (colloquial ones too) → 0 (Sunday) … 6. */
export const WEEKDAY_NUMBER: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup([
  ...WEEKDAYS.flatMap((entry) => [...entry.full, ...entry.short].map((s) => [s, entry.weekday] as const)),
  ...SPOKEN_WEEKDAYS,
]))();

/** What joins the first and the last day of a range: a dash, or a word between spaces. */
export const DAY_RANGE_JOIN: string = /* @__PURE__ */ (() => `(?:\\s{0,2}-\\s{0,2}|\\s{1,2}${phraseAlternation(DAY_RANGE_WORDS)}\\s{1,2})`)();

/** What ends a sentence: a danda, `?`, `!`, a line break, or a full stop before a space. */
export const SENTENCE_END: RegExp = /[।?!\n]|\.\s/u;

/** Ordinal suffixes of a day number. */
export const ORDINAL: string = /* @__PURE__ */ (() => phraseAlternation(DAY_ORDINAL_SUFFIXES))();
/** পয়লা, "the first". */
export const FIRST_DAY_WORD: string = /* @__PURE__ */ (() => phraseAlternation(patternWords([/পয়লা|পহেলা/])))();
/**
 * Words that mark a year as Gregorian, also with a case ending in prose (`১৬ ডিসেম্বর ১৯৭১ খ্রিস্টাব্দে`, `…
 * খ্রিষ্টাব্দের`); a word end follows wherever it is used.
 */
export const GREGORIAN_ERA: string = /* @__PURE__ */ (() => `${phraseAlternation(GREGORIAN_ERA_WORDS)}(?:ে|ের)?`)();

/** Day-part words. */
export const DAY_PART: string = /* @__PURE__ */ (() => phraseAlternation(DAY_PARTS.flatMap((entry) => entry.spellings)))();
/** English day part → the part it names (`night` → `nextNight`). */
export const ENGLISH_DAY_PART_NAME: ReadonlyMap<string, DayPart> = /* @__PURE__ */ (() => new Map(ENGLISH_DAY_PARTS))();
/** English day-part words (`morning`, `night`; `tonight` is a night). */
export const ENGLISH_DAY_PART_WORD: string = /* @__PURE__ */ (() => `(?:${[...ENGLISH_DAY_PART_NAME.keys()].join("|")})`)();
/** `at`, `around`, `about`, `at around`, `at about` and a space: what joins an English day part to its hour. */
export const AT_ABOUT = "(?:at (?:around |about )?|around |about )";
/**
 * An English day part, a comma or not, before `at`, `around`, `about` (or `at around`, `at about`) and an hour, where it is read as a time's day part
 * (`Saturday night at 11:30`; `night at 3 venues` is none).
 */
export const ENGLISH_DAY_PART: string = /* @__PURE__ */ (() => `${ENGLISH_DAY_PART_WORD}(?=,? ${AT_ABOUT}\\d{1,2}(?!\\d| ?[a-z]{3}))`)();
/**
 * Before English noon after `at`, `around`, `about`, `by`, `until`, `till`, `after`, `before` or `from`: an hour not
 * written, which noon, a marker, makes twelve after noon (`at noon`, `Friday around noon`, `shortly after noon`); alone
 * noon is no time, and midnight is never read so, as which date it closes is the writer's.
 */
export const ENGLISH_NOON = "(?<=(?:at|around|about|by|until|till|after|before|from) )(?=noon)";
/** Folded day-part word → part. */
export const DAY_PART_NAME: ReadonlyMap<string, DayPart> = /* @__PURE__ */ (() => foldedLookup(
  DAY_PARTS.flatMap((entry) => entry.spellings.map((s) => [s, entry.part] as const)),
))();
/** AM/PM markers. */
export const CLOCK_MARKER: string = /* @__PURE__ */ (() => phraseAlternation([...CLOCK_MARKERS.am, ...CLOCK_MARKERS.pm]))();
/** Folded marker → `true` for after noon. */
export const CLOCK_MARKER_PM: ReadonlyMap<string, boolean> = /* @__PURE__ */ (() => foldedLookup([
  ...CLOCK_MARKERS.am.map((s) => [s, false] as const),
  ...CLOCK_MARKERS.pm.map((s) => [s, true] as const),
]))();
/** Folded দেড়/আড়াই → the hour before the half. */
export const HALF_PAST_HOUR: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  foldedLookup(patternEntries([
    [/দেড়/, 1],
    [/আড়াই/, 2],
  ])))();
/** দেড়টা (1:30) and আড়াইটা (2:30): hours with a half, written as one word. */
export const HALF_PAST_WORD: string = /* @__PURE__ */ (() => phraseAlternation(HALF_PAST_HOUR.keys()))();
/** Folded fraction word → minutes added to the hour (পৌনে takes 15 off the next hour). */
export const HOUR_FRACTION_MINUTES: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup(patternEntries([
  [/সাড়ে/, 30],
  [/সোয়া/, 15],
  [/সওয়া/, 15],
  [/পৌনে/, -15],
])))();
/** সাড়ে, সোয়া (West Bengal's সওয়া), পৌনে: half past, quarter past, quarter to. */
export const HOUR_FRACTION: string = /* @__PURE__ */ (() => phraseAlternation(HOUR_FRACTION_MINUTES.keys()))();
/** Folded hour in words → 1–12 (`নয়`, `ন'`, `এগারো`). */
export const HOUR_WORD_VALUE: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup(HOUR_WORDS))();
/** Hours in words, read before an o'clock word. */
export const HOUR_WORD: string = /* @__PURE__ */ (() => phraseAlternation(HOUR_WORD_VALUE.keys()))();
/** Folded minutes in words → 5–55 (`পনেরো`, `কুড়ি`), read before মিনিট. */
export const MINUTE_WORD_VALUE: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  foldedLookup(MINUTE_WORDS.flatMap((words, n) => words.source.split("|").map((word) => [word, n * 5 + 5] as const))))();
/**
 * টা, টায়, টার, the টো, টোয়, টে of West Bengal (`২টো`, `দুটোয়`, `৩টে`), ঘটিকা, ঘটিকায়, ঘটিকার of official texts, and
 * English o'clock (`10 o'clock`, `7 o' clock`, `4 oclock`; an apostrophe is folded to `'` in the view); no letter may
 * follow (`১০ টাকা` is money), a digit may (`৯টা৪০ মিনিটে`).
 */
export const OCLOCK: string = /* @__PURE__ */ (() => `(?:${phraseAlternation(patternWords([/টা|টায়|টার|টো|টোয়|টোর|টে|টেয়|টের|ঘটিকা|ঘটিকায়|ঘটিকার/]))}ও?|o'? ?clock)(?![\\u0980-\\u09ffa-z])`)();
/** মিনিট, মিনিটে, and the abbreviations মি. and মিঃ (the literal is read as words: its dot is the dot written). */
export const MINUTE_WORD: string = /* @__PURE__ */ (() => phraseAlternation(patternWords([/মিনিট|মিনিটে|মিনিটের|মিঃ|মি./])))();
/** সেকেন্ড, সেকেন্ডে after spoken minutes (`সকাল ৬টা ১০ মিনিট ১৫ সেকেন্ডে`). */
export const SECOND_WORD: string = /* @__PURE__ */ (() => phraseAlternation(patternWords([/সেকেন্ড|সেকেন্ডে/])))();
/** GMT and UTC in letters, after a four-digit 24-hour time (`0300 GMT`). */
export const UTC_WORD = "gmt|utc";
/** ঘণ্টা after a four-digit 24-hour time. */
export const HOURS_WORD: string = /* @__PURE__ */ (() => phraseAlternation(patternWords([/ঘণ্টা|ঘন্টা|ঘণ্টায়|ঘন্টায়|hrs|hours/])))();

/** Units that make a dotted number a quantity (`৩.৫০ শতাংশ`). */
export const QUANTITY: string = /* @__PURE__ */ (() => phraseAlternation(QUANTITY_UNITS))();

/** Zone names. */
export const ZONE_NAME: string = /* @__PURE__ */ (() => phraseAlternation(TIME_ZONE_NAMES.map(([name]) => name)))();
/** Folded zone name → zone. */
export const ZONE_OF_NAME: ReadonlyMap<string, string> = /* @__PURE__ */ (() => foldedLookup(TIME_ZONE_NAMES))();
/** স্থানীয় সময়: a foreign place's clock. */
export const LOCAL_TIME: string = /* @__PURE__ */ (() => phraseAlternation(LOCAL_TIME_WORDS))();
/**
 * After a dotted time with no day part or clock marker, at most two spaces and a word that is no time word: the
 * number is a quantity (`৬.২৫ মাত্রার`). A line break, a digit or a sign is no word. Run on the text after the number.
 */
export const WORD_AFTER_QUANTITY: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`^ {0,2}(?!(?:${phraseAlternation(DOTTED_TIME_FOLLOWERS)}${WORD_END}|${MINUTE_WORD}|${OCLOCK}|${HOURS_WORD}|${WEEKDAY_ANY}|${ZONE_NAME}|${LOCAL_TIME}))[\\u0980-\\u09ffa-z]`, "u"))();

/** Units of `N … আগে`. */
export const RELATIVE_UNIT: string = /* @__PURE__ */ (() =>
  // a unit of one letter only glued to its number, as widgets print it (`1h ago`, `10m ago`, `3d ago`; `and` is no day)
  `(?:${phraseAlternation(RELATIVE_UNITS.map(([word]) => word).filter((word) => word[1]))}|(?<=\\d)[smhdw])`)();
/** Folded unit → unit. */
export const RELATIVE_UNIT_NAME: ReadonlyMap<string, RelativeUnit> = /* @__PURE__ */ (() => foldedLookup(RELATIVE_UNITS))();
/** এক, দুই, দেড়, আড়াই …: a small number in words before a unit of `N … আগে`. */
export const AMOUNT_WORD: string = /* @__PURE__ */ (() => phraseAlternation(AMOUNT_WORDS.map(([word]) => word)))();
/** Folded number word → amount. */
export const AMOUNT_WORD_VALUE: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup(AMOUNT_WORDS))();
/** এইমাত্র, just now. */
export const JUST_NOW: string = /* @__PURE__ */ (() => phraseAlternation(JUST_NOW_WORDS))();
/** আগে, ago. */
export const AGO: string = /* @__PURE__ */ (() => phraseAlternation(AGO_WORDS))();
/** আজ, গতকাল, আগামীকাল … */
export const RELATIVE_DAY: string = /* @__PURE__ */ (() => phraseAlternation(RELATIVE_DAYS.map(([word]) => word)))();
/** Folded named day → offset in days from the reference. */
export const RELATIVE_DAY_OFFSET: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup(RELATIVE_DAYS))();

/** Dateline labels, spaces inside a label matching any whitespace (a label may wrap: `Published⏎on`). */
export const DATELINE_LABEL: string = /* @__PURE__ */ (() => phraseAlternation([
  ...DATELINE_LABELS.published,
  ...DATELINE_LABELS.updated,
]).replace(/ \{1,3\}/g, "\\s{1,3}"))();
/** Folded label → kind. */
export const DATELINE_LABEL_KIND: ReadonlyMap<string, "published" | "updated"> = /* @__PURE__ */ (() => foldedLookup([
  ...DATELINE_LABELS.published.map((s) => [s, "published"] as const),
  ...DATELINE_LABELS.updated.map((s) => [s, "updated"] as const),
]))();
/** Places abroad of one zone, folded. */
export const PLACE: string = /* @__PURE__ */ (() => phraseAlternation(PLACE_ZONES.map(([place]) => place)))();
/** Folded place abroad → its zone. */
export const PLACE_ZONE: ReadonlyMap<string, string> = /* @__PURE__ */ (() => foldedLookup(PLACE_ZONES))();
