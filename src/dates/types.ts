/** Options of the date readers. */
export interface DateOptions {
  /** IANA zone for wall-clock text; default `'Asia/Dhaka'`. A zone written in the text (IST, GMT +৬, বাংলাদেশ সময়) wins. */
  readonly timeZone?: string;
  /** "Now" for relative text (৩ ঘণ্টা আগে, গতকাল, শনিবার) and for dates with no year. */
  readonly reference?: Date | string;
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
  readonly precision: DatePrecision;
  /** The IANA zone used (or `'UTC'`/`'Etc/GMT…'`-style fixed zones written in the text). */
  readonly timeZone: string;
  readonly calendar: CalendarName;
  /** The matched span, exactly as it stands in the input. */
  readonly text: string;
  /** Where that span starts in the input. */
  readonly index: number;
}

/** A time of day, 24-hour. */
export interface ParsedTime {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The publication and update instants of a dateline. */
export interface Dateline {
  readonly published: ParsedDate | null;
  readonly updated: ParsedDate | null;
}
