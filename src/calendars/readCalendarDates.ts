/**
 * Finds dates of the Bangla and Hijri calendars in the matching view of a text (see `normalizeForMatch`):
 * `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, `বৈশাখ ২ ১৪৩১` (month before day), `৫ শাওয়াল ১৪৪৫ হিজরি`,
 * `০৫ শাওয়াল, ১৪৪৫`, `১৪৩২ বঙ্গাব্দের ১ বৈশাখ` (year first, with the era word). Internal: the date readers call it and map spans back to the input.
 */
import { alternation, foldedLookup, foldKey, WORD_END, WORD_START } from "../_lib/alternation.ts";
import { BANGLA_ERA_GENITIVES, BANGLA_ERA_WORDS, BANGLA_MONTHS } from "../data/banglaMonths.ts";
import { HIJRI_ERA_GENITIVES, HIJRI_ERA_WORDS, HIJRI_MONTHS } from "../data/hijriMonths.ts";
import { banglaDayNumber } from "./fromBanglaDate.ts";
import { hijriDayNumber } from "./fromHijriDate.ts";
import { isoOfDayNumber } from "./gregorianDays.ts";
import { hijriOptionsOf } from "./hijriMonthStarts.ts";
import type { HijriOptions } from "./types.ts";

/** A Bangla or Hijri date found in the matching view. */
export interface CalendarDateMatch {
  /** Which calendar the date is written in. */
  readonly calendar: "bangla" | "hijri";
  /** Start of the match in the matching view (map it to the input with `spanToSource`). */
  readonly start: number;
  /** End of the match (exclusive) in the matching view. */
  readonly end: number;
  /** The year, month (1–12) and day as written, in that calendar. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Whether an era word (বঙ্গাব্দ, বাংলা সন, হিজরি …) was written after the year. */
  readonly era: boolean;
  /** The Gregorian `'YYYY-MM-DD'` of that day, or `null` when the day does not exist (৩১ কার্তিক). */
  readonly iso: string | null;
}

/** Options of {@link findCalendarDates}. */
export interface FindCalendarDatesOptions {
  /** How to turn a Hijri date into a Gregorian one (Umm al-Qura, no shift, by default). */
  readonly hijri?: HijriOptions;
}

/** Ordinal suffixes of a day in the matching view (১লা ২রা ৪ঠা ৫ই ১৯শে). */
const ORDINAL = "(?:লা|রা|ঠা|ই|শে)";

/**
 * Years read as dates of these calendars: 1100–1599 (Bangla 1100 is 1693 CE, Hijri 1100 is 1688 CE; 1599 is past
 * 2170 CE in both). A year outside, such as a Gregorian 2024 after a Bangla month, is not one of these dates.
 */
const MIN_YEAR = 1100;
const MAX_YEAR = 1599;

const BANGLA_MONTH_OF = foldedLookup(
  BANGLA_MONTHS.flatMap((entry) => [...entry.spellings, ...entry.latin].map((s) => [s, entry.month] as const)),
);
const HIJRI_MONTH_OF = foldedLookup(HIJRI_MONTHS.flatMap((entry) => [...entry.spellings, entry.icu].map((s) => [s, entry.month] as const)));

/**
 * Day first (`২৯ আষাঢ় ১৪৩২`: groups 1 = day, 2 = month) or month first (`বৈশাখ ২ ১৪৩১`: 3 = month, 4 = day), then
 * 5 = year and 6 = an optional era word. Every repeat is bounded.
 */
/* @__NO_SIDE_EFFECTS__ */
function dayMonthYearPattern(months: string, eras: string): string {
  return (
    `${WORD_START}(?:(\\d{1,2})${ORDINAL}? {0,3}(${months})|(${months}) {1,3}(\\d{1,2})${ORDINAL}?)${WORD_END}` +
    ` {0,3}(?:, {0,3})?(\\d{4})(?!\\d)(?: {0,3}(${eras})${WORD_END})?`
  );
}

/** Year first with the era word in the genitive (`১৪৩২ বঙ্গাব্দের ১ বৈশাখ`): 1 = year, 2 = era, 3 = day, 4 = month. */
/* @__NO_SIDE_EFFECTS__ */
function yearFirstPattern(months: string, genitives: string): string {
  return `${WORD_START}(\\d{4}) {0,3}(${genitives})${WORD_END},? {1,3}(\\d{1,2})${ORDINAL}? {0,3}(${months})${WORD_END}`;
}

/**
 * A longest-first alternation of spellings with the spaces inside a spelling bounded (one to three), so that
 * every repeat of the date patterns is bounded.
 */
