/**
 * The fast path of `parseDate` and `parseDateline`: one anchored pattern over the input as it is (Bengali or ASCII
 * digits, no matching view) for the datelines most pages print, a whole string of an optional label, then
 * `TIME, DATE`, `DATE, TIME` or `DATE` alone (`প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫`, `আপডেট : ১২ মে ২০২৪, ১৬:২৫`,
 * `7 March 2024, 3:20 PM`), or a publication and an update line of that shape. It gives exactly what the general
 * path gives, or `undefined` ("not handled") for anything else: another shape, a character the matching view would
 * change, a written zone, more text, a date or time that does not exist. Every spelling comes from the
 * vocabularies of the dates code; numbers are read from code units and the result is built without the view.
 */
import { dayNumberOf } from "../calendars/gregorianDays.ts";
import { foldForMatch } from "../text/normalize.ts";
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

/**
 * A vocabulary alternation of the matching view, made to match the input: one space inside a phrase, Latin letters
 * in any case, য় ড় ঢ় as base + nukta or as one code point (the view folds both).
 */
function inputForms(alternation: string): string {
  return alternation.replace(/\\s\{1,3\}| \{1,3\}|\\.|[a-z]|[\u09A1\u09A2\u09AF]\u09BC/g, (piece) => {
    if (piece.length > 2) return " ";
    if (piece.charCodeAt(1) === 0x09bc) return `(?:${piece}|${String.fromCharCode(piece.charCodeAt(0) === 0x09af ? 0x09df : piece.charCodeAt(0) - 0x09a1 + 0x09dc)})`;
    return piece.length > 1 ? piece : `[${piece}${piece.toUpperCase()}]`;
  });
}

/** A matched month name, marker or label → its key in the vocabulary lookups (the matching view). */
function keyOf(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code === 0x09dc || code === 0x09dd || code === 0x09df) return foldForMatch(word);
  }
  return word;
}

/** The low byte of a code unit, Latin capitals made small (Bengali and Latin letters stay apart). */
function lowByte(code: number): number {
  return (code >= 0x41 && code <= 0x5a ? code | 0x20 : code) & 0xff;
}

/** A small number from a word's length and its first, second and last code units: a key that needs no hashing. */
function shapeOf(word: string): number {
  const last = word.length - 1;
  return ((((last & 31) << 8) | lowByte(word.charCodeAt(0))) << 16) | (lowByte(word.charCodeAt(1)) << 8) | lowByte(word.charCodeAt(last));
}

/** A vocabulary lookup by shape: each shape keeps one spelling, checked before its value is trusted. */
type QuickLookup<TValue> = Map<number, readonly [string, TValue]>;

function quickLookup<TValue>(lookup: ReadonlyMap<string, TValue>): QuickLookup<TValue> {
  const quick: QuickLookup<TValue> = new Map();
  for (const [spelling, value] of lookup) if (!quick.has(shapeOf(spelling))) quick.set(shapeOf(spelling), [spelling, value]);
  return quick;
}

/** The value of a matched word: by its shape when the spelling agrees, else through the matching view. */
function valueOf<TValue>(quick: QuickLookup<TValue>, lookup: ReadonlyMap<string, TValue>, word: string): TValue | undefined {
  const hit = quick.get(shapeOf(word));
  return hit !== undefined && hit[0] === word ? hit[1] : lookup.get(keyOf(word));
}

/** Spaces, tabs and line breaks around a dateline. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

let pattern: RegExp | undefined;
let monthOf: QuickLookup<number> = /* @__PURE__ */ new Map();
let pmOf: QuickLookup<boolean> = /* @__PURE__ */ new Map();
let kindOf: QuickLookup<"published" | "updated"> = /* @__PURE__ */ new Map();

/**
 * Groups: 1 the label with its separator, 2 the label; 3–6 a time before the date (hour, minute, second, marker);
 * 7–8 day and month (day first) or 9–10 month and day (month first); 11 year; 12–15 a time after the date.
 */
