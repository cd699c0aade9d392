/**
 * Gregorian calendar arithmetic on day numbers (days since 1970-01-01), with no `Date` allocation. The conversions
 * of this folder work on day numbers; these helpers read and write the `'YYYY-MM-DD'` form and the Dhaka wall date
 * of an instant.
 */
import { TWO_DIGITS } from "../_lib/twoDigits.ts";
import { DHAKA_UTC_OFFSETS } from "../data/dhakaUtcOffsets.ts";
import { argumentTypeError, dateRangeError } from "../errors.ts";

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** Day number of 0001-01-01 and of 9999-12-31: the range of a four-digit year. */
export const MIN_DAY = -719_162;
export const MAX_DAY = 2_932_896;

/** Days from 1 March to the first of each month (index 0 = January, counted in the year before). */
const DAYS_BEFORE_MARCH_BASED = [306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275] as const;

/** Whether a Gregorian year has 29 February. */
export function isGregorianLeapYear(year: number): boolean {
  return daysInGregorianMonth(year, 2) === 29;
}

/**
 * Days in a Gregorian month (1-based): the one rule of the calendar conversions and the date readers, the leap-year
 * rule with it.
 */
export function daysInGregorianMonth(year: number, month: number): number {
  if (month === 2) return (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a valid Gregorian date in the years 1–9999 (integer arithmetic; 0001-01-01 is day -719162). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const leapDays = ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0);
  return 365 * y + leapDays + (DAYS_BEFORE_MARCH_BASED[month - 1] ?? 0) + day - 719_469;
}

/** Writes a Gregorian date (year 1–9999) as `'YYYY-MM-DD'`. */
export function isoOf(year: number, month: number, day: number): string {
  const y = year < 1000 ? String(year).padStart(4, "0") : String(year);
  return `${y}-${TWO_DIGITS[month] ?? ""}-${TWO_DIGITS[day] ?? ""}`;
}

/** Writes the Gregorian date of a day number (in the four-digit range) as `'YYYY-MM-DD'`. */
export function isoOfDayNumber(dayNumber: number): string {
  const { year, month, day } = gregorianOfDayNumber(dayNumber);
  return isoOf(year, month, day);
}

/** A Gregorian date split into fields, with its day number. */
export interface GregorianDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly dayNumber: number;
}

/**
 * Splits a day number of the years 1–9999 into Gregorian fields (H. Hinnant's civil_from_days; every quotient is of
 * non-negative integers, so `| 0` truncation is floor).
 */
export function gregorianOfDayNumber(dayNumber: number): GregorianDay {
  const z = dayNumber + 719_468;
  const era = (z / 146_097) | 0;
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day, dayNumber };
}

/** Reads two ASCII digits at `index`, or -1. */
function twoDigits(text: string, index: number): number {
  const a = text.charCodeAt(index) - 48;
  const b = text.charCodeAt(index + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Reads a Gregorian `'YYYY-MM-DD'` string. Returns the fields, or `null` when the text is not that shape or names
 * a day that does not exist (2025-02-29).
 */
export function readIsoDate(text: string): GregorianDay | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const high = twoDigits(text, 0);
  const low = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (high < 0 || low < 0 || month < 1 || month > 12 || day < 1) return null;
  const year = high * 100 + low;
  if (year < 1 || day > daysInGregorianMonth(year, month)) return null;
  return { year, month, day, dayNumber: dayNumberOf(year, month, day) };
}

/** Asia/Dhaka's offset (ms east of UTC) at an instant. */
export function dhakaOffsetMs(time: number): number {
  for (let i = DHAKA_UTC_OFFSETS.length - 1; i > 0; i--) {
    const entry = DHAKA_UTC_OFFSETS[i];
    if (entry !== undefined && time >= entry[0]) return entry[1] * 1000;
  }
  return (DHAKA_UTC_OFFSETS[0]?.[1] ?? 21_600) * 1000;
}

/**
 * The day number of the calendar date named by a conversion's argument: a `'YYYY-MM-DD'` string as written, a
 * `Date` as the wall date in Asia/Dhaka at that instant.
 *
 * @throws {TypeError} when `value` is neither a string nor a `Date`
 * @throws {RangeError} when the string is not a valid `'YYYY-MM-DD'` date, or the `Date` is invalid or outside the
 *   years 1–9999
 */
export function dayNumberOfArgument(value: unknown, name: string): number {
  if (typeof value === "string") {
    const read = readIsoDate(value);
    if (read === null) throw dateRangeError(`\`${name}\` must be a Gregorian date 'YYYY-MM-DD', got '${value}'`);
    return read.dayNumber;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    const dayNumber = Math.floor((time + dhakaOffsetMs(time)) / MS_PER_DAY);
    if (!(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
      throw dateRangeError(`\`${name}\` must be a valid Date in the years 1–9999, got ${Number.isNaN(time) ? "an invalid Date" : String(time)}`);
    }
    return dayNumber;
  }
  throw argumentTypeError(name, "a Date or a 'YYYY-MM-DD' string", value);
}
