import { describe, expect, it } from "vitest";
import { findDates, parseDate, parseDateline, parseTime } from "../src/index.ts";
import type { DateOptions } from "../src/index.ts";
import { PLACE_ZONES } from "../src/data/timeZones.ts";
import {
  UNSEEN_CALENDAR_MENTIONS,
  UNSEEN_DATELINES,
  UNSEEN_DATELINES_KOLKATA,
  UNSEEN_DATES,
  UNSEEN_DATES_KOLKATA,
  UNSEEN_DATES_NO_REFERENCE,
  UNSEEN_MENTIONS,
  UNSEEN_REFERENCE,
  UNSEEN_TIMES,
} from "./fixtures/unseen-dates.ts";
import {
  OUTLET_CALENDAR_MENTIONS,
  OUTLET_DATELINES,
  OUTLET_DATELINES_KOLKATA,
  OUTLET_DATELINES_RELATIVE,
  OUTLET_DATES,
  OUTLET_JANUARY_REFERENCE,
  OUTLET_MENTIONS,
  OUTLET_MENTIONS_JANUARY,
  OUTLET_MENTIONS_NO_REFERENCE,
  OUTLET_TIMES,
  OUTLET_ZONED_MENTIONS,
} from "./fixtures/unseen-outlets.ts";
import { DAY_PART_MENTIONS, DAY_PART_TIMES } from "./fixtures/unseen-day-parts.ts";
import { DAY_SPAN_MENTIONS, DAY_SPAN_TIMES } from "./fixtures/unseen-day-spans.ts";
import { GLUED_MARKER_DATELINES, WEEKDAY_LIST_MENTIONS } from "./fixtures/unseen-weekday-lists.ts";
import { SCHEDULE_DATELINES, SCHEDULE_MENTIONS, type ScheduleOptions } from "./fixtures/unseen-schedules.ts";
import { CARRIED_YEAR_MENTIONS } from "./fixtures/unseen-carried-years.ts";
import { MINUTES_BEFORE_TIMES, WORLD_CLOCK_DATELINES, WORLD_CLOCK_MENTIONS } from "./fixtures/unseen-world-clocks.ts";
import { PLACE_CLOCK_DATELINES, PLACE_CLOCK_MENTIONS } from "./fixtures/unseen-place-clocks.ts";
import { DIASPORA_CLOCK_DATELINES, DIASPORA_CLOCK_MENTIONS } from "./fixtures/unseen-diaspora-clocks.ts";
import { FAR_CLOCK_DATELINES, FAR_CLOCK_MENTIONS } from "./fixtures/unseen-far-clocks.ts";
import { ZONE_LETTER_DATELINES, ZONE_LETTER_MENTIONS } from "./fixtures/unseen-zone-letters.ts";
import { EVENT_CLOCK_DATELINES, EVENT_CLOCK_MENTIONS } from "./fixtures/unseen-event-clocks.ts";
import { NUMBER_WORD_DATELINES, NUMBER_WORD_MENTIONS, NUMBER_WORD_TIMES } from "./fixtures/unseen-number-words.ts";
import { INDIAN_OUTLET_DATELINES } from "./fixtures/unseen-indian-outlets.ts";
import { DESK_DATE_DATELINES, DESK_DATE_MENTIONS } from "./fixtures/unseen-desk-dates.ts";
import { CALENDAR_DATELINE_DATELINES, CALENDAR_DATELINE_MENTIONS } from "./fixtures/unseen-calendar-datelines.ts";
import { CITY_CALENDAR_DATELINES, CITY_CALENDAR_MENTIONS } from "./fixtures/unseen-city-calendars.ts";
import { WEB_DESK_DATELINES, WEB_DESK_MENTIONS, WEB_DESK_TIMES } from "./fixtures/unseen-web-desk-dates.ts";
import { DESK_SCHEDULE_MENTIONS } from "./fixtures/unseen-desk-schedules.ts";
import { WEEKDAY_YEAR_DATELINES, WEEKDAY_YEAR_MENTIONS } from "./fixtures/unseen-weekday-years.ts";
import { LEFTOVER_DATELINES, LEFTOVER_MENTIONS } from "./fixtures/unseen-date-leftovers.ts";
import { LEFTOVER2_DATELINES, LEFTOVER2_MENTIONS } from "./fixtures/unseen-date-leftovers2.ts";
import { LEFTOVER3_MENTIONS } from "./fixtures/unseen-date-leftovers3.ts";
import { LEFTOVER4_MENTIONS, LEFTOVER4_SCHEDULE_MENTIONS } from "./fixtures/unseen-date-leftovers4.ts";
import { LEFTOVER5_MIDNIGHT_DATELINES, LEFTOVER5_MIDNIGHT_MENTIONS } from "./fixtures/unseen-date-leftovers5.ts";
import { LEFTOVER6_MENTIONS } from "./fixtures/unseen-date-leftovers6.ts";
import { LEFTOVER7_MENTIONS } from "./fixtures/unseen-date-leftovers7.ts";
import { LEFTOVER8_DATELINES, LEFTOVER8_MENTIONS, LEFTOVER8_TIMES } from "./fixtures/unseen-date-leftovers8.ts";
import { COUNT_DATELINES, COUNT_MENTIONS, COUNT_TIMES } from "./fixtures/unseen-date-counts.ts";
import { MONTH_RANGE_DATELINES, MONTH_RANGE_MENTIONS, MONTH_RANGE_TIMES } from "./fixtures/unseen-date-months.ts";
import { PART_DATELINES, PART_MENTIONS, PART_TIMES } from "./fixtures/unseen-date-parts.ts";
import { WIDGET_DATELINES, WIDGET_MENTIONS, WIDGET_TIMES } from "./fixtures/unseen-date-widgets.ts";
import { PORTAL_DATELINES, PORTAL_MENTIONS, PORTAL_TIMES } from "./fixtures/unseen-date-portals.ts";
import { DEADLINE_DATELINES, DEADLINE_MENTIONS, DEADLINE_TIMES } from "./fixtures/unseen-date-deadlines.ts";
import { STAMP_DATELINES, STAMP_MENTIONS, STAMP_TIMES } from "./fixtures/unseen-date-stamps.ts";
import { LEFTOVER12_DATELINES, LEFTOVER12_MENTIONS, LEFTOVER12_TIMES } from "./fixtures/unseen-date-leftovers12.ts";
import { LEFTOVER13_DATELINES, LEFTOVER13_MENTIONS, LEFTOVER13_TIMES } from "./fixtures/unseen-date-leftovers13.ts";
import { LEFTOVER14_DATELINES, LEFTOVER14_MENTIONS } from "./fixtures/unseen-date-leftovers14.ts";
import { LEFTOVER15_DATELINES, LEFTOVER15_MENTIONS, LEFTOVER15_TIMES } from "./fixtures/unseen-date-leftovers15.ts";
import { LEFTOVER16_DATELINES, LEFTOVER16_MENTIONS } from "./fixtures/unseen-date-leftovers16.ts";
import { LEFTOVER17_DATELINES, LEFTOVER17_MENTIONS } from "./fixtures/unseen-date-leftovers17.ts";
import { LEFTOVER18_DATELINES, LEFTOVER18_DATELINES_AT, LEFTOVER18_MENTIONS, LEFTOVER18_REFERENCES } from "./fixtures/unseen-date-leftovers18.ts";
import { LEFTOVER19_DATELINES, LEFTOVER19_MENTIONS, LEFTOVER19_TIMES } from "./fixtures/unseen-date-leftovers19.ts";
import { LEFTOVER20_DATELINES, LEFTOVER20_MENTIONS, LEFTOVER20_TIMES } from "./fixtures/unseen-date-leftovers20.ts";
import { LEFTOVER21_DATELINES, LEFTOVER21_MENTIONS, LEFTOVER21_TIMES } from "./fixtures/unseen-date-leftovers21.ts";
import { LEFTOVER22_DATELINES, LEFTOVER22_MENTIONS, LEFTOVER22_TIMES } from "./fixtures/unseen-date-leftovers22.ts";
import { LEFTOVER23_DATELINES, LEFTOVER23_MENTIONS, LEFTOVER23_TIMES } from "./fixtures/unseen-date-leftovers23.ts";
import { MORE_DATE_DATELINES, MORE_DATE_MENTIONS } from "./fixtures/unseen-dates-more.ts";
import { TENSE_MENTIONS } from "./fixtures/unseen-date-tenses.ts";
import { WIRE_DATELINE_DATELINES, WIRE_DATELINE_MENTIONS, WIRE_FILED_DAYS } from "./fixtures/unseen-wire-datelines.ts";
import { SEASON_DATELINES, SEASON_MENTIONS } from "./fixtures/unseen-date-seasons.ts";
import { DESK_DAY_DATELINES, DESK_DAY_MENTIONS, DESK_DAY_REFERENCE, type DeskDayOptions } from "./fixtures/unseen-desk-days.ts";
import { CALENDAR_DAY_DATELINES, CALENDAR_DAY_DATES, CALENDAR_DAY_MENTIONS } from "./fixtures/unseen-calendar-days.ts";
import { YEAR_WORD_DATELINES, YEAR_WORD_DATES, YEAR_WORD_REFERENCES } from "./fixtures/unseen-year-words.ts";
import {
  CHANNEL_BANGLA_MENTIONS,
  CHANNEL_DATELINES,
  CHANNEL_DATELINES_KOLKATA,
  CHANNEL_DATELINES_RELATIVE,
  CHANNEL_DATES_NO_REFERENCE,
  CHANNEL_HIJRI_MENTIONS,
  CHANNEL_MENTION_TEXTS,
  CHANNEL_MENTIONS,
  CHANNEL_MENTIONS_KOLKATA,
  CHANNEL_MENTIONS_NO_REFERENCE,
  CHANNEL_TIMES,
} from "./fixtures/unseen-channel-dates.ts";
import { AGO_WORD_MENTIONS, LIST_MENTIONS, NOON_TIMES } from "./fixtures/unseen-lists.ts";
import { UNSEEN_PROSE, UNSEEN_PROSE_NO_REFERENCE } from "./fixtures/unseen-prose.ts";
import {
  LINE_ABOVE_UPDATE_DATELINES,
  TIMED_CLOCKS,
  TIMED_DATELINES,
  TIMED_DATELINES_KOLKATA,
  TIMED_DATELINES_RELATIVE,
  TIMED_PROSE,
  TIMED_PROSE_KOLKATA,
  TIMED_PROSE_NO_REFERENCE,
  WORD_HOUR_MENTIONS,
  WORD_HOUR_TIMES,
} from "./fixtures/unseen-word-hours.ts";

