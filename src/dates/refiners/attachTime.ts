/**
 * Date + time: the time written right before a date (`১০:২৬ এএম, ১৩ জুলাই ২০২৫` read from the date's side) or right
 * after it (`১৩ জুলাই ২০২৫, ১০:২৬ এএম`), across the small gap sites put between them. Both searches are bounded, so
 * joining costs the same on a dateline and on a megabyte.
 */
import { extractHoursTime, extractTime, HOURS_TIME_PATTERN, TIME_PATTERN } from "../patterns/time.ts";
import type { TimeMention } from "../patterns/time.ts";
import { DAY_PART, GREGORIAN_ERA, HOURS_WORD, UTC_WORD, WEEKDAY_COPULA, WEEKDAY_FULL } from "../vocabulary.ts";
import { zoneAfter } from "./attachZone.ts";

/**
 * The date words of official texts, their রোজ ("on the day"), "about", the label `সময়:` (see {@link GAP}), and the
 * same day in the Bangla or Hijri calendar: a day, its month (one or two words) and a year 13xx–14xx, with an era
 * word of either (`২৯ আষাঢ় ১৪৩২`, `৩০ আষাঢ়, ১৪৩২ বাং`, `১৮ মহররম ১৪৪৭ হিঃ`, `১০ রবিউস সানি ১৪৪৭ হিজরি`), or its
 * month first (`বৈশাখ ২ ১৪৩১`, `আষাঢ় ২৮, ১৪৩২`), and a place before sunrise or sunset (`আজ ঢাকায় সূর্যাস্ত বিকেল ৫টা ১২
 * মিনিটে`), a prayer's name before its call or congregation (`আজ জোহরের জামাত দুপুর ১টা ১৫ মিনিটে`, `ঈদের প্রধান
 * জামাত`, `জানাজার নামাজ`; `আসর` only before its afternoon: `আজ আসর বিকেল ৪টা ৪০ মিনিটে`, as `কবিতার আসর` is a
 * gathering) and a fast's two meals, a place before them too (`আজ ইফতার সন্ধ্যা ৬টা ২ মিনিটে`, `আজ
 * ইফতারের সময় সন্ধ্যা ৬টা`, `সাহরির শেষ সময় ভোর ৪টা`, `আজ ঢাকায় ইফতার সন্ধ্যা ৬টা`; `ইফতার` right before a clock is
 * its evening, a day part: `আজ ইফতার ৬টা ৪৫ মিনিটে`), as a pattern literal, whose Bengali letters a bundle keeps as
 * they are.
 * Written with `^`, which the slice drops (the group stays): the words are only read where the gap has come to.
 */
const GAP_WORDS: string = /* @__PURE__ */ (() =>
  /^(?:তারিখে?|রোজ|আনুমানিক|নাগাদ|দিকে|about|around|সময\u09bcঃ?|[\u0980-\u09ff]{2,10}(?= (?:সূর্য|প্রধান|নামাজ|আজান|জামাত|ইফতার|স[াে]হরি))|আসর(?= বিক[ো]ল)|প্রধান|নামাজ|আজান|জামাত|ইফতার(?:ির?|ের|(?! \d))|স[াে]হরির?(?: শেষ)?|(?:\d\d?[^\d\s]{0,3} [\u0980-\u09ff ]{2,16}|[\u0980-\u09ff]{2,10} \d\d?),? 1[34]\d\d(?: (?:ব[াঙ]|হি)[\u0980-\u09ff]{0,6})?)/.source.slice(1))();

/**
 * Gap allowed between a date and its time: spaces, commas (fullwidth ones too: `১৩ জুলাই ২০২৫， ১০：২৬`), bars,
 * dandas, bullets, slashes, a double colon (`১৩ জুলাই ২০২৫ :: ১০:২৬ পূর্বাহ্ণ`; one colon is too often a label's), and
 * up to four of these words: ICU's এ, `at`, `on`, `from` (`June 4, 2024, from 8 am`), a bullet dash, a weekday
 * (`১৩ জুলাই ২০২৫, রবিবার, সকাল ৯টা`, `১৩ জুলাই ২০২৫ (রবিবার) সকাল ১০টা`, and after "was" or "falls on": `১২ ডিসেম্বর
 * ছিল বৃহস্পতিবার`), the era and date words of official texts and their রোজ ("on the day") before a weekday
 * (`১৩/০৭/২০২৫ ইং তারিখ রাত ১১.৩০ মিনিটে`, `১৫ জুলাই ২০২৫ খ্রিঃ রোজ মঙ্গলবার সকাল ১০.০০ ঘটিকায়`), and a word for
 * "about" (`গতকাল আনুমানিক রাত ৯টায়`, `Saturday at about 9 pm`, `রাত ৯টা নাগাদ, শনিবার`, `রাত ২টার দিকে (শনিবার দিবাগত
 * রাতে)`: an opening bracket may follow a word), and the label `সময়:` ("time") of
 * district portals (`১৩ জুলাই ২০২৫ খ্রিস্টাব্দ, সময়: ১০:২৬ পূর্বাহ্ণ`), and "after" a word in the genitive before a
 * day part (`শুক্রবার জুমার পর দুপুর ২টায়`, `বৃহস্পতিবার ইফতারের পর রাত ৮টায়`, with up to three words before it: `বুধবার দুপুরের খাবারের পর বিকেল ৩টায়`, `রবিবার দুপুরের খাবার খাওয়ার পর বিকেল
 * ৩টায়`; the clock of that day; without its day
 * part the clock is not taken, `রোববার সকালে নাশতার পর ৯টায়` gives the day). Run on the text from where a date or
 * time ends.
 */
