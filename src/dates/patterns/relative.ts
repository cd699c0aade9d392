/**
 * Relative text, read against the reference (nothing without one): `৫ মিনিট আগে`, `৩ ঘণ্টা আগে`, `২ দিন আগে`,
 * `৩ সপ্তাহ আগে`, `19 minutes ago`; `আজ`, `গতকাল`, `আগামীকাল`, `গত রাতে`; a bare weekday (`শনিবার`, `শনিবারের`) is the
 * latest such day on or before the reference. Every shape here is marked `relative`: the scanner runs it only with a
 * reference, so `context.reference` is always set.
 */
import { addDays } from "../calendarMath.ts";
import {
  MONTH,
  WORD_END,
  WORD_START,
} from "../vocabulary.ts";
import { yearWrittenBefore } from "../refiners/thatYear.ts";
import { FISCAL_YEAR, FISCAL_YEARS, fiscalYearOf, monthOf, PERIOD_PLACE, periodShift } from "./shared.ts";
import { timeAt } from "../refiners/attachTime.ts";
import {
  AGO,
  AMOUNT_WORD,
  DAY_PART,
  AMOUNT_WORD_VALUE,
  ENGLISH_DAY_PART,
  ENGLISH_DAY_PART_WORD,
  HOUR_FRACTION,
  HOUR_FRACTION_MINUTES,
  JUST_NOW,
  RELATIVE_DAY,
  RELATIVE_DAY_OFFSET,
  RELATIVE_UNIT,
  RELATIVE_UNIT_NAME,
  SPOKEN_WEEKDAY,
  WEEKDAY_AFTER_SHIFT,
  WEEKDAY_FULL_AT_EDGE,
  WEEKDAY_NUMBER,
  WEEKDAY_SHORT,
  WEEKDAY_SHIFT,
  viewKey,
} from "../vocabulary.ts";
import type { RelativeUnit } from "../vocabulary.ts";
import type { DateCandidate, DatePattern, ReferenceDay, ScanContext } from "./types.ts";

function dayFrom(reference: ReferenceDay, days: number, start: number, end: number, source: string): DateCandidate {
  const { year, month, day } = addDays(reference.year, reference.month, reference.day, days);
  return { start, end, source, year, month, day, precision: "day", absolute: false };
}

/** Seconds in each unit of `N … আগে` (a month is no fixed length: read as months, alone). */
const UNIT_SECONDS = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 3_000_000 } as const;

/**
 * A unit right before the word "ago", or "just now": the quick test of `N … আগে` in digits and in words (the word
 * "ago" first, the unit looked for behind it: a scan for a few words is quicker than one for every unit).
 */
const AGO_NEEDS: RegExp = /* @__PURE__ */ (() => new RegExp(`(?:${AGO}|পর)(?<=${RELATIVE_UNIT}\\s{0,2}(?:${AGO}|পর))|${JUST_NOW}`, "u"))();

/**
 * The date `amount` units before the reference, and `more` of a finer unit (`২ ঘণ্টা ৩০ মিনিট`): an instant, a day for
 * days and weeks, a month for months; `null` when the second unit is not finer than the first.
 */
function before(
  reference: ReferenceDay,
  amount: number,
  unit: RelativeUnit,
  more: number,
  finer: RelativeUnit | undefined,
  start: number,
  end: number,
): DateCandidate | null {
  const finest = finer ?? unit;
  if (finest !== unit && (unit === "month" || UNIT_SECONDS[finest] >= UNIT_SECONDS[unit])) return null;
  if (unit === "month") return { start, end, source: "relative", ...addDays(reference.year, reference.month - amount, 1, 0), precision: "month", absolute: false };
  const seconds = amount * UNIT_SECONDS[unit] + more * UNIT_SECONDS[finest];
  if (finest === "day" || finest === "week") return dayFrom(reference, -seconds / 86_400, start, end, "relative");
  const instant = reference.ms - seconds * 1000;
  return { start, end, source: "relative", year: 0, month: 0, day: 0, precision: finest, instant, absolute: false };
}

/**
 * Before a weekday, what makes it every such day or one of a month's, no date: `প্রতি`, `প্রতিটি`, `প্রতিটা` or
 * `প্রত্যেক` and up to three weekdays after it in a list or a span, or an ordinal (`প্রথম`, `শেষ`). Written as a
 * pattern literal, whose Bengali letters a bundle keeps as they are.
 */
const EVERY_OR_ORDINAL: string = /* @__PURE__ */ (() => /(?:প্রত(?:ি(?:ট[িা])?|্যেক)(?: [^ ,]{2,12}(?:,| ও| থেকে)){0,3}|(?<!\S)(?:প্রথম|দ্বিতী\u09af\u09bc|তৃতী\u09af\u09bc|চতুর্থ|শেষ))/.source)();
/** The endings of a weekday (`শুক্রবারের`, `শুক্রবারে`, `শুক্রবারও`, `শুক্রবারেও`, `শুক্রবারই`). */
const WEEKDAY_ENDING: string = /* @__PURE__ */ (() => /(?:ের|ে|ও|ই|েই|েও)?/.source)();
/**
 * Not after a word in the genitive (a vowel sign and র, or এর): `নির্ধারিত সময়ের ৪৫ মিনিট আগে` and `নির্বাচনের দুই দিন
 * আগে` count back from what the word names, and `রাত নয়টার দশ মিনিট আগে` is a time of day; `মাত্র ৫ মিনিট আগে` is read.
 */
