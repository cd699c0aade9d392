/**
 * Times of day: `১০:২৬ এএম`, `১৫: ০৭`, `১০.২৬`, `৭:০৩:৫৯ পিএম`, `০৯:১৪:০৭ পূর্বাহ্ন`, `4:20:11 PM`, ICU's
 * `১২:৩০ রাত্রিবেলায়` and `৯ রাত্রি`, spoken forms `রাত ২টা`, `বিকেল ৩টায়`, `সকাল সাড়ে ১০টা`,
 * `দুপুর ১টা ৫ মিনিটে`, `রাত নয়টা পনেরো মিনিটে`, `রাত আনুমানিক ৯টায়`, `পৌনে ১১টা`, `দুপুর আড়াইটায়`, `দেড়টা`, `বুধবার দিবাগত রাত ২টা`; and four-digit 24-hour times with ঘণ্টা (`১৯৪২ ঘণ্টা`).
 */
import { phraseAlternation, WORD_UNIT_BEHIND } from "../../_lib/alternation.ts";
import { clockHour } from "../clock.ts";
import type { Meridiem } from "../clock.ts";
import {
  CLOCK_MARKER,
  CLOCK_MARKER_PM,
  DATELINE_LABEL,
  DAY_PART,
  DAY_PART_NAME,
  AGO,
  AT_ABOUT,
  ENGLISH_DAY_PART,
  ENGLISH_DAY_PART_NAME,
  ENGLISH_DAY_PART_WORD,
  ENGLISH_NOON,
  HOUR_FRACTION,
  HALF_PAST_HOUR,
  HALF_PAST_WORD,
  HOUR_FRACTION_MINUTES,
  HOUR_WORD,
  HOUR_WORD_VALUE,
  HOURS_WORD,
  MINUTE_WORD,
  MINUTE_WORD_VALUE,
  OCLOCK,
  QUANTITY,
  SECOND_WORD,
  UTC_WORD,
  viewKey,
  WORD_AFTER_QUANTITY,
  WORD_END,
  ZONE_NAME,
} from "../vocabulary.ts";
import type { DayPart } from "../vocabulary.ts";

/** A time found in the matching view. */
export interface TimeMention {
  readonly start: number;
  readonly end: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly precision: "hour" | "minute" | "second";
  /** দিবাগত রাত: the night after the named day. */
  readonly nextDay: boolean;
}

/** The clock markers official texts write before the hour (`অপরাহ্ন ৩.০০ ঘটিকায়`), as a pattern literal. */
const OFFICIAL_MARKER: string = /* @__PURE__ */ (() => /(?:অপর|পূর্ব)াহ্[ণন]ে?/.source)();
/**
 * Sunrise and sunset, which a day part may follow (`সূর্যাস্ত সন্ধ্যা ৬টা ৫১ মিনিটে`), as it may follow a prayer's name
 * (`মাগরিব সন্ধ্যা ৬টা ৪৮ মিনিটে`: the nearer one tells the hour); alone before the hour they are day parts
 * themselves (`সূর্যোদয় ৫টা ২২ মিনিটে`, see `DAY_PARTS`).
 */
const SUN_WORD: string = /* @__PURE__ */ (() => /সূর্য(?:োদয়|াস্ত)/.source)();
/**
 * "About" or "sharp" between a day part and its hour (`রাত আনুমানিক ৯টায়`, `রাত প্রায় ১১টায়`, `রাত ঠিক ১২টায়`,
 * `night, at about 9`).
 */
const ABOUT_BEFORE_HOUR: string = /* @__PURE__ */ (() => `${/(?:আনুমানিক|প্রা\u09af\u09bc|ঠিক) /.source}|,? ?${AT_ABOUT}`)();

