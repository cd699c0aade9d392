/**
 * What ICU prints, read back: random instants formatted by `Intl.DateTimeFormat` for `bn-BD` and `bn-IN` with every
 * `dateStyle`/`timeStyle` (but the two-digit-year `short` date) and mixes of `weekday`, long, short and numeric
 * months, `hour12`, `timeZoneName` and `dayPeriod`, in several zones; `parseDate` must give back the same instant
 * (to the unit the text prints) every time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../src/index.ts";

const LOCALES = ["bn-BD", "bn-IN"] as const;
const ZONES = ["Asia/Dhaka", "Asia/Kolkata", "UTC", "Asia/Kathmandu"] as const;
type Format = Intl.DateTimeFormatOptions;

const STYLE_FORMATS: Format[] = [];
for (const dateStyle of ["full", "long", "medium"] as const) {
  for (const timeStyle of ["full", "long", "medium", "short"] as const) {
    for (const hour12 of [true, false, undefined]) {
      STYLE_FORMATS.push(hour12 === undefined ? { dateStyle, timeStyle } : { dateStyle, timeStyle, hour12 });
    }
  }
}

const MIXED_FORMATS: Format[] = [];
for (const weekday of [undefined, "long", "short"] as const) {
  for (const month of ["long", "short", "numeric", "2-digit"] as const) {
    for (const [hour12, dayPeriod] of [[true, undefined], [false, undefined], [true, "short"], [true, "long"], [true, "narrow"]] as const) {
      for (const timeZoneName of [undefined, "short", "long", "shortOffset", "longOffset", "shortGeneric", "longGeneric"] as const) {
        for (const second of [undefined, "2-digit"] as const) {
          const format: Format = { year: "numeric", month, day: "numeric", hour: "numeric", minute: "2-digit", hour12 };
          if (weekday !== undefined) format.weekday = weekday;
          if (dayPeriod !== undefined) format.dayPeriod = dayPeriod;
          if (timeZoneName !== undefined) format.timeZoneName = timeZoneName;
          if (second !== undefined) format.second = second;
          MIXED_FORMATS.push(format);
        }
      }
    }
  }
}
const DATE_ONLY_FORMATS: Format[] = [
  { dateStyle: "full" },
  { dateStyle: "long" },
  { dateStyle: "medium" },
  { year: "numeric", month: "long", day: "numeric", weekday: "long" },
  { year: "numeric", month: "short", day: "2-digit" },
  { year: "numeric", month: "2-digit", day: "2-digit" },
  { year: "numeric", month: "long", day: "numeric", hour: "numeric", dayPeriod: "long" },
  { year: "numeric", month: "short", day: "numeric", hour: "numeric", hour12: true },
];
const FORMATS = [...STYLE_FORMATS, ...MIXED_FORMATS, ...DATE_ONLY_FORMATS];

const MINUTE = 60_000;
/** 1990 … 2040, whole seconds. */
const instant = fc.integer({ min: 631_152_000, max: 2_208_988_800 }).map((seconds) => seconds * 1000);

/** The instant cut to what the text prints: seconds, minutes, or the start of the wall-clock hour in the zone. */
function expectedInstant(ms: number, format: Format, zone: string): number {
  if (format.timeStyle === "full" || format.timeStyle === "long" || format.timeStyle === "medium" || format.second !== undefined) return ms;
  if (format.timeStyle === "short" || format.minute !== undefined) return ms - (ms % MINUTE);
  if (format.hour !== undefined) {
    const minute = Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, minute: "numeric" }).format(new Date(ms)));
    return ms - (ms % MINUTE) - minute * MINUTE;
  }
  return Number.NaN; // date only: compared by calendar day below
}

/** Asia/Dhaka's 2009-12-31 23:00–23:59 happened twice (+07:00 then +06:00): a wall clock there names two instants. */
function ambiguous(ms: number, zone: string): boolean {
  return zone === "Asia/Dhaka" && ms >= Date.UTC(2009, 11, 31, 16) && ms < Date.UTC(2009, 11, 31, 18);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, zone: string, options: Format, ms: number): string {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(ms));
}

function dayIn(zone: string, ms: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
}

describe("ICU round trip", () => {
  it("reads back every instant ICU formats (bn-BD, bn-IN)", () => {
    const cases = fc.sample(
      fc.tuple(instant, fc.constantFrom(...LOCALES), fc.constantFrom(...ZONES), fc.constantFrom(...FORMATS)),
      { numRuns: 6000, seed: 20250713 },
    );
    let right = 0;
    const wrong: string[] = [];
    let total = 0;
    for (const [ms, locale, zone, options] of cases) {
      if (ambiguous(ms, zone)) continue;
      total++;
      const text = format(locale, zone, options, ms);
      const result = parseDate(text, { timeZone: zone });
      const expected = expectedInstant(ms, options, zone);
      const ok = Number.isNaN(expected) ? result?.iso === dayIn(zone, ms) : result?.date.getTime() === expected;
      if (ok) right++;
      else if (wrong.length < 15) wrong.push(`${text} [${zone} ${JSON.stringify(options)}] → ${result?.iso ?? "null"} (want ${Number.isNaN(expected) ? dayIn(zone, ms) : new Date(expected).toISOString()})`);
    }
    console.log(`icu: parseDate read ${right}/${total} ICU-formatted instants back (${((100 * right) / total).toFixed(2)}%), ${FORMATS.length} option sets`);
    expect(wrong).toEqual([]);
  });
});