const NOT_AFTER_GENITIVE: string = /* @__PURE__ */ (() => /(?<!(?:[\u09be-\u09cc]|এ)র {1,2})/.source)();

/**
 * Not the second count of a range (`২-৩ দিন আগে`, `৫/৬ দিন পর`, `2 to 3 days ago`): a range of counts names no one
 * instant, as `a few hours ago` names none. {@link NOT_A_WORD_RANGE} also refuses a count in words after one
 * (`দুই-তিন দিন আগে`, `two or three days ago`).
 */
const RANGE_JOIN: string = /* @__PURE__ */ (() => /(?:[-/]| (?:থেকে|বা|to|or) )/.source)();
const NOT_A_RANGE: string = /* @__PURE__ */ (() => `(?<!\\d${RANGE_JOIN})`)();
const NOT_A_WORD_RANGE: string = /* @__PURE__ */ (() => `(?<!(?:\\d|${AMOUNT_WORD})${RANGE_JOIN})`)();

/**
 * পর or পরে, a count forward from the reference, read only before a verb in the future tense in the same sentence (`৩
 * দিন পর খুলবে`, `দুই সপ্তাহ পরে শুরু হবে`): with a verb in the past or none it tells how long a thing took (`১৭ দিন পর
 * খুলল`, `৩ দিন পর লাশ উদ্ধার`), and `৩ দিন পর পর` is every third day. `তবে`, `কবে`, `সবে` and `যবে` are no verbs.
 * Written with `^`, which the slice drops: the piece only follows a unit, never starts a search of its own.
 */
const LATER: string = /* @__PURE__ */ (() => /^(পরে?)(?! ?পর)(?=[^।\n]{0,48}(?<!(?<![\u0980-\u09ff])[তকসয])বেন?(?![\u0980-\u09ff]))/.source.slice(1))();

/**
 * Between two units of one count: a space, a comma, `and`, `ও` or `এবং` (`2 hours, 15 minutes ago`, `২ ঘণ্টা ও ১৫
 * মিনিট আগে`).
 */
const UNIT_JOIN: string = /* @__PURE__ */ (() => /,?\s{1,2}(?:(?:and|ও|এবং)\s{1,2})?/.source)();

/**
 * `৫ মিনিট আগে`, `২ ঘণ্টা ৩০ মিনিট আগে` (the second unit finer), `an hour ago`, `এক ঘণ্টা আগে` (one in a word, as
 * relative-time widgets print it in datelines), `৩০ সেকেন্ড আগে`; `এইমাত্র` (the reference). Not after a fraction
 * (`সাড়ে ৩ ঘণ্টা আগে`, `half an hour ago`): that count is of running text's shape, and read alone it is wrong.
 */
export const relativeAgo: DatePattern = {
  name: "relative",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(
      `${WORD_START}${NOT_AFTER_GENITIVE}${NOT_A_RANGE}(?<!(?:${HOUR_FRACTION}|half)\\s{1,2})(?:(\\d{1,3}|an?|এক)\\s{0,2}(${RELATIVE_UNIT})(?:${UNIT_JOIN}(\\d{1,3})\\s{0,2}(${RELATIVE_UNIT}))?\\s{0,2}(?:${AGO}|${LATER})|${JUST_NOW})${WORD_END}`,
      "gu",
    ))(),
  needs: AGO_NEEDS,
  relative: true,
  extract(match, context) {
    const [text, amountText = "", unitText = "", moreText = "0", moreUnitText = "", later] = match;
    // a count forward is one back by a negative amount
    const sign = later === undefined ? 1 : -1;
    // `এইমাত্র` has no amount: 0; a word (`an`, `এক`) is one
    const amount = Number.isNaN(+amountText) ? 1 : +amountText;
    // and no unit: 0 minutes ago
    const unit = RELATIVE_UNIT_NAME.get(viewKey(unitText)) ?? "minute";
    return before(context.reference as ReferenceDay, sign * amount, unit, sign * +moreText, RELATIVE_UNIT_NAME.get(viewKey(moreUnitText)), match.index, match.index + text.length);
  },
};

/**
 * Running text: a small number in words (`এক ঘণ্টা আগে`, `দু দিন আগে`, `আধা ঘণ্টা আগে`), and a number after সাড়ে, সোয়া
 * or পৌনে (`সাড়ে ৩ ঘণ্টা আগে`, `পৌনে দুই ঘণ্টা আগে`). A half or a quarter counts in the next finer unit (`দেড় ঘণ্টা`
 * is 90 minutes); half a day, a week or a month is no date.
 */
