/**
 * Year first: `2024-03-07`, `২০২৪-০৩-০৭`, `2024/03/07`, and full ISO 8601 with a `T` time and an offset, also in
 * Bengali digits (`২০২৪-০৩-০৭T১১:০৮:৪৪+০৬:০০`).
 */
import { isValidDate } from "../calendarMath.ts";
import { offsetZoneName } from "../zone.ts";
import { dayCandidate, HAS_SEPARATED_DIGITS } from "./shared.ts";
import type { DatePattern } from "./types.ts";

export const isoDate: DatePattern = {
  name: "iso",
  pattern:
    /(?<![\d/.-])(\d\d\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])(?:t(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:(z)|([+-])(\d{2})(?::?(\d{2}))?)?(?!\d))?/gu,
  needs: HAS_SEPARATED_DIGITS,
  extract(match) {
    const [text, yearText, , monthText, dayText, hourText, minuteText, secondText, utc, sign, offsetHours, offsetMinutes = 0] = match;
    const year = Number(yearText);
    const month = Number(monthText);
    const day = Number(dayText);
    const start = match.index;
    const end = start + text.length;
    const hour = Number(hourText);
    const minute = Number(minuteText);
    const second = secondText === undefined ? 0 : +secondText;
    // a time that does not exist makes the whole date impossible (day 0 never exists)
    if (hourText === undefined || !isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
      return dayCandidate(start, end, this.name, year, month, hourText === undefined ? day : 0);
    }
    const precision = secondText === undefined ? "minute" : "second";
    const zone = utc === undefined && sign === undefined ? undefined : offsetZoneName((sign === "-" ? -1 : 1) * (+(offsetHours ?? 0) * 60 + +offsetMinutes));
    return { start, end, source: this.name, year, month, day, hour, minute, second, precision, absolute: true, zone };
  },
};
