/**
 * Running text only: the verb of its clause chooses the year of a Gregorian day written without one. In the clause of
 * a verb in the future tense (`বাজেট পাস হবে ৩০ জুন`, `২৫ মার্চ থেকে টিকিট বিক্রি শুরু হবে`) the day is the next such
 * day on or after the reference; in the clause of one in the past (`৫ আগস্টের পর থেকে পরিস্থিতি বদলে যায়`, `১৬
 * ডিসেম্বর শ্রদ্ধা জানানো হয়েছিল`), the last on or before it; with no verb, the year stays the one nearest the
 * reference; English looks before the day (see `englishTenseBefore`). A dateline keeps its own rule (a
 * publication date is past).
 */
import { englishTenseBefore, FUTURE_VERB, FUTURE_VERB_BEFORE } from "../patterns/relative.ts";

/**
 * A verb in the past at a word's end: past perfect (`হয়েছিল`, `করেছিলেন`) and `ছিল`, simple past (`হলো`, `বললেন`),
 * a report's present (`হয়`, `যায়`, `নেয়`, `দেন`, `হন`, `লাগে`, `ঘটে`), the negative past (`হয়নি`, `করেনি`) and a participle before
 * a noun (`১০ জুলাই শুরু হওয়া মেলা`; `জমা নেওয়া হবে` is the future); `মিছিল`, `ভালো`, `আলো`, `কালো` and
 * `ধুলো` are none. The present perfect is none either: it sets days to come as often as it tells of days gone
 * (`রায়ের জন্য ৩০ নভেম্বর দিন ঠিক করা হয়েছে`).
 */
const PAST_VERB: string = /* @__PURE__ */ (() =>
  /(?:(?<![\u0980-\u09ff](?<!ে))ছিল|(?:(?<![\u0980-\u09ff])(?:(?:হ|[নদ]ে|যা)(?:য়|ন)|(?:লাগ|ঘট)ে)|[েয়]নি|(?<![াআু])লো|লেন|ওয়া(?! [হয]))(?![\u0980-\u09ff]))/.source)();
/**
 * The first verb after the day in its sentence, the next clause's when its own has none (`ছুটি শুরু ৫ জুন থেকে, চলবে
 * ১৪ জুন পর্যন্ত`); a colon or a dash ends the search (`কলকাতা, ১২ সেপ্টেম্বর (হি.স.):`, a wire's dateline): run on
 * the text from where the day ends; group 1 the future.
 */
const TENSE_AFTER: RegExp = /* @__PURE__ */ (() => new RegExp(`^[^।\\n;:?!—–]{0,80}?(?:(${FUTURE_VERB})|${PAST_VERB})`, "u"))();

const LATIN_LETTER = /[a-z]/;

/**
 * The tense of the clause of a day: 1 the future (a verb in the future right before it too: `ভোটগ্রহণ হবে ১২
 * ফেব্রুয়ারি`), -1 the past, 0 no verb.
 *
 * @param text - the matching view
 * @param start - where the day's text starts
 * @param end - where it ends
 */
export function tenseAround(text: string, start: number, end: number): number {
  // (a day of English names its month in Latin letters; the matching view writes every digit in ASCII)
  const day = text.slice(start, end);
  if (LATIN_LETTER.test(day)) {
    // (a year named after the day is its own: `on 12 October last year`)
    return day.endsWith("year") ? 0 : englishTenseBefore(text, start);
  }
  if (FUTURE_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 1;
  const verb = TENSE_AFTER.exec(text.slice(end, end + 96));
  return verb === null ? 0 : verb[1] === undefined ? -1 : 1;
}
