/**
 * The fast path of `parseDate` and `parseDateline`: one anchored pattern over the input as it is (Bengali or ASCII
 * digits, no matching view) for the datelines most pages print, a whole string of an optional label, then
 * `TIME, DATE`, `DATE, TIME` or `DATE` alone (`প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫`, `আপডেট : ১২ মে ২০২৪, ১৬:২৫`,
 * `7 March 2024, 3:20 PM`). It gives exactly what the general path gives, or `undefined` ("not handled") for
 * anything else: another shape, a character the matching view would change, a written zone, more text, an option
 * it does not read, a date or time that does not exist. Every spelling comes from the vocabularies in `src/data/`.
 */
import { dayNumberOf } from "../calendars/gregorianDays.ts";
import { daysInMonth } from "./calendarMath.ts";
import { clockHour } from "./clock.ts";
import type { ResolvedOptions } from "./options.ts";
import type { Dateline, ParsedDate } from "./types.ts";
import { CLOCK_MARKER, CLOCK_MARKER_PM, DATELINE_LABEL, DATELINE_LABEL_KIND, MONTH, MONTH_NUMBER, WEEKDAY_ANY } from "./vocabulary.ts";
import { formatOffset, wallOffsetMinutes } from "./zone.ts";

/** Longer strings are never one dateline of the shapes read here. */
const MAX_LENGTH = 96;

/** `00` … `99`. */
const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** A vocabulary alternation of the matching view for the input: one space inside a phrase, Latin letters in any case. */
function anyCase(alternation: string): string {
  return alternation.replace(/\\s\{1,3\}| \{1,3\}|\\.|[a-z]/g, (piece) =>
    piece.length > 2 ? " " : piece.length > 1 ? piece : `[${piece}${piece.toUpperCase()}]`,
  );
}

/** A matched month name, marker or label → its key in the vocabulary lookups (Latin letters small). */
function keyOf(word: string): string {
  return word.charCodeAt(0) < 0x80 ? word.toLowerCase() : word;
}

let pattern: RegExp | undefined;

/**
 * Groups: 1 the label with its separator, 2 the label; 3–6 a time before the date (hour, minute, second, marker);
 * 7–8 day and month (day first) or 9–10 month and day (month first); 11 year; 12–15 a time after the date.
 */
function build(): RegExp {
  const digit = "[0-9০-৯]";
  const time = `(${digit}{1,2}):(${digit}{2})(?::(${digit}{2}))?(?: ?(${anyCase(CLOCK_MARKER)}))?`;
  const month = anyCase(MONTH);
  const date = `(?:${anyCase(WEEKDAY_ANY)}(?:, ?| ))?(?:(${digit}{1,2}) (${month})|(${month}) (${digit}{1,2}))(?:, ?| )(${digit}{4})`;
  const gap = "(?:, ?| (?:\\| )?)";
  return new RegExp(`^(?:((${anyCase(DATELINE_LABEL)})(?: ?: ?| ঃ | )))?(?:${time}${gap})?${date}(?:${gap}${time})?$`);
}

/** The value of the digit (Bengali or ASCII) at `at`. */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0x09e6 ? code - 0x09e6 : code - 0x30;
}

function numberOf(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = value * 10 + digitAt(text, i);
  return value;
}

let lastOffset = Number.NaN;
let lastOffsetText = "";

function offsetText(minutes: number): string {
  if (minutes !== lastOffset) {
    lastOffset = minutes;
    lastOffsetText = formatOffset(minutes);
  }
  return lastOffsetText;
}

/** The match of a whole dateline read here, or `null`. */
function matchWhole(text: string, options: ResolvedOptions): RegExpExecArray | null {
  pattern ??= build();
  if (text.length > MAX_LENGTH || options.reference !== undefined || options.calendar !== "gregorian") return null;
  return pattern.exec(text);
}

