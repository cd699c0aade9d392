/**
 * The scanner behind every date reader: lists each date mention of a text (matching view) with its span, the time
 * attached to it and the zone written beside it. Patterns find dates; refiners join a date with the time and zone
 * next to it, drop overlaps and settle relative words.
 */
import { dayNumberOf } from "../calendars/gregorianDays.ts";
import { addDays } from "./calendarMath.ts";
import { isWritable } from "./isoYears.ts";
import { ABSOLUTE_PATTERNS, RELATIVE_PATTERNS, yearFirstDay } from "./patterns/index.ts";
import { bracketedMonthDay } from "./patterns/monthDayYear.ts";
import type { TimeMention } from "./patterns/time.ts";
import type { DateCandidate, DatePattern, ReferenceDay } from "./patterns/types.ts";
import { gapEnd, timeAt, timeBefore } from "./refiners/attachTime.ts";
import { zoneAfter, zoneBefore } from "./refiners/attachZone.ts";
import { onWeekday } from "./refiners/weekdayYear.ts";
import { hasDigit } from "./textWindows.ts";
import type { NormalizedText } from "../text/normalize.ts";
import type { CalendarName } from "./types.ts";
import { DAY_PART, DAY_PART_NAME, ENGLISH_DAY_PART_WORD, viewKey, WEEKDAY_COPULA, WEEKDAY_NUMBER, WORD_END } from "./vocabulary.ts";

/** A date mention found in the matching view, with its time and zone attached. */
export interface DateMention
  extends Pick<DateCandidate, "start" | "end" | "source" | "year" | "month" | "day" | "precision" | "absolute" | "yearImplied" | "weekdayYear"> {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** A zone written in the text. */
  readonly zone: string | undefined;
  /** স্থানীয় সময়. */
  readonly foreignClock: boolean;
  /** An exact instant (relative `N … আগে`). */
  readonly instant: number | undefined;
  /** The time written is 00:00:00. */
  readonly midnight: boolean;
  /** The calendar the text used. */
  readonly calendar: CalendarName;
}

/** What running text reads into a candidate before impossible days are dropped (the year of "that year"). */
export type CandidateRefiner = (text: string, candidate: DateCandidate) => DateCandidate;

/**
 * The shapes of datelines: written dates (and a year written first, `প্রকাশ: ২০২৪ সালের ১২ জুলাই`), then relative
 * ones and a weekday with its month and day in brackets.
 */
const DATELINE_PATTERNS: readonly DatePattern[] = /* @__PURE__ */ (() => [...ABSOLUTE_PATTERNS, yearFirstDay, ...RELATIVE_PATTERNS, bracketedMonthDay])();

/** A day part right after a date (`রাতে`, `night`), run on the text from where the date ends. */
const DAY_PART_AFTER: RegExp = /* @__PURE__ */ (() => new RegExp(`^\\s{0,2}(?:${DAY_PART}|${ENGLISH_DAY_PART_WORD})${WORD_END}`, "u"))();