export const relativeAgoInWords: DatePattern = {
  name: "relative",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(
      `${WORD_START}${NOT_AFTER_GENITIVE}${NOT_A_WORD_RANGE}(?:(${HOUR_FRACTION})\\s{1,2})?(${AMOUNT_WORD}|\\d{1,3})\\s{0,2}(${RELATIVE_UNIT})(?:${UNIT_JOIN}(\\d{1,3})\\s{0,2}(${RELATIVE_UNIT}))?\\s{0,2}(?:${AGO}|${LATER})${WORD_END}`,
      "gu",
    ))(),
  needs: AGO_NEEDS,
  relative: true,
  extract(match, context) {
    const [text, fraction = "", amountText = "", unitText = "", moreText = "0", moreUnitText = "", later] = match;
    const word = AMOUNT_WORD_VALUE.get(viewKey(amountText));
    // digits without a fraction are the digits' own shape
    if (word === undefined && fraction === "") return null;
    let amount = (word ?? +amountText) + (HOUR_FRACTION_MINUTES.get(fraction) ?? 0) / 60;
    let unit = RELATIVE_UNIT_NAME.get(viewKey(unitText)) ?? "minute";
    if (amount % 1 !== 0) {
      if (unit !== "hour" && unit !== "minute") return null;
      amount *= 60;
      unit = unit === "hour" ? "minute" : "second";
    }
    const sign = later === undefined ? 1 : -1;
    return before(context.reference as ReferenceDay, sign * amount, unit, sign * +moreText, RELATIVE_UNIT_NAME.get(viewKey(moreUnitText)), match.index, match.index + text.length);
  },
};

export const relativeDay: DatePattern = {
  name: "relative-day",
  // `গত রাতে`, `গতরাতে`, last night: the day before, its day part left to the time after it (`গত রাত ১১টার দিকে`)
  pattern: /* @__PURE__ */ (() => new RegExp(`${WORD_START}(?:(${RELATIVE_DAY})${WORD_END}|${/গত(?= ?রাত)/.source})`, "gu"))(),
  relative: true,
  extract(match, context) {
    const reference = context.reference as ReferenceDay;
    const offset = RELATIVE_DAY_OFFSET.get(viewKey(match[1] ?? "")) ?? -1;
    return dayFrom(reference, offset, match.index, match.index + match[0].length, this.name);
  },
};

/**
 * Running text: `tonight`, `this morning`, `this evening` (the reference's day) and `last night`, `last evening` (the
 * day before); before `at` and an hour the day part is left to the time (`last night at 11:45 pm`, `tonight at 9`).
 */
export const englishDayPart: DatePattern = {
  name: "relative-day",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(`${WORD_START}(?:this |last |to)(?:(?=${ENGLISH_DAY_PART})|${ENGLISH_DAY_PART_WORD}${WORD_END})`, "gu"))(),
  needs: /this |last |tonight/u,
  relative: true,
  extract(match, context) {
    return dayFrom(context.reference as ReferenceDay, match[0][0] === "l" ? -1 : 0, match.index, match.index + match[0].length, this.name);
  },
};

/**
 * After a weekday's name (group 1) in {@link bareWeekday}: no ordinal or `প্রতি` before the name, its ending; not
 * before `বাদে` or `ছাড়া`, "except" (`শুক্রবার বাদে প্রতিদিন`; `ছাড়া পান`, "was released", is a day).
 */
const BARE_WEEKDAY_END: string = /* @__PURE__ */ (() =>
  `(?<!${EVERY_OR_ORDINAL} \\1)${WEEKDAY_ENDING}${WORD_END}${/(?! ?(?:বাদে|ছা\u09a1\u09bcা(?! ?প)))\)?/.source}`)();

/**
 * A verb in the future tense (`হবে`, `ফিরবেন`, `যাবে`) or "may" (`হতে পারে`) at a word's end; `তবে`, `কবে`, `সবে`,
 * `যবে`, `শবে` (of `শবে কদর`), `আরবে`, the manner words in `-ভাবে`, `হিসেবে`, `হিসাবে`, `জবাবে` and `ডুবে`
 * ("having sunk") are no verbs; a forecast or a likelihood told now is one (`বৃষ্টির পূর্বাভাস রয়েছে`, `কমার সম্ভাবনা।`;
 * `সম্ভাবনা ছিল` is none). Written to open with its letter, which the look back follows (see `afterEdge`).
 */
export const FUTURE_VERB: string = /* @__PURE__ */ (() =>
  /(?:ব(?<!(?:(?<![\u0980-\u09ff])(?:[তকসযশ]|আর)|ভা|ডু|হিস[ো]|জবা)ব)েন?|তে পারেন?|(?:সম্ভাবনা|পূর্বাভাস)(?= ?(?:র\u09af\u09bcেছে|আছে|নেই|দি\u09af\u09bcেছে|[।,.]|$)))(?![\u0980-\u09ff])/.source)();
