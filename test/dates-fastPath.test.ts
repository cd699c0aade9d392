/**
 * The fast path of parseDate and parseDateline never changes a result: every generated dateline in the shapes it
 * reads, near misses of them, random text and every labelled instance of the field notes give exactly what the
 * general path gives (each field, the instant, the key order). The general path is a second copy of the library
 * whose fast path is switched off.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLOCK_MARKERS } from "../src/data/dayParts.ts";
import { DATELINE_LABELS } from "../src/data/datelineLabels.ts";
import { GREGORIAN_MONTHS } from "../src/data/gregorianMonths.ts";
import { WEEKDAYS } from "../src/data/weekdays.ts";
import { fastParseDate, fastParseDateline } from "../src/dates/fastPath.ts";
import * as withFastPath from "../src/index.ts";
import type { DateOptions, Dateline, ParsedDate } from "../src/index.ts";
import { DATELINE_CASES } from "./fixtures/datelines.ts";

type Library = typeof withFastPath;
let general: Library;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock("../src/dates/fastPath.ts", () => ({ fastParseDate: () => undefined, fastParseDateline: () => undefined }));
  general = await import("../src/index.ts");
  vi.doUnmock("../src/dates/fastPath.ts");
});

/** Every own field in order, the instant as a number: equal pictures mean equal results. */
function picture(value: ParsedDate | null | undefined): unknown {
  if (value === null || value === undefined) return value;
  return Object.entries(value).map(([key, field]) => [key, field instanceof Date ? field.getTime() : field]);
}

function datelinePicture(value: Dateline): unknown {
  return Object.entries(value).map(([key, field]) => [key, key === "issues" ? field : picture(field as ParsedDate | null)]);
}

let compared = 0;
let handled = 0;
afterAll(() => {
  console.log(`fast path: ${compared} strings compared with the general path (${handled} of them read by the fast path), no difference`);
});

/** Both libraries on one string: the same result or the same error. */
function assertSame(text: string, options?: DateOptions): void {
  compared++;
  if (fastParseDate(text, { timeZone: "Asia/Dhaka", reference: undefined, calendar: "gregorian" }) !== undefined) handled++;
  let fastDate: unknown;
  let slowDate: unknown;
  try {
    fastDate = picture(withFastPath.parseDate(text, options));
  } catch (error) {
    fastDate = String(error);
  }
  try {
    slowDate = picture(general.parseDate(text, options));
  } catch (error) {
    slowDate = String(error);
  }
  expect(fastDate, JSON.stringify({ text, options })).toStrictEqual(slowDate);
  let fastLine: unknown;
  let slowLine: unknown;
  try {
    fastLine = datelinePicture(withFastPath.parseDateline(text, options));
  } catch (error) {
    fastLine = String(error);
  }
  try {
    slowLine = datelinePicture(general.parseDateline(text, options));
  } catch (error) {
    slowLine = String(error);
  }
  expect(fastLine, JSON.stringify({ text, options })).toStrictEqual(slowLine);
}

const BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯";

/** A number in Bengali, ASCII or mixed digits, padded to `width`. */
function digitsOf(value: number, width: number, script: readonly number[]): string {
  const ascii = String(value).padStart(width, "0");
  let out = "";
  for (let i = 0; i < ascii.length; i++) {
    const choice = script[i % script.length] ?? 0;
    out += choice === 0 ? (BENGALI_DIGITS[Number(ascii[i])] as string) : (ascii[i] as string);
  }
  return out;
}

/** Latin letters in a random case. */
function cased(word: string, mask: number): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    out += (mask >> i) & 1 ? c.toUpperCase() : c;
  }
  return out;
}

const caseMask = fc.oneof(fc.constant(0), fc.constant(1), fc.constant(0xffff), fc.integer({ min: 0, max: 0xffff }));
const script = fc.oneof(fc.constant([0]), fc.constant([1]), fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 4 }));
const labels = [...DATELINE_LABELS.published, ...DATELINE_LABELS.updated];
const monthSpellings = GREGORIAN_MONTHS.flatMap((entry) => [...entry.bn, ...entry.en]);
const weekdaySpellings = WEEKDAYS.flatMap((entry) => [...entry.full, ...entry.short]);
const markers = [...CLOCK_MARKERS.am, ...CLOCK_MARKERS.pm];

const label = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...labels), caseMask, fc.constantFrom(": ", ":", " : ", " :", " ঃ ", " "))
      .map(([word, mask, separator]) => cased(word, mask) + separator),
  },
);

