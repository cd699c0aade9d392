/**
 * Finds dates of the Bangla and Hijri calendars in the matching view of a text (see `normalizeForMatch`):
 * `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, `বৈশাখ ২ ১৪৩১` (month before day), `৫ শাওয়াল ১৪৪৫ হিজরি`,
 * `০৫ শাওয়াল, ১৪৪৫`, `১৪৩২ বঙ্গাব্দের ১ বৈশাখ` (year first, with the era word).
 *
 * Internal, for the date readers, which map spans back to the input:
 *
 *     const view = normalizeForMatch(text);
 *     for (const found of findCalendarDates(view.text)) {
 *       const { index, text: quoted } = view.spanToSource(found.start, found.end);
 *       // found.calendar, found.year/month/day, found.iso ('YYYY-MM-DD' or null), found.era
 *     }
 */
import { foldedLookup, foldKey, phraseAlternation, WORD_END, WORD_START } from "../_lib/alternation.ts";
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
  /** The year as written, in that calendar (1100–1599). */
  readonly year: number;
  /** The month, 1–12 (বৈশাখ or মহররম = 1). */
  readonly month: number;
  /** The day as written (a day that does not exist gives `iso: null`). */
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

const BANGLA_MONTH_PATTERN = phraseAlternation(BANGLA_MONTHS.flatMap((entry) => [...entry.spellings, ...entry.latin]));
const HIJRI_MONTH_PATTERN = phraseAlternation(HIJRI_MONTHS.flatMap((entry) => [...entry.spellings, entry.icu]));

/** A Bangla-calendar date, day or month first, in the matching view (groups: see `dayMonthYearPattern`). */
export const BANGLA_CALENDAR_DATE_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  dayMonthYearPattern(BANGLA_MONTH_PATTERN, phraseAlternation(BANGLA_ERA_WORDS)),
  "gu",
);

/** A Bangla-calendar date written year first (`১৪৩২ বঙ্গাব্দের ১ বৈশাখ`), in the matching view. */
export const BANGLA_YEAR_FIRST_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  yearFirstPattern(BANGLA_MONTH_PATTERN, phraseAlternation(BANGLA_ERA_GENITIVES)),
  "gu",
);

/** A Hijri date, day or month first, in the matching view (groups: see `dayMonthYearPattern`). */
export const HIJRI_DATE_REGEX: RegExp = /* @__PURE__ */ new RegExp(dayMonthYearPattern(HIJRI_MONTH_PATTERN, phraseAlternation(HIJRI_ERA_WORDS)), "gu");

/** A Hijri date written year first (`১৪৪৬ হিজরির ১০ মহররম`), in the matching view. */
export const HIJRI_YEAR_FIRST_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  yearFirstPattern(HIJRI_MONTH_PATTERN, phraseAlternation(HIJRI_ERA_GENITIVES)),
  "gu",
);

/** A year these readers take (1100–1599, see `MIN_YEAR`), standing alone: every date they read contains one. */
const YEAR_CANDIDATE = /(?<!\d)1[1-5]\d\d(?!\d)/g;

/**
 * How far before its year a date written day or month first may start: a day, an ordinal suffix, the longest month
 * name (spaces bounded) and the bounded spaces and comma before the year. Generous, so that no date is cut.
 */
const REACH_BEFORE = 64;

/** Sticky copies of the patterns, tried at chosen positions. */
const BANGLA_DATE_AT = /* @__PURE__ */ new RegExp(BANGLA_CALENDAR_DATE_REGEX.source, "uy");
const BANGLA_YEAR_FIRST_AT = /* @__PURE__ */ new RegExp(BANGLA_YEAR_FIRST_REGEX.source, "uy");
const HIJRI_DATE_AT = /* @__PURE__ */ new RegExp(HIJRI_DATE_REGEX.source, "uy");
const HIJRI_YEAR_FIRST_AT = /* @__PURE__ */ new RegExp(HIJRI_YEAR_FIRST_REGEX.source, "uy");

/** First code units of every month spelling: where a date written month first can start. */
const MONTH_INITIALS: ReadonlySet<number> = /* @__PURE__ */ new Set(
  [...BANGLA_MONTH_OF.keys(), ...HIJRI_MONTH_OF.keys()].map((key) => key.charCodeAt(0)),
);

