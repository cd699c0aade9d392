/**
 * The scanner behind every date reader: lists each date mention of a text (matching view) with its span, the time
 * attached to it and the zone written beside it. Patterns find dates; refiners join a date with the time and zone
 * next to it, drop overlaps and settle relative words.
 */
import { addDays } from "./calendarMath.ts";
import { ABSOLUTE_PATTERNS, RELATIVE_PATTERNS } from "./patterns/index.ts";
import { extractHoursTime, extractTime, HOURS_TIME_PATTERN, TIME_PATTERN } from "./patterns/time.ts";
import type { TimeMention } from "./patterns/time.ts";
import type { DateCandidate, ReferenceDay, ScanContext } from "./patterns/types.ts";
import { zoneAfter, zonesBefore } from "./refiners/attachZone.ts";
import type { WrittenZone } from "./refiners/attachZone.ts";
import type { DatePrecision } from "./types.ts";

/** A date mention found in the matching view, with its time and zone attached. */
export interface DateMention {
  /** Span in the matching view. */
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly precision: DatePrecision;
  /** A zone written in the text. */
  readonly zone: string | undefined;
  /** স্থানীয় সময়. */
  readonly foreignClock: boolean;
  /** An exact instant (relative `N … আগে`). */
  readonly instant: number | undefined;
  readonly yearImplied: boolean;
  readonly absolute: boolean;
  /** The time written is 00:00:00. */
  readonly midnight: boolean;
}

/** Gap allowed between a date and its time: spaces, commas, bars, dandas, ICU's এ, `at`, a bullet dash. */
const GAP = /[\s,|।;@]{0,8}(?:(?:এ|at|on|-)(?![\p{L}\p{M}])[\s,|।;]{0,6})?/uy;
/** Gap between a named day (আজ, গতকাল) and a weekday or date it introduces. */
const WORD_GAP = /[\s,]{1,3}/uy;

function gapEnd(text: string, at: number): number {
  GAP.lastIndex = at;
  return GAP.exec(text) === null ? at : GAP.lastIndex;
}

function collect(context: ScanContext): DateCandidate[] {
  const text = context.text;
  const found: DateCandidate[] = [];
  const patterns = context.reference === undefined ? ABSOLUTE_PATTERNS : [...ABSOLUTE_PATTERNS, ...RELATIVE_PATTERNS];
  for (const shape of patterns) {
    const pattern = shape.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const candidate = shape.extract(match, context);
      if (candidate !== null) found.push(candidate);
      else if (match[0] === "") pattern.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.absolute) - Number(a.absolute));
  const chosen: DateCandidate[] = [];
  let reach = -1;
  for (const candidate of found) {
    if (candidate.start < reach) continue;
    if (candidate.impossible !== true) chosen.push(candidate);
    reach = candidate.end;
  }
  return settleRelativeWords(text, chosen);
}

/** `গতকাল সোমবার` is one day (the named one); `আজঃ সোমবার ১৫ এপ্রিল ২০২৪` is the written date. */
function settleRelativeWords(text: string, chosen: DateCandidate[]): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const current = chosen[i] as DateCandidate;
    const next = chosen[i + 1];
    if (current.source === "relative-day" && next !== undefined) {
      WORD_GAP.lastIndex = current.end;
      if (WORD_GAP.exec(text) !== null && WORD_GAP.lastIndex === next.start) {
        if (next.absolute) continue;
        if (next.source === "weekday") {
          out.push({ ...current, end: next.end });
          i++;
          continue;
        }
      }
    }
    out.push(current);
  }
  return out;
}

function collectTimes(text: string): TimeMention[] {
  const times: TimeMention[] = [];
  TIME_PATTERN.lastIndex = 0;
  for (let match = TIME_PATTERN.exec(text); match !== null; match = TIME_PATTERN.exec(text)) {
    const time = extractTime(match, true);
    if (time !== null) times.push(time);
  }
  HOURS_TIME_PATTERN.lastIndex = 0;
  for (let match = HOURS_TIME_PATTERN.exec(text); match !== null; match = HOURS_TIME_PATTERN.exec(text)) {
    const time = extractHoursTime(match);
    if (time !== null) times.push(time);
  }
  return times;
}

function overlapsAny(time: TimeMention, dates: readonly DateCandidate[]): boolean {
  for (const date of dates) if (time.start < date.end && date.start < time.end) return true;
  return false;
}

/**
 * Every date mention of a matching view, in text order.
 *
 * @param text - the matching view (see `normalizeForMatch`)
 * @param reference - "now" in the zone of the options, for relative and year-less text
 * @returns mentions with spans in the view
 */
export function scanDates(text: string, reference: ReferenceDay | undefined): DateMention[] {
  if (reference === undefined && !/\d/u.test(text)) return [];
  const dates = collect({ text, reference });
  if (dates.length === 0) return [];
  const times = /\d/u.test(text) ? collectTimes(text).filter((time) => !overlapsAny(time, dates)) : [];
  const byStart = new Map<number, TimeMention>();
  const byGapEnd = new Map<number, TimeMention>();
  for (const time of times) {
    byStart.set(time.start, time);
    byGapEnd.set(gapEnd(text, time.end), time);
  }
  const used = new Set<TimeMention>();
  const before = times.length > 0 || /[a-z\u0980-\u09ff]/u.test(text) ? zonesBefore(text) : new Map<number, WrittenZone>();
  const mentions: DateMention[] = [];
  for (const date of dates) {
    let time: TimeMention | undefined;
    if (date.hour === undefined && date.instant === undefined && date.precision === "day") {
      const earlier = byGapEnd.get(date.start);
      if (earlier !== undefined && !used.has(earlier)) time = earlier;
      else {
        const later = byStart.get(gapEnd(text, date.end));
        if (later !== undefined && !used.has(later)) time = later;
      }
      if (time !== undefined) used.add(time);
    }
    mentions.push(mention(text, date, time, before));
  }
  return mentions;
}

function mention(text: string, date: DateCandidate, time: TimeMention | undefined, before: Map<number, WrittenZone>): DateMention {
  let start = date.start;
  let end = date.end;
  let day = { year: date.year, month: date.month, day: date.day };
  let hour = date.hour ?? 0;
  let minute = date.minute ?? 0;
  let second = date.second ?? 0;
  let precision = date.precision;
  let hasTime = date.hour !== undefined;
  if (time !== undefined) {
    start = Math.min(start, time.start);
    end = Math.max(end, time.end);
    hour = time.hour;
    minute = time.minute;
    second = time.second;
    precision = time.precision;
    hasTime = true;
    if (time.nextDay) day = addDays(day.year, day.month, day.day, 1);
  }
  let zone = date.zone;
  let foreignClock = false;
  if (date.instant === undefined) {
    const after = zoneAfter(text, end);
    const prior = before.get(start);
    for (const written of [after, prior]) {
      if (written === null || written === undefined) continue;
      start = Math.min(start, written.start);
      end = Math.max(end, written.end);
      if (written.zone === undefined) foreignClock = true;
      else zone ??= written.zone;
    }
  }
  return {
    start,
    end,
    source: date.source,
    ...day,
    hour,
    minute,
    second,
    precision,
    zone,
    foreignClock,
    instant: date.instant,
    yearImplied: date.yearImplied === true,
    absolute: date.absolute,
    midnight: hasTime && hour === 0 && minute === 0 && second === 0,
  };
}