const time = fc
  .record({
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
    twelve: fc.boolean(),
    pad: fc.boolean(),
    marker: fc.constantFrom(...markers),
    mask: caseMask,
    space: fc.constantFrom(" ", ""),
    script,
  })
  .map((t) => {
    const written = t.twelve ? ((t.hour + 11) % 12) + 1 : t.hour;
    let text = `${digitsOf(written, t.pad ? 2 : 1, t.script)}:${digitsOf(t.minute, 2, t.script)}`;
    if (t.second !== undefined) text += `:${digitsOf(t.second, 2, t.script)}`;
    if (t.twelve) {
      const list = t.hour < 12 ? CLOCK_MARKERS.am : CLOCK_MARKERS.pm;
      text += t.space + cased(list[markers.indexOf(t.marker) % list.length] as string, t.mask);
    }
    return text;
  });

const date = fc
  .record({
    year: fc.integer({ min: 1990, max: 2035 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    pick: fc.nat(),
    mask: caseMask,
    dayFirst: fc.boolean(),
    pad: fc.boolean(),
    comma: fc.constantFrom(" ", ", ", ","),
    weekday: fc.option(fc.tuple(fc.constantFrom(...weekdaySpellings), caseMask, fc.constantFrom(", ", " ", ",")), { nil: undefined }),
    script,
  })
  .map((d) => {
    const names = GREGORIAN_MONTHS[d.month - 1];
    const spelled = [...(names?.bn ?? []), ...(names?.en ?? [])];
    const month = cased(spelled[d.pick % spelled.length] as string, d.mask);
    const last = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
    const day = digitsOf(Math.min(d.day, last), d.pad ? 2 : 1, d.script);
    const year = digitsOf(d.year, 4, d.script);
    const weekday = d.weekday === undefined ? "" : cased(d.weekday[0], d.weekday[1]) + d.weekday[2];
    return { text: weekday + (d.dayFirst ? `${day} ${month}${d.comma}${year}` : `${month} ${day}${d.comma}${year}`), dayFirst: d.dayFirst };
  });

const gap = fc.constantFrom(", ", ",", " ", " | ");

const blank = fc.constantFrom("", "", "", " ", "\n", "  \n", "\t", "\r\n");

/** য় written as one code point (U+09DF) instead of য + nukta: both encodings are in use. */
function precomposed(text: string, mask: number): string {
  let n = 0;
  return text.replace(/\u09AF\u09BC/gu, (pair) => ((mask >> n++) & 1 ? "\u09DF" : pair));
}

/** The date and time of a dateline in every order the fast path reads (a time before a month-first date has a marker). */
const body = fc
  .tuple(fc.constantFrom("time-first", "date-first", "date"), time, gap, date)
  .filter(([order, clock, , day]) => order !== "time-first" || day.dayFirst || /\p{L}\.?$/u.test(clock))
  .map(([order, clock, between, { text: day }]) =>
    order === "time-first" ? clock + between + day : order === "date-first" ? day + between + clock : day,
  );

/** Datelines in every shape the fast path reads. */
const dateline = fc
  .tuple(label, body, blank, blank, fc.oneof(fc.constant(0), fc.nat()))
  .map(([lead, main, before, after, mask]) => before + precomposed(lead + main, mask) + after);

const publishedLabel = fc
  .tuple(fc.constantFrom(...DATELINE_LABELS.published), caseMask, fc.constantFrom(": ", ":", " : ", " "))
  .map(([word, mask, separator]) => cased(word, mask) + separator);
const updatedLabel = fc
  .tuple(fc.constantFrom(...DATELINE_LABELS.updated), caseMask, fc.constantFrom(": ", ":", " : ", " "))
  .map(([word, mask, separator]) => cased(word, mask) + separator);

/** A publication line and an update line (either may also be unlabelled, or carry the other label). */
const pair = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: publishedLabel }, { weight: 1, arbitrary: updatedLabel }, { weight: 1, arbitrary: fc.constant("") }),
    body,
    fc.constantFrom(" | ", " || ", "\n", "  ||  ", "|", " |\n", "\n\n", " | | "),
    fc.oneof({ weight: 4, arbitrary: updatedLabel }, { weight: 1, arbitrary: publishedLabel }, { weight: 1, arbitrary: fc.constant("") }),
    body,
    fc.oneof(fc.constant(0), fc.nat()),
  )
  .map(([first, one, between, second, two, mask]) => precomposed(first + one + between + second + two, mask));