/** Gap between a named day (আজ, গতকাল) and a weekday or date it introduces, or a date and its weekday. */
const WORD_GAP = /[\s,(]{1,3}/uy;

/** A direction word between a date and its weekday (`১০ জুলাই আগামী বুধবার`), where the weekday is read alone. */
const DIRECTION_GAP = /[\s,(]{1,3}(?:আগামী|গত|সামনের) {1,3}/uy;

/** The words of the next sentence that name a date's day, up to its weekday (`৩ আগস্ট। ওই দিন ছিল রোববার`, `সেদিন পড়েছে`). */
const SAME_DAY_AFTER: RegExp = /* @__PURE__ */ (() => new RegExp(`${/\)? ?। {1,2}(?:(?:ওই|ঐ|সেই?) ?দিন|দিনটি)/.source}(?: {1,2}${WEEKDAY_COPULA})? {1,2}`, "uy"))();

/** The first word of a date's own text, a weekday's name in `বৃহস্পতিবার, ১২ ডিসেম্বর`. */
const FIRST_WORD = /^[\u0980-\u09ffa-z]+/u;

/**
 * Per list of shapes, its quick tests that most texts fail, as two searches, those that open with a digit and the
 * others: where neither finds one, none is run. (An alternation whose terms open with few units lets V8 skip ahead
 * over the others; one of both kinds is tried at every unit, slower than the two.)
 */
const RARE_NEEDS = new WeakMap<readonly DatePattern[], readonly RegExp[]>();

/**
 * Every candidate of the patterns, then the non-overlapping ones: written dates first (earliest, then longest),
 * then relative words that overlap no written date; impossible dates hide shorter readings and are then dropped.
 */
function collect(text: string, reference: ReferenceDay | undefined, shapes: readonly DatePattern[], refine: CandidateRefiner | undefined): DateCandidate[] {
  const context = { text, reference };
  const found: DateCandidate[] = [];
  const tested = new Map<RegExp, boolean>();
  let rare = RARE_NEEDS.get(shapes);
  if (!rare) {
    const sources = [...new Set(shapes.flatMap((shape) => (shape.needs && !shape.needsOften ? shape.needs.source : [])))];
    // (an alternation of alternations is one; a group with none matches everywhere, and every quick test is run)
    RARE_NEEDS.set(shapes, (rare = [true, false].map((digitFirst) => new RegExp(sources.filter((source) => source.startsWith("\\d") === digitFirst).join("|"), "u"))));
  }
  const noRare = !rare.some((search) => search.test(text));
  for (const shape of shapes) {
    // a shape read only against a reference is passed over without one
    if (reference === undefined && shape.relative === true) continue;
    const needs = shape.needs;
    if (needs !== undefined) {
      if (noRare && !shape.needsOften) continue;
      let passed = tested.get(needs);
      if (passed === undefined) {
        passed = needs.test(text);
        tested.set(needs, passed);
      }
      if (!passed) continue;
    }
    const pattern = shape.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      let candidate: DateCandidate | null | undefined = shape.extract(match, context);
      if (candidate !== null && refine) candidate = refine(text, candidate);
      // read on where the date ends: the rest of a match that is no part of it (`১৪ জুলাই-১৫ জুলাই`: `-১৫` is no
      // year) may start a date, and so may a match that gives none (`১৩ জুলাই ২৫ আগস্ট ২০২৫` without a reference)
      let resume = match.index + 1;
      // the last day of a range is a date of its own, and so is each weekday of a list read with the first
      for (; candidate; candidate = candidate.rangeEnd) {
        found.push(candidate);
        resume = candidate.end;
      }
      pattern.lastIndex = resume;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: DateCandidate[] = [];
  for (const absolute of [true, false]) {
    // relative words give way to the written dates chosen in the first pass
    const written = chosen.slice();
    let reach = -1;
    let b = 0;
    for (const candidate of found) {
      if (candidate.absolute !== absolute || candidate.start < reach) continue;
      while (b < written.length && (written[b] as DateCandidate).end <= candidate.start) b++;
      if ((written[b]?.start ?? Infinity) < candidate.end) continue;
      chosen.push(candidate);
      reach = candidate.end;
    }
  }
  chosen.sort((a, b) => a.start - b.start);
  return settleRelativeWords(text, chosen, reference);
}

/**
 * Where a zone between a day and its time may start, given where the gap after the day ends: there, or past the day's
 * own day part when a zone follows it (`গতকাল রাতে ভারতীয় সময় রাত ৮টায়`, `গতকাল রাতে ভারতীয় সময় ৮টায়`).
 */
function zoneFrom(text: string, gap: number): number {
  const part = DAY_PART_AFTER.exec(text.slice(gap));
  return (part && zoneAfter(text, gap + part[0].length)?.start) || gap;
}

/**
 * The time after a day and a zone (`১২ জুলাই স্থানীয় সময় রাত ১০টায়`); a day part written only before the zone places
 * the clock after it, as it would right before it (`গতকাল রাতে ভারতীয় সময় ৮টায়` is 20:00).
 */
function timeAfterZone(text: string, end: number): TimeMention | null {
  const from = gapEnd(text, end);
  const zone = zoneFrom(text, from);
  const at = gapEnd(text, zoneAfter(text, zone)?.end ?? zone);
  const part = DAY_PART_AFTER.test(text.slice(at)) ? "" : text.slice(from, zone);
  if (!part) return timeAt(text, at);
  const time = timeAt(part + text.slice(at, at + 64), 0);
  return time && { ...time, start: at, end: at + time.end - part.length };
}

/**
 * Whether a gap runs exactly from `end` to `start` of a matching view.
 *
 * @param text - the matching view
 * @param end - where the gap starts (the end of one mention)
 * @param start - where it must end (the start of the next)
 * @param gap - a sticky pattern of the gap (default: spaces, a comma or a bracket)
 * @returns `true` when it does
 */
export function adjacent(text: string, end: number, start: number, gap: RegExp = WORD_GAP): boolean {
  gap.lastIndex = end;
  return gap.test(text) && gap.lastIndex === start;
}

/**
 * `গতকাল সোমবার` is one day (the named one); `আজঃ সোমবার ১৫ এপ্রিল ২০২৪` and `৬ মার্চ বুধবার` are the written
 * date (the weekday names it, never moves it).
 */
function settleRelativeWords(text: string, chosen: DateCandidate[], reference: ReferenceDay | undefined): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    let current = chosen[i] as DateCandidate;
    const next = chosen[i + 1];
    // a weekday that starts the date's text chooses its year (`বৃহস্পতিবার (১২ ডিসেম্বর)`)
    if (current.yearImplied) {
      current = onWeekday(current, (WEEKDAY_NUMBER.get(viewKey(FIRST_WORD.exec(text.slice(current.start))?.[0] ?? "")) ?? NaN) - 4, reference, text, current.start);
    }
    // the weekday after a written date names it across the words between them (`১৫ জুলাই ২০২৫ খ্রিঃ রোজ মঙ্গলবার`);
    // beside a day that does not exist neither is a date (`২৯ ফেব্রুয়ারি ছিল শনিবার` of a year that has none)
    // (one in the next sentence names another day, `শুরু হবে ২৬ জুন। বুধবার …`, unless its words name this one)
    if (
      next?.source === "weekday" &&
      current.absolute &&
      (adjacent(text, current.end, next.start, SAME_DAY_AFTER) || adjacent(text, current.end, next.start, DIRECTION_GAP) || (gapEnd(text, current.end) >= next.start && !text.slice(current.end, next.start).includes("।")))
    ) {
      current = onWeekday(current, dayNumberOf(next.year, next.month, next.day), reference, text, current.start, next.start);
      if (current.impossible !== true) out.push(current);
      i++;
      continue;
    }
    if (current.impossible === true) continue;
    // `রবিবার ১৪ তারিখ`, `শনিবার রাতে (১২ জুলাই)`: the written date names the day
    if (next?.absolute && (current.source === "relative-day" || current.source === "weekday")) {
      if (adjacent(text, current.end + (DAY_PART_AFTER.exec(text.slice(current.end))?.[0].length ?? 0), next.start)) {
        if (current.source === "weekday") chosen[i + 1] = onWeekday(next, dayNumberOf(current.year, current.month, current.day), reference, text, current.start);
        continue;
      }
    }
    if (current.source === "relative-day" && next?.source === "weekday" && adjacent(text, current.end, next.start)) {
      out.push({ ...current, end: next.end });
      i++;
      continue;
    }
    out.push(current);
  }
  return out;
}

/**
 * Every date mention of a matching view, in text order.
 *
 * @param view - the matching view (see `normalizeForMatch`), whose input tells a zone's capitals
 * @param reference - "now" in the zone of the options, for relative and year-less text
 * @param shapes - the shapes to read, in order of preference (default: those of datelines; running text adds its own)
 * @param refine - what running text reads into each candidate first
 * @returns mentions with spans in the view
 */
export function scanDates(
  view: NormalizedText,
  reference: ReferenceDay | undefined,
  shapes: readonly DatePattern[] = DATELINE_PATTERNS,
  refine?: CandidateRefiner,
): DateMention[] {
  const text = view.text;
  if (reference === undefined && !hasDigit(text)) return [];
  const dates = collect(text, reference, shapes, refine);
  const mentions: DateMention[] = [];
  let taken = 0;
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i] as DateCandidate;
    let time: TimeMention | null = null;
    if (date.hour === undefined && date.instant === undefined && date.precision === "day") {
      time = timeBefore(text, date.start, date.end, taken);
      if (time === null) {
        const next = dates[i + 1];
        // a zone may stand between the date and its time (`১২ জুলাই স্থানীয় সময় রাত ১০টায়`)
        const later = timeAfterZone(text, date.end);
        if (later !== null && (next === undefined || later.end <= next.start)) time = later;
      }
    }
    let end = date.end;
    // a day part with no hour after it is the day's own (`Saturday night`, `গত রাতে`, `গতকাল রাতে`); after a time
    // before the day, দিবাগত রাত moves its small hours to the next date (`রাত ১২টা ৩০ মিনিটে (রবিবার দিবাগত রাত)`)
    if ((time === null || time.end < date.start) && date.precision === "day") {
      const part = DAY_PART_AFTER.exec(text.slice(end));
      const nextNight = part !== null && DAY_PART_NAME.get(viewKey(part[0].trim())) === "nextNight";
      // an English one after a clock before the day is the text's only (`11pm on Saturday night`)
      if (part !== null && (time === null || nextNight || /[a-z]/.test(part[0]))) {
        end += part[0].length;
        // with its closing bracket
        if (time !== null && nextNight) time = { ...time, nextDay: time.hour < 12, end: end + +(text[end] === ")") };
      }
    }
    taken = Math.max(end, time?.end ?? 0);
    const read = mention(view, date, time, end, mentions.at(-1));
    // (a count from a reference at the edge of the years may leave them)
    if (isWritable(read.year, read.instant)) mentions.push(read);
  }
  return mentions;
}