/* @__NO_SIDE_EFFECTS__ */
function spellings(words: Iterable<string>): string {
  return alternation(words).replaceAll(" +", " {1,3}");
}

const BANGLA_MONTH_PATTERN = spellings(BANGLA_MONTHS.flatMap((entry) => [...entry.spellings, ...entry.latin]));
const HIJRI_MONTH_PATTERN = spellings(HIJRI_MONTHS.flatMap((entry) => [...entry.spellings, entry.icu]));

/** A Bangla-calendar date, day or month first, in the matching view (groups: see `dayMonthYearPattern`). */
export const BANGLA_CALENDAR_DATE_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  dayMonthYearPattern(BANGLA_MONTH_PATTERN, spellings(BANGLA_ERA_WORDS)),
  "gu",
);

/** A Bangla-calendar date written year first (`১৪৩২ বঙ্গাব্দের ১ বৈশাখ`), in the matching view. */
export const BANGLA_YEAR_FIRST_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  yearFirstPattern(BANGLA_MONTH_PATTERN, spellings(BANGLA_ERA_GENITIVES)),
  "gu",
);

/** A Hijri date, day or month first, in the matching view (groups: see `dayMonthYearPattern`). */
export const HIJRI_DATE_REGEX: RegExp = /* @__PURE__ */ new RegExp(dayMonthYearPattern(HIJRI_MONTH_PATTERN, spellings(HIJRI_ERA_WORDS)), "gu");

/** A Hijri date written year first (`১৪৪৬ হিজরির ১০ মহররম`), in the matching view. */
export const HIJRI_YEAR_FIRST_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  yearFirstPattern(HIJRI_MONTH_PATTERN, spellings(HIJRI_ERA_GENITIVES)),
  "gu",
);

/** A year these readers take (1100–1599, see `MIN_YEAR`), standing alone: every date they read contains one. */
const YEAR_CANDIDATE = /(?<!\d)1[1-5]\d\d(?!\d)/g;

/**
 * How far a date reaches before and after its year in the matching view: a day, an ordinal suffix, the longest
 * month name and the bounded spaces and comma before the year; the longest era word, or a genitive era word, day
 * and month after it. Generous, so that no date is cut.
 */
const REACH_BEFORE = 64;
const REACH_AFTER = 72;

/** A letter, mark or digit: what may not stand right before a date (the patterns' `WORD_START`). */
const WORD_CHARACTER = /[\p{L}\p{M}\p{Nd}]/u;

/** Where a regex keeps day, month, year and era: each a list of group numbers, the first that matched wins. */
interface GroupLayout {
  readonly day: readonly number[];
  readonly month: readonly number[];
  readonly year: number;
  readonly era: number;
}

const DAY_MONTH_YEAR: GroupLayout = { day: [1, 4], month: [2, 3], year: 5, era: 6 };
const YEAR_FIRST: GroupLayout = { day: [3], month: [4], year: 1, era: 2 };

function firstGroup(match: RegExpExecArray, groups: readonly number[]): string {
  for (const group of groups) {
    const text = match[group];
    if (text !== undefined) return text;
  }
  return "";
}

/** What one scan needs besides its regex: the calendar and how its dates become day numbers. */
interface CalendarReading {
  readonly calendar: "bangla" | "hijri";
  readonly monthOf: ReadonlyMap<string, number>;
  readonly toDayNumber: (year: number, month: number, day: number) => number;
}

/**
 * Runs one pattern over `region` (a slice of the view starting at `offset`, or the whole view) and appends its
 * dates with spans in the view.
 */
function collect(
  regex: RegExp,
  layout: GroupLayout,
  region: string,
  offset: number,
  glued: boolean,
  reading: CalendarReading,
  out: CalendarDateMatch[],
): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(region); match !== null; match = regex.exec(region)) {
    const year = Number(match[layout.year]);
    if (year < MIN_YEAR || year > MAX_YEAR || (glued && match.index === 0)) {
      // not this calendar's year, or glued to a word before the region: go on from the next character
      regex.lastIndex = match.index + 1;
      continue;
    }
    const month = reading.monthOf.get(foldKey(firstGroup(match, layout.month))) ?? 0;
    const day = Number(firstGroup(match, layout.day));
    const dayNumber = reading.toDayNumber(year, month, day);
    out.push({
      calendar: reading.calendar,
      start: offset + match.index,
      end: offset + match.index + match[0].length,
      year,
      month,
      day,
      era: match[layout.era] !== undefined,
      iso: dayNumber === Number.NEGATIVE_INFINITY ? null : isoOfDayNumber(dayNumber),
    });
  }
}