/** Characters and pieces that make a near miss: what the matching view folds, zones, more text, other marks. */
const TRAPS = [
  "\u00a0", "\u200c", "\u200d", "\u200b", "\u00ad", "\t", "\n", "  ", "\u09df", "য়", "ঃ", ".", "-", "–", "/", "::",
  " IST", " GMT+6", " GMT +৫:৩০", " +05:30", " UTC", " (স্থানীয় সময়)", "বাংলাদেশ সময়: ", " আপডেট: ১১:০২ এএম, ১৩ জুলাই ২০২৫",
  "আজ ", " খ্রিস্টাব্দ", " ইং", "ই", "শে", " রাত", "বিকেল ", "০", "1", "৯৯", "A", "ৗ", "ে", "া", "্", "অ", "|", "||", "।", " এ ",
  "\uff1a", "\uff10", "২৪:", "৩১ ফেব্রুয়ারি ", "Mon ", "সোমবার ", "(", ")", "at ", "on ",
];

const nearMiss = fc
  .tuple(fc.oneof(dateline, pair), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRAPS), fc.constantFrom("insert", "replace", "delete")), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [at, trap, kind] of edits) {
      const i = at % (out.length + 1);
      if (kind === "insert") out = out.slice(0, i) + trap + out.slice(i);
      else if (kind === "replace") out = out.slice(0, i) + trap + out.slice(i + 1);
      else out = out.slice(0, i) + out.slice(i + 1);
    }
    return out;
  });

/** Out-of-range numbers in the fast shapes: hour 24 and 25, minute 60, 12-hour hours 0 and 13, 31 of short months. */
const outOfRange = fc
  .tuple(
    label,
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.option(fc.constantFrom(...markers), { nil: undefined }),
    fc.integer({ min: 0, max: 39 }),
    fc.constantFrom(...monthSpellings),
    fc.constantFrom(0, 1, 99, 100, 999, 1900, 2000, 2024, 2025, 9999),
    fc.boolean(),
  )
  .map(([lead, hour, minute, marker, day, month, year, timeFirst]) => {
    const clock = `${digitsOf(hour, 2, [0])}:${digitsOf(minute, 2, [0])}${marker === undefined ? "" : ` ${marker}`}`;
    const dayText = `${digitsOf(day, 1, [0])} ${month} ${digitsOf(year, 4, [0])}`;
    return lead + (timeFirst ? `${clock}, ${dayText}` : `${dayText}, ${clock}`);
  });

const OPTIONS: (DateOptions | undefined)[] = [
  undefined,
  undefined,
  { timeZone: "Asia/Kolkata" },
  { timeZone: "UTC" },
  { timeZone: "+05:45" },
  { timeZone: "America/New_York" },
  { reference: "2025-07-13T10:26:00+06:00" },
  { reference: "2024-01-02T03:04:05+06:00", timeZone: "Asia/Kolkata" },
  { calendar: "bangla" },
  { calendar: "hijri" },
];
const options = fc.constantFrom(...OPTIONS);

const DHAKA = { timeZone: "Asia/Dhaka", reference: undefined, calendar: "gregorian" } as const;