const GAP: RegExp = /* @__PURE__ */ (() => new RegExp(
  `^(?:[\\s,，|।;@(•/]|::){0,8}(?:(?:(?:${WEEKDAY_COPULA}\\s)?${WEEKDAY_FULL}|এ|at|on|from|-|${GREGORIAN_ERA}|(?:[\\u0980-\\u09ff]{2,12} ){0,3}[\\u0980-\\u09ff]{2,12}র পরে?(?= (?:${DAY_PART}) )|${GAP_WORDS})(?![\\u0980-\\u09ffa-z])[\\s,.|।;():]{0,6}){0,4}`,
  "u",
))();

/**
 * Where the gap after `at` ends.
 *
 * @param text - the matching view
 * @param at - where a date or time ends
 */
export function gapEnd(text: string, at: number): number {
  return at + (GAP.exec(text.slice(at))?.[0].length ?? 0);
}

/** How far before a date a time (with its day-part words) may start. */
const LOOK_BACK = 64;
const TIME_AT: RegExp = /* @__PURE__ */ (() => new RegExp(TIME_PATTERN.source, "uy"))();
const HOURS_TIME_AT: RegExp = /* @__PURE__ */ (() => new RegExp(HOURS_TIME_PATTERN.source, "uy"))();

/** The time that starts exactly at `at`. */
export function timeAt(text: string, at: number): TimeMention | null {
  TIME_AT.lastIndex = at;
  const match = TIME_AT.exec(text);
  const time = match === null ? null : extractTime(match, true);
  if (time !== null) return time;
  HOURS_TIME_AT.lastIndex = at;
  const hours = HOURS_TIME_AT.exec(text);
  return hours === null ? null : extractHoursTime(hours);
}

/** What a time of {@link HOURS_TIME_PATTERN} has: the word for hours, or GMT or UTC after it. */
const HOURS_HINT: RegExp = /* @__PURE__ */ (() => new RegExp(`${HOURS_WORD}|${UTC_WORD}`, "u"))();

/**
 * What every time has: a digit, or after an hour in words the o'clock word (`টা`, `টো`, `টে` and their cases, `ঘটিকা`,
 * here by its first two letters): a stretch with neither is passed over without a search.
 */
const TIME_HINT = /\d|ট[াোে]|ঘট|noon/u;

/** A bracket opened and not closed, between two clocks: the second is in it (`7pm local time (8pm BST)`). */
const OPEN_BRACKET = /\([^()]*$/;

/** `to`, `till`, `until` or a dash between the clocks of a range (`from 10am to 8pm on Friday`). */
const CLOCK_RANGE_JOIN = /^ ?(?:-|–|(?:to|till|until) )$/;

/**
 * The time that ends, with a gap, exactly where a date starts, searched in a bounded stretch before it and the date
 * itself, whose English day part an hour reads as its own (`11 o'clock last night` is 23:00 of the day before); of a
 * range of clocks the first (`from 10am to 8pm on Friday` opens at 10am), spanning both.
 */
export function timeBefore(text: string, start: number, end: number, floor: number): TimeMention | null {
  const from = Math.max(floor, start - LOOK_BACK);
  const context = Math.min(from, 2);
  const piece = text.slice(from - context, end);
  if (!TIME_HINT.test(piece)) return null;
  // the shapes of a time, the one with a clock first (its search passes over most units at once), the one of hours
  // where the stretch has their word
  const shapes = [TIME_PATTERN, HOURS_HINT.test(piece) && HOURS_TIME_PATTERN];
  const shift = from - context;
  for (const pattern of shapes) {
    if (pattern === false) continue;
    pattern.lastIndex = context;
    let before: TimeMention | null = null;
    for (let match = pattern.exec(piece); match !== null; match = pattern.exec(piece)) {
      const found = pattern === TIME_PATTERN ? extractTime(match, true) : extractHoursTime(match);
      if (found === null) continue;
      const time = { ...found, start: found.start + shift, end: found.end + shift };
      // the gap may run through a zone (`10:26 PM IST, Jul 13, 2025`) and the weekday that starts the date
      // (`৬:১০ অপরাহ্ণ | শনিবার, ০৯ মার্চ ২০২৪`)
      // a second clock in brackets with its zone after it or before it (`7pm local time (8pm BST) on Friday`,
      // `স্থানীয় সময় সন্ধ্যা ৭টায় (বাংলাদেশ সময় রাত ৮টা) শুক্রবার`) is the date's, the bracket closing in the gap, and
      // the text takes in the first clock, so that it holds both brackets
      const first = before && OPEN_BRACKET.test(text.slice(before.end, time.start)) ? before : null;
      let after = zoneAfter(text, time.end)?.end ?? time.end;
      if (first && text[after] === ")") after++;
      if (time.start < start && gapEnd(text, after) >= start) {
        if (before && CLOCK_RANGE_JOIN.test(text.slice(before.end, time.start))) return before;
        if (first) time.start = first.start;
        return time;
      }
      before = time;
    }
  }
  return null;
}

