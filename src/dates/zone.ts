/**
 * Zone arithmetic in one place: offsets of IANA zones (with their history, e.g. Asia/Dhaka's +07:00 summer of 2009)
 * and of fixed `±HH:MM` offsets, cached per zone and hour so that the common parse makes no `Intl` call.
 */
import { optionRangeError } from "../errors.ts";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const CACHE_LIMIT = 4096;
/** Per zone: its fixed offset (`null` for a named zone) and the offsets of wall-clock hours seen so far. */
interface ZoneOffsets {
  readonly fixed: number | null;
  readonly hours: Map<number, number>;
}
const offsetCache: Map<string, ZoneOffsets> = /* @__PURE__ */ new Map();
let cachedHours = 0;
const validZones: Map<string, string> = /* @__PURE__ */ new Map();
const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** Minutes east of UTC of a fixed `±HH:MM` zone, or `undefined` for a named zone. */
export function fixedOffsetMinutes(zone: string): number | undefined {
  if (zone === "UTC") return 0;
  const match = FIXED_OFFSET.exec(zone);
  if (match === null) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** A fixed offset in minutes written as a zone: `'UTC'` for 0, else `'±HH:MM'`. */
export function offsetZoneName(minutes: number): string {
  return minutes === 0 ? "UTC" : formatOffset(minutes);
}

/** `±HH:MM` of an offset in minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

/** Offset of a zone at an instant, from the wall clock `Intl` gives for it (one formatter per zone, kept). */
function intlOffset(zone: string, instantMs: number): number {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    if (formatters.size >= 64) formatters.clear();
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instantMs))) parts[part.type] = Number(part.value);
  const wall = new Date(0);
  wall.setUTCFullYear(parts["year"] ?? 0, (parts["month"] ?? 1) - 1, parts["day"] ?? 1);
  wall.setUTCHours(parts["hour"] ?? 0, parts["minute"] ?? 0, parts["second"] ?? 0, 0);
  return Math.round((wall.getTime() - (instantMs - (((instantMs % 1000) + 1000) % 1000))) / MINUTE);
}

/** The offset that applies to a wall-clock reading: the instant's offset, settled in two steps (a gap reads forward). */
function rawWallOffset(zone: string, wallMs: number): number {
  const first = intlOffset(zone, wallMs);
  const second = intlOffset(zone, wallMs - first * MINUTE);
  if (first === second) return first;
  const third = intlOffset(zone, wallMs - second * MINUTE);
  return second === third ? second : Math.max(first, second);
}

/**
 * The offset (minutes east of UTC) that applies to a wall-clock reading in a zone.
 *
 * @param zone - a validated zone
 * @param wallMs - the wall clock written as if it were UTC milliseconds
 * @returns minutes east of UTC
 */
export function wallOffsetMinutes(zone: string, wallMs: number): number {
  let offsets = offsetCache.get(zone);
  if (offsets === undefined) {
    if (cachedHours >= CACHE_LIMIT || offsetCache.size >= 256) {
      offsetCache.clear();
      cachedHours = 0;
    }
    offsets = { fixed: fixedOffsetMinutes(zone) ?? null, hours: new Map() };
    offsetCache.set(zone, offsets);
  }
  if (offsets.fixed !== null) return offsets.fixed;
  const hour = Math.floor(wallMs / HOUR);
  const cached = offsets.hours.get(hour);
  if (cached !== undefined) return cached;
  const start = rawWallOffset(zone, hour * HOUR);
  const end = rawWallOffset(zone, hour * HOUR + HOUR - MINUTE);
  if (start !== end) return rawWallOffset(zone, wallMs);
  if (cachedHours >= CACHE_LIMIT) {
    for (const other of offsetCache.values()) other.hours.clear();
    cachedHours = 0;
  }
  offsets.hours.set(hour, start);
  cachedHours++;
  return start;
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
  const expected = "an IANA time zone such as 'Asia/Dhaka'";
  if (typeof zone !== "string") throw optionRangeError("timeZone", expected, zone);
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let canonical: string | undefined;
  if (fixedOffsetMinutes(zone) !== undefined) canonical = zone;
  else if (/^(?:utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(zone)) canonical = "UTC";
  else if (zone !== "") {
    try {
      intlOffset(zone, 0);
      canonical = zone;
    } catch {
      canonical = undefined;
    }
  }
  if (canonical === undefined) throw optionRangeError("timeZone", expected, zone);
  if (validZones.size >= 256) validZones.clear();
  validZones.set(zone, canonical);
  return canonical;
}
