import { argumentTypeError, dateRangeError } from "../errors.ts";
import type { CalendarDateFields } from "./types.ts";

/**
 * Checks the `{ year, month, day }` argument of a `from…Date` function: an object whose three fields are numbers
 * (`TypeError` otherwise), integers with month 1–12 and day ≥ 1 (`RangeError` otherwise).
 */
export function assertCalendarFields(value: unknown, name: string, calendar: string): asserts value is CalendarDateFields {
  if (typeof value !== "object" || value === null) throw argumentTypeError(name, "an object { year, month, day }", value);
  const { year, month, day } = value as Record<string, unknown>;
  if (typeof year !== "number") throw argumentTypeError(`${name}.year`, "a number", year);
  if (typeof month !== "number") throw argumentTypeError(`${name}.month`, "a number", month);
  if (typeof day !== "number") throw argumentTypeError(`${name}.day`, "a number", day);
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) {
    throw dateRangeError(`${calendar} date ${String(day)}/${String(month)}/${String(year)} does not exist`);
  }
}