/** The result of a match, exactly as the general path builds it; `undefined` when the date or time is impossible. */
function resultOf(match: RegExpExecArray, text: string, zone: string): ParsedDate | undefined {
  const dayFirst = match[7] !== undefined;
  const day = numberOf((dayFirst ? match[7] : match[10]) as string);
  const month = MONTH_NUMBER.get(keyOf((dayFirst ? match[8] : match[9]) as string)) ?? 0;
  const year = numberOf(match[11] as string);
  if (year < 100 || month === 0 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const before = match[4] !== undefined;
  const after = match[13] !== undefined;
  // `১০:২৬, জুলাই ১৩, ২০২৫`: the general path may read the minutes as a day before the month; both times: no shape
  if ((before && after) || (before && !dayFirst && match[6] === undefined)) return undefined;
  const labelLength = match[1] === undefined ? 0 : match[1].length;
  const quoted = labelLength === 0 ? text : text.slice(labelLength);
  const source = dayFirst ? "day-month-year" : "month-day-year";
  const date = `${TWO_DIGITS[(year / 100) | 0] as string}${TWO_DIGITS[year % 100] as string}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
  if (!before && !after) {
    const wall = dayNumberOf(year, month, day) * 86_400_000;
    const offset = wallOffsetMinutes(zone, wall);
    return { iso: date, date: new Date(wall - offset * 60_000), precision: "day", timeZone: zone, calendar: "gregorian", text: quoted, index: labelLength, source };
  }
  const first = before ? 3 : 12;
  const marker = match[first + 3];
  const hourText = match[first] as string;
  const written = hourText.length === 1 ? digitAt(hourText, 0) : digitAt(hourText, 0) * 10 + digitAt(hourText, 1);
  const meridiem = marker === undefined ? undefined : CLOCK_MARKER_PM.get(keyOf(marker)) === true ? "pm" : "am";
  const hour = clockHour(written, meridiem, undefined, true, true);
  const minuteText = match[first + 1] as string;
  const minute = digitAt(minuteText, 0) * 10 + digitAt(minuteText, 1);
  const secondText = match[first + 2];
  const second = secondText === undefined ? 0 : digitAt(secondText, 0) * 10 + digitAt(secondText, 1);
  if (hour < 0 || minute > 59 || second > 59) return undefined;
  const wall = dayNumberOf(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000;
  const offset = wallOffsetMinutes(zone, wall);
  const iso = `${date}T${TWO_DIGITS[hour] as string}:${TWO_DIGITS[minute] as string}:${TWO_DIGITS[second] as string}${offsetText(offset)}`;
  const result: { -readonly [Key in keyof ParsedDate]: ParsedDate[Key] } = {
    iso,
    date: new Date(wall - offset * 60_000),
    precision: secondText === undefined ? "minute" : "second",
    timeZone: zone,
    calendar: "gregorian",
    text: quoted,
    index: labelLength,
    source,
  };
  if (hour === 0 && minute === 0 && second === 0) result.midnight = true;
  return result;
}

/**
 * `parseDate` of a whole common dateline, read without the matching view.
 *
 * @param text - the input
 * @param options - checked options
 * @returns the date, or `undefined` when the general path must read the text
 */
export function fastParseDate(text: string, options: ResolvedOptions): ParsedDate | undefined {
  const match = matchWhole(text, options);
  return match === null ? undefined : resultOf(match, text, options.timeZone);
}

/**
 * `parseDateline` of a whole common dateline, read without the matching view.
 *
 * @param text - the input
 * @param options - checked options
 * @returns the dateline, or `undefined` when the general path must read the text
 */
export function fastParseDateline(text: string, options: ResolvedOptions): Dateline | undefined {
  const match = matchWhole(text, options);
  if (match === null) return undefined;
  const result = resultOf(match, text, options.timeZone);
  if (result === undefined) return undefined;
  const label = match[2];
  return label === undefined || DATELINE_LABEL_KIND.get(keyOf(label)) === "published"
    ? { published: result, updated: null }
    : { published: null, updated: result };
}
