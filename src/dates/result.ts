/** Turns a scanned mention into the public {@link ParsedDate}: the instant in its zone and the ISO text. */
import type { NormalizedText } from "../text/normalize.ts";
import type { DateMention } from "./scan.ts";
import type { ParsedDate } from "./types.ts";
import { formatOffset, instantOffsetMinutes, wallOffsetMinutes } from "./zone.ts";

const MINUTE = 60_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
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
  let year = mention.year;
  let month = mention.month;
  let day = mention.day;
  let hour = mention.hour;
  let minute = mention.minute;
  let second = mention.second;
  let instant: number;
  let offset: number;
  if (mention.instant !== undefined) {
    instant = mention.instant;
    offset = instantOffsetMinutes(timeZone, instant);
    const wall = new Date(instant + offset * MINUTE);
    year = wall.getUTCFullYear();
    month = wall.getUTCMonth() + 1;
    day = wall.getUTCDate();
    hour = wall.getUTCHours();
    minute = wall.getUTCMinutes();
    second = wall.getUTCSeconds();
  } else {
    const wallDate = new Date(0);
    wallDate.setUTCFullYear(year, month - 1, day);
    wallDate.setUTCHours(hour, minute, second, 0);
    const wall = wallDate.getTime();
    offset = wallOffsetMinutes(timeZone, wall);
    instant = wall - offset * MINUTE;
  }
  const date = `${pad(year, 4)}-${pad(month)}`;
  let iso: string;
  if (mention.precision === "month") iso = date;
  else if (mention.precision === "day") iso = `${date}-${pad(day)}`;
  else iso = `${date}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offset)}`;
  const quoted = view.spanToSource(mention.start, mention.end);
  const result: {
    -readonly [Key in keyof ParsedDate]: ParsedDate[Key];
  } = {
    iso,
    date: new Date(instant),
    precision: mention.precision,
    timeZone,
    calendar: mention.calendar,
    text: quoted.text,
    index: quoted.index + offsetInInput,
    source: mention.source,
  };
  if (mention.midnight) result.midnight = true;
  if (mention.foreignClock) result.foreignClock = true;
  if (mention.zone !== undefined) result.timeZoneWritten = true;
  if (mention.yearImplied) result.yearImplied = true;
  return result;
}
