import { assertString } from "../errors.ts";
import { dayNumberOf } from "../calendars/gregorianDays.ts";
import { addDays, isValidDate } from "./calendarMath.ts";
import { resolveOptions } from "./options.ts";
import { prosePatternsOf } from "./patterns/otherCalendars.ts";
import { daysAfterReference, filedYear } from "./patterns/shared.ts";
import type { ReferenceDay } from "./patterns/types.ts";
import { toParsedDate } from "./result.ts";
import { tenseAround } from "./refiners/tense.ts";
import { withThatYear, yearWrittenBefore } from "./refiners/thatYear.ts";
import { withWordMinutes } from "./refiners/wordMinutes.ts";
import { adjacent, type DateMention, scanDates } from "./scan.ts";
import { forEachWindow, hasDigit } from "./textWindows.ts";
import type { DateOptions, ParsedDate } from "./types.ts";
import { FIXTURE_NAME, FIXTURE_NAME_BANGLA } from "../data/gregorianMonths.ts";
import { DAY_RANGE_JOIN, SENTENCE_END, WORD_START } from "./vocabulary.ts";

/** What joins two days of a list or a range: a comma, a dash or a word (`১৯ জুলাই ও ৫ আগস্ট`, `১ জানুয়ারি থেকে ৩০ জুন`). */
const LIST_JOIN: RegExp = /* @__PURE__ */ (() => new RegExp(`${DAY_RANGE_JOIN}|\\s{0,2},\\s{0,2}`, "uy"))();


/**
 * What stands before a wire's dateline day on its line: a place and a comma (`Dhaka, `, `ঢাকা, `), not an item's number
 * (`Match 1, `) nor a sports fixture's name (`Final, `, `ফাইনাল, `).
 */
const WIRE_PLACE: RegExp = /* @__PURE__ */ (() => new RegExp(`^[^,]{0,23}[^,\\d](?<!${WORD_START}(?:${FIXTURE_NAME}|${FIXTURE_NAME_BANGLA})), $`, "u"))();
/** The most units {@link WIRE_PLACE} takes. */
const WIRE_PLACE_REACH = 26;
/** What stands after it: the agency in brackets or none, then a dash or a colon (`(BSS) –`, `(বাসস) :`, `:`). */
const WIRE_MARK = /^ ?(?:\([^)]{1,40}\) ?)?[-:]/u;

/**
 * What stands before a day on its line, read only as far as a place and its comma may reach ({@link WIRE_PLACE_REACH}
 * units), not back through a long paragraph: `''` when the line starts further back.
 */
function placeBefore(text: string, start: number): string {
  const from = Math.max(0, start - WIRE_PLACE_REACH);
  const before = text.slice(from, start);
  const newline = before.lastIndexOf("\n");
  return newline < 0 && from > 0 ? "" : before.slice(newline + 1);
}

/** `গত` and `last` before a weekday (no weekday starts with their letters). */
const LAST_WORD = /^[গl]/u;

/** A day as one number that orders days. */
function dayNumber(mention: Pick<DateMention, "year" | "month" | "day">): number {
  return (mention.year << 9) | (mention.month << 5) | mention.day;
}

/**
 * Lists every date mention of running text, in order, resolved against `options.reference` (the publication time
 * of an article): written dates (`১৫ জুলাই`, `২০২২ সালের ফেব্রুয়ারিতে`, `সোমবার (১০ ফেব্রুয়ারি)`), named days
 * (`আজ`, `গতকাল সোমবার`, `আগামীকাল`), weekdays (a bare `শনিবার` is the latest Saturday on or before the reference,
 * `গত বৃহস্পতিবার` the latest before it, `আগামী রোববার` the next after it), `গত বছরের ডিসেম্বরে`, `N … আগে`, each with
 * the time beside it (`রোববার বিকেল ৩টায়`). A date with no year takes the year that puts it within six months of
 * the reference, or, right after a date with its year in a list or a range (`২০২৪ সালের ১৯ জুলাই ও ৫ আগস্ট`), that
 * year (the next when it falls earlier in the year; a day that year has not is dropped). Without a reference only
 * fully written dates are listed. With `calendar: 'bangla'` or `'hijri'` the dates of that calendar are listed too
 * (`১ বৈশাখ ১৪৩২`, and `২৫শে বৈশাখ` against a reference).
 *
 * @param text - running text (an article body)
 * @param options - `reference`, `timeZone` (default `'Asia/Dhaka'`; a zone written in the text wins), `calendar`
 *   (default `'gregorian'`)
 * @returns every mention, `[]` when there is none
 * @throws TypeError when `text` is not a string; RangeError naming a bad `timeZone` or `reference`
 * @example
 * findDates("বৃহস্পতিবার (১০ জুলাই) থেকে পানি বাড়ছে", { reference: "2025-07-13T10:26:00+06:00" }).map((d) => d.iso);
 * //=> ["2025-07-10"]
 */