/**
 * Spoken and clock times; groups: part, fraction, hour, minute, second, o'clock, spoken minutes (after `বেজে`, "struck":
 * `রাত ৮টা বেজে ১০ মিনিটে`; none after a locative hour: `সকাল ১১টায় ১০ মিনিট ধরে` is 11:00 and a duration), spoken
 * seconds (`১০ মিনিট ১৫ সেকেন্ডে`); then আগে or পূর্বে, minutes before the
 * hour: `রাত নয়টার দশ মিনিট আগে` is 20:50, as are `৯টা বাজার ১০ মিনিট আগে` and `৯টা বাজতে ১০ মিনিট বাকি`, "ten minutes
 * left till nine strikes", with a word or two between, `বাকি` too: `৯টা বাজতে তখনো ১০ মিনিট বাকি`, `৯টা বাজতে আর মাত্র
 * ১০ মিনিট বাকি`, `৯টা বাজতে বাকি ১০ মিনিট`), ago, marker; and two-digit
 * minutes without their word after `টা` and one space, where no word or number follows (`রাত ৯টা ৪০`, `১২টা ৩০-এ`:
 * `৯টা ৪০ জন` and `৯টা ৪০-৫০ জন` are nine o'clock and a count of people) before the marker.
 */
export const TIME_PATTERN: RegExp = /* @__PURE__ */ (() => new RegExp(
  // first two quick tests that pass over most units of a text with one look each: no vowel sign, nukta or virama
  // before (the inside of a word), and a digit or a letter at the start (a word opens with no sign); then a word edge,
  // except that ঃ typed for a colon may stand right before the hour (`প্রকাশিতঃ১০:২৬`) and a day part may be glued
  // to গত or to (`গতরাত ১১টার দিকে`, `tonight at 9`); before the hour a day part, or the Bengali clock markers that
  // official texts write there (`অপরাহ্ন ৩.০০ ঘটিকায়`)
  `(?<![\\u09bc-\\u09c4\\u09c7\\u09c8\\u09cb-\\u09cd])(?=[\\da-z\\u0985-\\u09b9])(?<!(?!ঃ|(?<=গ)ত|(?<=t)o)${WORD_UNIT_BEHIND})(?:(?:(?:${SUN_WORD}|${DAY_PART}) {1,2})?(${DAY_PART}|${OFFICIAL_MARKER}|${ENGLISH_DAY_PART})\\s{0,2}(?:${ABOUT_BEFORE_HOUR})?)?(?:(${HOUR_FRACTION})\\s{0,2})?(?<!\\d|\\d[:.])(\\d{1,2}|${HALF_PAST_WORD}|${HOUR_WORD}|${ENGLISH_NOON})'?` +
    // a unit after the minutes makes a quantity (`৩.৫০ শতাংশ`)
    `(?:\\s?[:ঃ.]\\s?(\\d{2})(?:\\s?[:ঃ.]\\s?(\\d{2})(?:\\.\\d{1,6})?)?(?!\\s{0,2}${QUANTITY})(?:\\s{0,2}(?:${MINUTE_WORD}|${OCLOCK}|${HOURS_WORD})${WORD_END})?|\\s{0,2}(${OCLOCK})(?:(?<!\\u09bc)\\s{0,2}(?:বেজে |বাজ(?:ার|তে) (?:[\\u0980-\\u09ff]{1,5} ){0,2})?(\\d{1,2}|${phraseAlternation(MINUTE_WORD_VALUE.keys())})\\s{0,2}${MINUTE_WORD}(?: {1,2}(\\d{1,2}) {0,2}${SECOND_WORD}${WORD_END})?(?: {1,2}(${AGO}|বাকি)${WORD_END})?|(?<=টা) ([0-5]\\d)(?![:.]? ?(?!${ZONE_NAME})[\\u0980-\\u09ffa-z0-9]|[-/]\\d))?)?` +
    // after the time, a clock marker or a day part (`১০টা রাতে`, `11:30 at night`, `9 in the morning`), which a
    // dateline label may follow glued (`১০:২৬ অপরাহ্ণআপডেট:`)
    `(?!\\d)(?:\\s{0,2}(${CLOCK_MARKER}|${DAY_PART}|(?:(?:in the|at|this|last) |to)${ENGLISH_DAY_PART_WORD})(?:${WORD_END}|(?=${DATELINE_LABEL})))?`,
  "gu",
))();

