import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byFirstUnit } from "../src/_lib/byFirstUnit.ts";

describe("byFirstUnit", () => {
  it.each([
    [["ছবি", "চিত্র", "ছবির উৎস"], "ছ", ["ছবি", "ছবির উৎস"]],
    [["ছবি", "চিত্র", "ছবির উৎস"], "চ", ["চিত্র"]],
    [["photo", "প্রতী", "published", "প্রকাশ"], "প", ["প্রতী", "প্রকাশ"]],
    [["photo", "প্রতী", "published", "প্রকাশ"], "p", ["photo", "published"]],
    [["photo", "প্রতী"], "f", undefined],
    [[], "ছ", undefined],
  ])("groups %j: the words %j opens are %j, in their order", (words, first, group) => {
    expect(byFirstUnit(words).get(first.charCodeAt(0))).toEqual(group);
  });

  it("keeps every word once, in its first unit's group and in the order given", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 })), (words) => {
        const groups = byFirstUnit(words);
        for (const [first, group] of groups) {
          expect(group).toEqual(words.filter((word) => word.charCodeAt(0) === first));
        }
        expect([...groups.values()].flat().length).toBe(words.length);
      }),
    );
  });
});