const reference = UNSEEN_REFERENCE;

/** The options a table row names: the reference in Dhaka, in Kolkata, with the Bangla or Hijri calendar, or no reference. */
const SCHEDULE_OPTIONS: Readonly<Record<ScheduleOptions, DateOptions>> = {
  dhaka: { reference },
  kolkata: { reference, timeZone: "Asia/Kolkata" },
  bangla: { reference, calendar: "bangla" },
  hijri: { reference, calendar: "hijri" },
  none: {},
};

/** A table of mentions: each text, the options it is read with, and the ISO text and the text of each date found. */
type ScheduleMentions = ReadonlyArray<readonly [string, ScheduleOptions, readonly (readonly [string, string])[]]>;
/** A table of datelines: each text, the options it is read with, and its published and updated ISO texts. */
type ScheduleDatelines = ReadonlyArray<readonly [string, ScheduleOptions, string | null, string | null]>;
/** A table of places' clocks: each mention's ISO text, zone and foreign flag. */
type ClockMentions = ReadonlyArray<readonly [string, ScheduleOptions, readonly (readonly [string, string, boolean])[]]>;

/** Each row's text gives the dates of the row, in order; `label` names the rows in the test names. */
function itFindsDates(mentions: ScheduleMentions, label = "findDates"): void {
  it.each(mentions)(`${label}: %s (%s)`, (text, which, expected) => {
    expect(findDates(text, SCHEDULE_OPTIONS[which]).map((date) => [date.iso, date.text])).toEqual(expected);
  });
}