/** A date may start here: a digit (the day) or the first letter of a month name. */
function mayStartDate(code: number): boolean {
  return (code >= 48 && code <= 57) || MONTH_INITIALS.has(code);
}

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

/** Runs one pattern over the whole view and appends its dates. */
function collect(regex: RegExp, layout: GroupLayout, view: string, reading: CalendarReading, out: CalendarDateMatch[]): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(view); match !== null; match = regex.exec(view)) {
    const year = Number(match[layout.year]);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      // not this calendar's year: go on from the next character
      regex.lastIndex = match.index + 1;
      continue;
    }
    const month = reading.monthOf.get(foldKey(firstGroup(match, layout.month))) ?? 0;
    const day = Number(firstGroup(match, layout.day));
    const dayNumber = reading.toDayNumber(year, month, day);
    out.push({
      calendar: reading.calendar,
      start: match.index,
      end: match.index + match[0].length,
      year,
      month,
      day,
      era: match[layout.era] !== undefined,
      iso: dayNumber === Number.NEGATIVE_INFINITY ? null : isoOfDayNumber(dayNumber),
    });
  }
}

/** The date `regex` (sticky) reads at `index`, or `null` (no match, or a year outside 1100–1599). */
function matchAt(
  regex: RegExp,
  layout: GroupLayout,
  view: string,
  index: number,
  reading: CalendarReading,
): CalendarDateMatch | null {
  regex.lastIndex = index;
  const match = regex.exec(view);
  if (match === null) return null;
  const year = Number(match[layout.year]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const month = reading.monthOf.get(foldKey(firstGroup(match, layout.month))) ?? 0;
  const day = Number(firstGroup(match, layout.day));
  const dayNumber = reading.toDayNumber(year, month, day);
  return {
    calendar: reading.calendar,
    start: index,
    end: index + match[0].length,
    year,
    month,
    day,
    era: match[layout.era] !== undefined,
    iso: dayNumber === Number.NEGATIVE_INFINITY ? null : isoOfDayNumber(dayNumber),
  };
}

const BANGLA_READING: CalendarReading = { calendar: "bangla", monthOf: BANGLA_MONTH_OF, toDayNumber: banglaDayNumber };

/**
 * Every Bangla-calendar and Hijri date in the matching view of a text, in order of position, without overlaps.
 * Every such date contains a year in 1100–1599, so the text is scanned once for those years, and the patterns are
 * tried only where a date holding that year can start: at most a few word starts before it, and at the year itself.
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
  let taken = 0; // end of the last date found: dates never overlap
  YEAR_CANDIDATE.lastIndex = 0;
  for (let candidate = YEAR_CANDIDATE.exec(view); candidate !== null; candidate = YEAR_CANDIDATE.exec(view)) {
    const year = candidate.index;
    if (year < taken) continue;
    let found: CalendarDateMatch | null = null;
    // written day or month first: the date starts before its year, at a digit or a month's first letter
    for (let start = Math.max(taken, year - REACH_BEFORE); start < year && found === null; start++) {
      if (!mayStartDate(view.charCodeAt(start))) continue;
      found =
        matchAt(BANGLA_DATE_AT, DAY_MONTH_YEAR, view, start, BANGLA_READING) ??
        matchAt(HIJRI_DATE_AT, DAY_MONTH_YEAR, view, start, hijri);
      // a date before this year that ends before it holds another year, met earlier or refused
      if (found !== null && found.end <= year) found = null;
    }
    // written year first: the date starts at its year
    found ??=
      matchAt(BANGLA_YEAR_FIRST_AT, YEAR_FIRST, view, year, BANGLA_READING) ??
      matchAt(HIJRI_YEAR_FIRST_AT, YEAR_FIRST, view, year, hijri);
    if (found !== null) {
      out.push(found);
      taken = found.end;
    }
  }
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
  collect(BANGLA_CALENDAR_DATE_REGEX, DAY_MONTH_YEAR, view, BANGLA_READING, out);
  collect(BANGLA_YEAR_FIRST_REGEX, YEAR_FIRST, view, BANGLA_READING, out);
  collect(HIJRI_DATE_REGEX, DAY_MONTH_YEAR, view, hijri, out);
  collect(HIJRI_YEAR_FIRST_REGEX, YEAR_FIRST, view, hijri, out);
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
