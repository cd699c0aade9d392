/** Checks the options of the date readers once per call and resolves the reference day in the zone. */
import { argumentTypeError, optionRangeError } from "../errors.ts";
import { toAsciiDigits } from "../digits/toAsciiDigits.ts";
import { FIRST_MS, LAST_MS } from "./isoYears.ts";
import type { ReferenceDay } from "./patterns/types.ts";
import type { CalendarName, DateOptions } from "./types.ts";
import { checkTimeZone, instantOffsetMinutes, wallOffsetMinutes } from "./zone.ts";

/** Options after checking. */
export interface ResolvedOptions {
  readonly timeZone: string;
  readonly reference: ReferenceDay | undefined;
  readonly calendar: CalendarName;
}

const DEFAULTS: ResolvedOptions = { timeZone: "Asia/Dhaka", reference: undefined, calendar: "gregorian" };

/**
 * Checks options.
 *
 * @throws TypeError when `options` is not an object; RangeError naming a bad `timeZone`, `reference` or `calendar`
 */
export function resolveOptions(options: DateOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  if (options === null || typeof options !== "object") throw argumentTypeError("options", "an object", options);
  const { timeZone = DEFAULTS.timeZone, reference } = options;
  const calendar = options.calendar ?? "gregorian";
  const zone = timeZone === DEFAULTS.timeZone ? timeZone : checkTimeZone(timeZone);
  if (calendar !== "gregorian" && calendar !== "bangla" && calendar !== "hijri") {
    throw optionRangeError("calendar", "'gregorian', 'bangla' or 'hijri'", calendar);
  }
  return { timeZone: zone, reference: reference === undefined ? undefined : lastReferenceDay(reference, zone), calendar };
}

/** The last reference read, by its zone and text (or time): a run of calls with one reference reads it once. */
let lastReference: { readonly key: string; readonly day: ReferenceDay } | undefined;

/** {@link referenceDay}, remembered for the last reference given. */
function lastReferenceDay(value: unknown, timeZone: string): ReferenceDay {
  const key = typeof value === "string" ? `${timeZone} ${value}` : value instanceof Date ? `${timeZone} @${value.getTime()}` : undefined;
  if (key !== undefined && lastReference?.key === key) return lastReference.day;
  const day = referenceDay(value, timeZone);
  if (key !== undefined) lastReference = { key, day };
  return day;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]` with no zone: a wall clock in the zone of the options. */
const LOCAL_ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,3})?)?)?$/iu;

function referenceDay(value: unknown, timeZone: string): ReferenceDay {
  let ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (typeof value === "string") {
    const text = toAsciiDigits(value.trim());
    const local = LOCAL_ISO.exec(text);
    if (local === null) ms = Date.parse(text);
    else {
      const [year, month, day, hour = 0, minute = 0, second = 0] = local.slice(1).map((part) => +(part ?? 0)) as number[];
      const wall = new Date(0);
      wall.setUTCFullYear(year as number, (month as number) - 1, day);
      wall.setUTCHours(hour, minute, second);
      if (wall.getUTCMonth() === (month as number) - 1 && wall.getUTCDate() === day && hour <= 23) {
        ms = wall.getTime() - wallOffsetMinutes(timeZone, wall.getTime()) * 60_000;
      }
    }
  }
  if (!(ms >= FIRST_MS && ms <= LAST_MS)) throw optionRangeError("reference", "a valid Date or ISO date-time string of the years 1 to 9999", value);
  const wall = new Date(ms + instantOffsetMinutes(timeZone, ms) * 60_000);
  // (the outlets of India count a fiscal year from April, those of Bangladesh from July)
  return { ms, year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), weekday: wall.getUTCDay(), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(), fiscal: timeZone === "Asia/Kolkata" ? 4 : 7 };
}
