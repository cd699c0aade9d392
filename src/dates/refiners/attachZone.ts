/**
 * Zone resolution from the text: a zone written right after a time or date (`GMT +৬`, `GMT+5:30`, `+06:00`, `IST`,
 * `UTC`, `বাংলাদেশ মানক সময়`, `(স্থানীয় সময়)`, `[IST]`) or right before it (`বাংলাদেশ সময়: ৬:১০ অপরাহ্ণ`,
 * `স্থানীয় সময় বুধবার`). Fixed offsets become `'±HH:MM'` zones, zero offsets `'UTC'`.
 */
import {
  LOCAL_TIME,
  PLACE,
  PLACE_ZONE,
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
  /** The zone, or `undefined` for স্থানীয় সময় of no known place. */
  readonly zone: string | undefined;
  /** স্থানীয় সময়: a foreign place's clock (its zone, when the place is known). */
  readonly foreign: boolean;
}

/**
 * A place's clock: a place of one zone (group `place`) with its case ending (`লন্ডনের`, `দুবাইয়ে`, `দিল্লি-র`) before
 * স্থানীয় সময়, or bare or in the genitive before সময় (`নিউইয়র্ক সময়`, `লন্ডনের সময়`: `লন্ডনে সময় কাটিয়ে` is
 * time spent there); or স্থানীয় সময় alone.
 */
const PLACE_TIME: string = /* @__PURE__ */ (() =>
  `(?:(?<place>${PLACE})(?:[-\\u0980-\\u09ff]{0,5} {1,3}${LOCAL_TIME}|(?:-?[\\u0980-\\u09ff]{0,3}র)? {1,3}${/সময়ে?/.source})|${LOCAL_TIME})${WORD_END}`)();

/**
 * The zone of a match of a zone's name (`name`), or of {@link PLACE_TIME}: its place's zone.
 */
function writtenZone(match: RegExpExecArray, name: string | undefined, start: number, end: number): WrittenZone {
  const place = match.groups?.["place"];
  const zone = place === undefined ? ZONE_OF_NAME.get(viewKey(name ?? "")) : PLACE_ZONE.get(viewKey(place));
  return { start, end, zone, foreign: /স্থানী|local/.test(match[0]) };
}

/**
 * Run on the text from where a time or date ends (a slice of a flat string is made in constant time); a dateline's bar,
 * comma or danda may stand before the zone (`০৮:৩০ পিএম | নিউইয়র্ক সময়`, `০৮:৩০ পিএম । ভারতীয় সময়`).
 */
const ZONE_AFTER: RegExp = /* @__PURE__ */ (() => new RegExp(
  // `GMT +৬`, `UTC+5:30`, or an ISO offset (`+06:00`, `+0600`: two digits for the hours and two for the minutes)
  `^[ \\t([|,।]{0,4}(?:(?:${/(?:gmt|utc|জিএমটি)/.source}[ \\t]{0,2}|(?=[+-]\\d{2}:?\\d{2}(?!\\d)))([+-])[ \\t]{0,2}(\\d{1,2})(?::?(\\d{2}))?(?!\\d)|(${ZONE_NAME})${WORD_END}|${PLACE_TIME})[)\\]]?`,
  "u",
))();

const ZONE_BEFORE: RegExp = /* @__PURE__ */ (() => new RegExp(
  `${WORD_START}\\(?(?:(${ZONE_NAME})${WORD_END}|${PLACE_TIME})\\)?\\s{0,2}[:ঃ,]?\\s{0,2}`,
  "gu",
))();

/** {@link ZONE_BEFORE} ending where the search stands: a quick test of a stretch, from its end, before it is searched. */
const ZONE_BEFORE_END: RegExp = /* @__PURE__ */ (() => new RegExp(`(?<=${ZONE_BEFORE.source})`, "uy"))();

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
  const match = ZONE_AFTER.exec(text.slice(at));
  if (match === null) return null;
  const [whole, sign, hours, minutes, name] = match;
  const end = at + whole.length;
  // a bracket that the zone leaves open, or a comma or danda before it, with a word or number after it: the zone is
  // the next clock's (`রাত ৮টায় (বাংলাদেশ সময় শনিবার সকাল ৬টা)`, `রাত ৮টায়, ভারতীয় সময় সাড়ে ৭টায়`)
  if ((/[,।]/.test(whole) || (/[([]/.test(whole) && !/[)\]]$/.test(whole))) && /^ ?[\u0980-\u09ff\d]/.test(text.slice(end, end + 2))) return null;
  if (sign === undefined) return writtenZone(match, name, at, end);
  const zone = offsetZone(sign, hours ?? "", minutes);
  return zone === null ? null : { start: at, end, zone, foreign: false };
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
  ZONE_BEFORE_END.lastIndex = piece.length;
  if (!ZONE_BEFORE_END.test(piece)) return null;
  ZONE_BEFORE.lastIndex = 0;
  for (let match = ZONE_BEFORE.exec(piece); match !== null; match = ZONE_BEFORE.exec(piece)) {
    if (match.index + match[0].length !== piece.length) continue;
    return writtenZone(match, match[1], from + match.index, start);
  }
  return null;
}