describe("fast path: what it reads", () => {
  it.each([
    ["প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫", "2025-07-13T10:26:00+06:00", "১০:২৬ এএম, ১৩ জুলাই ২০২৫", 10],
    ["  Updated: 7 March 2024, 3:20 PM\n", "2024-03-07T15:20:00+06:00", "7 March 2024, 3:20 PM", 11],
    ["আপডেট : ১২ মে ২০২৪, ১৬:২৫", "2024-05-12T16:25:00+06:00", "১২ মে ২০২৪, ১৬:২৫", 8],
    ["বৃহস্পতিবার, ১৪ মার্চ, ২০২৪", "2024-03-14", "বৃহস্পতিবার, ১৪ মার্চ, ২০২৪", 0],
    ["প্রকাশ: ০০:০০, রবিবার, ০৩ মার্চ, ২০২৪", "2024-03-03T00:00:00+06:00", "০০:০০, রবিবার, ০৩ মার্চ, ২০২৪", 8],
    ["জানু\u09DFারি ৫, ২০২৪, ১১:৫৯:৩০ অপরাহ্ণ", "2024-01-05T23:59:30+06:00", "জানু\u09DFারি ৫, ২০২৪, ১১:৫৯:৩০ অপরাহ্ণ", 0],
    ["হালনাগাদ: ২০ জুন ২০০৯ | ১০:০০ PM", "2009-06-20T22:00:00+07:00", "২০ জুন ২০০৯ | ১০:০০ PM", 10],
    ["Last Updated: Sept 5, 2024 11:08 a.m.", "2024-09-05T11:08:00+06:00", "Sept 5, 2024 11:08 a.m.", 14],
  ])("%s", (text, iso, quoted, index) => {
    expect(fastParseDate(text, DHAKA)).toMatchObject({ iso, text: quoted, index });
    assertSame(text);
  });

  it.each([
    "প্রকাশিত: ১১:০২ এএম, ১৩ জুলাই ২০২৫ | আপডেট: ১০:২৬ এএম, ১৩ জুলাই ২০২৫",
    "৩১ ফেব্রুয়ারি ২০২৪",
    "১০:২৬ এএম, ১৩ জুলাই ২০২৫ GMT+6",
    "১৩ জুলাই ২০২৫, ১০:২৬ IST",
    "১৩\u00a0জুলাই ২০২৫",
    "প্রকাশিতঃ১৩ জুলাই ২০২৫",
    "১৩ জুলাই ২০২৫ বিকেল ৪টা",
    "১০:২৬, জুলাই ১৩, ২০২৫",
    "১৩ জুলাই ২৫",
  ])("leaves %s to the general path", (text) => {
    expect(fastParseDate(text, DHAKA)).toBeUndefined();
    assertSame(text);
  });

  it("reads a publication and an update line", () => {
    const text = "প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫ | আপডেট: ১১:০২ এএম, ১৩ জুলাই ২০২৫";
    expect(fastParseDateline(text, DHAKA)).toMatchObject({
      published: { iso: "2025-07-13T10:26:00+06:00", index: 10 },
      updated: { iso: "2025-07-13T11:02:00+06:00", index: 44 },
    });
    assertSame(text);
  });

  it("reads in the zone of the options", () => {
    expect(fastParseDate("১৩ জুলাই ২০২৫, ১০:২৬", { ...DHAKA, timeZone: "Asia/Kolkata" })?.iso).toBe("2025-07-13T10:26:00+05:30");
    assertSame("১৩ জুলাই ২০২৫, ১০:২৬", { timeZone: "Asia/Kolkata" });
  });
});

describe("fast path: the same result as the general path", () => {
  it("datelines in every shape the fast path reads", () => {
    fc.assert(
      fc.property(dateline, options, (text, option) => {
        assertSame(text, option);
      }),
      { numRuns: 6000, seed: 7 },
    );
  }, 60_000);

  it("reads the shapes it claims (clean datelines never fall through)", () => {
    fc.assert(
      fc.property(dateline, fc.constantFrom("gregorian", "bangla", "hijri" as const), (text, calendar) => {
        const result = fastParseDate(text, { timeZone: "Asia/Dhaka", reference: undefined, calendar });
        expect(result, text).toBeDefined();
      }),
      { numRuns: 2000, seed: 11 },
    );
  }, 60_000);

  it("publication and update lines", () => {
    fc.assert(
      fc.property(pair, options, (text, option) => {
        assertSame(text, option);
      }),
      { numRuns: 4000, seed: 23 },
    );
  }, 60_000);

  it("near misses: folded characters, zones, more text, other marks", () => {
    const before = handled;
    fc.assert(
      fc.property(nearMiss, options, (text, option) => {
        assertSame(text, option);
      }),
      { numRuns: 4000, seed: 13 },
    );
    console.log(`fast path: ${handled - before} of 4000 near misses still read by the fast path`);
  }, 60_000);

  it("numbers out of range: impossible days and clocks", () => {
    fc.assert(
      fc.property(outOfRange, options, (text, option) => {
        assertSame(text, option);
      }),
      { numRuns: 2000, seed: 17 },
    );
  }, 60_000);

  it("random strings, Bengali-heavy", () => {
    const alphabet = fc.constantFrom(..."০১২৩৪৫৬৭৮৯0123456789:, ঃএমপিজুলাইমার্চআগস্টরবিবারপ্রকাশিতAPMamp|\u200c\u00a0".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ maxLength: 40 })), options, (text, option) => {
        assertSame(text, option);
      }),
      { numRuns: 2000, seed: 19 },
    );
  }, 60_000);

  it.each(DATELINE_CASES.map((entry) => [entry.id, entry] as const))("field notes %s", (_id, entry) => {
    const option: DateOptions = {
      ...(entry.timeZone === undefined ? {} : { timeZone: entry.timeZone }),
      ...(entry.reference === undefined ? {} : { reference: entry.reference }),
    };
    assertSame(entry.text, option);
    assertSame(entry.text);
    for (const line of entry.text.split(/\n|\s*\|\|?\s*/u)) assertSame(line.trim());
  });
});
