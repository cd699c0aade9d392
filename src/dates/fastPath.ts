/**
 * The fast path of `parseDate` and `parseDateline`: one anchored pattern over the input as it is (Bengali or ASCII
 * digits, no matching view) for the datelines most pages print, a whole string of an optional label, then
 * `TIME, DATE`, `DATE, TIME` or `DATE` alone (`প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫`, `আপডেট : ১২ মে ২০২৪, ১৬:২৫`,
 * `7 March 2024, 3:20 PM`), or a publication and an update line of that shape. It gives exactly what the general
 * path gives, or `undefined` ("not handled") for anything else: another shape, a character the matching view would
 * change, a written zone, more text, a date or time that does not exist. Every spelling comes from the
 * vocabularies of the dates code; numbers are read from code units and the result is built without the view.
 */
import { dayNumberOf, daysInGregorianMonth } from "../calendars/gregorianDays.ts";
import { foldForMatch } from "../text/normalize.ts";
import { clockHour } from "./clock.ts";
import type { ResolvedOptions } from "./options.ts";
import { parsedDate } from "./result.ts";
import type { Dateline, ParsedDate } from "./types.ts";
import { CLOCK_MARKER, CLOCK_MARKER_PM, DATELINE_LABEL, DATELINE_LABEL_KIND, MONTH, MONTH_NUMBER, WEEKDAY_ANY } from "./vocabulary.ts";

/** Longer strings are never one dateline of the shapes read here. */
const MAX_LENGTH = 96;

/** য় ড় ঢ় as base + nukta (the matching view) → the one code point the input may use instead. */
function composed(base: string): string {
  const code = base.charCodeAt(0);
  return String.fromCharCode(code === 0x09af ? 0x09df : code + 0x3b);
}

/**
 * A vocabulary alternation of the matching view, made to match the input: one space inside a phrase, য় ড় ঢ় as
 * base + nukta or as one code point (the view folds both). Latin letters match in any case (the `i` flag).
 */
function inputForms(alternation: string): string {
  return alternation.replace(/\\s\{1,3\}| \{1,3\}|([\u09A1\u09A2\u09AF])\u09BC/g, (piece, base?: string) =>
    base === undefined ? " " : `(?:${piece}|${composed(base)})`,
  );
}

/**
 * The value of a matched word: as written, else through the matching view (Latin capitals, য় ড় ঢ় written as one
 * code point).
 */
function valueOf<TValue>(lookup: ReadonlyMap<string, TValue>, word: string): TValue | undefined {
  return lookup.get(word) ?? lookup.get(foldForMatch(word));
}

let pattern: RegExp | undefined;

/**
 * Groups: 1 the label; 2 the dateline after it; 3–6 a time before the date (hour, minute, second, marker); 7–8 day
 * and month (day first) or 9–10 month and day (month first); 11 year; 12–15 a time after the date; 16 the blanks at
 * the end.
 */
function build(): RegExp {
  const digit = "[0-9০-৯]";
  const time = `(${digit}{1,2}):(${digit}{2})(?::(${digit}{2}))?(?: ?(${inputForms(CLOCK_MARKER)}))?`;
  const month = inputForms(MONTH);
  const date = `(?:${inputForms(WEEKDAY_ANY)}(?:, ?| ))?(?:(${digit}{1,2}) (${month})|(${month}) (${digit}{1,2}))(?:, ?| )(${digit}{4})`;
  const gap = "(?:, ?| (?:\\| )?)";
  const label = `(${inputForms(DATELINE_LABEL)})(?: (?:on|at))?(?: ?: ?| ঃ | )`;
  return new RegExp(`^[ \\t\\n\\r]*(?:${label})?((?:${time}${gap})?${date}(?:${gap}${time})?)([ \\t\\n\\r]*)$`, "i");
}

/** The value of digits (Bengali or ASCII). */
function numberOf(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    value = value * 10 + (code >= 0x09e6 ? code - 0x09e6 : code - 0x30);
  }
  return value;
}

/** The label of the last dateline read (`undefined` for none): `fastParseDateline` files the result under it. */
let label: string | undefined;

/** The kind of {@link label}. */
function labelKind(): "published" | "updated" | undefined {
  return label === undefined ? undefined : valueOf(DATELINE_LABEL_KIND, label);
}