/**
 * `১৯৪২ ঘণ্টা`: four-digit 24-hour time with the word for hours; or before GMT or UTC after `at`, `around` and the like
 * or a bracket, as wires write it (`at 0300 GMT`, `(0730 GMT)`: not a year, `March 2024 GMT`), the zone left to the
 * reader after the time; an opening bracket is the time's, as the closing one is its zone's.
 */
export const HOURS_TIME_PATTERN: RegExp = /* @__PURE__ */ (() => new RegExp(
  `(?<!\\d|\\d[:.])(?:(\\d{2})(\\d{2})\\s{0,2}${HOURS_WORD}${WORD_END}|(?:\\(|(?<=(?:at|around|about|by|until|till|after|before|from) |\\())(\\d{2})(\\d{2})(?= (?:${UTC_WORD})${WORD_END}))`,
  "gu",
))();

/**
 * Reads a match of {@link TIME_PATTERN}; `null` when it is no time (a bare number, `১৩:০০ পিএম` alone, `২৫:০০`).
 *
 * @param match - the match
 * @param lenient - inside a date: accept 13–23 with PM
 */
export function extractTime(match: RegExpExecArray, lenient: boolean): TimeMention | null {
  const [text, partWord, fractionWord, hourText = "", minuteText, clockSeconds, oclock, minutesWithWord, spokenSeconds, ago, bareMinutes, markerWord] = match;
  const secondText = clockSeconds ?? spokenSeconds;
  const spokenMinutes = minutesWithWord ?? bareMinutes;
  let meridiem: Meridiem;
  let part: DayPart | undefined;
  // an English day part before the hour or after it (`night at 11`, `11:30 at night`): its last word
  const english = partWord ?? markerWord ?? "";
  // (`tonight` after the hour is a night: `8 o'clock tonight`)
  const englishPart = ENGLISH_DAY_PART_NAME.get(english.slice(english.lastIndexOf(" ") + 1).replace("to", ""));
  // a marker may stand before the hour as a day part does (`অপরাহ্ন ৩.০০ ঘটিকায়`); one after it wins
  for (const word of [partWord, markerWord]) {
    if (word === undefined) continue;
    const key = viewKey(word);
    const pm = CLOCK_MARKER_PM.get(key);
    if (pm !== undefined) meridiem = pm ? "pm" : "am";
    else part ??= DAY_PART_NAME.get(key) ?? englishPart;
  }
  const hasClock = minuteText !== undefined;
  // a bare hour only with a marker or an English day part (`night at 11`, `9 in the morning`)
  if (!hasClock && oclock === undefined && markerWord === undefined && englishPart === undefined) return null;
  // a dotted number with neither a day part nor a marker, and a word after it that is no time word (the minute or
  // o'clock word it took is one): a quantity
  // (`৬.২৫ মাত্রার ভূমিকম্প`, `২০.২৫ সেন্টিমিটার`)
  if (hasClock && part === undefined && markerWord === undefined && secondText === undefined && text.includes(".") && text.charCodeAt(text.length - 1) < 0x3a) {
    if (WORD_AFTER_QUANTITY.test(match.input.slice(match.index + text.length))) return null;
  }
  // a bare `Nটা` with no day part or marker, before a word that is no time word, counts a thing (`৩টা গাড়ি`,
  // `৫টা দোকানে`); `২টায়`, `২টার দিকে`, `৫টা বাজে` and `রাত ২টা` are clocks
  if (oclock !== undefined && oclock.length < 3 && partWord === undefined && fractionWord === undefined && text.endsWith(oclock) && WORD_AFTER_QUANTITY.test(match.input.slice(match.index + text.length))) return null;
  if (fractionWord !== undefined && oclock === undefined) return null;
  const halfPast = HALF_PAST_HOUR.get(hourText);
  if (halfPast !== undefined && (oclock === undefined || fractionWord !== undefined || spokenMinutes !== undefined)) return null;
  const wordHour = HOUR_WORD_VALUE.get(hourText);
  // an hour in words is a time after a day part or a fraction; after `রাতে`/`সকালে`, a bare `টা` and one or two are
  // counts (`রাতে একটা ঘটনা`, `রাতে একটার পর একটা বিস্ফোরণ`) unless a fraction or `গভীর রাতে`/`মধ্যরাতে` comes first
  // (`গভীর রাতে দুটোর দিকে`)
  if (
    wordHour !== undefined &&
    (oclock === undefined ||
      (fractionWord === undefined &&
        (partWord === undefined ||
          (LOCATIVE.test(partWord) &&
            (oclock.length < 3 ||
              (wordHour < 3 && !(DEEP_NIGHT.test(partWord) && !match.input.startsWith(/ পর এক/.source, match.index + text.length))))))))
  )
    return null;
  let hour = halfPast ?? wordHour ?? +hourText;
  let minute = halfPast !== undefined ? 30 : hasClock ? +minuteText : spokenMinutes !== undefined ? (MINUTE_WORD_VALUE.get(spokenMinutes) ?? +spokenMinutes) : 0;
  const second = secondText !== undefined ? +secondText : 0;
  if (fractionWord !== undefined) {
    const added = HOUR_FRACTION_MINUTES.get(viewKey(fractionWord)) ?? 0;
    if (hour < 1 || hour > 12 || spokenMinutes !== undefined) return null;
    if (added < 0) {
      hour = hour === 1 ? 12 : hour - 1;
      minute = 60 + added;
    } else minute = added;
  }
  let clock = clockHour(hour, meridiem, part, lenient, hasClock);
  // minutes before the hour (`রাত নয়টার দশ মিনিট আগে` is 20:50)
  // (`বাকি` may come first: `৭টা বাজতে বাকি ১০ মিনিট`)
  if (ago !== undefined || text.includes("বাকি")) {
    clock = (clock + 23) % 24;
    minute = 60 - minute;
  }
  if (clock < 0 || minute > 59 || second > 59) return null;
  const start = match.index;
  return {
    start,
    end: start + text.length,
    hour: clock,
    minute,
    second,
    precision:
      secondText !== undefined
        ? "second"
        : hasClock || spokenMinutes !== undefined || fractionWord !== undefined || halfPast !== undefined
          ? "minute"
          : "hour",
    // the small hours of দিবাগত রাত fall on the next date (`দিবাগত রাত ১১টা` is still the named day), and so does
    // রাত's twelve o'clock, the named day's hour 24 (`শুক্রবার রাত ১২টা ১৫ মিনিটে`, `৩১ জুলাই রাত ১২টা পর্যন্ত`, `১২টা
    // রাতে`); রাত ১টা–৪টা stay on it, and so does a clock with a colon, the way a page's stamp is written (`প্রকাশ: ২৫
    // নভেম্বর ২০২৬, রাত ১২:১০`, ICU's `১২:০০:২৬ রাত্রি` are the instant's own date)
    nextDay: part === "nextNight" ? clock < 12 : part === "night" && hour === 12 && clock === 0 && meridiem === undefined && !hasClock,
  };
}

/** `গভীর রাতে`, `মধ্যরাতে`, `মাঝরাতে`: the dead of night, where one and two are hours unless `একটার পর একটা` (one after another). */
const DEEP_NIGHT = /^[গম]/u;

/** A day part in its locative (`রাতে`, `সকালে`, `ভোরে`, `সন্ধ্যায়`), not `সন্ধে`/`সন্ধ্যে`. */
const LOCATIVE = /[তলর]ে$|\u09bc$/u;

/** Reads a match of {@link HOURS_TIME_PATTERN}. */
export function extractHoursTime(match: RegExpExecArray): TimeMention | null {
  const hour = Number(match[1] ?? match[3]);
  const minute = Number(match[2] ?? match[4]);
  if (hour > 23 || minute > 59) return null;
  return { start: match.index, end: match.index + match[0].length, hour, minute, second: 0, precision: "minute", nextDay: false };
}
