/**
 * Running text only: minutes in words other than the multiples of five after an hour's `টা` (`দুপুর একটা তেইশ
 * মিনিটে` is 13:23). The time pattern that datelines share reads the multiples of five (`রাত নয়টা পনেরো মিনিটে`);
 * the other numbers of `NUMBER_WORDS` are read here, after it, so that datelines do not carry them.
 */
import { foldedLookup, phraseAlternation } from "../../_lib/alternation.ts";
import { NUMBER_WORDS } from "../../data/numberWords.ts";
import type { DateMention } from "../scan.ts";
import { MINUTE_WORD, viewKey, WORD_END } from "../vocabulary.ts";

/** Folded number word → 1–59. */
const MINUTE_NUMBER: ReadonlyMap<string, number> = /* @__PURE__ */ (() => foldedLookup(NUMBER_WORDS))();

/** An hour's `টা` (`টো`, `টে`; not the locative `টায়`, after which minutes are a duration) right before `at`, then the minutes. */
const MINUTES_AFTER_OCLOCK: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`(?<=ট[াোে]) {1,2}(${phraseAlternation(MINUTE_NUMBER.keys())}) {0,2}${MINUTE_WORD}${WORD_END}`, "uy"))();

/**
 * The minutes in words written right after a time that ends at `at`, and where they end.
 *
 * @param text - the matching view
 * @param at - where a time read to the hour ends
 */
export function wordMinutesAfter(text: string, at: number): { readonly minute: number; readonly end: number } | null {
  MINUTES_AFTER_OCLOCK.lastIndex = at;
  const match = MINUTES_AFTER_OCLOCK.exec(text);
  if (match === null) return null;
  const minute = MINUTE_NUMBER.get(viewKey(match[1] ?? ""));
  return minute === undefined ? null : { minute, end: at + match[0].length };
}

/**
 * A mention read to the hour with the minutes in words written after it (`গতকাল দুপুর একটা তেইশ মিনিটে`), or the
 * mention as it was.
 *
 * @param text - the matching view
 * @param mention - a mention of that view
 */
export function withWordMinutes(text: string, mention: DateMention): DateMention {
  const minutes = mention.precision === "hour" ? wordMinutesAfter(text, mention.end) : null;
  return minutes === null ? mention : { ...mention, ...minutes, precision: "minute", midnight: false };
}
