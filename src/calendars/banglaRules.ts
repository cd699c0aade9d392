/**
 * The rules of Bangladesh's Bangla calendar. 1 বৈশাখ is 14 April every year.
 *
 * - 1987 rules (Bangla Academy, adopted 1987; applied here to every year up to 1425): বৈশাখ to ভাদ্র have 31 days,
 *   the rest 30, and ফাল্গুন 31 when its February has 29 days.
 * - 2019 revision (in force from 16 October 2019 = 31 আশ্বিন 1426): বৈশাখ to আশ্বিন have 31 days, ফাল্গুন 29
 *   (30 when its February has 29 days), the rest 30. It keeps 21 February = 8 ফাল্গুন, 26 March = 12 চৈত্র,
 *   16 December = 1 পৌষ.
 *
 * The two rules agree on every day of 1426 before 16 October 2019 (বৈশাখ to ভাদ্র and the first 30 days of আশ্বিন),
 * so the revision applies to the whole of 1426 and after, and each day has one Bangla date.
 */
import { dayNumberOf, isGregorianLeapYear } from "./gregorianDays.ts";

/** The first Bangla year under the 2019 rules. */
export const REVISION_YEAR = 1426;

/** Gregorian year in which a Bangla year begins, minus the Bangla year. */
export const BANGLA_YEAR_OFFSET = 593;

/** A Bangla date as plain numbers. */
export interface BanglaFields {
  year: number;
  month: number;
  day: number;
}

/** Number of 31-day months at the start of the year. */
function longMonths(year: number): number {
  return year >= REVISION_YEAR ? 6 : 5;
}

/** Length of ফাল্গুন in a Bangla year. */
function falgunLength(year: number): number {
  const leap = isGregorianLeapYear(year + BANGLA_YEAR_OFFSET + 1) ? 1 : 0;
  return (year >= REVISION_YEAR ? 29 : 30) + leap;
}

/** Days in a month of a Bangla year. */
export function banglaMonthLength(year: number, month: number): number {
  if (month === 11) return falgunLength(year);
  return month <= longMonths(year) ? 31 : 30;
}

/** 0-based day of the Bangla year of a valid Bangla date. */
function banglaDayOfYear(year: number, month: number, day: number): number {
  const long = longMonths(year);
  if (month <= long + 1) return (month - 1) * 31 + day - 1;
  if (month <= 11) return long * 31 + (month - 1 - long) * 30 + day - 1;
  return long * 31 + (10 - long) * 30 + falgunLength(year) + day - 1;
}

/** Day number (days since 1970-01-01) of a valid Bangla date. */
export function dayNumberOfBangla(year: number, month: number, day: number): number {
  return dayNumberOf(year + BANGLA_YEAR_OFFSET, 4, 14) + banglaDayOfYear(year, month, day);
}

/** Day number of 14 April of a Gregorian year (the first of বৈশাখ). */
function april14(gregorianYear: number): number {
  return dayNumberOf(gregorianYear, 4, 14);
}

/**
 * The Bangla date of a day number (days since 1970-01-01), written into `out`.
 *
 * @returns `out`
 */
export function banglaOfDayNumber(dayNumber: number, out: BanglaFields): BanglaFields {
  // 14 April 1970 is day 103; a Gregorian year averages 365.2425 days
  let gregorianYear = 1970 + Math.floor((dayNumber - 103) / 365.2425);
  let start = april14(gregorianYear);
  if (dayNumber < start) {
    gregorianYear--;
    start = april14(gregorianYear);
  } else {
    const next = april14(gregorianYear + 1);
    if (dayNumber >= next) {
      gregorianYear++;
      start = next;
    }
  }
  return monthAndDay(gregorianYear - BANGLA_YEAR_OFFSET, dayNumber - start, out);
}

/** Splits a 0-based day of a Bangla year into month and day, under that year's rules. */
function monthAndDay(year: number, doy: number, out: BanglaFields): BanglaFields {
  const long = longMonths(year);
  const longDays = long * 31;
  out.year = year;
  if (doy < longDays) {
    out.month = Math.floor(doy / 31) + 1;
    out.day = (doy % 31) + 1;
    return out;
  }
  const falgunStart = longDays + (10 - long) * 30;
  if (doy < falgunStart) {
    const rest = doy - longDays;
    out.month = long + 1 + Math.floor(rest / 30);
    out.day = (rest % 30) + 1;
    return out;
  }
  const rest = doy - falgunStart;
  const falgun = falgunLength(year);
  if (rest < falgun) {
    out.month = 11;
    out.day = rest + 1;
  } else {
    out.month = 12;
    out.day = rest - falgun + 1;
  }
  return out;
}
