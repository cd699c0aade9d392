/**
 * The instants a date reader works with: those of the years 1 to 9999, which ISO 8601 writes with four digits. A
 * reference outside them is a bad option; a date read outside them (a count from a reference at the edge) is none.
 */

/** 0001-01-01T00:00:00Z. */
export const FIRST_MS = -62_135_596_800_000;
/** 9999-12-31T23:59:59.999Z. */
export const LAST_MS = 253_402_300_799_999;

/** A day of milliseconds: the margin that keeps an instant's wall clock in the years whatever its zone. */
const DAY_MS = 86_400_000;

/**
 * Whether a date can be written: a calendar year of 1 to 9999, or an instant a day inside them.
 *
 * @param year - the calendar year of a date (unused when `instant` is given)
 * @param instant - the exact instant of a date, when it has one
 */
export function isWritable(year: number, instant: number | undefined): boolean {
  return instant === undefined ? year >= 1 && year <= 9999 : instant >= FIRST_MS + DAY_MS && instant <= LAST_MS - DAY_MS;
}
