import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { afterEdge, alternation, foldedLookup, foldKey, phraseAlternation, WORD_CHAR, WORD_END, WORD_START } from "../src/_lib/alternation.ts";

/** Every code point of the BMP except the surrogates, and a stride through the astral planes. */
function codePoints(): number[] {
  const points: number[] = [];
  for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 7) if (code < 0xd800 || code > 0xdfff) points.push(code);
  return points;
}

describe("word edges", () => {
  const before = new RegExp(`^.${WORD_START}x`, "su");
  const after = new RegExp(`^x${WORD_END}.`, "su");

  it("WORD_START and WORD_END refuse exactly the letters, marks and decimal digits on either side, which WORD_CHAR finds", () => {
    const wrong: number[] = [];
    const letterMarkOrDigit = /^(?:\p{L}|\p{M}|\p{Nd})$/u;
    for (const code of codePoints()) {
      const char = String.fromCodePoint(code);
      const isWordChar = letterMarkOrDigit.test(char);
      if (WORD_CHAR.test(char) !== isWordChar) wrong.push(code);
      if (before.test(`${char}x`) === isWordChar || after.test(`x${char}`) === isWordChar) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["ঢাকা", true],
    ["ঢাকায়", false],
    ["ঢাকা,", true],
    ["ঢাকা১", false],
  ])("ঢাকা followed by the rest of %s is a whole word: %s", (text, whole) => {
    expect(new RegExp(`^ঢাকা${WORD_END}`, "u").test(text)).toBe(whole);
  });
});

describe("alternation", () => {
  it.each([
    [["জানু", "জানুয়ারি", "মে"], "(?:জ(?:ানুয়ারি|ানু)|মে)"],
    [["a.b", "A.B", ""], "(?:a\\.b)"],
    [["বাংলাদেশ সময়"], "(?:বাংলাদেশ +সময়)"],
  ])("%j → %s", (spellings, expected) => {
    expect(alternation(spellings)).toBe(expected.normalize("NFC"));
  });

  it("bounds the spaces of a phrase", () => {
    expect(phraseAlternation(["বাংলাদেশ  সময়", "জিএমটি"])).toBe("(?:বাংলাদেশ {1,3}সময়|জিএমটি)".normalize("NFC"));
  });

  it("looks matched text up by its folded key, the first spelling of a key winning", () => {
    const lookup = foldedLookup([["রয়টার্স", 1], ["র\u09DFটার্স", 2], ["  AFP ", 3]]);
    expect(lookup.get(foldKey("রয়টার্স"))).toBe(1);
    expect(lookup.get("afp")).toBe(3);
    expect(lookup.size).toBe(2);
  });
});

describe("afterEdge", () => {
  const spellings = ["জানুয়ারি", "জানু", "জুলাই", "মে", "a.b", "বাংলাদেশ সময়", "ম"];
  const words = phraseAlternation(spellings);
  const before = "[\\u0980-\\u09ffa-z0-9]";
  const plain = new RegExp(`(?<!${before})${words}`, "gu");
  const edged = new RegExp(afterEdge(spellings, before), "gu");
  const spans = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

  it.each([
    ["১৫ জানুয়ারি ও ৩ জুলাই", [[3, "জানুয়ারি"], [17, "জুলাই"]]],
    ["আজানুয়ারি মে", [[11, "মে"]]],
    ["(জানু) a.b xa.b", [[1, "জানু"], [7, "a.b"]]],
    ["বাংলাদেশ   সময় ম", [[0, "বাংলাদেশ   সময়"], [16, "ম"]]],
  ])("%s", (text, expected) => {
    expect(spans(edged, text.normalize("NFC"))).toEqual(expected);
  });

  it("finds what the lookbehind before the whole alternation finds, in any text", () => {
    const alphabet = fc.constantFrom("জ", "া", "ন", "ু", "য়", "ি", "ল", "ই", "ম", "ে", " ", "a", ".", "b", "x", "1", "বাংলাদেশ", "সময়", "\n");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (units) => {
        const text = units.join("").normalize("NFC");
        expect(spans(edged, text)).toEqual(spans(plain, text));
      }),
      { numRuns: 2000 },
    );
  });
});
