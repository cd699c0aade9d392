/** The date shapes, in order of preference when two matches start at the same place. */
import { dayMonthYear } from "./dayMonthYear.ts";
import { dayMonthInflected } from "./dayMonthInflected.ts";
import { dayOfMonth } from "./dayOfMonth.ts";
import { dayRange, monthDayRange } from "./dayRange.ts";
import { isoDate } from "./iso.ts";
import { monthDayThisYear, monthDayYear, weekdayMonthDay, wireDateline } from "./monthDayYear.ts";
import { monthYear, yearWordMonth } from "./monthYear.ts";
import { numericDate } from "./numeric.ts";
import { bareWeekday, englishDayPart, fiscalYearsMonth, monthYearWord, relativeAgo, relativeAgoInWords, relativeDay, relativeMonth, shiftedWeekday, spokenWeekday } from "./relative.ts";
import type { DatePattern } from "./types.ts";
import { yearDayMonth, yearFirstDay } from "./yearDayMonth.ts";

/** Shapes of written (absolute) dates. */
export const ABSOLUTE_PATTERNS: readonly DatePattern[] = [isoDate, numericDate, dayMonthYear, monthDayYear, monthYear];
/** A year written first, then its day and month (`২০২৪ সালের ১২ জুলাই`): running text's and datelines'. */
export { yearFirstDay };
/** Shapes read against a reference. */
export const RELATIVE_PATTERNS: readonly DatePattern[] = [relativeAgo, relativeDay, bareWeekday, wireDateline];
/** Shapes of running text (read by parseDate and findDates, not by parseDateline). */
export const PROSE_PATTERNS: readonly DatePattern[] = [yearWordMonth, yearFirstDay, yearDayMonth, relativeMonth, fiscalYearsMonth, monthYearWord, shiftedWeekday, dayRange, monthDayRange, dayMonthInflected, dayOfMonth, relativeAgoInWords, weekdayMonthDay, monthDayThisYear, englishDayPart, spokenWeekday];
