/**
 * Every dateline and masthead instance of the field notes, and new instances of each shape, read by parseDateline
 * to its stated answer. Prints the accuracy over all labelled instances and enforces a floor.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parseDateline } from "../src/index.ts";
import { DatelineSchema } from "../src/schemas.ts";
import type { ParsedDate } from "../src/index.ts";
import { DATELINE_CASES } from "./fixtures/datelines.ts";
import type { DatelineCase } from "./fixtures/datelines.ts";

function matches(actual: ParsedDate | null, expected: string | null | undefined): boolean {
  if (expected === undefined) return true;
  if (expected === null) return actual === null;
  if (actual === null) return false;
  return expected.endsWith("T") && expected.length > 11 ? actual.iso.startsWith(expected.slice(0, -1)) : actual.iso === expected;
}

function options(entry: DatelineCase): { timeZone?: string; reference?: string } {
  return { ...(entry.timeZone === undefined ? {} : { timeZone: entry.timeZone }), ...(entry.reference === undefined ? {} : { reference: entry.reference }) };
}

let right = 0;
afterAll(() => {
  const share = (100 * right) / DATELINE_CASES.length;
  console.log(`accuracy: parseDateline ${right}/${DATELINE_CASES.length} labelled dateline and masthead instances (${share.toFixed(1)}%)`);
});

describe("parseDateline over the field notes", () => {
  it.each(DATELINE_CASES.map((entry) => [entry.id, entry] as const))("%s", (_id, entry) => {
    const result = parseDateline(entry.text, options(entry));
    expect(DatelineSchema.safeParse(result).success).toBe(true);
    const ok =
      matches(result.published, entry.published) &&
      matches(result.updated, entry.updated) &&
      (entry.midnight === undefined || result.published?.midnight === entry.midnight) &&
      (entry.issue === undefined ? result.issues === undefined : result.issues?.[0]?.code === entry.issue);
    if (ok) right++;
    expect({ published: result.published?.iso ?? null, updated: result.updated?.iso ?? null, issue: result.issues?.[0]?.code }).toMatchObject({
      published: entry.published === null || entry.published.length <= 10 || !entry.published.endsWith("T") ? entry.published : expect.stringMatching(new RegExp(`^${entry.published.slice(0, -1)}`)),
      ...(entry.updated === undefined ? {} : { updated: entry.updated }),
      issue: entry.issue,
    });
    if (entry.midnight !== undefined) expect(result.published?.midnight).toBe(entry.midnight);
  });

  it("keeps the accuracy floor", () => {
    let count = 0;
    for (const entry of DATELINE_CASES) {
      const result = parseDateline(entry.text, options(entry));
      if (matches(result.published, entry.published) && matches(result.updated, entry.updated)) count++;
    }
    expect(count / DATELINE_CASES.length).toBeGreaterThanOrEqual(0.98);
  });
});

/** The same dateline typed another way: no-break spaces, য় in one code point or two, joiners, fullwidth colons. */
const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["no-break spaces", (text) => text.replace(/ /g, "\u00a0")],
  ["precomposed য়", (text) => text.replace(/\u09af\u09bc/g, "\u09df")],
  ["decomposed য়", (text) => text.replace(/\u09df/g, "\u09af\u09bc")],
  ["zero-width joiners after virama", (text) => text.replace(/\u09cd/g, "\u09cd\u200c")],
  ["fullwidth colons", (text) => text.replace(/:/g, "\uff1a")],
  ["Bengali digits", (text) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x09e6 + Number(digit)))],
];

describe("Unicode variants of every instance read as the clean text", () => {
  it.each(VARIANTS)("%s", (_name, variant) => {
    for (const entry of DATELINE_CASES) {
      const clean = parseDateline(entry.text, options(entry));
      const changed = variant(entry.text);
      const typed = parseDateline(changed, options(entry));
      expect([entry.id, typed.published?.iso, typed.updated?.iso]).toEqual([entry.id, clean.published?.iso, clean.updated?.iso]);
      if (typed.published !== null) {
        expect(changed.slice(typed.published.index, typed.published.index + typed.published.text.length)).toBe(typed.published.text);
      }
    }
  });
});