/** A verb in the future tense right before a weekday (`শুনানি হবে রবিবার`): run on the dozen units before it. */
export const FUTURE_VERB_BEFORE: RegExp = /* @__PURE__ */ (() => new RegExp(`${FUTURE_VERB} {1,2}$`, "u"))();
/**
 * A verb in the future tense a few words after a weekday in its clause, with no verb in the past or participle before
 * it (`সোমবার গ্রেপ্তার হওয়া দুজনকে … পাঠানো হবে`; `উপস্থিত` and `অবস্থিত` tell a state, no participle: `মঙ্গলবার
 * সকাল ১০টার মধ্যে উপস্থিত থাকতে হবে`): run on the text from the weekday, which starts a word, so a verb's look back
 * reads no letter before it.
 */
const FUTURE_VERB_AFTER: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`${/^(?:[^।\n,;?!](?!(?:(?<!স্থ)িত|ও\u09af\u09bcা|ছেন?|হ\u09af\u09bc) )){0,80}?/.source}${FUTURE_VERB}`, "u"))();
/** {@link FUTURE_VERB} anywhere: a quick test of the text {@link FUTURE_VERB_AFTER} reads. */
const ANY_FUTURE_VERB: RegExp = /* @__PURE__ */ (() => new RegExp(FUTURE_VERB, "u"))();
/**
 * A schedule's verb in the present (`starts on`, `Polls open on`, `reopens on`, `kicks off at`, `departs at`,
 * `lands at`, with a place between: `lands in Dhaka at`, `resumes on`, `takes effect on`, not after `would`: `talks would resume on` is told as past; `Polls
 * close on`, not after `came`, `so` or `too`; `The hearing is on`) right before a weekday, as a whole word (`the
 * weekend Saturday` is none), or a day an adjournment or a closure runs to (`adjourned till Monday`, `closed until
 * Thursday`, `postponed to Sunday`; not after `stayed` or `remained`: `The roads stayed closed till 6pm on Friday` is
 * told as past), each with a clock between, its zone or `local time` too, or midnight or noon (`Polling begins at 8am on`,
 * `starts at 8pm BST on`, `kicks off at 2:30pm local time on`, `close at midnight on`, `opens at noon on`,
 * `adjourned till noon on`, `closed until 8pm on`), a second clock in brackets too (`ends at 8pm local time (6am BST)
 * on`): run on the 64 units before an English weekday (`will` anywhere
 * before it in its sentence, see {@link englishTenseBefore}).
 */
const ENGLISH_SCHEDULE_BEFORE =
  /\b(?:(?:is|are|(?:re)?(?:start|begin|open)s?|kicks? off|(?:depart|arrive|land)s?(?: (?:in|at|from) [a-z]{2,12})?|(?<!would )(?:resumes?|takes? effect)|(?<!\b(?:came|comes?|so|too|very) )closes?|ends?) (?:at (?:\d\S{0,7}(?: [ap]\.?m\.?)?(?: local time| \S{2,9})?(?: \(.{4,24}\))?|midnight|noon) )?(?:on )?|(?:adjourned|(?<!\b(?:stayed|remained) )closed|postponed|deferred) (?:till|until|to) (?:(?:\d\S{0,7}(?: [ap]\.?m\.?)?|noon) on )?)$/;
/**
 * The words of an English sentence's tense before a day (see {@link englishTenseBefore}): `will`, `shall` and the
 * words of a plan (`is likely to begin on`, `is expected to be held on`, `is set to`), and a verb in the past before
 * `on` and the day, up to six words between (`was held on`, `arrested him on`, `sank in the Bay of Bengal on`), none
 * of them `will`, `would`, `to be` or a plan's words (`announced polls to be held on` tells no past) nor a clause's
 * comma (`which was formed last year, meets on`); a verb's past that does not end in -ed is one of those news writes
 * most (`sank on`, `won the match on`, `left for Dubai on`); a participle after `is`, `are`, `be`, `been`, `remain`
 * or `stay` tells no past (`is to be held on`, `will remain closed until 5pm on`), nor do the words of a plan
 * (`expected on`, `scheduled on`).
 */
const ENGLISH_TENSE_WORD =
  /\b(?:will|shall|since|(?:likely|expected|scheduled|set|slated) to)\b|\b(?<!\b(?:is|are|be(?:en)?|remains?|stays?) )(?!(?:expect|schedul)ed )(?:was|were|held|met|took|broke|won|lost|left|sank|began|came|went|fell|found|gave|told|said|made|struck|sat|got|rose|\w+ed)(?: (?!(?:will|shall|would|to be|(?:likely|expected|scheduled|set|slated) to) )[^\s,]+){0,6} on $/g;
/**
 * The end of the future's words of {@link ENGLISH_TENSE_WORD}: `will` and `shall` end in `l`, a plan's in `to`, and
 * nothing else it reads does.
 */
