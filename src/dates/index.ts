export type {
  CalendarName,
  DateOptions,
  Dateline,
  DatelineIssue,
  DatePrecision,
  ParsedDate,
  ParsedTime,
} from "./types.ts";
export { parseTime } from "./parseTime.ts";
export { parseDate } from "./parseDate.ts";
export { parseDateline } from "./parseDateline.ts";
export { findDates } from "./findDates.ts";
