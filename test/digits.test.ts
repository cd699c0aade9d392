import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toAsciiDigits, toBengaliDigits } from "../src/index.ts";

describe("toAsciiDigits", () => {
  it.each([
    ["১৩ জুলাই ২০২৫", "13 জুলাই 2025"],
    ["০১২৩৪৫৬৭৮৯", "0123456789"],
    ["20২৪", "2024"],
    ["no digits", "no digits"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });

  it("throws a TypeError on a non-string", () => {
    expect(() => toAsciiDigits(12 as unknown as string)).toThrow(TypeError);
    expect(() => toAsciiDigits(null as unknown as string)).toThrow(/`text` must be a string, got null/);
  });
});

describe("toBengaliDigits", () => {
  it.each([
    [2025, "২০২৫"],
    ["10:26 AM", "১০:২৬ AM"],
    [-3.5, "-৩.৫"],
    ["২০২৪", "২০২৪"],
  ] as const)("%s → %s", (input, expected) => {
    expect(toBengaliDigits(input)).toBe(expected);
  });

  it("throws a TypeError on other types", () => {
    expect(() => toBengaliDigits({} as unknown as string)).toThrow(TypeError);
  });
});

describe("digit round trips", () => {
  it("toAsciiDigits(toBengaliDigits(s)) equals toAsciiDigits(s)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789০১২৩৪৫৬৭৮৯ab কখ") }), (text) => {
        expect(toAsciiDigits(toBengaliDigits(text))).toBe(toAsciiDigits(text));
        expect(toBengaliDigits(toAsciiDigits(text))).toBe(toBengaliDigits(text));
      }),
    );
  });

  it("every integer round-trips", () => {
    fc.assert(
      fc.property(fc.integer(), (value) => {
        expect(Number(toAsciiDigits(toBengaliDigits(value)))).toBe(value);
      }),
    );
  });
});