const FUTURE_WORD_END = /[lo]$/;
/** What ends an English sentence before a day: {@link englishTenseBefore} reads the last one's words. */
const ENGLISH_SENTENCE_STOP = /[.!?\n]/;

/**
 * The tense of an English sentence before a day, whose verb comes first: a verb in the past a few words before `on`
 * and the day (-1: `The meeting was held on November 20`), else the last `will`, `shall` or plan's words (1, the
 * future: `is likely to begin on`) or `since` (-1, the past) in the sentence before it (`The fair will continue till
 * December 15`, `Schools will remain closed until Saturday`, `missing since August 5`), else 0; a past verb before
 * another word says neither, as it sets days to come as often (`The deadline was extended to December 15`).
 *
 * @param text - the matching view
 * @param start - where the day's text starts
 */
export function englishTenseBefore(text: string, start: number): number {
  const word = text.slice(Math.max(0, start - 80), start).split(ENGLISH_SENTENCE_STOP).pop()?.match(ENGLISH_TENSE_WORD)?.pop();
  return word === undefined ? 0 : FUTURE_WORD_END.test(word) ? 1 : -1;
}
/** What may stand between a weekday and `পর্যন্ত`: the rest of its word, a day part and two short words. */
const BEFORE_UNTIL: RegExp = /* @__PURE__ */ (() => new RegExp(`^\\S+(?: (?:${DAY_PART})(?: [^ ।\\n]{1,9}){0,2})?$`, "u"))();
/** `পর্যন্ত` between spaces, the one after it left to the next search. */
const UNTIL = / পর্যন্ত(?= )/g;
/** A verb of ordering, continuing or postponing: {@link untilDeadline} looks for one near `পর্যন্ত`. */
const DEADLINE_VERB = /স্থগিত|মুলতবি|সম\u09af\u09bc দে|বেঁধে|বা\u09a1\u09bcা|যেতে|চালি\u09af\u09bcে|রাখ/;
/** What ends a clause after `পর্যন্ত`: {@link untilDeadline} reads it only to there. */
const CLAUSE_STOP = /[।\n;?!]/;
/** A unit of white space. */
const WHITE_SPACE = /\s/;
/** `ছিল` ("was"), which tells a deadline as past. */
const PAST_COPULA = /ছিল/;
/** `পর্যন্ত` ("until"), looked for before a deadline is read. */
const UNTIL_WORD = /পর্যন্ত/;
/**
 * A weekday before `পর্যন্ত` with a verb of ordering, continuing or postponing in its clause, a deadline (`শনিবার পর্যন্ত
 * আন্দোলন চালিয়ে যেতে বলা হয়েছে`, `বৃহস্পতিবার পর্যন্ত স্থগিত`, `মঙ্গলবার পর্যন্ত সময় দেওয়া হয়েছে`, `অব্যাহত রাখার
 * ঘোষণা`); a count up to a day gone is none (`শনিবার পর্যন্ত ৫০ জন মারা গেছেন`), and so is a deadline told as past, with
 * `ছিল` in its clause (`শনিবার পর্যন্ত ফ্লাইট স্থগিত ছিল`, `… বন্ধ রাখা হয়েছিল`); a day part and its clock may stand
 * between (`বৃহস্পতিবার বিকেল ৫টা পর্যন্ত সময় দেওয়া হয়েছে`): read at a weekday, where `পর্যন্ত` is near. The clause
 * after `পর্যন্ত` is measured here, to its first `।`, line break, `;`, `?` or `!`, with plain searches: a pattern that
 * tried every length of it would backtrack.
 */
function untilDeadline(text: string, at: number): boolean {
  // the weekday's word ends at the first space, within the 48 units where `পর্যন্ত` is looked for; a day part and two
  // short words may follow it
  const space = text.slice(at, at + 48).search(WHITE_SPACE);
  // (as far as it may be: 60 units after the weekday's word, and the space after it)
  const near = text.slice(0, at + space + 69);
  UNTIL.lastIndex = at + space;
  for (let found; space > 0 && (found = UNTIL.exec(near)) !== null; ) {
    // the clause after it to its first stop, as far as `ছিল` may start (80 units on)
    const said = text.slice(UNTIL.lastIndex + 1, UNTIL.lastIndex + 84).split(CLAUSE_STOP, 1)[0] ?? "";
    const verb = said.search(DEADLINE_VERB);
    if (verb >= 0 && verb <= 60 && !PAST_COPULA.test(said) && BEFORE_UNTIL.test(text.slice(at, found.index))) return true;
  }
  return false;
}
export const bareWeekday: DatePattern = {
  name: "weekday",
  // a closing bracket after the weekday is its own (`গতকাল (শনিবার) রাত ৯টায়`: the time comes after it); after
  // `প্রতি`, `প্রতিটি`, `প্রতিটা` or `প্রত্যেক` a weekday is every such day, no date, and so are up to three after it in
  // a list or a span (`প্রতি শুক্রবার`, `প্রতি রবিবার ও বুধবার`, `প্রতি শনি, সোম ও বুধবার`, `প্রতি রোববার থেকে
  // বৃহস্পতিবার`); after an ordinal it is one of a month's (`প্রতি মাসের প্রথম শুক্রবার`, `রমজানের শেষ
  // শুক্রবার`, `তৃতীয় সোমবার`), no latest such day (`সর্বশেষ শুক্রবার` is); the look back starts at the weekday (`\1`), so it runs only where one is found
  pattern: /* @__PURE__ */ (() => new RegExp(`(${WEEKDAY_FULL_AT_EDGE})${BARE_WEEKDAY_END}`, "gu"))(),
  relative: true,
  extract(match, context) {
    const reference = context.reference as ReferenceDay;
    const weekday = WEEKDAY_NUMBER.get(viewKey(match[1] ?? "")) ?? 0;
    const back = (reference.weekday - weekday + 7) % 7;
    return dayFrom(reference, -back, match.index, match.index + match[0].length, this.name);
  },
};

