/**
 * Finds dates of the Bangla and Hijri calendars in the matching view of a text (see `normalizeForMatch`):
 * `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, `বৈশাখ ২ ১৪৩১` (month before day), `৫ শাওয়াল ১৪৪৫ হিজরি`,
 * `০৫ শাওয়াল, ১৪৪৫`. Internal: the date readers call it and map spans back to the input.
 */
import { alternation, foldedLookup, foldKey, WORD_END, WORD_START } from "../_lib/alternation.ts";
import { BANGLA_ERA_WORDS, BANGLA_MONTHS } from "../data/banglaMonths.ts";
import { HIJRI_ERA_WORDS, HIJRI_MONTHS } from "../data/hijriMonths.ts";
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

/** Years taken as dates of these calendars (Bangla 1000–1999, Hijri 1000–1999); others are not these calendars. */
const MIN_YEAR = 1000;
const MAX_YEAR = 1999;

const BANGLA_MONTH_OF = foldedLookup(
  BANGLA_MONTHS.flatMap((entry) => [...entry.spellings, ...entry.latin].map((s) => [s, entry.month] as const)),
);
const HIJRI_MONTH_OF = foldedLookup(HIJRI_MONTHS.flatMap((entry) => [...entry.spellings, entry.icu].map((s) => [s, entry.month] as const)));

/**
 * The shape shared by both calendars: groups 1–2 = day and month (day first), 3–4 = month and day (month first),
 * 5 = year, 6 = era word. Every repeat is bounded; alternatives start differently (digit or letter).
 */
function calendarDatePattern(months: string, eras: string): string {
  return (
    `${WORD_START}(?:(\\d{1,2})${ORDINAL}? {0,3}(${months})|(${months}) {1,3}(\\d{1,2})${ORDINAL}?)${WORD_END}` +
    ` {0,3}(?:, {0,3})?(\\d{4})(?!\\d)(?: {0,3}(${eras})${WORD_END})?`
  );
}

/**
 * A longest-first alternation of spellings with the spaces inside a spelling bounded (one to three), so that
 * every repeat of the date patterns is bounded.
 */
function spellings(words: Iterable<string>): string {
  return alternation(words).replaceAll(" +", " {1,3}");
}

/** A Bangla-calendar date in the matching view (see {@link calendarDatePattern} for the groups). */
export const BANGLA_CALENDAR_DATE_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  calendarDatePattern(
    spellings(BANGLA_MONTHS.flatMap((entry) => [...entry.spellings, ...entry.latin])),
    spellings(BANGLA_ERA_WORDS),
  ),
  "gu",
);

/** A Hijri date in the matching view (see {@link calendarDatePattern} for the groups). */
export const HIJRI_DATE_REGEX: RegExp = /* @__PURE__ */ new RegExp(
  calendarDatePattern(spellings(HIJRI_MONTHS.flatMap((entry) => [...entry.spellings, entry.icu])), spellings(HIJRI_ERA_WORDS)),
  "gu",
);

/** Quick refusal: a calendar date needs a digit. */
const HAS_DIGIT = /\d/;

function collect(
  regex: RegExp,
  view: string,
  calendar: "bangla" | "hijri",
  toDayNumber: (year: number, month: number, day: number) => number,
  monthOf: ReadonlyMap<string, number>,
  out: CalendarDateMatch[],
): void {
  regex.lastIndex = 0;
  for (let match = regex.exec(view); match !== null; match = regex.exec(view)) {
    const dayText = match[1] ?? match[4] ?? "";
    const monthText = match[2] ?? match[3] ?? "";
    const year = Number(match[5]);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      // not this calendar's year: try again from the next character (the month may start a later date)
      regex.lastIndex = match.index + 1;
      continue;
    }
    const month = monthOf.get(foldKey(monthText)) ?? 0;
    const day = Number(dayText);
    const dayNumber = toDayNumber(year, month, day);
    out.push({
      calendar,
      start: match.index,
      end: match.index + match[0].length,
      year,
      month,
      day,
      era: match[6] !== undefined,
      iso: dayNumber === Number.NEGATIVE_INFINITY ? null : isoOfDayNumber(dayNumber),
    });
  }
}

/**
 * Every Bangla-calendar and Hijri date in the matching view of a text, in order of position.
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
  if (!HAS_DIGIT.test(view)) return out;
  collect(BANGLA_CALENDAR_DATE_REGEX, view, "bangla", banglaDayNumber, BANGLA_MONTH_OF, out);
  const banglaCount = out.length;
  collect(
    HIJRI_DATE_REGEX,
    view,
    "hijri",
    (year, month, day) => hijriDayNumber(calendar, adjustment, year, month, day),
    HIJRI_MONTH_OF,
    out,
  );
  if (banglaCount > 0 && out.length > banglaCount) out.sort((a, b) => a.start - b.start);
  return out;
}
