/** Options of the date readers. */
export interface DateOptions {
  /** IANA zone for wall-clock text; default `'Asia/Dhaka'`. A zone written in the text (IST, GMT +৬, বাংলাদেশ সময়) wins. */
  readonly timeZone?: string;
  /**
   * "Now" for relative text (৩ ঘণ্টা আগে, গতকাল, শনিবার) and for dates with no year: a `Date`, or an ISO string (one
   * without an offset, like `'2025-07-13T10:26'`, is a wall clock in `timeZone`).
   */
  readonly reference?: Date | string;
  /**
   * The calendar of dates written with Bangla or Hijri month names. Default `'gregorian'`: only Gregorian dates
   * are read, and Bangla or Hijri fragments (২ বৈশাখ ১৪৩১, ৫ শাওয়াল ১৪৪৫) are skipped.
   */
  readonly calendar?: CalendarName;
}

/** How much of an instant the text gave. */
export type DatePrecision = "month" | "day" | "hour" | "minute" | "second";

/** The calendar a date was written in. */
export type CalendarName = "gregorian" | "bangla" | "hijri";

/** A date (and time, when one is attached) read from text. */
export interface ParsedDate {
  /** `YYYY-MM-DD` at day precision, `YYYY-MM` at month precision, else `YYYY-MM-DDTHH:mm:ss±HH:MM`. */
  readonly iso: string;
  /** The instant: the start of the day or month in the zone when no time is known. */
  readonly date: Date;
  /** How much of the instant the text gave. */
  readonly precision: DatePrecision;
  /** The IANA zone used, `'UTC'`, or a fixed offset `'±HH:MM'` when the text wrote one (GMT +৬, +05:30). */
  readonly timeZone: string;
  /** The calendar the text used. */
  readonly calendar: CalendarName;
  /** The matched span, exactly as it stands in the input. */
  readonly text: string;
  /** Where that span starts in the input. */
  readonly index: number;
  /** The written shape that matched, e.g. `'day-month-year'`, `'iso'`, `'relative'`. */
  readonly source?: string;
  /** `true` when the time written is exactly midnight (১২:০০ এএম, ০০:০০): print editions stamp it for "time unknown". */
  readonly midnight?: boolean;
  /**
   * `true` when the text says the clock is the local time of a place abroad (স্থানীয় সময়). The wall clock is then
   * read in `timeZone` for lack of a better zone, so the instant is uncertain by that place's offset.
   */
  readonly foreignClock?: boolean;
  /**
   * `true` when the zone was written in the text (GMT +৬, IST, +06:00, বাংলাদেশ সময়); absent when `timeZone` is the
   * option or the default, i.e. an assumption about a clock the text did not place.
   */
  readonly timeZoneWritten?: boolean;
  /** `true` when the year was not written and was taken from `reference`. */
  readonly yearImplied?: boolean;
}

/** A time of day, 24-hour. */
export interface ParsedTime {
  /** 0–23. */
  readonly hour: number;
  /** 0–59. */
  readonly minute: number;
  /** 0–59 (0 when the text gave none). */
  readonly second: number;
}

/** A problem found in the source text that was kept as written (zod-shaped: a stable code and a message). */
export interface DatelineIssue {
  /** Stable code, e.g. `'updated_before_published'`. */
  readonly code: "updated_before_published";
  /** What is wrong, in English. */
  readonly message: string;
}

/** The publication and update instants of a dateline. */
export interface Dateline {
  /** When the page says it was published; an unlabelled date counts as published. */
  readonly published: ParsedDate | null;
  /** When the page says it was last updated. */
  readonly updated: ParsedDate | null;
  /** Contradictions in the source, kept as written and reported here (absent when there are none). */
  readonly issues?: readonly DatelineIssue[];
}
