/** Checks the options of the date readers once per call and resolves the reference day in the zone. */
import { argumentTypeError, optionRangeError } from "../errors.ts";
import { toAsciiDigits } from "../digits/toAsciiDigits.ts";
import type { ReferenceDay } from "./patterns/types.ts";
import type { CalendarName, DateOptions } from "./types.ts";
import { weekdayOf } from "./calendarMath.ts";
import { checkTimeZone, instantOffsetMinutes } from "./zone.ts";

/** Options after checking. */
export interface ResolvedOptions {
  readonly timeZone: string;
  readonly reference: ReferenceDay | undefined;
  readonly calendar: CalendarName;
}

const DEFAULT_ZONE = "Asia/Dhaka";
const DEFAULTS: ResolvedOptions = { timeZone: DEFAULT_ZONE, reference: undefined, calendar: "gregorian" };

/**
 * Checks options.
 *
 * @throws TypeError when `options` is not an object; RangeError naming a bad `timeZone`, `reference` or `calendar`
 */
export function resolveOptions(options: DateOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  if (options === null || typeof options !== "object") throw argumentTypeError("options", "an object", options);
  const timeZone = options.timeZone === undefined ? DEFAULT_ZONE : checkTimeZone(options.timeZone);
  const calendar = options.calendar ?? "gregorian";
  if (calendar !== "gregorian" && calendar !== "bangla" && calendar !== "hijri") {
    throw optionRangeError("calendar", "'gregorian', 'bangla' or 'hijri'", calendar);
  }
  const reference = options.reference === undefined ? undefined : referenceDay(options.reference, timeZone);
  return { timeZone, reference, calendar };
}

function referenceDay(value: unknown, timeZone: string): ReferenceDay {
  let ms = Number.NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "string") ms = Date.parse(toAsciiDigits(value.trim()));
  if (!Number.isFinite(ms)) {
    throw optionRangeError("reference", "a valid Date or ISO date-time string", value);
  }
  const wall = new Date(ms + instantOffsetMinutes(timeZone, ms) * 60_000);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  return { ms, year, month, day, weekday: weekdayOf(year, month, day) };
}
