/** Checks the options of the date readers once per call and resolves the reference day in the zone. */
import { argumentTypeError, optionRangeError } from "../errors.ts";
import { toAsciiDigits } from "../digits/toAsciiDigits.ts";
import type { ReferenceDay } from "./patterns/types.ts";
import type { CalendarName, DateOptions } from "./types.ts";
import { weekdayOf } from "./calendarMath.ts";
import { checkTimeZone, instantOffsetMinutes, wallOffsetMinutes } from "./zone.ts";

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

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]` with no zone: a wall clock in the zone of the options. */
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?$/iu;

function referenceMs(text: string, timeZone: string): number {
  const local = LOCAL_ISO.exec(text);
  if (local === null) return Date.parse(text);
  const [, year, month, day, hour, minute, second] = local;
  const wall = new Date(0);
  wall.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  wall.setUTCHours(Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), 0);
  if (wall.getUTCMonth() !== Number(month) - 1 || wall.getUTCDate() !== Number(day) || Number(hour ?? 0) > 23) return Number.NaN;
  return wall.getTime() - wallOffsetMinutes(timeZone, wall.getTime()) * 60_000;
}

function referenceDay(value: unknown, timeZone: string): ReferenceDay {
  let ms = Number.NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === "string") ms = referenceMs(toAsciiDigits(value.trim()), timeZone);
  if (!Number.isFinite(ms)) {
    throw optionRangeError("reference", "a valid Date or ISO date-time string", value);
  }
  const wall = new Date(ms + instantOffsetMinutes(timeZone, ms) * 60_000);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  return { ms, year, month, day, weekday: weekdayOf(year, month, day) };
}
