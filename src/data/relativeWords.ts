/**
 * Words of relative dates: units of `N … আগে` / `N … ago` and the named days. Vocabulary only. The words are written
 * as pattern literals of alternatives (`/আগে|পূর্বে|ago/`, read by `patternWords` and `patternEntries`): a bundle keeps a
 * pattern's Bengali letters as they are, where it writes a string's as escapes of six characters each. A word with a
 * sign of a pattern of its own (a dot …) stays a string.
 */
import { patternEntries } from "../_lib/patternEntries.ts";
import { patternWords } from "../_lib/patternWords.ts";
import { ENGLISH_NUMBER_WORDS, ENGLISH_TENS, NUMBER_WORDS } from "./numberWords.ts";

/** A unit of `N … আগে`. */
export type RelativeUnitName = "second" | "minute" | "hour" | "day" | "week" | "month";

/** The units of `N … আগে` / `N … ago` and their spellings (in `মি.` the dot is the dot written: the literal is read as words). */
export const RELATIVE_UNITS: readonly (readonly [string, RelativeUnitName])[] = /* @__PURE__ */ patternEntries([
  [/সেকেন্ড|second|seconds|sec|secs|s/, "second"],
  [/মিনিট|minute|minutes|min|mins|m|মি./, "minute"],
  [/ঘণ্টা|ঘন্টা|hour|hours|hr|hrs|h/, "hour"],
  [/দিন|day|days|d/, "day"],
  [/সপ্তাহ|week|weeks|w/, "week"],
  [/মাস|month|months/, "month"],
]);

/**
 * Numbers in words before a unit of `N … আগে` (`দুই দিন আগে`, `বারো ঘণ্টা আগে`, `দেড় ঘণ্টা আগে`): one to fifty-nine
 * (see `NUMBER_WORDS`), half, one and a half, two and a half, and English one to fifty-nine and a half (`three days
 * ago`, `twenty-four hours ago`, `half an hour ago`). The matching view reads `ছয়` and `নয়` with either form of `য়`.
 */
export const AMOUNT_WORDS: readonly (readonly [string, number])[] = /* @__PURE__ */ (() => [
  ...NUMBER_WORDS,
  ...patternEntries([[/আধা|আধ/, 0.5], [/দেড়/, 1.5], [/আড়াই/, 2.5], [/half an|half a/, 0.5]]),
  ...ENGLISH_NUMBER_WORDS.map((word, n) => [word, n + 1] as const),
  ...ENGLISH_TENS.flatMap((ten, n) => [
    [ten, n * 10 + 20] as const,
    ...ENGLISH_NUMBER_WORDS.slice(0, 9).flatMap((unit, u) => ["-", " "].map((join) => [ten + join + unit, n * 10 + 21 + u] as const)),
  ]),
])();

/** "Just now": the reference itself, at minute precision. */
export const JUST_NOW_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/এইমাত্র|এই মাত্র|just now/]);

/** Words for "ago". */
export const AGO_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/আগে|পূর্বে|ago/]);

/** Named days and their spellings, as an offset from the reference day. */
export const RELATIVE_DAYS: readonly (readonly [string, number])[] = /* @__PURE__ */ patternEntries([
  [/আজ|আজকে|today/, 0],
  [/গতকাল|গত কাল|yesterday/, -1],
  [/গত পরশু|day before yesterday/, -2],
  [/আগামীকাল|আগামী কাল|tomorrow/, 1],
  [/আগামী পরশু|day after tomorrow/, 2],
]);

/**
 * Words before a weekday that move it from the reference (`গত`, `আগামী`, `সামনের`, last, next), and those that do
 * only before `সপ্তাহের`, naming its week (`পরের`, `চলতি`, `এই`).
 */
export const WEEKDAY_SHIFT_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/গত|আগামী|সামনের|last|next|পরের|চলতি|এই/]);

/** Ordinal suffixes of day numbers: ১লা ২রা ৩রা ৪ঠা ৫ই … ১৮ই ১৯শে … ৩১শে, English 1st 2nd 3rd 4th. */
export const DAY_ORDINAL_SUFFIXES: readonly string[] = /* @__PURE__ */ patternWords([/লা|রা|ঠা|ই|শে|st|nd|rd|th/]);

/** Words after a year that mark it as Gregorian (ICU writes খ্রিস্টাব্দ; papers ইং, ইংরেজি; a dot is the dot written). */
export const GREGORIAN_ERA_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/খ্রিস্টাব্দ|খ্রিষ্টাব্দ|খৃষ্টাব্দ|খৃস্টাব্দ|খ্রিঃ|খ্রি|ইং|ইংরেজি|ad|খ্রি.|ইং.|a.d./]);
