/**
 * Zone arithmetic in one place: offsets of IANA zones (with their history, e.g. Asia/Dhaka's +07:00 summer of 2009)
 * and of fixed `±HH:MM` offsets, cached per zone and hour so that the common parse makes no `Intl` call.
 */
import { TWO_DIGITS } from "../_lib/twoDigits.ts";
import { optionRangeError } from "../errors.ts";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const CACHE_LIMIT = 4096;
/** Per zone: its fixed offset, or the offsets of the wall-clock hours seen so far (at most `CACHE_LIMIT` in all). */
const offsetCache: Map<string, number | Map<number, number>> = /* @__PURE__ */ new Map();
let cachedHours = 0;
const validZones: Map<string, string> = /* @__PURE__ */ new Map();
const formatters: Map<string, Intl.DateTimeFormat> = /* @__PURE__ */ new Map();

/** Minutes of a matched `±HH:MM[:SS]` offset (seconds rounded to the minute). */
function signedMinutes(match: RegExpExecArray | null): number | undefined {
  return match === null ? undefined : Math.round((match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60));
}

/** Minutes east of UTC of a fixed `±HH:MM` zone, or `undefined` for a named zone. */
function fixedOffsetMinutes(zone: string): number | undefined {
  if (zone === "UTC") return 0;
  return signedMinutes(/^([+-])(\d\d):(\d\d)$/.exec(zone));
}

/** A fixed offset in minutes written as a zone: `'UTC'` for 0, else `'±HH:MM'`. */
export function offsetZoneName(minutes: number): string {
  return minutes === 0 ? "UTC" : formatOffset(minutes);
}

/** `±HH:MM` of an offset in minutes. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  return `${minutes < 0 ? "-" : "+"}${TWO_DIGITS[hours] ?? hours}:${TWO_DIGITS[abs % 60] as string}`;
}

/** Offset of a zone at an instant, from the `GMT±HH:MM[:SS]` `Intl` writes for it (one formatter per zone, kept). */
function intlOffset(zone: string, instantMs: number): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    if (formatters.size >= 64) formatters.clear();
    formatters.set(zone, format);
  }
  return signedMinutes(/([+-])(\d\d):(\d\d)(?::(\d\d))?/.exec(format.format(instantMs))) ?? 0;
}

/** The offset that applies to a wall-clock reading: the instant's offset, settled in two steps (a gap reads forward). */
function rawWallOffset(zone: string, wallMs: number): number {
  const first = intlOffset(zone, wallMs);
  const second = intlOffset(zone, wallMs - first * MINUTE);
  if (first === second) return first;
  return second === intlOffset(zone, wallMs - second * MINUTE) ? second : Math.max(first, second);
}

/**
 * The offset (minutes east of UTC) that applies to a wall-clock reading in a zone.
 *
 * @param zone - a validated zone
 * @param wallMs - the wall clock written as if it were UTC milliseconds
 * @returns minutes east of UTC
 */
export function wallOffsetMinutes(zone: string, wallMs: number): number {
  let hours = offsetCache.get(zone);
  if (hours === undefined) {
    if (offsetCache.size >= 256) offsetCache.clear();
    hours = fixedOffsetMinutes(zone) ?? new Map();
    offsetCache.set(zone, hours);
  }
  if (typeof hours === "number") return hours;
  const hour = Math.floor(wallMs / HOUR);
  let offset = hours.get(hour);
  if (offset === undefined) {
    offset = rawWallOffset(zone, hour * HOUR);
    if (offset !== rawWallOffset(zone, hour * HOUR + HOUR - MINUTE)) return rawWallOffset(zone, wallMs);
    if (++cachedHours > CACHE_LIMIT) {
      offsetCache.clear();
      cachedHours = 0;
    }
    hours.set(hour, offset);
  }
  return offset;
}

/**
 * The offset (minutes east of UTC) of a zone at an instant.
 *
 * @param zone - a validated zone
 * @param instantMs - UTC milliseconds
 * @returns minutes east of UTC
 */
export function instantOffsetMinutes(zone: string, instantMs: number): number {
  const guess = wallOffsetMinutes(zone, instantMs);
  const second = wallOffsetMinutes(zone, instantMs + guess * MINUTE);
  if (second === guess) return guess;
  return wallOffsetMinutes(zone, instantMs + second * MINUTE) === second ? second : guess;
}

/**
 * Checks a `timeZone` option and gives its canonical spelling.
 *
 * @param zone - an IANA zone name, `'UTC'` or `'±HH:MM'`
 * @returns the zone as it will be reported
 * @throws RangeError naming the value when it is no zone
 */
export function checkTimeZone(zone: unknown): string {
  if (typeof zone === "string") {
    let canonical = validZones.get(zone);
    if (canonical !== undefined) return canonical;
    if (fixedOffsetMinutes(zone) !== undefined) canonical = zone;
    else if (/^(?:utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(zone)) canonical = "UTC";
    else if (zone !== "") {
      try {
        intlOffset(zone, 0);
        canonical = zone;
      } catch {
        // no such zone
      }
    }
    if (canonical !== undefined) {
      if (validZones.size >= 256) validZones.clear();
      validZones.set(zone, canonical);
      return canonical;
    }
  }
  throw optionRangeError("timeZone", "an IANA time zone such as 'Asia/Dhaka'", zone);
}