/**
 * Whether the clause of a weekday at `at` is told in the future: an English one after `will` in its sentence or right
 * after a schedule's verb in the present (`The second Test starts on Saturday`); a Bengali one right after a verb in
 * the future, before one (`শনিবার সিলেটে যাবে দল`), or before a deadline's `পর্যন্ত`.
 *
 * @param text - the matching view
 * @param at - where the weekday starts
 * @param piece - the 90 units from `at`
 * @param deadline - a deadline's `পর্যন্ত` follows the weekday
 */
function inFutureClause(text: string, at: number, piece: string, deadline: boolean): boolean {
  return text.charCodeAt(at) < 128
    ? ENGLISH_SCHEDULE_BEFORE.test(text.slice(Math.max(0, at - 64), at)) || englishTenseBefore(text, at) > 0
    : FUTURE_VERB_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
        // (cut where nothing it reads lies beyond: 80 units, a verb and the unit after it)
        (ANY_FUTURE_VERB.test(piece) && FUTURE_VERB_AFTER.test(piece)) ||
        deadline;
}

/**
 * Whether the clock of a deadline on the reference's own weekday is still to come that day (`রবিবার দুপুর ১টা পর্যন্ত`,
 * read on a Sunday morning; রাত ১২টা ends the day).
 */
function clockStillToCome(candidate: DateCandidate, text: string, reference: ReferenceDay): boolean {
  const clock = timeAt(text, candidate.end + 1);
  return clock !== null && (clock.hour || 24) * 60 + clock.minute > reference.minutes;
}

/**
 * A bare weekday of running text in a clause told in the future (see {@link inFutureClause}) is the next such day on
 * or after the reference (`শনিবার সিলেটে যাবে দল`, `শুনানি হবে রবিবার`), not the latest on or before it: `candidate`, a
 * new object of the weekday's own, moved a week on when it is not the reference's day. The reference's own weekday
 * stays the reference's day, but for a deadline, which lies ahead of the order, unless its clock is still to come.
 */
function aheadBeforeFutureVerb(candidate: DateCandidate, text: string, reference: ReferenceDay): DateCandidate {
  const at = candidate.start;
  const piece = text.slice(at, at + 90);
  const deadline = UNTIL_WORD.test(piece.slice(0, 48)) && untilDeadline(text, at);
  return !inFutureClause(text, at, piece, deadline) || (candidate.day === reference.day && (!deadline || clockStillToCome(candidate, text, reference)))
    ? candidate
    : Object.assign(candidate, addDays(candidate.year, candidate.month, candidate.day, 7));
}

/**
 * An abbreviated weekday (group 1) joined by `ও`, `এবং`, `and`, `&` or a comma (group 2) to what follows it, looked
 * back for from where that starts (one try, sticky); not after an English word but `on` or `from` (`He sat, Sunday`
 * names Sunday alone).
 */
const SHORT_WEEKDAY_JOINED: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`(?<=${/(?<![a-z0-9](?<!\bon|\bfrom) )/.source}${WORD_START}(${WEEKDAY_SHORT})${/(,| ও| এবং| and| &) /.source})`, "uy"))();
/**
 * `ও` or `এবং` and an abbreviated weekday right after a full one (`বুধবার ও বৃহস্পতি`), not a planet or a god (`শনি
 * গ্রহ`, `শনি দেবের`) nor রবি ঠাকুর: run where the full one ends.
 */
const SHORT_WEEKDAY_AFTER: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`${/ (?:ও|এবং) /.source}(${WEEKDAY_SHORT})${WORD_END}${/(?! ?(?:গ্রহ|দেব|ঠাকুর))/.source}`, "uy"))();

