import { assertString } from "../errors.ts";
import type { NormalizedText } from "../text/normalize.ts";
import { fastParseDate } from "./fastPath.ts";
import { resolveOptions } from "./options.ts";
import { prosePatternsOf } from "./patterns/otherCalendars.ts";
import { toParsedDate } from "./result.ts";
import { withThatYear } from "./refiners/thatYear.ts";
import { withWordMinutes } from "./refiners/wordMinutes.ts";
import { scanDates } from "./scan.ts";
import type { DateMention } from "./scan.ts";
import { forEachWindow, hasDigit } from "./textWindows.ts";
import type { DateOptions, ParsedDate } from "./types.ts";

/**
 * Reads the first date in a text, with its time when one is attached, as an instant in a zone. Written dates come
 * before relative words (`আজ`, `শনিবার`, `৩ ঘণ্টা আগে`), which are read only against `options.reference`.
 *
 * @param text - any text
 * @param options - `timeZone` (default `'Asia/Dhaka'`; a zone written in the text wins), `reference`, and
 *   `calendar`: `'bangla'` or `'hijri'` also reads dates of that calendar (২৯ আষাঢ় ১৪৩২, ১৭ মহররম ১৪৪৭) and prefers
 *   them; the default `'gregorian'` reads Gregorian dates only, so a masthead with several calendars gives the
 *   Gregorian one
 * @returns the date, or `null` when there is none (or it does not exist, like ৩১ ফেব্রুয়ারি)
 * @throws TypeError when `text` is not a string; RangeError naming a bad `timeZone` or `reference`
 * @example
 * parseDate("প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫")?.iso;
 * //=> "2025-07-13T10:26:00+06:00"
 */
export function parseDate(text: string, options?: DateOptions): ParsedDate | null {
  assertString(text);
  const resolved = resolveOptions(options);
  const fast = fastParseDate(text, resolved);
  if (fast !== undefined) return fast;
  if (resolved.reference === undefined && !hasDigit(text)) return null;
  let absolute: [DateMention, NormalizedText, number] | undefined;
  let relative: [DateMention, NormalizedText, number] | undefined;
  const calendar = resolved.calendar;
  const extra = prosePatternsOf(calendar);
  forEachWindow(text, (view, offset) => {
    // a day of "that year" (`২০২২ সালে মামলা হয়, সে বছরের ১২ ডিসেম্বর`), as findDates reads it
    const mentions = scanDates(view, resolved.reference, extra, withThatYear);
    const written =
      (calendar === "gregorian" ? undefined : mentions.find((mention) => mention.calendar === calendar)) ??
      mentions.find((mention) => mention.absolute);
    if (written !== undefined) absolute = [written, view, offset];
    else if (relative === undefined && mentions[0] !== undefined) relative = [mentions[0], view, offset];
    return absolute !== undefined;
  });
  const chosen = absolute ?? relative;
  if (chosen === undefined) return null;
  const [mention, view, offset] = chosen;
  // minutes in words after an hour's টা (`দুপুর একটা তেইশ মিনিটে`), as findDates reads them
  return toParsedDate(withWordMinutes(view.text, mention), view, resolved.timeZone, offset);
}
