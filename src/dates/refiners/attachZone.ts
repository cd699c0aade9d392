/**
 * Zone resolution from the text: a zone written right after a time or date (`GMT +৬`, `GMT+5:30`, `+06:00`, `IST`,
 * `UTC`, `বাংলাদেশ মানক সময়`, `(স্থানীয় সময়)`, `[IST]`) or right before it (`বাংলাদেশ সময়: ৬:১০ অপরাহ্ণ`,
 * `স্থানীয় সময় বুধবার`). Fixed offsets become `'±HH:MM'` zones, zero offsets `'UTC'`.
 */
import {
  LOCAL_TIME,
  viewKey,
  ZONE_NAME,
  ZONE_OF_NAME,
  WORD_END,
  WORD_START,
} from "../vocabulary.ts";
import { offsetZoneName } from "../zone.ts";

/** A zone read from the text. */
export interface WrittenZone {
  /** Span in the matching view. */
  readonly start: number;
  readonly end: number;
  /** The zone, or `undefined` for স্থানীয় সময় (a foreign clock). */
  readonly zone: string | undefined;
}

const ZONE_AFTER: RegExp = /* @__PURE__ */ (() => new RegExp(
  // `GMT +৬`, `UTC+5:30`, or an ISO offset (`+06:00`, `+0600`: two digits for the hours and two for the minutes)
  `[ \\t([]{0,4}(?:(?:(?:gmt|utc|জিএমটি)[ \\t]{0,2}|(?=[+-]\\d{2}:?\\d{2}(?!\\d)))([+-])[ \\t]{0,2}(\\d{1,2})(?::?(\\d{2}))?(?!\\d)|(${ZONE_NAME})${WORD_END}|(${LOCAL_TIME})${WORD_END})[)\\]]?`,
  "uy",
))();

const ZONE_BEFORE: RegExp = /* @__PURE__ */ (() => new RegExp(
  `${WORD_START}\\(?(?:(${ZONE_NAME})|(${LOCAL_TIME}))${WORD_END}\\)?\\s{0,2}[:ঃ,]?\\s{0,2}`,
  "gu",
))();

function offsetZone(sign: string, hours: string, minutes: string | undefined): string | null {
  const h = +hours;
  const m = minutes === undefined ? 0 : +minutes;
  if (h > 14 || m > 59) return null;
  return offsetZoneName((sign === "-" ? -1 : 1) * (h * 60 + m));
}

/**
 * The zone written right after a position.
 *
 * @param text - the matching view
 * @param at - where a time or date ends
 */
export function zoneAfter(text: string, at: number): WrittenZone | null {
  ZONE_AFTER.lastIndex = at;
  const match = ZONE_AFTER.exec(text);
  if (match === null) return null;
  const [whole, sign, hours, minutes, name] = match;
  const end = at + whole.length;
  let zone: string | null | undefined;
  if (sign !== undefined) zone = offsetZone(sign, hours ?? "", minutes);
  else if (name !== undefined) zone = ZONE_OF_NAME.get(viewKey(name));
  if (zone === null) return null;
  return { start: at, end, zone };
}

/**
 * The zone name written right before a clock or date that starts at `start` (`বাংলাদেশ সময়: `), searched in a
 * bounded stretch before it.
 *
 * @param text - the matching view
 * @param start - where the clock or date starts
 */
export function zoneBefore(text: string, start: number): WrittenZone | null {
  const from = Math.max(0, start - 48);
  const piece = text.slice(from, start);
  ZONE_BEFORE.lastIndex = 0;
  for (let match = ZONE_BEFORE.exec(piece); match !== null; match = ZONE_BEFORE.exec(piece)) {
    if (match.index + match[0].length !== piece.length) continue;
    const zone = match[1] !== undefined ? ZONE_OF_NAME.get(viewKey(match[1])) : undefined;
    return { start: from + match.index, end: start, zone };
  }
  return null;
}