const BANGLA_READING: CalendarReading = { calendar: "bangla", monthOf: BANGLA_MONTH_OF, toDayNumber: banglaDayNumber };

/** Reads every pattern of both calendars in one region of the view. */
function readRegion(view: string, start: number, end: number, hijri: CalendarReading, out: CalendarDateMatch[]): void {
  const region = start === 0 && end === view.length ? view : view.slice(start, end);
  const glued = start > 0 && WORD_CHARACTER.test(view[start - 1] ?? "");
  collect(BANGLA_CALENDAR_DATE_REGEX, DAY_MONTH_YEAR, region, start, glued, BANGLA_READING, out);
  collect(BANGLA_YEAR_FIRST_REGEX, YEAR_FIRST, region, start, glued, BANGLA_READING, out);
  collect(HIJRI_DATE_REGEX, DAY_MONTH_YEAR, region, start, glued, hijri, out);
  collect(HIJRI_YEAR_FIRST_REGEX, YEAR_FIRST, region, start, glued, hijri, out);
}

/**
 * Every Bangla-calendar and Hijri date in the matching view of a text, in order of position, without overlaps.
 * Only the neighbourhood of each year in 1100–1599 is searched, so long text with no such year costs one scan
 * for four digits.
 *
 * @param view - the matching view (`normalizeForMatch(text).text`): ASCII digits, folded spellings
 * @param options - how Hijri dates become Gregorian ones
 * @returns the matches with their spans in the view, calendar fields and Gregorian date (`iso`, `null` for a day
 *   that does not exist)
 * @throws {RangeError} for a bad Hijri option
 * @example
 * findCalendarDates("ঢাকা 2 বৈশাখ 1431, সোমবার")[0];
 * //=> { calendar: "bangla", start: 5, end: 18, year: 1431, month: 1, day: 2, era: false, iso: "2024-04-15" }
 */
export function findCalendarDates(view: string, options?: FindCalendarDatesOptions): CalendarDateMatch[] {
  const { calendar, adjustment } = hijriOptionsOf(options?.hijri);
  const out: CalendarDateMatch[] = [];
  const hijri: CalendarReading = {
    calendar: "hijri",
    monthOf: HIJRI_MONTH_OF,
    toDayNumber: (year, month, day) => hijriDayNumber(calendar, adjustment, year, month, day),
  };
  // merge the neighbourhoods of the candidate years into regions, and read each region once
  let regionStart = -1;
  let regionEnd = -1;
  YEAR_CANDIDATE.lastIndex = 0;
  for (let year = YEAR_CANDIDATE.exec(view); year !== null; year = YEAR_CANDIDATE.exec(view)) {
    const start = Math.max(0, year.index - REACH_BEFORE);
    const end = Math.min(view.length, year.index + 4 + REACH_AFTER);
    if (regionStart >= 0 && start <= regionEnd) {
      regionEnd = end;
      continue;
    }
    if (regionStart >= 0) readRegion(view, regionStart, regionEnd, hijri, out);
    regionStart = start;
    regionEnd = end;
  }
  if (regionStart >= 0) readRegion(view, regionStart, regionEnd, hijri, out);
  if (out.length < 2) return out;
  out.sort((a, b) => a.start - b.start);
  // a date written year first may share its year with the date before it: keep the first of overlapping matches
  let kept = 1;
  for (let i = 1; i < out.length; i++) {
    const match = out[i];
    const previous = out[kept - 1];
    if (match !== undefined && previous !== undefined && match.start >= previous.end) out[kept++] = match;
  }
  out.length = kept;
  return out;
}

/**
 * The same as {@link findCalendarDates} by scanning the whole view with every pattern: slower, kept as the
 * reference the windowed search is tested against.
 *
 * @param view - the matching view
 * @returns the matches, as {@link findCalendarDates} gives them
 */
export function findCalendarDatesByFullScan(view: string): CalendarDateMatch[] {
  const out: CalendarDateMatch[] = [];
  const hijri: CalendarReading = {
    calendar: "hijri",
    monthOf: HIJRI_MONTH_OF,
    toDayNumber: (year, month, day) => hijriDayNumber("islamic-umalqura", 0, year, month, day),
  };
  readRegion(view, 0, view.length, hijri, out);
  out.sort((a, b) => a.start - b.start);
  let kept = out.length > 0 ? 1 : 0;
  for (let i = 1; i < out.length; i++) {
    const match = out[i];
    const previous = out[kept - 1];
    if (match !== undefined && previous !== undefined && match.start >= previous.end) out[kept++] = match;
  }
  out.length = kept;
  return out;
}
