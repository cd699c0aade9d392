/**
 * Words for the parts of the day that turn a 12-hour clock reading into a 24-hour one (রাত ২টা = 02:00,
 * রাত ১০টা = 22:00, দুপুর ১টা = 13:00), in the forms sites and CLDR/ICU write (রাত্রিবেলায়, ভোরবেলায় …).
 * `nextDay` marks দিবাগত রাত, the night after the named day. A fast's evening meal is at sunset (`ইফতার ৬টা ৪৫
 * মিনিটে`), and a prayer's name tells its part of the day (`মাগরিব ৬টা ৪৮ মিনিটে`, `এশা ৮টা ১৫ মিনিটে`; not
 * `আসর`, a gathering too: `কবিতার আসর ১০টায়`). Vocabulary only; the hour rule is in the dates code.
 *
 * The words of this file are written as pattern literals of alternatives (`/ভোর|ভোরে/`, read by `patternWords` and
 * `patternEntries`): a bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes of
 * six characters each. A word with a sign of a pattern of its own (a dot, a slash, a bracket …) stays a string.
 */
import { patternEntries } from "../_lib/patternEntries.ts";
import { patternWords } from "../_lib/patternWords.ts";

/** A part of the day that fixes 12-hour readings. */
export type DayPartName = "dawn" | "morning" | "noon" | "afternoon" | "evening" | "night" | "nextNight";

/** A part of the day and its spellings. */
export interface DayPartEntry {
  /** The part it names. */
  readonly part: DayPartName;
  /** Every spelling. */
  readonly spellings: readonly string[];
}

/** The parts of the day and their spellings, one line a part: its spellings, then its name. */
export const DAY_PARTS: readonly DayPartEntry[] = /* @__PURE__ */ (() =>
  ([
    [/ভোর|ভোরে|ভোরবেলা|ভোরবেলায়|ভোররাত|ভোররাতে|সূর্যোদয়|ফজর/, "dawn"],
    [/সকাল|সকালে|সকালবেলা|সকালবেলায়/, "morning"],
    [/দুপুর|দুপুরে|দুপুরবেলা|দুপুরবেলায়|বেলা|জোহর|যোহর/, "noon"],
    [/বিকেল|বিকাল|বিকেলে|বিকালে|বিকেলবেলা|বিকালবেলা/, "afternoon"],
    [/সন্ধ্যা|সন্ধ্যায়|সন্ধ্যাবেলা|সন্ধ্যাবেলায়|সন্ধে|সন্ধেয়|সন্ধ্যে|সন্ধ্যেয়|সূর্যাস্ত|ইফতার|মাগরিব/, "evening"],
    [/রাত|রাতে|রাত্রি|রাত্রে|রাত্রিবেলা|রাত্রিবেলায়|মধ্যরাত|মধ্যরাতে|মাঝরাত|মাঝরাতে|গভীর রাতে|শেষ রাত|শেষ রাতে|শেষরাত|শেষরাতে|এশা|ইশা/, "night"],
    [/দিবাগত রাত|দিবাগত রাতে/, "nextNight"],
  ] as const).map(([spellings, part]) => ({ part, spellings: patternWords([spellings]) })))();

/**
 * English day parts and the parts they name; a night's small hours fall on the next date (`Friday night at 1 am`), as
 * after দিবাগত রাত. Vocabulary only.
 */
export const ENGLISH_DAY_PARTS = [["morning", "morning"], ["afternoon", "afternoon"], ["evening", "evening"], ["night", "nextNight"]] as const;

/**
 * Clock markers: before noon and after noon, Bengali and Latin (any case and dots are folded by the pattern). A dot in
 * a pattern literal here is the dot written (`এ.এম.`): the literal is read as words, never run.
 */
export const CLOCK_MARKERS: { readonly am: readonly string[]; readonly pm: readonly string[] } = /* @__PURE__ */ (() => ({
  am: patternWords([/এএম|এ এম|am|পূর্বাহ্ণ|পূর্বাহ্ন|পূর্বাহ্ণে|পূর্বাহ্নে|midnight|এ.এম.|এ.এম|a.m.|a.m|a. m.|a. m/]),
  pm: patternWords([/পিএম|পি এম|pm|অপরাহ্ণ|অপরাহ্ন|অপরাহ্ণে|অপরাহ্নে|noon|পি.এম.|পি.এম|p.m.|p.m|p. m.|p. m/]),
}))();

/**
 * Units after a dotted number that make it a quantity, not a time (`৩.৫০ শতাংশ`, `৫.৩০ কোটি`, `9.50 percent`):
 * a prefix of the word is enough (`শতাংশে`, `টাকায়`). Vocabulary only.
 */
export const QUANTITY_UNITS: readonly string[] = /* @__PURE__ */ patternWords([/%|শতাংশ|টাকা|কোটি|লাখ|ডলার|মিলিয়ন|percent/]);

/**
 * Words that may follow a dotted time written without a day part or a clock marker (`১০.৩০ মিনিটে`, `১০.১৫ মিঃ`, `১০.৩০ থেকে`,
 * `১০.৩০ বাংলাদেশ সময়`), or a bare `Nটা` (`৫টা বাজে`, `৩টা থেকে`, `৩টা ও ৫টার মধ্যে`): any other word after it makes
 * the number a quantity (`৬.২৫ মাত্রার`, `২০.২৫ সেন্টিমিটার`, `১.২০ কোটি`) or a count (`৩টা গাড়ি`). Whole words (with
 * the minute, o'clock, hours and ঘটিকা words, read as prefixes). Vocabulary only.
 */
export const DOTTED_TIME_FOLLOWERS: readonly string[] = /* @__PURE__ */ patternWords([/এ|তে|এর|থেকে|পর্যন্ত|নাগাদ|মি|মিঃ|বাজে|বেজে|বাজার|বাজতে|হতে|অবধি|ও|বা/]);

/**
 * Hours in words before টা/টায়/টো/টে (`রাত নয়টায়`, `ন'টা`, `দুটো`, `এগারোটার`): one to twelve in the spellings sites
 * print (an apostrophe may follow: `ন'টা`, `ছ'টায়`). Read only after a day part or সাড়ে/সোয়া/পৌনে, since `দুটো গাড়ি` and `একটা কথা` are counts. Vocabulary only.
 */
export const HOUR_WORDS: readonly (readonly [string, number])[] = /* @__PURE__ */ patternEntries([
  [/এক/, 1], [/দুই|দু/, 2], [/তিন/, 3], [/চার/, 4], [/পাঁচ/, 5], [/ছয়|ছ/, 6], [/সাত/, 7], [/আট/, 8], [/নয়|ন/, 9], [/দশ/, 10], [/এগারো|এগার/, 11], [/বারো|বার/, 12],
]);

/**
 * Minutes in words before মিনিট after an hour (`রাত নয়টা পনেরো মিনিটে`): the multiples of five, the n-th entry
 * (its spellings joined by `|`) being 5·n minutes. Vocabulary only.
 */
export const MINUTE_WORDS: readonly RegExp[] = [
  /পাঁচ/, /দশ/, /পনেরো|পনের/, /কুড়ি|বিশ/, /পঁচিশ/, /ত্রিশ|তিরিশ/, /পঁয়ত্রিশ/, /চল্লিশ/, /পঁয়তাল্লিশ/, /পঞ্চাশ/, /পঞ্চান্ন/,
];
