/** Turns a scanned mention into the public {@link ParsedDate}: the instant in its zone and the ISO text. */
import { TWO_DIGITS } from "../_lib/twoDigits.ts";
import type { NormalizedText } from "../text/normalize.ts";
import type { DateMention } from "./scan.ts";
import type { CalendarName, DatePrecision, ParsedDate } from "./types.ts";
import { formatOffset, instantOffsetMinutes, wallOffsetMinutes } from "./zone.ts";

const MINUTE = 60_000;

/** A {@link ParsedDate} still open for its optional flags. */
export type ParsedDateDraft = { -readonly [Key in keyof ParsedDate]: ParsedDate[Key] };

/**
 * The result of a wall clock read in a zone (the one builder of both the general and the fast path).
 *
 * @param wall - the wall clock written as if it were UTC milliseconds
 * @param offset - the zone's offset in minutes when the caller knows it (an exact instant), else looked up
 */
export function parsedDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  wall: number,
  offset: number | undefined,
  precision: DatePrecision,
  timeZone: string,
  calendar: CalendarName,
  text: string,
  index: number,
  source: string,
): ParsedDateDraft {
  offset ??= wallOffsetMinutes(timeZone, wall);
  let iso = `${String(year).padStart(4, "0")}-${TWO_DIGITS[month] as string}`;
  if (precision !== "month") {
    iso += `-${TWO_DIGITS[day] as string}`;
    if (precision !== "day") iso += `T${TWO_DIGITS[hour] as string}:${TWO_DIGITS[minute] as string}:${TWO_DIGITS[second] as string}${formatOffset(offset)}`;
  }
  return { iso, date: new Date(wall - offset * MINUTE), precision, timeZone, calendar, text, index, source };
}

/**
 * The public result of a mention.
 *
 * @param mention - a scanned mention
 * @param view - the matching view, to quote the input
 * @param defaultZone - the zone of the options
 * @param offsetInInput - where the view's text starts in the input (long texts are read in windows)
 */
export function toParsedDate(
  mention: DateMention,
  view: NormalizedText,
  defaultZone: string,
  offsetInInput = 0,
): ParsedDate {
  const timeZone = mention.zone ?? defaultZone;
  let offset: number | undefined;
  // the wall clock of the mention (an exact instant read in the zone), its fields read back from it
  const wall = new Date(0);
  if (mention.instant !== undefined) {
    offset = instantOffsetMinutes(timeZone, mention.instant);
    wall.setTime(mention.instant + offset * MINUTE);
  } else {
    wall.setUTCFullYear(mention.year, mention.month - 1, mention.day);
    wall.setUTCHours(mention.hour, mention.minute, mention.second, 0);
  }
  const quoted = view.spanToSource(mention.start, mention.end);
  const result = parsedDate(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getTime(),
    offset,
    mention.precision,
    timeZone,
    mention.calendar,
    quoted.text,
    quoted.index + offsetInInput,
    mention.source,
  );
  if (mention.midnight) result.midnight = true;
  if (mention.foreignClock) result.foreignClock = true;
  if (mention.zone !== undefined) result.timeZoneWritten = true;
  if (mention.yearImplied) result.yearImplied = true;
  return result;
}