function mention(view: NormalizedText, date: DateCandidate, time: TimeMention | null, end: number, first: DateMention | undefined): DateMention {
  let { start, year, month, day, hour = 0, minute = 0, second = 0, precision, zone } = date;
  if (time !== null) {
    start = Math.min(start, time.start);
    end = Math.max(end, time.end);
    ({ hour, minute, second, precision } = time);
    if (time.nextDay) ({ year, month, day } = addDays(year, month, day, 1));
  }
  let foreignClock = false;
  const text = view.text;
  if (date.instant === undefined) {
    // also a zone between a time and its date (`রাত ১০টা (বাংলাদেশ সময়), ১৩ জুলাই ২০২৫`, `১২ জুলাই স্থানীয় সময় রাত ১০টায়`)
    const between = time === null ? null : zoneAfter(text, time.end <= date.start ? time.end : zoneFrom(text, gapEnd(text, date.end)));
    for (const written of [zoneAfter(text, end), zoneBefore(text, start), between]) {
      // a zone of Latin letters is an abbreviation written with capitals (`EST`, `BdST`): all small, it is a word of
      // prose (`c'est 12 July`, `10:30 et al.`); GMT and UTC, no word of any language, read in any case (`date_gmt`)
      if (written === null || (written.zone !== "UTC" && /^\W*[a-z]+\W*$/.test(view.spanToSource(written.start, written.end).text))) continue;
      start = Math.min(start, written.start);
      end = Math.max(end, written.end);
      if (written.foreign) foreignClock = true;
      // the first written wins: a zone after the clock (`… সকাল ১০টা GMT`) over a place's before it
      zone ??= written.zone;
    }
  }
  // the weekday of a second clock right after the first (`রাত ৮টায় (বাংলাদেশ সময় মঙ্গলবার সকাল ৬টা)`) is the one
  // nearest the first clock's day
  if (date.source === "weekday" && zone && first && start - first.end < 4) {
    ({ year, month, day } = addDays(year, month, day, 7 * Math.round((dayNumberOf(first.year, first.month, first.day) - dayNumberOf(year, month, day)) / 7)));
  }
  const midnight = (time !== null || date.hour !== undefined) && hour + minute + second === 0;
  return {
    start,
    end,
    source: date.source,
    year,
    month,
    day,
    hour,
    minute,
    second,
    precision,
    zone,
    foreignClock,
    instant: date.instant,
    yearImplied: date.yearImplied,
    weekdayYear: date.weekdayYear,
    absolute: date.absolute,
    midnight,
    calendar: date.calendar ?? "gregorian",
  };
}
