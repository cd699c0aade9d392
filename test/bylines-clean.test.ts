import { describe, expect, it } from "vitest";
import { cleanValue } from "../src/bylines/clean.ts";

/** Values and their clean form: NFC decomposes, composes and reorders only a few units of Bengali. */
const NFC_ROWS: ReadonlyArray<readonly [string, string]> = [
  // a value in NFC is kept
  ["মাহমুদুল হক প্রিন্টু", "মাহমুদুল হক প্রিন্টু"],
  // a precomposed য়, ড় or ঢ় is decomposed
  ["\u09A8\u09DF\u09BE \u09A6\u09BF\u0997\u09A8\u09CD\u09A4", "\u09A8\u09AF\u09BC\u09BE \u09A6\u09BF\u0997\u09A8\u09CD\u09A4"],
  ["\u09AC\u09DC\u09C1\u09DF\u09BE", "\u09AC\u09A1\u09BC\u09C1\u09AF\u09BC\u09BE"],
  ["\u0986\u09B7\u09BE\u09DD\u09C0", "\u0986\u09B7\u09BE\u09A2\u09BC\u09C0"],
  // ে and the second part of ো or ৌ are composed
  ["\u09B0\u09BE\u099C\u09C7\u09BE\u09DF\u09BE\u09A8", "\u09B0\u09BE\u099C\u09CB\u09AF\u09BC\u09BE\u09A8"],
  ["\u09AE\u09C7\u09D7\u09B8\u09C1\u09AE\u09C0", "\u09AE\u09CC\u09B8\u09C1\u09AE\u09C0"],
  // a nukta typed after a virama, and the sandhi mark before a virama, are reordered
  ["\u09AF\u09CD\u09BC", "\u09AF\u09BC\u09CD"],
  ["\u0995\u09FE\u09CD", "\u0995\u09CD\u09FE"],
];

describe("cleanValue", () => {
  it.each(NFC_ROWS)("writes %s in NFC", (value, clean) => {
    expect(cleanValue(value)).toBe(clean);
  });

  it("gives every pair of printable ASCII and Bengali units in NFC", () => {
    const units: string[] = [];
    for (let code = 0x21; code < 0x7f; code++) units.push(String.fromCharCode(code));
    for (let code = 0x0980; code < 0x0a00; code++) units.push(String.fromCharCode(code));
    const wrong: string[] = [];
    for (const first of units) {
      for (const second of units) {
        const pair = first + second;
        // অা and এ্ are folded to আ and অ্ besides
        if (pair === "\u0985\u09BE" || pair === "\u098F\u09CD") continue;
        if (cleanValue(pair) !== pair.normalize("NFC")) wrong.push(pair);
      }
    }
    expect(wrong).toEqual([]);
  });
});