/** Each row's text is a dateline with the row's published and updated instants. */
function itReadsDatelines(datelines: ScheduleDatelines): void {
  it.each(datelines)("parseDateline: %s (%s)", (text, which, published, updated) => {
    const dateline = parseDateline(text, SCHEDULE_OPTIONS[which]);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
}

function itReadsClocks(mentions: ClockMentions, datelines: ScheduleDatelines): void {
  it.each(mentions)("findDates: %s (%s)", (text, which, expected) => {
    const found = findDates(text, SCHEDULE_OPTIONS[which]).map((date) => [date.iso, date.timeZone, date.foreignClock === true]);
    expect(found).toEqual(expected);
  });
  itReadsDatelines(datelines);
}

function clock(text: string): string | null {
  const time = parseTime(text);
  if (time === null) return null;
  return [time.hour, time.minute, time.second].map((n) => String(n).padStart(2, "0")).join(":");
}

describe("unseen times", () => {
  it.each(UNSEEN_TIMES)("%s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("unseen dates", () => {
  it.each(UNSEEN_DATES)("%s", (text, expected) => {
    expect(parseDate(text, { reference })?.iso ?? null).toBe(expected);
  });
  it.each(UNSEEN_DATES_KOLKATA)("in Asia/Kolkata: %s", (text, expected) => {
    expect(parseDate(text, { reference, timeZone: "Asia/Kolkata" })?.iso ?? null).toBe(expected);
  });
  it.each(UNSEEN_DATES_NO_REFERENCE)("without a reference: %s", (text, expected) => {
    expect(parseDate(text)?.iso ?? null).toBe(expected);
  });
});

describe("unseen datelines", () => {
  it.each(UNSEEN_DATELINES)("%s", (text, published, updated) => {
    const dateline = parseDateline(text);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(UNSEEN_DATELINES_KOLKATA)("in Asia/Kolkata: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { timeZone: "Asia/Kolkata" });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("unseen body mentions", () => {
  it.each(UNSEEN_MENTIONS)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
});

describe("unseen paragraphs of news", () => {
  it.each(UNSEEN_PROSE)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(UNSEEN_PROSE_NO_REFERENCE)("without a reference: %s", (text, expected) => {
    expect(findDates(text).map((date) => date.iso)).toEqual(expected);
  });
});

describe("unseen Bangla and Hijri mentions", () => {
  it.each(UNSEEN_CALENDAR_MENTIONS)("%s: %s", (calendar, text, expected) => {
    expect(findDates(text, { reference, calendar }).map((date) => date.iso)).toEqual(expected);
  });
});

describe("the quoted text of a time takes its minute word and the day part after a two-digit year", () => {
  it.each([
    ["শনিবার (১২ জুলাই) দুপুর ১২.৩০ মিনিটে শুরু", "শনিবার (১২ জুলাই) দুপুর ১২.৩০ মিনিটে"],
    ["১২ জুলাই রাত ১১.৩০ মিনিটে", "১২ জুলাই রাত ১১.৩০ মিনিটে"],
    ["১১ জুলাই ২০২৫ সকাল ১০:১৫ মিনিটে", "১১ জুলাই ২০২৫ সকাল ১০:১৫ মিনিটে"],
    ["৭ জুলাই, ২৫ রাত ১০টা", "৭ জুলাই, ২৫ রাত ১০টা"],
    ["৭ জুলাই, ২৫ জন আহত", "৭ জুলাই"],
  ])("%s", (text, quoted) => {
    expect(findDates(text, { reference })[0]?.text).toBe(quoted);
  });
});

describe("unseen datelines of English-language, Indian and three-calendar mastheads", () => {
  it.each(OUTLET_DATELINES)("%s", (text, published, updated) => {
    const dateline = parseDateline(text);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(OUTLET_DATELINES_KOLKATA)("in Asia/Kolkata: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { timeZone: "Asia/Kolkata" });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("unseen paragraphs with several dates, `about` before a time and months by their place", () => {
  it.each(OUTLET_MENTIONS)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(OUTLET_MENTIONS_NO_REFERENCE)("without a reference: %s", (text, expected) => {
    expect(findDates(text).map((date) => date.iso)).toEqual(expected);
  });
  it.each(OUTLET_MENTIONS_JANUARY)("in January: %s", (text, expected) => {
    expect(findDates(text, { reference: OUTLET_JANUARY_REFERENCE }).map((date) => date.iso)).toEqual(expected);
  });
});

describe("unseen dates and times of official notices, English sites and mail headers", () => {
  it.each(OUTLET_DATES)("%s", (text, expected) => {
    expect(parseDate(text, { reference })?.iso ?? null).toBe(expected);
  });
  it.each(OUTLET_TIMES)("%s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("unseen relative datelines, calendars and zones", () => {
  it.each(OUTLET_DATELINES_RELATIVE)("%s", (text, published, updated) => {
    const dateline = parseDateline(text, { reference });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(OUTLET_CALENDAR_MENTIONS)("%s: %s", (calendar, text, expected) => {
    expect(findDates(text, { reference, calendar }).map((date) => `${date.iso} ${date.calendar}`)).toEqual(expected);
  });
  it.each(OUTLET_ZONED_MENTIONS)("in %s: %s", (timeZone, text, expected) => {
    expect(findDates(text, { reference, timeZone }).map((date) => date.iso)).toEqual(expected);
  });
});

describe("unseen lists and ranges with a year written once, English numbers before ago, noon and midnight", () => {
  it.each(LIST_MENTIONS)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(AGO_WORD_MENTIONS)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(NOON_TIMES)("%s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
  it("a day carried into the year of a list is no longer marked as implied", () => {
    expect(findDates("২০২৪ সালের ১৯ জুলাই ও ৫ আগস্টের", { reference }).map((date) => date.yearImplied ?? false)).toEqual([false, false]);
  });
});

describe("unseen hours in words, minutes without their word, and counts that look like them", () => {
  it.each(WORD_HOUR_TIMES)("%s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
  it.each(WORD_HOUR_MENTIONS)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
});

describe("unseen datelines with the publication on the line above the update label", () => {
  it.each(LINE_ABOVE_UPDATE_DATELINES)("%s", (text, published, updated) => {
    const dateline = parseDateline(text);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("unseen running text and datelines with times, Bangladeshi, Indian and English-language", () => {
  it.each(TIMED_PROSE)("%s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(TIMED_PROSE_KOLKATA)("in Asia/Kolkata: %s", (text, expected) => {
    expect(findDates(text, { reference, timeZone: "Asia/Kolkata" }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(TIMED_PROSE_NO_REFERENCE)("without a reference: %s", (text, expected) => {
    expect(findDates(text).map((date) => date.iso)).toEqual(expected);
  });
  it.each(TIMED_DATELINES)("%s", (text, published, updated) => {
    const dateline = parseDateline(text);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(TIMED_DATELINES_KOLKATA)("in Asia/Kolkata: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { timeZone: "Asia/Kolkata" });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(TIMED_DATELINES_RELATIVE)("against the reference: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { reference });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(TIMED_CLOCKS)("%s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("unseen English day parts, টাও, a zone after bare minutes and গতরাত", () => {
  it.each(DAY_PART_TIMES)("parseTime: %s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
  it.each(DAY_PART_MENTIONS)("findDates: %s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => [date.iso, date.text])).toEqual(expected);
  });
});

describe("unseen days with their day part and no hour, English day parts after a comma, and the dead of night", () => {
  it.each(DAY_SPAN_MENTIONS)("findDates: %s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => [date.iso, date.text])).toEqual(expected);
  });
  it.each(DAY_SPAN_TIMES)("parseTime: %s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("unseen datelines and mentions of district portals, TV channels, English-language and Indian sites, captions", () => {
  it.each(CHANNEL_DATELINES)("parseDateline: %s", (text, published, updated) => {
    const dateline = parseDateline(text);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(CHANNEL_DATELINES_KOLKATA)("parseDateline in Asia/Kolkata: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { timeZone: "Asia/Kolkata" });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(CHANNEL_DATELINES_RELATIVE)("parseDateline against the reference: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { reference });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
  it.each(CHANNEL_MENTIONS)("findDates: %s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(CHANNEL_MENTIONS_KOLKATA)("findDates in Asia/Kolkata: %s", (text, expected) => {
    expect(findDates(text, { reference, timeZone: "Asia/Kolkata" }).map((date) => date.iso)).toEqual(expected);
  });
  it.each(CHANNEL_MENTION_TEXTS)("findDates with text: %s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => [date.iso, date.text])).toEqual(expected);
  });
  it.each(CHANNEL_MENTIONS_NO_REFERENCE)("findDates without a reference: %s", (text, expected) => {
    expect(findDates(text).map((date) => date.iso)).toEqual(expected);
  });
  it.each(CHANNEL_BANGLA_MENTIONS)("findDates, Bangla calendar: %s", (text, expected) => {
    const dates = findDates(text, { reference, calendar: "bangla" }).filter((date) => date.calendar === "bangla");
    expect(dates.map((date) => date.iso)).toEqual(expected);
  });
  it.each(CHANNEL_HIJRI_MENTIONS)("findDates, Hijri calendar: %s", (text, expected) => {
    const dates = findDates(text, { reference, calendar: "hijri" }).filter((date) => date.calendar === "hijri");
    expect(dates.map((date) => date.iso)).toEqual(expected);
  });
  it.each(CHANNEL_DATES_NO_REFERENCE)("parseDate without a reference: %s", (text, expected) => {
    expect(parseDate(text)?.iso ?? null).toBe(expected);
  });
  it.each(CHANNEL_TIMES)("parseTime: %s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("unseen weekdays after প্রতি in a list, colloquial weekdays, a marker glued to the update label, this year", () => {
  it.each(WEEKDAY_LIST_MENTIONS)("findDates: %s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => [date.iso, date.text])).toEqual(expected);
  });
  it.each(GLUED_MARKER_DATELINES)("parseDateline: %s", (text, published, updated) => {
    const dateline = parseDateline(text);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("a schedule's later steps without their year, and দিবাগত রাত in brackets after the time", () => {
  it.each(CARRIED_YEAR_MENTIONS)("findDates: %s", (text, expected) => {
    expect(findDates(text, { reference }).map((date) => [date.iso, date.text])).toEqual(expected);
  });
});

describe("a foreign place's clock, minutes before an hour, and international, diaspora, travel and session pages", () => {
  it.each(WORLD_CLOCK_MENTIONS)("findDates: %s (%s)", (text, which, expected) => {
    const found = findDates(text, SCHEDULE_OPTIONS[which]).map((date) => [date.iso, date.timeZone, date.foreignClock === true]);
    expect(found).toEqual(expected);
  });
  it.each(MINUTES_BEFORE_TIMES)("parseTime: %s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
  itReadsDatelines(WORLD_CLOCK_DATELINES);
  it("a time with minutes before the hour is no date of its own, nor ten minutes before the reference", () => {
    expect(parseDate("রাত নয়টার দশ মিনিট আগে", { reference })).toBeNull();
  });
  it("a place's zone names the zone and keeps the foreign-clock flag; a zone written in the text wins", () => {
    expect(parseDate("লন্ডনের স্থানীয় সময় শনিবার সকাল ১০টায়", { reference })).toMatchObject({
      iso: "2025-07-12T10:00:00+01:00",
      timeZone: "Europe/London",
      foreignClock: true,
      timeZoneWritten: true,
      text: "লন্ডনের স্থানীয় সময় শনিবার সকাল ১০টায়",
    });
    expect(parseDate("লন্ডনের স্থানীয় সময় ১২ মার্চ ২০২৫ সকাল ১০টা GMT")).toMatchObject({ timeZone: "UTC", foreignClock: true });
  });
  it.each(PLACE_ZONES)("%s: %s is a zone of the platform", (_place, zone) => {
    expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
  });
});

describe("more places abroad of one zone, and counts forward from the reference", () => {
  itReadsClocks(PLACE_CLOCK_MENTIONS, PLACE_CLOCK_DATELINES);
  it("a count forward is read by parseDate, with its text and the precision of its unit", () => {
    expect(parseDate("দুই সপ্তাহ পরে তিনি দেশে ফিরবেন", { reference })).toMatchObject({ iso: "2025-07-27", precision: "day", text: "দুই সপ্তাহ পরে" });
    expect(parseDate("২ ঘণ্টা ৩০ মিনিট পর আবার বৈঠক বসবে", { reference })).toMatchObject({ iso: "2025-07-13T12:56:00+06:00", precision: "minute" });
  });
});

describe("places abroad of workers and the diaspora, and the weekday of a second clock", () => {
  itReadsClocks(DIASPORA_CLOCK_MENTIONS, DIASPORA_CLOCK_DATELINES);
  it("the second clock's weekday is the day nearest the first clock's, on the reference's day too, in its own zone", () => {
    const found = findDates("নিউইয়র্ক সময় রবিবার সন্ধ্যা ৭টায় (বাংলাদেশ সময় সোমবার ভোর ৫টা)", { reference });
    expect(found.map((date) => [date.iso, date.timeZone])).toEqual([
      ["2025-07-13T19:00:00-04:00", "America/New_York"],
      ["2025-07-14T05:00:00+06:00", "Asia/Dhaka"],
    ]);
  });
});

describe("places abroad of world pages: Egypt, Kabul, Geneva, Jeddah", () => {
  itReadsClocks(FAR_CLOCK_MENTIONS, FAR_CLOCK_DATELINES);
});

describe("zones in letters (EST, ET, CEST), Brussels and the Maldives, and `on July 20`", () => {
  itReadsClocks(ZONE_LETTER_MENTIONS, ZONE_LETTER_DATELINES);
});

describe("zones in letters only with capitals, Pacific clocks, and fixtures, Hajj, exams and elections", () => {
  itReadsClocks(EVENT_CLOCK_MENTIONS, EVENT_CLOCK_DATELINES);
});

describe("numbers in words beyond ten, minutes in words, sunrise and sunset, দিকে before a bracket, Medina and Harare", () => {
  itReadsClocks(NUMBER_WORD_MENTIONS, NUMBER_WORD_DATELINES);
  it.each(NUMBER_WORD_TIMES)("parseTime: %s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("court, exam, market and diaspora desks, Kolkata papers and datelines with three calendars", () => {
  itReadsClocks(DESK_DATE_MENTIONS, DESK_DATE_DATELINES);
});

describe("the Bangla and Hijri dates between a date and its time, and a day named by the year before it", () => {
  itReadsClocks(CALENDAR_DATELINE_MENTIONS, CALENDAR_DATELINE_DATELINES);
});

describe("cities of one zone in countries of several, the Bangla date month first, days of every year and of that year", () => {
  itReadsClocks(CITY_CALENDAR_MENTIONS, CITY_CALENDAR_DATELINES);
});

describe("web desks of TV channels, IST written out, the Hijri date first, headlines, and a soft hyphen inside a word", () => {
  itReadsClocks(WEB_DESK_MENTIONS, WEB_DESK_DATELINES);
  it.each(WEB_DESK_TIMES)("parseTime: %s", (text, expected) => {
    expect(clock(text)).toBe(expected);
  });
});

describe("days of that year and of every year, and December days read in January", () => {
  it.each(YEAR_WORD_DATES)("%s (%s)", (text, which, first, all) => {
    const options = { reference: YEAR_WORD_REFERENCES[which] };
    expect(parseDate(text, options)?.iso ?? null).toBe(first);
    expect(findDates(text, options).map((date) => date.iso)).toEqual(all);
  });
  it.each(YEAR_WORD_DATELINES)("parseDateline: %s", (text, published, updated) => {
    const dateline = parseDateline(text, { reference: YEAR_WORD_REFERENCES.july });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("unseen datelines of Indian outlets, in Asia/Kolkata", () => {
  it.each(INDIAN_OUTLET_DATELINES)("%s", (text, published, updated) => {
    const dateline = parseDateline(text, { timeZone: "Asia/Kolkata" });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("Bangla and Hijri days of mastheads, festivals and Ramadan, and a year written first", () => {
  it.each(CALENDAR_DAY_DATES)("parseDate (%s): %s", (calendar, text, iso, written) => {
    const date = parseDate(text, { reference, calendar });
    expect([date?.iso, date?.calendar]).toEqual([iso, written]);
  });
  it.each(CALENDAR_DAY_MENTIONS)("findDates (%s): %s", (calendar, text, expected) => {
    expect(findDates(text, { reference, calendar }).map((date) => `${date.iso} ${date.calendar}`)).toEqual(expected);
  });
  it.each(CALENDAR_DAY_DATELINES)("parseDateline (%s): %s", (calendar, text, published) => {
    expect(parseDateline(text, { reference, calendar }).published?.iso).toBe(published);
  });
});

describe("a deadline with a day part or a clock, one later on the reference's weekday, forecasts and likelihoods", () => {
  itFindsDates(LEFTOVER4_MENTIONS);
  itFindsDates(LEFTOVER4_SCHEDULE_MENTIONS, "findDates in schedules and notices");
});

describe("the year written before the day in datelines (`প্রকাশ: ২০২৪ সালের ১২ জুলাই`), `খ্রিস্টাব্দ` before it, a day part before a zone and a clock", () => {
  itFindsDates(LEFTOVER18_MENTIONS);
  itReadsDatelines(LEFTOVER18_DATELINES);
  it.each(LEFTOVER18_DATELINES_AT)("parseDateline: %s (%s)", (text, which, published, updated) => {
    const dateline = parseDateline(text, { reference: LEFTOVER18_REFERENCES[which] });
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

/** The options a row of the desks' days names: Dhaka, Asia/Kolkata, or the Bangla or the Hijri calendar. */
const DESK_DAY_OPTIONS: Readonly<Record<DeskDayOptions, DateOptions>> = {
  dhaka: { reference: DESK_DAY_REFERENCE },
  kolkata: { reference: DESK_DAY_REFERENCE, timeZone: "Asia/Kolkata" },
  bangla: { reference: DESK_DAY_REFERENCE, calendar: "bangla" },
  hijri: { reference: DESK_DAY_REFERENCE, calendar: "hijri" },
};

describe("sports, market, weather, court, exam, travel, religious and Indian desks, and a weekday before a future verb", () => {
  it.each(DESK_DAY_MENTIONS)("findDates: %s (%s)", (text, which, expected) => {
    expect(findDates(text, DESK_DAY_OPTIONS[which]).map((date) => [date.iso, date.text, date.precision])).toEqual(expected);
  });
  it.each(DESK_DAY_DATELINES)("parseDateline: %s (%s)", (text, which, published, updated) => {
    const dateline = parseDateline(text, DESK_DAY_OPTIONS[which]);
    expect([dateline.published?.iso ?? null, dateline.updated?.iso ?? null]).toEqual([published, updated]);
  });
});

describe("wire datelines, a month of a fiscal year, English told in the past, portals' stamps and schedules", () => {
  itFindsDates(WIRE_DATELINE_MENTIONS);
  itReadsDatelines(WIRE_DATELINE_DATELINES);
  it.each(WIRE_FILED_DAYS)("a wire's day at a month's or a year's end: %s (read at %s)", (text, reference, day) => {
    const options = { reference, timeZone: reference.endsWith("+05:30") ? "Asia/Kolkata" : "Asia/Dhaka" } as const;
    expect(findDates(text, options)[0]?.iso).toBe(day);
    // parseDateline reads an English wire's dateline so too
    if (/^[A-Z]/u.test(text)) expect(parseDateline(text, options).published?.iso).toBe(day);
  });
});

/** A table of rows read by the date readers: the clocks `parseTime` gives, the dates `findDates` finds, the datelines. */
interface DateTables {
  readonly title: string;
  readonly times?: ReadonlyArray<readonly [string, string | null]>;
  readonly mentions?: ScheduleMentions;
  readonly datelines?: ScheduleDatelines;
}

/** Each table under its title: its times, mentions and datelines. */
const DATE_TABLES: readonly DateTables[] = [
  { title: "unseen fixtures, court and weather reports, schedules, market pages, obituaries and Indian outlets", mentions: SCHEDULE_MENTIONS, datelines: SCHEDULE_DATELINES },
  { title: "a weekday that chooses the year of a day written without one", mentions: WEEKDAY_YEAR_MENTIONS, datelines: WEEKDAY_YEAR_DATELINES },
  { title: "court, sports, weather, exam, Eid and Indian desks, and a weekday after \"was\" or \"falls on\"", mentions: DESK_SCHEDULE_MENTIONS },
  { title: "an update label after its date, a direction word against a weekday, that day's weekday, 29 February in a list", mentions: LEFTOVER_MENTIONS, datelines: LEFTOVER_DATELINES },
  { title: "a direction word in the date's text and in a dateline, `বৃহঃ` alone, a week's weekday, English schedules, desks", mentions: LEFTOVER2_MENTIONS, datelines: LEFTOVER2_DATELINES },
  { title: "abbreviated weekdays listed with a full one, a deadline on the reference's weekday, desks' dates", mentions: LEFTOVER3_MENTIONS },
  { title: "রাত's twelve o'clock after a day is the next date's 00:xx; the small hours, noon and marked clocks stay", mentions: LEFTOVER5_MIDNIGHT_MENTIONS, datelines: LEFTOVER5_MIDNIGHT_DATELINES },
  { title: "a prayer's time after its day, two days of a month by its place, a clock before an English day", mentions: LEFTOVER6_MENTIONS },
  { title: "a wire story's weekdays, an item's number before a month, pasts and plans before on, fixtures and court dates", mentions: LEFTOVER7_MENTIONS },
  { title: "`বেজে` before minutes, spoken seconds, wire clocks before GMT, `শেষ রাতে`, and `এক` before a unit in datelines", times: LEFTOVER8_TIMES, mentions: LEFTOVER8_MENTIONS, datelines: LEFTOVER8_DATELINES },
  { title: "counts with টা, fixtures' names before a day, short units before ago, bracketed wire clocks, ranges of months", times: COUNT_TIMES, mentions: COUNT_MENTIONS, datelines: COUNT_DATELINES },
  { title: "last, next and this before an English month, ranges of months before a year, Bengali fixtures, minutes till the hour", times: MONTH_RANGE_TIMES, mentions: MONTH_RANGE_MENTIONS, datelines: MONTH_RANGE_DATELINES },
  { title: "a month with last or next year after it, parts of months, month-first ranges of days, clocks after a bracketed date", times: PART_TIMES, mentions: PART_MENTIONS, datelines: PART_DATELINES },
  { title: "two units of one count with a comma or and, widgets' days with a clock, years with ইং or খ্রি., Indian datelines", times: WIDGET_TIMES, mentions: WIDGET_MENTIONS, datelines: WIDGET_DATELINES },
  { title: "portal and television datelines, three calendars on one line, the night's words, a. m. and p. m., ranges of days", times: PORTAL_TIMES, mentions: PORTAL_MENTIONS, datelines: PORTAL_DATELINES },
  { title: "schedules and deadlines, English clocks before a weekday, days of history, Bangla days in text, ঘটিকার", times: DEADLINE_TIMES, mentions: DEADLINE_MENTIONS, datelines: DEADLINE_DATELINES },
  { title: "zones in the text, live blogs' stamps, a fast's times, a year word after an English day, a Bangla year's genitive", times: STAMP_TIMES, mentions: STAMP_MENTIONS, datelines: STAMP_DATELINES },
  { title: "`resumes` and `takes effect` before a weekday, a prayer's name before a day part, a zone after a bar", times: LEFTOVER12_TIMES, mentions: LEFTOVER12_MENTIONS, datelines: LEFTOVER12_DATELINES },
  { title: "`kicks off` and `departs` before a weekday, `আসর` before its afternoon, `this year` with no word before its month, a zone after a comma or danda", times: LEFTOVER13_TIMES, mentions: LEFTOVER13_MENTIONS, datelines: LEFTOVER13_DATELINES },
  { title: "ordinal and festive days, `গত` and `আগামী` before a Bangla or Hijri day, three calendars on a masthead, a range of clocks and a place before a weekday", mentions: LEFTOVER14_MENTIONS, datelines: LEFTOVER14_DATELINES },
  { title: "numeric and machine dates, clocks with seconds, a year's era in a case ending, `ইংরেজি` before a year first", times: LEFTOVER15_TIMES, mentions: LEFTOVER15_MENTIONS, datelines: LEFTOVER15_DATELINES },
  { title: "eras before a year written first: `বাংলা`, `বঙ্গাব্দ`, `বাংলা সন`, `হিজরি সন`, `ইং`", mentions: LEFTOVER16_MENTIONS, datelines: LEFTOVER16_DATELINES },
  { title: "the era `খ্রিস্টীয়` before a year written first; deadlines and periods in running text", mentions: LEFTOVER17_MENTIONS, datelines: LEFTOVER17_DATELINES },
  { title: "Indian outlets' datelines, `ইং` and three calendars on a masthead, a year first with more words, times of events with ranges and approximations", times: LEFTOVER19_TIMES, mentions: LEFTOVER19_MENTIONS, datelines: LEFTOVER19_DATELINES },
  { title: "English o'clock, an English day part of its own date after an hour, noon after `at` and its kin", times: LEFTOVER20_TIMES, mentions: LEFTOVER20_MENTIONS, datelines: LEFTOVER20_DATELINES },
  { title: "a second clock in brackets, words between a weekday and its clock, relative days, Indian datelines with IST", times: LEFTOVER21_TIMES, mentions: LEFTOVER21_MENTIONS, datelines: LEFTOVER21_DATELINES },
  { title: "a year and a month in the genitive in datelines, a Bengali bracketed clock before a weekday, ranges, counts", times: LEFTOVER22_TIMES, mentions: LEFTOVER22_MENTIONS, datelines: LEFTOVER22_DATELINES },
  { title: "ranges of counts before ago or after, three words before a genitive's `পর`, update labels, ordinals, numeric and machine dates, seconds", times: LEFTOVER23_TIMES, mentions: LEFTOVER23_MENTIONS, datelines: LEFTOVER23_DATELINES },
  { title: "schedules with ranges and ordinals, fixtures, weather and prayer times, English sites, e-papers, Indian outlets", mentions: MORE_DATE_MENTIONS, datelines: MORE_DATE_DATELINES },
  { title: "the year of a day without one from the tense of its clause, a range's first day, a month after a direction word", mentions: TENSE_MENTIONS },
  { title: "a wire story's day words, English pasts, fiscal years by their years, ranges of months, schedules and seasons", mentions: SEASON_MENTIONS, datelines: SEASON_DATELINES },
];

for (const { title, times, mentions, datelines } of DATE_TABLES) {
  describe(title, () => {
    if (times) {
      it.each(times)("parseTime: %s", (text, expected) => {
        expect(clock(text)).toBe(expected);
      });
    }
    if (mentions) itFindsDates(mentions);
    if (datelines) itReadsDatelines(datelines);
  });
}
