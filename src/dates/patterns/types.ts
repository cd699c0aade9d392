import type { CalendarName, DatePrecision } from "../types.ts";

/** The reference instant of a scan, resolved in the zone of the options. */
export interface ReferenceDay {
  /** UTC milliseconds. */
  readonly ms: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** Minutes of the wall clock since the day's start. */
  readonly minutes: number;
  /**
   * The month a fiscal year starts with in the zone: 4 in Asia/Kolkata (India's, 1 April to 31 March), else 7
   * (Bangladesh's, 1 July to 30 June).
   */
  readonly fiscal: number;
}

/** What a pattern's `extract` may use. */
export interface ScanContext {
  /** The matching view. */
  readonly text: string;
  /** "Now", when the caller gave one: relative and year-less text needs it. */
  readonly reference: ReferenceDay | undefined;
}

/** A date found by one pattern, before a time and a zone are attached. */
export interface DateCandidate {
  /** Span in the matching view. */
  readonly start: number;
  readonly end: number;
  /** The pattern that matched. */
  readonly source: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly precision: DatePrecision;
  /** Written with the date itself (ISO `T` times). */
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** A zone written inside the date itself (ISO offsets). */
  readonly zone?: string | undefined;
  /** An exact instant (relative `N … আগে`). */
  readonly instant?: number;
  /** The year came from the reference. */
  readonly yearImplied?: boolean | undefined;
  /** A weekday beside it chose the year (still not written). */
  readonly weekdayYear?: true | undefined;
  /** `false` for relative text (আজ, শনিবার, ৩ ঘণ্টা আগে). */
  readonly absolute: boolean;
  /** A date written in full that does not exist (৩১ ফেব্রুয়ারি): it hides shorter readings of its span, then is dropped. */
  readonly impossible?: boolean;
  /** The calendar the text used (default Gregorian). */
  readonly calendar?: CalendarName;
  /** A second date written with this one: the last day of a range (`July 13-14, 2025`). */
  readonly rangeEnd?: DateCandidate;
}

/** One written shape of a date: a global pattern over the matching view and what a match means. */
export interface DatePattern {
  /** Names the shape, e.g. `'day-month-year'`; it becomes `source` of the result. */
  readonly name: string;
  /** Global (`g`), Unicode-aware; compiled once. */
  readonly pattern: RegExp;
  /** A quick test the text must pass before `pattern` runs (a month name, digits around a separator). */
  readonly needs?: RegExp;
  /** `true` when most texts pass `needs` (a month's name): it is left out of the search for the others together. */
  readonly needsOften?: true;
  /** `true` for a shape read only against a reference: without one it is passed over, its quick test unrun. */
  readonly relative?: true;
  /** A match → a date, or `null` when the match is no date (31 February). */
  extract(match: RegExpExecArray, context: ScanContext): DateCandidate | null;
}
