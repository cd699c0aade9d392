/** Gregorian day arithmetic on plain numbers (no `Date` objects in the hot path). */
import { daysInGregorianMonth } from "../calendars/gregorianDays.ts";

/** `true` when year-month-day exists. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInGregorianMonth(year, month);
}

/** A calendar day moved by whole days. */
export function addDays(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const moved = new Date(0);
  moved.setUTCFullYear(year, month - 1, day + days);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** A two-digit year as a four-digit one: 00–69 → 2000s, 70–99 → 1900s. */
export function fullYear(digits: string): number {
  const value = +digits;
  if (digits.length !== 2) return value;
  return value < 70 ? 2000 + value : 1900 + value;
}
