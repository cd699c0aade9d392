export type { CalendarName, DateOptions, Dateline, DatePrecision, ParsedDate, ParsedTime } from "./types.ts";