function build(): RegExp {
  monthOf = quickLookup(MONTH_NUMBER);
  pmOf = quickLookup(CLOCK_MARKER_PM);
  kindOf = quickLookup(DATELINE_LABEL_KIND);
  const digit = "[0-9০-৯]";
  const time = `(${digit}{1,2}):(${digit}{2})(?::(${digit}{2}))?(?: ?(${inputForms(CLOCK_MARKER)}))?`;
  const month = inputForms(MONTH);
  const date = `(?:${inputForms(WEEKDAY_ANY)}(?:, ?| ))?(?:(${digit}{1,2}) (${month})|(${month}) (${digit}{1,2}))(?:, ?| )(${digit}{4})`;
  const gap = "(?:, ?| (?:\\| )?)";
  return new RegExp(`^(?:((${inputForms(DATELINE_LABEL)})(?: ?: ?| ঃ | )))?(?:${time}${gap})?${date}(?:${gap}${time})?$`);
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

/** The label of the last dateline read (`undefined` for none): `fastParseDateline` files the result under it. */
let label: string | undefined;

/** The kind of {@link label}. */
function labelKind(): "published" | "updated" | undefined {
  return label === undefined ? undefined : valueOf(kindOf, DATELINE_LABEL_KIND, label);
}

/**
 * Reads `text` from `from` to `to` as one whole dateline, exactly as the general path would.
 *
 * @returns the result, or `undefined` when the text is no dateline read here or its date or time does not exist
 */
function readWhole(text: string, zone: string, from: number, to: number): ParsedDate | undefined {
  pattern ??= build();
  if (to - from > MAX_LENGTH) return undefined;
  let start = from;
  let end = to;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  const body = start === 0 && end === text.length ? text : text.slice(start, end);
  const match = pattern.exec(body);
  if (match === null) return undefined;
  label = match[2];
  const dayFirst = match[7] !== undefined;
  const day = numberOf((dayFirst ? match[7] : match[10]) as string);
  const month = valueOf(monthOf, MONTH_NUMBER, (dayFirst ? match[8] : match[9]) as string) ?? 0;
  const year = numberOf(match[11] as string);
  if (year < 100 || month === 0 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const before = match[4] !== undefined;
  const after = match[13] !== undefined;
  // `১০:২৬, জুলাই ১৩, ২০২৫`: the general path may read the minutes as a day before the month; both times: no shape
  if ((before && after) || (before && !dayFirst && match[6] === undefined)) return undefined;
  const labelLength = match[1] === undefined ? 0 : match[1].length;
  const quoted = labelLength === 0 ? body : body.slice(labelLength);
  const index = start + labelLength;
  const source = dayFirst ? "day-month-year" : "month-day-year";
  const date = `${TWO_DIGITS[(year / 100) | 0] as string}${TWO_DIGITS[year % 100] as string}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
  if (!before && !after) {
    const wall = dayNumberOf(year, month, day) * 86_400_000;
    const offset = wallOffsetMinutes(zone, wall);
    return { iso: date, date: new Date(wall - offset * 60_000), precision: "day", timeZone: zone, calendar: "gregorian", text: quoted, index, source };
  }
  const first = before ? 3 : 12;
  const marker = match[first + 3];
  const hourText = match[first] as string;
  const written = hourText.length === 1 ? digitAt(hourText, 0) : digitAt(hourText, 0) * 10 + digitAt(hourText, 1);
  const meridiem = marker === undefined ? undefined : valueOf(pmOf, CLOCK_MARKER_PM, marker) === true ? "pm" : "am";
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
    index,
    source,
  };
  if (hour === 0 && minute === 0 && second === 0) result.midnight = true;
  return result;
}

/**
 * A publication and an update line, each read whole, apart at the first bar or line break (`প্রকাশিত: … | আপডেট: …`,
 * `Published: …⏎Updated: …`); `undefined` unless both are read, labelled in that order, and the update is not earlier
 * (the general path reports that).
 */
function readPair(text: string, zone: string): Dateline | undefined {
  if (text.length > 2 * MAX_LENGTH) return undefined;
  let cut = 0;
  while (cut < text.length && text.charCodeAt(cut) !== 0x7c && text.charCodeAt(cut) !== 0x0a) cut++;
  if (cut === text.length) return undefined;
  const published = readWhole(text, zone, 0, cut);
  if (published === undefined || labelKind() !== "published") return undefined;
  let next = cut;
  while (next < text.length && (text.charCodeAt(next) === 0x7c || isBlank(text.charCodeAt(next)))) next++;
  const updated = readWhole(text, zone, next, text.length);
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
