/** A date of the Bangla calendar (বঙ্গাব্দ) as Bangladesh keeps it. */
export interface BanglaDate {
  /** The year of the Bangla era (বঙ্গাব্দ); 1 বৈশাখ 1432 is 14 April 2025. */
  readonly year: number;
  /** The month, 1 (বৈশাখ) to 12 (চৈত্র). */
  readonly month: number;
  /** The day of the month, 1 to 31. */
  readonly day: number;
  /** The month's standard Bengali name (বৈশাখ … চৈত্র). */
  readonly monthName: string;
}

/** The fields that name a calendar day, as `fromBanglaDate` and `fromHijriDate` take them. */
export interface CalendarDateFields {
  /** The year of the calendar's era. */
  readonly year: number;
  /** The month, 1 to 12. */
  readonly month: number;
  /** The day of the month, from 1. */
  readonly day: number;
}

/** A date of the Hijri calendar (হিজরি). */
export interface HijriDate {
  /** The year of the Hijri era; 1 মহররম 1447 is 26 June 2025 (Umm al-Qura). */
  readonly year: number;
  /** The month, 1 (মহররম) to 12 (জিলহজ). */
  readonly month: number;
  /** The day of the month, 1 to 30. */
  readonly day: number;
  /** The month's Bengali name as Bangladeshi newspapers print it (মহররম … জিলহজ). */
  readonly monthName: string;
}

/**
 * The Islamic calendars of `Intl`: `'islamic-umalqura'` (Saudi Arabia's Umm al-Qura, the default), `'islamic-civil'`
 * (tabular, Friday epoch), `'islamic-tbla'` (tabular, Thursday epoch) and `'islamic'` (ICU's astronomical estimate).
 */
export type HijriCalendar = "islamic-umalqura" | "islamic-civil" | "islamic-tbla" | "islamic";

/** Options of the Hijri conversions. */
export interface HijriOptions {
  /** Which of `Intl`'s Islamic calendars to follow; default `'islamic-umalqura'`. */
  readonly calendar?: HijriCalendar;
  /**
   * Days to shift the Hijri date by, -2 to 2; default 0. Bangladesh starts its months on a local sighting of the
   * moon, often a day after Saudi Arabia: with `adjustment: -1` the Hijri date is the one the calendar gives for
   * the day before.
   */
  readonly adjustment?: number;
}

/** Options of `formatBanglaDate`. */
export interface FormatBanglaDateOptions {
  /** Append the era word `বঙ্গাব্দ`; default `false`. */
  readonly era?: boolean;
  /** Start with the Gregorian weekday (`রবিবার, `); default `false`. */
  readonly weekday?: boolean;
  /** Write digits as `'bengali'` (default) or `'latin'`. */
  readonly digits?: "bengali" | "latin";
}

/** Options of `formatHijriDate`. */
export interface FormatHijriDateOptions extends HijriOptions {
  /** Append the era word `হিজরি`; default `false`. */
  readonly era?: boolean;
  /** Start with the Gregorian weekday (`রবিবার, `); default `false`. */
  readonly weekday?: boolean;
  /** Write digits as `'bengali'` (default) or `'latin'`. */
  readonly digits?: "bengali" | "latin";
}
