// Public functions and types of this domain are re-exported here.
export { toBanglaDate } from "./toBanglaDate.ts";
export { fromBanglaDate } from "./fromBanglaDate.ts";
export { toHijriDate } from "./toHijriDate.ts";
export { fromHijriDate } from "./fromHijriDate.ts";
export { formatBanglaDate } from "./formatBanglaDate.ts";
export { formatHijriDate } from "./formatHijriDate.ts";
export type {
  BanglaDate,
  CalendarDateFields,
  FormatBanglaDateOptions,
  FormatHijriDateOptions,
  HijriCalendar,
  HijriDate,
  HijriOptions,
} from "./types.ts";
export { BANGLA_ERA_WORDS, BANGLA_MONTH_NAMES, BANGLA_MONTHS } from "../data/banglaMonths.ts";
export type { BanglaMonthEntry } from "../data/banglaMonths.ts";
export { HIJRI_ERA_WORDS, HIJRI_MONTH_NAMES, HIJRI_MONTHS } from "../data/hijriMonths.ts";
export type { HijriMonthEntry } from "../data/hijriMonths.ts";