/**
 * A bare weekday, `candidate`, in the tense of its clause ({@link aheadBeforeFutureVerb}), with the abbreviated
 * weekdays listed with it (`মঙ্গল ও বুধবার`, `শনি ও রোববার`, `সোম, মঙ্গল ও বুধবার`, `বুধবার ও বৃহস্পতি`, `Tue,
 * Wednesday`): days of their own, those before looked back for a few words at a time; each has the next as its
 * `rangeEnd`. All are in the tense of the list read where the verb is looked for from: the full one in Bengali, whose
 * verb comes after, the list's start in English, whose verb comes before. A Bengali one right before a full name is
 * joined by `ও` or `এবং`, never by a comma alone: `রবি, সোমবার আসবে` speaks to রবি. Alone they are planets, names and
 * words (`মঙ্গল গ্রহ`, `শনির দশা`, `রবি ঠাকুর`).
 */
export function weekdayWithShortOnesBefore(candidate: DateCandidate, text: string, reference: ReferenceDay): DateCandidate {
  const english = text.charCodeAt(candidate.start) < 128;
  let at = candidate.start;
  const listed: [string, number][] = [];
  for (let found; (found = ((SHORT_WEEKDAY_JOINED.lastIndex = at), SHORT_WEEKDAY_JOINED.exec(text))) && (english || listed[0] || found[2] !== ","); ) {
    at = text.lastIndexOf(found[1] as string, at - 2);
    listed.push([found[1] as string, at]);
  }
  if (!english) at = candidate.start;
  // a day of the list: the full one (no name), else a name's, read from `at`
  const day = (name?: string, start = candidate.start): DateCandidate => ({
    ...aheadBeforeFutureVerb(name === undefined ? { ...candidate, start: at } : dayFrom(reference, -((reference.weekday - (WEEKDAY_NUMBER.get(viewKey(name)) as number) + 7) % 7), at, 0, candidate.source), text, reference),
    start,
    end: name === undefined ? candidate.end : start + name.length,
  });
  let first = at === candidate.start ? aheadBeforeFutureVerb(candidate, text, reference) : day();
  SHORT_WEEKDAY_AFTER.lastIndex = candidate.end;
  const after = SHORT_WEEKDAY_AFTER.exec(text)?.[1];
  if (after) first = { ...first, rangeEnd: day(after, SHORT_WEEKDAY_AFTER.lastIndex - after.length) };
  for (const [name, start] of listed) first = { ...day(name, start), rangeEnd: first };
  return first;
}

/**
 * The colloquial `রোব্বার` and `বেস্পতিবার` alone, read as {@link bareWeekday} reads a weekday: a pattern of their
 * own, since in the alternation of every weekday they make its search several times slower.
 */
export const spokenWeekday: DatePattern = /* @__PURE__ */ (() =>
  ({ ...bareWeekday, pattern: new RegExp(`${WORD_START}(${SPOKEN_WEEKDAY})${BARE_WEEKDAY_END}`, "gu") }))();

/**
 * `গত বৃহস্পতিবার` (the latest before the reference), `আগামী রোববার` (the next after it), and so the colloquial `গত
 * রোব্বার`, `আগামী বেস্পতিবার`; a weekday of a week named by its place (`আগামী সপ্তাহের রোববার`, `পরের সপ্তাহের
 * সোমবার`, `চলতি সপ্তাহের বৃহস্পতিবার`, `গত সপ্তাহের বুধবার`) is that week's, before or after the reference: the week
 * runs from Sunday to Saturday, as the calendars of Bangladesh and West Bengal print it (the working week of
 * Bangladesh is Sunday to Thursday). `পরের`, `চলতি` and `এই` name a week only.
 */
export const shiftedWeekday: DatePattern = {
  name: "weekday",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(`(${WEEKDAY_SHIFT})${/ {1,3}(সপ্তাহের {1,3})?/.source}(${WEEKDAY_AFTER_SHIFT})${WEEKDAY_ENDING}${WORD_END}`, "gu"))(),
  relative: true,
  extract(match, context) {
    const reference = context.reference as ReferenceDay;
    const [, word = "", week, name = ""] = match;
    const weekday = WEEKDAY_NUMBER.get(viewKey(name)) ?? 0;
    // `গত` and `last` back (no other word starts with their letters)
    const back = /^[গl]/u.test(word);
    // a week's day: that many weeks from the reference's week (`গত` one back, `চলতি` and `এই` none, else one on)
    const weeks = back ? -1 : /^[চএ]/u.test(word) ? 0 : 1;
    if (week === undefined && /^[পচএ]/u.test(word)) return null;
    const days = week !== undefined ? weeks * 7 + weekday - reference.weekday : back ? -(((reference.weekday - weekday + 6) % 7) + 1) : ((weekday - reference.weekday + 6) % 7) + 1;
    return dayFrom(reference, days, match.index, match.index + match[0].length, this.name);
  },
};

/** The case endings after a month's name, or `মাস` and its own (`মার্চে`, `মে মাসের`). */
const MONTH_ENDING: string = /* @__PURE__ */ (() => /(?:তে|এ|য়ে?র?|ের?|র| {1,3}মাস(?:ে|ের)?)?/.source)();

