import { assertString } from "../errors.ts";
import { extractHoursTime, extractTime, HOURS_TIME_PATTERN, TIME_PATTERN } from "./patterns/time.ts";
import type { TimeMention } from "./patterns/time.ts";
import { wordMinutesAfter } from "./refiners/wordMinutes.ts";
import { forEachWindow, hasDigit } from "./textWindows.ts";
import type { ParsedTime } from "./types.ts";
import { DAY_PART, HOUR_FRACTION } from "./vocabulary.ts";

/**
 * Without a digit, a time needs দেড়টা/আড়াইটা, English noon (`at noon`), or `টা` and a day part or a fraction somewhere (`রাত নয়টায়`,
 * `সাড়ে আটটায়`): quick tests on the raw text (with both forms of ড় and য় in the fractions), so that prose is passed
 * over. A text where the matching view may show a hint the raw text hides is tested again window by window in the view.
 */
const HALF_PAST_HINT = /দে[\u09a1\u09dc]|আ[\u09a1\u09dc]|noon/iu;
const WORD_HOUR_HINT = /ট[াোে]/u;
const DAY_PART_HINT: RegExp = /* @__PURE__ */ (() => new RegExp(`${DAY_PART}|${HOUR_FRACTION}|সা\u09dc|সো\u09df`, "u"))();

/**
 * What hides a hint from the raw text that the matching view folds: a joiner, a soft hyphen or a word joiner inside a
 * word (`বি\u00ADকেল চারটায়`), ো or ৌ in two parts.
 */
const HIDDEN_HINT = /[\u00AD\u200B-\u200D\u2060\uFEFF]|\u09C7[\u09BE\u09D7]/;

function mayHaveTime(text: string): boolean {
  return hasDigit(text) || HALF_PAST_HINT.test(text) || (WORD_HOUR_HINT.test(text) && DAY_PART_HINT.test(text));
}

function firstTime(view: string): TimeMention | null {
  let best: TimeMention | null = null;
  TIME_PATTERN.lastIndex = 0;
  for (let match = TIME_PATTERN.exec(view); match !== null; match = TIME_PATTERN.exec(view)) {
    best = extractTime(match, false);
    if (best !== null) break;
    // no time (`২৫ রাত`): the day part it took for a marker may start the next one (`২৫ রাত ১০টা`)
    const marker = match[11];
    if (marker !== undefined) TIME_PATTERN.lastIndex -= marker.length;
  }
  HOURS_TIME_PATTERN.lastIndex = 0;
  const hours = HOURS_TIME_PATTERN.exec(view);
  if (hours !== null && (best === null || hours.index < best.start)) best = extractHoursTime(hours) ?? best;
  return best;
}

/**
 * Reads the first time of day in a text, as 24-hour values. Reads Bengali, ASCII and mixed digits; `এএম`/`পিএম`,
 * `AM`/`PM` in any case and with dots, `পূর্বাহ্ণ`/`অপরাহ্ণ` (also with ন); 24-hour `১৫:০৭`, `১৫: ০৭`, `১০.২৬`;
 * seconds; day-parts with `টা`/`টায়`/`মিনিটে`, `সাড়ে`/`সোয়া`/`পৌনে`, `দেড়টা`/`আড়াইটা`; `১৯৪২ ঘণ্টা`; hours in words
 * after a day part or a fraction (`রাত ন'টায়`, `পৌনে দুটোয়`). Alone, an hour above 12 with a
 * PM marker (`১৩:০০ পিএম`) and an hour above 24 are no time.
 *
 * @param text - any text
 * @returns `{ hour, minute, second }` or `null`
 * @throws TypeError when `text` is not a string
 * @example
 * parseTime("১০:২৬ পিএম");
 * //=> { hour: 22, minute: 26, second: 0 }
 */
export function parseTime(text: string): ParsedTime | null {
  assertString(text);
  const hinted = mayHaveTime(text);
  if (!hinted && !HIDDEN_HINT.test(text)) return null;
  const found: { time: TimeMention | null; minute?: number } = { time: null };
  forEachWindow(text, (view) => {
    if (!hinted && !mayHaveTime(view.text)) return false;
    const time = firstTime(view.text);
    found.time = time;
    // minutes in words after an hour's টা (`দুপুর একটা তেইশ মিনিটে`)
    if (time?.precision === "hour") {
      const minutes = wordMinutesAfter(view.text, time.end);
      if (minutes !== null) found.minute = minutes.minute;
    }
    return time !== null;
  });
  const time = found.time;
  return time === null ? null : { hour: time.hour, minute: found.minute ?? time.minute, second: time.second };
}
