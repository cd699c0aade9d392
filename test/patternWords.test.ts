import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { patternWords } from "../src/_lib/patternWords.ts";
import { BD_DISTRICTS, CAMPUS_ABBREVIATIONS } from "../src/data/places.ts";

describe("patternWords", () => {
  it.each([
    [[/ঢাকা|গাজীপুর/, /খুলনা/], ["ঢাকা", "গাজীপুর", "খুলনা"]],
    [[/চাঁপাই নবাবগঞ্জ|দক্ষিণ ২৪ পরগনা/], ["চাঁপাই নবাবগঞ্জ", "দক্ষিণ ২৪ পরগনা"]],
    [[/DU|JU/, /Cox's Bazar/], ["DU", "JU", "Cox's Bazar"]],
    [[], []],
  ] as const)("%s", (lines, words) => {
    expect(patternWords(lines)).toEqual(words);
  });

  it("gives back any words of letters, spaces and digits joined into patterns", () => {
    const word = fc.string({ unit: fc.constantFrom(..."কখগঢাকাড়য়ৃ২৪ abcXYZ'"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (lines) => {
        expect(patternWords(lines.map((words) => new RegExp(words.join("|"))))).toEqual(lines.flat());
      }),
    );
  });

  it("reads the vocabularies written so, every word in NFC and none empty", () => {
    expect(BD_DISTRICTS).toContain("চাঁপাই নবাবগঞ্জ");
    expect(CAMPUS_ABBREVIATIONS).toContain("গোবিপ্রবি");
    for (const word of [...BD_DISTRICTS, ...CAMPUS_ABBREVIATIONS]) {
      expect(word).not.toBe("");
      expect(word).toBe(word.normalize("NFC"));
    }
  });
});
