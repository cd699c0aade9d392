/**
 * Hijri month boundaries from `Intl`'s Islamic calendars, cached: one `Intl.DateTimeFormat` per calendar (built on
 * first use) and the first day of each month asked for (a bounded map). A conversion is then two map look-ups; `Intl`
 * is called only the first time a month is met, about once per month.
 */
import { optionRangeError } from "../errors.ts";
import { MS_PER_DAY } from "./gregorianDays.ts";
import type { HijriCalendar, HijriOptions } from "./types.ts";

/** Mean length of a lunar month in days. */
export const MEAN_MONTH = 29.530_588_853;

/** Day number of 1 মহররম 1 (16 July 622, Julian), the epoch the estimates start from. */
export const HIJRI_EPOCH_DAY = -492_148;

/** Months cached per calendar before the cache is emptied (about 680 years). */
const CACHE_LIMIT = 8192;

/** The calendars this library accepts. */
export const HIJRI_CALENDARS: readonly HijriCalendar[] = ["islamic-umalqura", "islamic-civil", "islamic-tbla", "islamic"];

interface CalendarState {
  readonly format: Intl.DateTimeFormat;
  readonly starts: Map<number, number>;
}

const STATES = new Map<HijriCalendar, CalendarState>();

function stateOf(calendar: HijriCalendar): CalendarState {
  let state = STATES.get(calendar);
  if (state === undefined) {
    const format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}`, {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    if (format.resolvedOptions().calendar !== calendar) {
      throw optionRangeError("calendar", "an Islamic calendar this runtime's Intl supports", calendar);
    }
    state = { format, starts: new Map() };
    STATES.set(calendar, state);
  }
  return state;
}

/** Hijri fields of a day as `Intl` gives them: month index since 1 মহররম 1 (year × 12 + month − 13) and day. */
interface IntlHijri {
  monthIndex: number;
  day: number;
}

const parsed: IntlHijri = { monthIndex: 0, day: 0 };

/** Reads `M/D/Y AH` as written by the `en-US` formatter. */
function intlHijriOf(state: CalendarState, dayNumber: number): IntlHijri {
  const text = state.format.format(dayNumber * MS_PER_DAY);
  const numbers = [0, 0, 0];
  let field = 0;
  let seen = false;
  for (let i = 0; i < text.length && field < 3; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) {
      numbers[field] = (numbers[field] ?? 0) * 10 + digit;
      seen = true;
    } else if (seen) {
      field++;
      seen = false;
    }
  }
  const [month = 0, day = 0, year = 0] = numbers;
  parsed.monthIndex = year * 12 + month - 13;
  parsed.day = day;
  return parsed;
}

/**
 * Day number of the first day of a Hijri month (index = year × 12 + month − 13, from 0 = মহররম 1).
 * Starts from the mean month length and corrects by what `Intl` says, aiming at mid-month.
 */
export function hijriMonthStart(calendar: HijriCalendar, monthIndex: number): number {
  const state = stateOf(calendar);
  const cached = state.starts.get(monthIndex);
  if (cached !== undefined) return cached;
  let guess = HIJRI_EPOCH_DAY + Math.round(monthIndex * MEAN_MONTH) + 14;
  let start = Number.NaN;
  for (let attempt = 0; attempt < 12; attempt++) {
    const got = intlHijriOf(state, guess);
    if (got.monthIndex === monthIndex) {
      start = guess - got.day + 1;
      break;
    }
    guess = guess - got.day + 1 + Math.round((monthIndex - got.monthIndex) * MEAN_MONTH) + 14;
  }
  if (Number.isNaN(start)) throw new Error(`Intl's ${calendar} calendar gave no month ${monthIndex}`);
  if (state.starts.size >= CACHE_LIMIT) state.starts.clear();
  state.starts.set(monthIndex, start);
  return start;
}

/** A Hijri date as a month index and a day. */
export interface HijriPosition {
  monthIndex: number;
  day: number;
}

const position: HijriPosition = { monthIndex: 0, day: 0 };

/**
 * The Hijri month index and day of a day number (the result object is reused: copy its fields).
 * Returns `null` before 1 মহররম 1.
 */
export function hijriOfDayNumber(calendar: HijriCalendar, dayNumber: number): HijriPosition | null {
  let index = Math.max(0, Math.floor((dayNumber - HIJRI_EPOCH_DAY) / MEAN_MONTH));
  for (let attempt = 0; attempt < 8; attempt++) {
    const start = hijriMonthStart(calendar, index);
    if (dayNumber < start) {
      if (index === 0) return null;
      index--;
      continue;
    }
    const next = hijriMonthStart(calendar, index + 1);
    if (dayNumber >= next) {
      index++;
      continue;
    }
    position.monthIndex = index;
    position.day = dayNumber - start + 1;
    return position;
  }
  return null;
}

/** The default options: Umm al-Qura, no shift. */
const DEFAULT_OPTIONS = { calendar: "islamic-umalqura", adjustment: 0 } as const satisfies {
  calendar: HijriCalendar;
  adjustment: number;
};

/** Reads and checks the Hijri options. */
export function hijriOptionsOf(options: HijriOptions | undefined): { calendar: HijriCalendar; adjustment: number } {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (typeof options !== "object" || options === null) throw optionRangeError("options", "an object", options);
  const calendar = options.calendar ?? "islamic-umalqura";
  if (!HIJRI_CALENDARS.includes(calendar)) {
    throw optionRangeError("calendar", `one of ${HIJRI_CALENDARS.map((c) => `'${c}'`).join(", ")}`, calendar);
  }
  const adjustment = options.adjustment ?? 0;
  if (!Number.isInteger(adjustment) || adjustment < -2 || adjustment > 2) {
    throw optionRangeError("adjustment", "an integer from -2 to 2", adjustment);
  }
  return calendar === "islamic-umalqura" && adjustment === 0 ? DEFAULT_OPTIONS : { calendar, adjustment };
}