export function findDates(text: string, options?: DateOptions): ParsedDate[] {
  assertString(text);
  const resolved = resolveOptions(options);
  if (resolved.reference === undefined && !hasDigit(text)) return [];
  const patterns = prosePatternsOf(resolved.calendar);
  const found: ParsedDate[] = [];
  const reference = resolved.reference;
  const today = reference ? dayNumberOf(reference.year, reference.month, reference.day) : 0;
  let reach = 0;
  forEachWindow(text, (view, offset, nextStart) => {
    let last: DateMention | undefined;
    // the tense that chose the last day's year (0: none)
    let lastTense = 0;
    // how many days a wire's dateline lies after the reference
    let filed = 0;
    // a day of "that year" (`২০২২ সালে মামলা হয়, সে বছরের ১২ ডিসেম্বর …`)
    const mentions = scanDates(view, resolved.reference, patterns, withThatYear);
    for (let i = 0; i < mentions.length; i++) {
      let mention = mentions[i] as DateMention;
      const next = mentions[i + 1];
      let tense = 0;
      // a day with no year word of its own (`আগামী ১০ জুলাই` is the year-day-month shape; `৩০ তারিখ` has no month)
      // in the year its verb gives, when no weekday chose it, no year written before it in its sentence is its year
      // (`২০২৫-২৬ অর্থবছরের বাজেট পাস হবে ৩০ জুন`) and no day of another calendar follows it (`১লা মার্চ, ১ রমজান ১৪৪৬`)
      if (
        mention.yearImplied &&
        !mention.weekdayYear &&
        mention.calendar === "gregorian" &&
        (next?.calendar ?? "gregorian") === "gregorian" &&
        mention.source !== "year-day-month" &&
        mention.source !== "day-of-month" &&
        yearWrittenBefore(view.text, mention.start) !== mention.year
      ) {
        tense = tenseAround(view.text, mention.start, mention.end);
        const reference = resolved.reference as ReferenceDay;
        const after = daysAfterReference(reference, mention.month, mention.day);
        // the next such day on or after the reference, or the last on or before it; with no verb, a list's or a range's
        // day is not after the next (`১ জানুয়ারি থেকে ১২ জুলাই`)
        const year = tense
          ? reference.year + (tense < 0 ? -(after > 0) : +(after < 0))
          : mention.year - +(next?.yearImplied === true && dayNumber(mention) > dayNumber(next) && adjacent(view.text, mention.end, next.start, LIST_JOIN));
        if (year !== mention.year && isValidDate(year, mention.month, mention.day)) mention = { ...mention, year };
      }
      // a Gregorian day with no year word of its own (`গত`, `এ বছরের`, `আগামী বছরের` are the year-day-month shape), after
      // a day whose year is written or its verb chose (`হজ হবে ৪ জুন, আরাফাতের দিন ৫ জুন`, `সেমিফাইনাল হবে ১০ ও ১১ জুলাই,
      // ফাইনাল ১৪ জুলাই`: the year stays unwritten)
      if (last?.absolute && (!last.yearImplied || lastTense) && mention.yearImplied && mention.calendar === "gregorian" && mention.source !== "year-day-month") {
        const after = daysAfterReference(last, mention.month, mention.day);
        const year = last.year + +(after < 0);
        const valid = isValidDate(year, mention.month, mention.day);
        // the year a weekday chose stays, over one near the reference's that it does not fall on (`১৫ ডিসেম্বর ২০২৪ এবং
        // ১২ ফেব্রুয়ারি বৃহস্পতিবার`), but not one before the written day (`২০ ডিসেম্বর ২০২৪, ভোট ৭ জানুয়ারি রবিবার`); the year
        // stays unwritten
        const kept = mention.weekdayYear && year !== mention.year && (year - (resolved.reference as ReferenceDay).year) ** 2 < 2 && dayNumber(mention) > dayNumber(last);
        if (!kept && adjacent(view.text, last.end, mention.start, LIST_JOIN)) {
          if (!valid) continue;
          mention = { ...mention, year, yearImplied: last.yearImplied };
          tense = lastTense;
          // further on in the same sentence, a schedule's next step (`২০ জানুয়ারি ২০২৬ এবং ভোটগ্রহণ ১২ ফেব্রুয়ারি`):
          // within six months after the written day, in a year next to the one the reference gives (a day of 1971
          // carries no year to today's, nor a January exam to the November before it)
        } else if (!kept && valid && (year - mention.year) ** 2 < 2 && (after + 372) % 372 < 186 && !SENTENCE_END.test(view.text.slice(last.end, mention.start))) {
          mention = { ...mention, year, yearImplied: last.yearImplied };
          tense = lastTense;
        }
      }
      // a weekday in a list or a range after one to come is the first such day after it (`আগামী শনিবার ও রোববার`,
      // `আগামী বুধবার ও বৃহস্পতিবার`: a week or two on)
      if (last?.source === "weekday" && mention.source === "weekday" && dayNumber(mention) < dayNumber(last) && dayNumber(last) > dayNumber(resolved.reference as ReferenceDay) && adjacent(view.text, last.end, mention.start, LIST_JOIN))
        while (dayNumber(mention) < dayNumber(last)) mention = { ...mention, ...addDays(mention.year, mention.month, mention.day, 7) };
      // a wire story's `today`, `yesterday` and `tomorrow` count from its dateline's day (`Dhaka, July 10 (BSS) – … today
      // urged`, `ঢাকা, ১০ জুলাই, ২০২৫ (বাসস) : … আজ`), which the reference may lie days after (without one there are none)
      if (reference && WIRE_PLACE.test(placeBefore(view.text, mention.start)) && WIRE_MARK.test(view.text.slice(mention.end, mention.end + 48))) {
        // a wire's day with no year is the day it was filed (`ঢাকা, ২০ জুলাই (বাসস) :` read on 13 July 2025 is 20 July
        // 2024), as an English wire's dateline is
        const year = mention.yearImplied ? filedYear(reference, mention.month, mention.day) : mention.year;
        if (year !== mention.year && isValidDate(year, mention.month, mention.day)) mention = { ...mention, year };
        filed = dayNumberOf(mention.year, mention.month, mention.day) - today;
      } else if (filed && (mention.source === "relative-day" || mention.source === "weekday")) {
        // and so do its weekdays, in the week their words give before or after that day (`on Sunday`: the latest on or
        // before it; `গত রোববার`: before it; `আগামী বৃহস্পতিবার`, `will visit Sylhet on Saturday`: the next after it, and
        // so is the reference's own weekday in a clause told in the future, `will play … on Sunday` read on a Sunday)
        const from = dayNumberOf(mention.year, mention.month, mention.day) - today;
        const first = from > 0 || (!from && tenseAround(view.text, mention.start, mention.end) > 0) ? 1 : from < -6 || LAST_WORD.test(view.text.charAt(mention.start)) ? -7 : -6;
        mention = { ...mention, ...addDays(mention.year, mention.month, mention.day, mention.source === "weekday" ? -7 * Math.floor((from - filed - first) / 7) : filed) };
      }
      // minutes in words after an hour's টা (`দুপুর একটা তেইশ মিনিটে`)
      mention = withWordMinutes(view.text, mention);
      last = mention;
      lastTense = tense;
      const start = view.toSource(mention.start);
      if (start >= nextStart) break;
      if (offset + start < reach) continue;
      const date = toParsedDate(mention, view, resolved.timeZone, offset);
      found.push(date);
      reach = date.index + date.text.length;
    }
    return false;
  });
  return found;
}