/**
 * Reads `text` from `from` to `to` as one whole dateline, exactly as the general path would.
 *
 * @returns the result, or `undefined` when the text is no dateline read here or its date or time does not exist
 */
function readWhole(text: string, zone: string, from: number, to: number): ParsedDate | undefined {
  if (to - from > MAX_LENGTH) return undefined;
  pattern ??= build();
  const match = pattern.exec(from === 0 && to === text.length ? text : text.slice(from, to));
  if (match === null) return undefined;
  const [whole, labelWord, quoted = "", hourBefore, , , markerBefore, dayFirst, monthAfterDay, monthFirst, dayAfterMonth, yearText, hourAfter] = match;
  label = labelWord;
  const day = numberOf(dayFirst ?? (dayAfterMonth as string));
  const month = valueOf(MONTH_NUMBER, (monthAfterDay ?? monthFirst) as string) ?? 0;
  const year = numberOf(yearText as string);
  if (year < 100 || month === 0 || day < 1 || day > daysInGregorianMonth(year, month)) return undefined;
  // `১০:২৬, জুলাই ১৩, ২০২৫`: the general path may read the minutes as a day before the month; both times: no shape
  if (hourBefore !== undefined && (hourAfter !== undefined || (dayFirst === undefined && markerBefore === undefined))) {
    return undefined;
  }
  const index = from + whole.length - (match[16] as string).length - quoted.length;
  const source = dayFirst === undefined ? "month-day-year" : "day-month-year";
  let wall = dayNumberOf(year, month, day) * 86_400_000;
  if (hourBefore === undefined && hourAfter === undefined) {
    return parsedDate(year, month, day, 0, 0, 0, wall, undefined, "day", zone, "gregorian", quoted, index, source);
  }
  const first = hourBefore === undefined ? 12 : 3;
  const marker = match[first + 3];
  const hour = clockHour(numberOf(match[first] as string), marker === undefined ? undefined : valueOf(CLOCK_MARKER_PM, marker) ? "pm" : "am", undefined, true, true);
  const minute = numberOf(match[first + 1] as string);
  const secondText = match[first + 2];
  const second = numberOf(secondText ?? "");
  if (hour < 0 || minute > 59 || second > 59) return undefined;
  wall += ((hour * 60 + minute) * 60 + second) * 1000;
  const precision = secondText === undefined ? "minute" : "second";
  const result = parsedDate(year, month, day, hour, minute, second, wall, undefined, precision, zone, "gregorian", quoted, index, source);
  if (hour + minute + second === 0) result.midnight = true;
  return result;
}

/**
 * A publication and an update line, each read whole, apart at the first bar or line break (`প্রকাশিত: … | আপডেট: …`,
 * `Published: …⏎Updated: …`); `undefined` unless both are read, labelled in that order, and the update is not earlier
 * (the general path reports that).
 */
function readPair(text: string, zone: string): Dateline | undefined {
  const gap = text.length > 2 * MAX_LENGTH ? null : /[|\n][| \t\n\r]*/.exec(text);
  if (gap === null) return undefined;
  const published = readWhole(text, zone, 0, gap.index);
  if (published === undefined || labelKind() !== "published") return undefined;
  const updated = readWhole(text, zone, gap.index + gap[0].length, text.length);
  if (updated === undefined || labelKind() !== "updated" || updated.date.getTime() < published.date.getTime()) return undefined;
  return { published, updated };
}

/**
 * `parseDate` of a whole common dateline (or a publication and an update line), read without the matching view.
 *
 * @param text - the input
 * @param options - checked options
 * @returns the date, or `undefined` when the general path must read the text
 */
export function fastParseDate(text: string, options: ResolvedOptions): ParsedDate | undefined {
  return readWhole(text, options.timeZone, 0, text.length) ?? readPair(text, options.timeZone)?.published ?? undefined;
}

/**
 * `parseDateline` of a whole common dateline (or a publication and an update line), read without the matching view.
 *
 * @param text - the input
 * @param options - checked options
 * @returns the dateline, or `undefined` when the general path must read the text
 */
export function fastParseDateline(text: string, options: ResolvedOptions): Dateline | undefined {
  const result = readWhole(text, options.timeZone, 0, text.length);
  if (result === undefined) return readPair(text, options.timeZone);
  return labelKind() === "updated" ? { published: null, updated: result } : { published: result, updated: null };
}