/** What a match of {@link relativeMonth} or {@link fiscalYearsMonth} names: a month, or null. */
function readRelativeMonth(this: DatePattern, match: RegExpExecArray, context: ScanContext): DateCandidate | null {
  const reference = context.reference as ReferenceDay;
  // an English month with its year after it (`October last year`, groups: month, word): as `last` before the month
  const [, word, named, fiscal, monthText] = match.length > 3 ? match : [, match[2], match[2], , match[1]];
  // a month by its place moves from the reference's month; a named one from its year
  let month = reference.month + periodShift(word, true, 0, 0);
  let year = reference.year;
  // "that year" (`ওই বছরের ডিসেম্বরে`): the year written before it, and only with বছরের (`সে মার্চে` is "he, in March";
  // `সামনের` is the next)
  if (/[ওঐক]|সে/u.test(word ?? "")) {
    year = yearWrittenBefore(context.text, match.index);
    if (!year || named === undefined || fiscal !== undefined) return null;
    month = monthOf(monthText ?? "");
  } else if (monthText !== undefined) {
    month = monthOf(monthText);
    // a month of a fiscal year (`গত অর্থবছরের মার্চে`): of the calendar year that fiscal year has it in; one named
    // by its years (`২০২৪-২৫ অর্থবছরের মার্চে`) starts in the first
    if (fiscal !== undefined) year = fiscalYearOf(reference, month, word);
    year += periodShift(word, named !== undefined, month, reference.month);
  }
  return { start: match.index, end: match.index + match[0].length, source: this.name, ...addDays(year, month, 1, 0), precision: "month", absolute: false };
}

/**
 * `গত বছরের ডিসেম্বরে`, `চলতি বছরের মার্চে`, `গত মে মাসে`, `আগামী ডিসেম্বরে`, `চলতি জুলাই মাসে`, in the genitive
 * too (`আগামী ফেব্রুয়ারির`, `গত অক্টোবরের`); a month of a fiscal year (`গত অর্থবছরের মার্চে`, `চলতি অর্থবর্ষের
 * জানুয়ারিতে`, `গত আর্থিক বছরের মার্চে`, see `fiscalYearOf`) or one named by its years (`২০২৪-২৫ অর্থবছরের মার্চে`,
 * read against a reference, whose zone gives the month the fiscal year starts with); and a month named by its place
 * alone: `গত মাসে` (the one before the reference's), `চলতি মাসের`, `এ মাসে`, `আগামী মাসে` (month precision); a month
 * of "that year" (`সে বছরের মার্চে`, `ওই বছরের`, `একই বছরের`) is of the year written last before it in its sentence,
 * and no date without one. English `last`, `next` and `this` before a month read as গত, আগামী and এই (`last November`,
 * `next March`, `this December`); not after `the` (`the last March`), nor `this may` and `this march`, a verb and a walk
 * (and so `last year`, `next year` and `this year` after an English month, {@link monthYearWord}).
 */
export const relativeMonth: DatePattern = {
  name: "relative-month",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(
      `${WORD_START}(${PERIOD_PLACE}|${/(?:সে|ওই|ঐ)ই?|একই|(?<!the )(?:last|next|this(?! ma[ry]))/.source}) {1,3}(?:(${FISCAL_YEAR} {1,3})?(${MONTH})${MONTH_ENDING}|মাস(?:ে|ের)?)${WORD_END}`,
      "gu",
    ))(),
  relative: true,
  extract: readRelativeMonth,
};

/**
 * An English month and `last year`, `next year` or `this year` after it, read as {@link relativeMonth} reads `last`
 * before a month: a pattern of its own, tried only where the text has ` year`, so that it is not tried at every month.
 */
export const monthYearWord: DatePattern = {
  name: "relative-month",
  pattern: /* @__PURE__ */ (() => new RegExp(`${WORD_START}(?:(?<=in )|(?!ma[ry]))(${MONTH}) (last|next|this) year${WORD_END}`, "gu"))(),
  // (searched on its own: a first space in the search for the others together would slow them all)
  needs: / year/u,
  needsOften: true,
  relative: true,
  extract: readRelativeMonth,
};

/**
 * A month of a fiscal year named by its years (`২০২৪-২৫ অর্থবছরের মার্চে`), read as {@link relativeMonth} reads its
 * other fiscal months: a pattern of its own, tried only where the text names a fiscal year, so that the digits it opens
 * with do not slow the search for the others.
 */
export const fiscalYearsMonth: DatePattern = {
  name: "relative-month",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(`${WORD_START}(${FISCAL_YEARS}) {1,3}(?:(${FISCAL_YEAR} {1,3})(${MONTH})${MONTH_ENDING})${WORD_END}`, "gu"))(),
  // (found by its rarest letter first: the quick tests are searched together, and a common first letter slows them all)
  needs: /থ(?<=[অআ]র্থ)/u,
  needsOften: true,
  relative: true,
  extract: readRelativeMonth,
};
