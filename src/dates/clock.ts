/**
 * The 12/24-hour rules in one place. With a marker (এএম/পিএম, AM/PM, পূর্বাহ্ণ/অপরাহ্ণ) the hour is 1–12
 * (12 AM = 0, and ICU's h11 `০:৩০ AM` is read too); a day-part word (রাত, দুপুর …) places a 12-hour reading in
 * the day; with neither, the hour is 24-hour (ICU's h24 `২৪:৩০` is 00:30). In a date (`lenient`), a 24-hour hour
 * 13–23 that still carries PM is read as written (`15:20 PM` is 15:20); alone it is no time.
 */
import type { DayPart } from "./vocabulary.ts";

/** Before noon, after noon, or no marker. */
export type Meridiem = "am" | "pm" | undefined;

/**
 * A 24-hour hour from a written hour and what surrounds it, or -1 when there is no such time.
 *
 * @param hour - the hour as written
 * @param meridiem - AM/PM marker, if any
 * @param part - day-part word, if any
 * @param lenient - accept 13–23 with PM (inside a date)
 * @param hasMinutes - the text wrote minutes (ICU's `২৪:৩০`)
 */
export function clockHour(hour: number, meridiem: Meridiem, part: DayPart | undefined, lenient: boolean, hasMinutes: boolean): number {
  if (meridiem === "am") {
    if (hour === 12 || hour === 0) return 0;
    return hour <= 11 ? hour : -1;
  }
  if (meridiem === "pm") {
    if (hour === 12 || hour === 0) return 12;
    if (hour <= 11) return hour + 12;
    return lenient && hour <= 23 ? hour : -1;
  }
  if (part !== undefined) {
    // a 24-hour hour the part of the day can hold: `বিকেল ১৬:৩০` is a time, `সকাল ১৩টা` none
    if (hour > 12) return hour <= 23 && dayPartHour(part, hour - 12) === hour ? hour : -1;
    return dayPartHour(part, hour);
  }
  if (hour === 24) return hasMinutes ? 0 : -1;
  return hour <= 23 ? hour : -1;
}

/**
 * A 12-hour reading placed in a part of the day: twelve is midnight at dawn and at night, else noon; the afternoon and
 * the evening, noon's one to six and night's six to eleven are after noon.
 */
function dayPartHour(part: DayPart, hour: number): number {
  const night = part === "night" || part === "nextNight";
  if (hour === 12) return night || part === "dawn" ? 0 : 12;
  const afterNoon = part === "afternoon" || part === "evening" || (part === "noon" ? hour <= 6 : night && hour > 5);
  return afterNoon ? hour + 12 : hour;
}
