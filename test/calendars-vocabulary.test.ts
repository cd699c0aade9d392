import { describe, expect, it } from "vitest";
import { foldKey } from "../src/_lib/alternation.ts";
import { BANGLA_ERA_GENITIVES } from "../src/data/banglaMonths.ts";
import { HIJRI_ERA_GENITIVES } from "../src/data/hijriMonths.ts";
import { BANGLA_ERA_WORDS, BANGLA_MONTH_NAMES, BANGLA_MONTHS, HIJRI_ERA_WORDS, HIJRI_MONTH_NAMES, HIJRI_MONTHS } from "../src/index.ts";

const BANGLA_SPELLINGS = BANGLA_MONTHS.flatMap((entry) =>
  [...entry.spellings, ...entry.latin].map((spelling) => [spelling, entry.month] as const),
);
const HIJRI_SPELLINGS = HIJRI_MONTHS.flatMap((entry) =>
  [...entry.spellings, entry.icu].map((spelling) => [spelling, entry.month] as const),
);

describe("Bangla month vocabulary", () => {
  it("has twelve months in order, each listing its standard name", () => {
    expect(BANGLA_MONTHS.map((entry) => entry.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const entry of BANGLA_MONTHS) expect(entry.spellings).toContain(entry.name);
    expect(BANGLA_MONTHS.map((entry) => entry.name)).toEqual(BANGLA_MONTH_NAMES);
  });

  it.each([
    ["বৈশাখ", 1],
    ["জ্যৈষ্ঠ", 2],
    ["জৈষ্ঠ", 2],
    ["আষাঢ়", 3],
    ["আষাঢ", 3],
    ["শ্রাবণ", 4],
    ["শ্রাবন", 4],
    ["ভাদ্র", 5],
    ["আশ্বিন", 6],
    ["কার্তিক", 7],
    ["কার্ত্তিক", 7],
    ["অগ্রহায়ণ", 8],
    ["অঘ্রাণ", 8],
    ["পৌষ", 9],
    ["মাঘ", 10],
    ["ফাল্গুন", 11],
    ["ফাগুন", 11],
    ["চৈত্র", 12],
    ["Boishakh", 1],
    ["Falgun", 11],
  ] as const)("lists %s as month %i", (spelling, month) => {
    const found = BANGLA_SPELLINGS.filter(([s]) => foldKey(s) === foldKey(spelling));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, m]) => m === month)).toBe(true);
  });

  it("never gives one folded spelling to two months", () => {
    const owner = new Map<string, number>();
    for (const [spelling, month] of BANGLA_SPELLINGS) {
      const key = foldKey(spelling);
      expect(owner.get(key) ?? month, spelling).toBe(month);
      owner.set(key, month);
    }
  });

  it("lists the era words, and their genitives for dates written year first", () => {
    expect(BANGLA_ERA_WORDS).toEqual(expect.arrayContaining(["বঙ্গাব্দ", "বাংলা সন", "বাংলা"]));
    expect(BANGLA_ERA_GENITIVES).toEqual(expect.arrayContaining(["বঙ্গাব্দের", "বাংলা সনের"]));
    for (const word of BANGLA_ERA_GENITIVES) expect(word.endsWith("ের")).toBe(true);
  });
});

describe("Hijri month vocabulary", () => {
  it("has twelve months in order, each listing its name and ICU's spelling", () => {
    expect(HIJRI_MONTHS.map((entry) => entry.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const entry of HIJRI_MONTHS) {
      expect(entry.spellings).toContain(entry.name);
      expect(entry.spellings).toContain(entry.icu);
    }
    expect(HIJRI_MONTHS.map((entry) => entry.name)).toEqual(HIJRI_MONTH_NAMES);
  });

  it("carries ICU's Bengali month names", () => {
    const format = new Intl.DateTimeFormat("bn-u-ca-islamic-civil", { timeZone: "UTC", month: "long" });
    const icu = HIJRI_MONTHS.map((entry) => entry.icu as string);
    const written = new Set<string>();
    // 1 মহররম 1446 (civil) is 2024-07-07; step through twelve months
    for (let month = 0; month < 12; month++) written.add(format.format(Date.UTC(2024, 6, 22) + month * 29.53 * 86_400_000));
    for (const name of written) expect(icu.map(foldKey)).toContain(foldKey(name));
  });

  it.each([
    ["মহররম", 1],
    ["মুহাররম", 1],
    ["মুহররম", 1],
    ["সফর", 2],
    ["রবিউল আউয়াল", 3],
    ["রবিউস সানি", 4],
    ["রবিউল আখির", 4],
    ["জমাদিউল আউয়াল", 5],
    ["জমাদিউস সানি", 6],
    ["রজব", 7],
    ["শাবান", 8],
    ["শা‘বান", 8],
    ["রমজান", 9],
    ["রমযান", 9],
    ["শাওয়াল", 10],
    ["জিলকদ", 11],
    ["জ্বিলকদ", 11],
    ["জিলহজ", 12],
    ["জ্বিলহজ্জ", 12],
  ] as const)("lists %s as month %i", (spelling, month) => {
    const found = HIJRI_SPELLINGS.filter(([s]) => foldKey(s) === foldKey(spelling));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, m]) => m === month)).toBe(true);
  });

  it("never gives one folded spelling to two months, nor a Bangla month's spelling", () => {
    const owner = new Map<string, number>();
    for (const [spelling, month] of HIJRI_SPELLINGS) {
      const key = foldKey(spelling);
      expect(owner.get(key) ?? month, spelling).toBe(month);
      owner.set(key, month);
    }
    const bangla = new Set(BANGLA_SPELLINGS.map(([s]) => foldKey(s)));
    for (const key of owner.keys()) expect(bangla.has(key), key).toBe(false);
  });

  it("lists the era words, and their genitives for dates written year first", () => {
    expect(HIJRI_ERA_WORDS).toEqual(expect.arrayContaining(["হিজরি", "হিজরী"]));
    expect(HIJRI_ERA_GENITIVES).toEqual(expect.arrayContaining(["হিজরির", "হিজরি সনের"]));
    for (const word of HIJRI_ERA_GENITIVES) expect(word.endsWith("র")).toBe(true);
  });
});
