import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patternEntries } from "../src/_lib/patternEntries.ts";
import { HOUR_WORDS } from "../src/data/dayParts.ts";
import { AMOUNT_WORDS } from "../src/data/relativeWords.ts";
import { TIME_ZONE_NAMES } from "../src/data/timeZones.ts";

describe("patternEntries", () => {
  it.each<[ReadonlyArray<readonly [RegExp, number | string]>, ReadonlyArray<readonly [string, number | string]>]>([
    [[[/দুই|দু/, 2], [/তিন/, 3]], [["দুই", 2], ["দু", 2], ["তিন", 3]]],
    [[[/বাংলাদেশ সময়|bdt/, "Asia/Dhaka"]], [["বাংলাদেশ সময়", "Asia/Dhaka"], ["bdt", "Asia/Dhaka"]]],
    [[], []],
  ])("%s", (lines, entries) => {
    expect(patternEntries(lines)).toEqual(entries);
  });

  it("gives back any words of letters, spaces and digits joined into patterns, each with its value", () => {
    const word = fc.string({ unit: fc.constantFrom(..."কখগঢাকাড়য়ৃ২৪ abcXYZ'"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 5 }), fc.integer()), { maxLength: 5 }), (lines) => {
        const entries = patternEntries(lines.map(([words, value]) => [new RegExp(words.join("|")), value] as const));
        expect(entries).toEqual(lines.flatMap(([words, value]) => words.map((w) => [w, value])));
      }),
    );
  });

  it("reads the date vocabularies written so, no word empty", () => {
    expect(HOUR_WORDS).toContainEqual(["দু", 2]);
    expect(AMOUNT_WORDS).toContainEqual(["আধ", 0.5]);
    expect(TIME_ZONE_NAMES).toContainEqual(["bdst", "Asia/Dhaka"]);
    for (const [word] of [...HOUR_WORDS, ...AMOUNT_WORDS, ...TIME_ZONE_NAMES]) {
      expect(word).not.toBe("");
    }
  });
});
