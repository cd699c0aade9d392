/**
 * Dates of the Bangla (বঙ্গাব্দ) and Hijri (হিজরি) calendars, read only when `calendar` asks for them:
 * `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, risingbd's month-first `বৈশাখ ২ ১৪৩১`, `১৭ মহররম ১৪৪৭ হিজরি`. The
 * result is the Gregorian instant of that day, with `calendar` saying how the text wrote it. Bangla dates follow
 * Bangladesh's calendar; Hijri dates Umm al-Qura (a sighting may differ by a day).
 */
import { foldedLookup, phraseAlternation } from "../../_lib/alternation.ts";
import { banglaDayNumber } from "../../calendars/fromBanglaDate.ts";
import { hijriDayNumber } from "../../calendars/fromHijriDate.ts";
import { gregorianOfDayNumber } from "../../calendars/gregorianDays.ts";
import { BANGLA_ERA_WORDS, BANGLA_MONTHS } from "../../data/banglaMonths.ts";
import { HIJRI_ERA_WORDS, HIJRI_MONTHS } from "../../data/hijriMonths.ts";
import type { CalendarName } from "../types.ts";
import { viewKey, WORD_END, WORD_START } from "../vocabulary.ts";
import { DAY } from "./shared.ts";
import type { DateCandidate, DatePattern } from "./types.ts";

const BANGLA_MONTH = /* @__PURE__ */ (() => phraseAlternation(BANGLA_MONTHS.flatMap((entry) => [entry.name, ...entry.spellings])))();
const BANGLA_MONTH_NUMBER = /* @__PURE__ */ (() =>
  foldedLookup(BANGLA_MONTHS.flatMap((entry) => [entry.name, ...entry.spellings].map((s) => [s, entry.month] as const))))();
const BANGLA_ERA = /* @__PURE__ */ (() => phraseAlternation(BANGLA_ERA_WORDS))();
const HIJRI_MONTH = /* @__PURE__ */ (() =>
  phraseAlternation(HIJRI_MONTHS.flatMap((entry) => [entry.name, entry.icu, ...entry.spellings])))();
const HIJRI_MONTH_NUMBER = /* @__PURE__ */ (() =>
  foldedLookup(HIJRI_MONTHS.flatMap((entry) => [entry.name, entry.icu, ...entry.spellings].map((s) => [s, entry.month] as const))))();
const HIJRI_ERA = /* @__PURE__ */ (() => phraseAlternation(HIJRI_ERA_WORDS))();

function candidate(match: RegExpExecArray, source: string, calendar: CalendarName, dayNumber: number): DateCandidate {
  const start = match.index;
  const end = start + match[0].length;
  if (!Number.isFinite(dayNumber)) {
    return { start, end, source, year: 0, month: 0, day: 0, precision: "day", absolute: true, impossible: true, calendar };
  }
  const { year, month, day } = gregorianOfDayNumber(dayNumber);
  return { start, end, source, year, month, day, precision: "day", absolute: true, calendar };
}

/** `২৯ আষাঢ় ১৪৩২`, `২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ`, `বৈশাখ ২ ১৪৩১`. */
export const banglaDate: DatePattern = {
  name: "bangla",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(
      `${WORD_START}(?:${DAY}[\\s,]{0,3}(${BANGLA_MONTH})|(${BANGLA_MONTH})[\\s,]{1,3}(\\d{1,2})(?!\\d))${WORD_END}[\\s,]{1,3}(\\d{4})(?!\\d)(?:[\\s,]{0,3}${BANGLA_ERA}${WORD_END})?`,
      "gu",
    ))(),
  extract(match) {
    const [, dayText, firstWord, monthText, monthFirst, dayAfter, yearText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText ?? dayAfter);
    const month = BANGLA_MONTH_NUMBER.get(viewKey(monthText ?? monthFirst ?? "")) ?? 0;
    return candidate(match, this.name, "bangla", banglaDayNumber(Number(yearText), month, day));
  },
};

/** `১৭ মহররম ১৪৪৭`, `৫ শাওয়াল, ১৪৪৫ হিজরি`. */
export const hijriDate: DatePattern = {
  name: "hijri",
  pattern: /* @__PURE__ */ (() =>
    new RegExp(`${WORD_START}${DAY}[\\s,]{0,3}(${HIJRI_MONTH})${WORD_END}[\\s,]{1,3}(\\d{4})(?!\\d)(?:[\\s,]{0,3}${HIJRI_ERA}${WORD_END})?`, "gu"))(),
  extract(match) {
    const [, dayText, firstWord, monthText, yearText] = match;
    const day = firstWord !== undefined ? 1 : Number(dayText);
    const month = HIJRI_MONTH_NUMBER.get(viewKey(monthText ?? "")) ?? 0;
    return candidate(match, this.name, "hijri", hijriDayNumber("islamic-umalqura", 0, Number(yearText), month, day));
  },
};
