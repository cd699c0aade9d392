import { describe, expect, it } from "vitest";
import { agencies, findAgency } from "../src/index.ts";
import { AgencySchema } from "../src/schemas.ts";
import { nameKey } from "../src/agencies/names.ts";
import { AGENCY_TABLE } from "../src/data/agencies.ts";
import { readTable } from "../src/agencies/registry.ts";
import { foldForMatch } from "../src/text/normalize.ts";

const DESIGN_IDS = [
  "afp", "reuters", "ap", "bbc", "cnn", "al-jazeera", "tass", "ria-novosti", "sputnik", "kcna", "yonhap", "xinhua",
  "kyodo", "anadolu", "pti", "ani", "ians", "bss", "unb", "nbc-news", "cbs-news", "abc-news", "fox-news", "guardian",
  "nyt", "washington-post", "bloomberg", "dw", "france-24", "voa", "rfa", "irna", "dawn", "ndtv", "the-hindu",
  "times-of-india", "anandabazar", "prothom-alo", "daily-star", "bdnews24", "jagonews24", "epa", "getty-images", "cgtn",
  "al-arabiya", "wafa", "sky-news", "financial-times", "wsj", "cnbc", "axios", "politico", "nikkei", "scmp",
];

/** Bangladeshi and Indian outlets that captions and bylines name, as they write themselves. */
const OUTLET_NAMES: ReadonlyArray<readonly [string, string]> = [
  ["প্রথম আলো", "prothom-alo"], ["জাগো নিউজ", "jagonews24"], ["কালের কণ্ঠ", "kaler-kantho"], ["যুগান্তর", "jugantor"],
  ["সমকাল", "samakal"], ["ইত্তেফাক", "ittefaq"], ["বাংলা ট্রিবিউন", "bangla-tribune"], ["ঢাকা পোস্ট", "dhaka-post"],
  ["আনন্দবাজার", "anandabazar"], ["বাসস", "bss"], ["ইউএনবি", "unb"], ["বিডিনিউজ২৪", "bdnews24"],
  ["ডেইলি স্টার", "daily-star"], ["নয়া দিগন্ত", "naya-diganta"], ["ইনকিলাব", "inqilab"], ["বর্তমান পত্রিকা", "bartaman"],
  ["এই সময় পত্রিকা", "ei-samay"], ["জি ২৪ ঘণ্টা", "zee-24-ghanta"], ["বার্তা২৪", "barta24"], ["রাইজিংবিডি", "risingbd"],
  ["ঢাকা ট্রিবিউন", "dhaka-tribune"], ["চ্যানেল আই", "channel-i"], ["একাত্তর", "ekattor-tv"], ["সময় টিভি", "somoy-tv"],
  ["যমুনা টিভি", "jamuna-tv"], ["এনটিভি", "ntv"], ["আরটিভি", "rtv"], ["পিআইডি", "pid"], ["ফোকাস বাংলা", "focus-bangla"],
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("the registry", () => {
  it("has at least 110 entries", () => {
    console.log(`registry: ${agencies.length} entries, ${agencies.reduce((n, a) => n + a.bn.length, 0)} Bengali and ` +
      `${agencies.reduce((n, a) => n + a.en.length, 0)} English spellings`);
    expect(agencies.length).toBeGreaterThanOrEqual(110);
  });

  it("reads one agency from each line of its table, every line with its three fields", () => {
    const lines = AGENCY_TABLE.split("\n").filter((line) => line !== "");
    expect(lines).toHaveLength(agencies.length);
    for (const line of lines) {
      expect(line.split("|"), line).toHaveLength(3);
      expect(line, line).toMatch(/^[wbnos] [A-Z]{2}(?: (?:word|person|organisation|acronym|place|phrase|time))?(?: alt=[a-z0-9-]+)?(?: id=[a-z0-9-]+)?(?: name=[^|]+)?\|/);
    }
  });

  it("reads every line as the table's header describes it", () => {
    // the rules of the header, written plainly: each agency must come out exactly so
    const unmark = (spelling: string) => spelling.replace(/^=|\*$/g, "");
    const kebab = (spelling: string) => spelling.toLowerCase().replace(/\.[a-z]+$/, "").replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").replace(/^the-/, "");
    const lines = AGENCY_TABLE.split("\n").filter((line) => line !== "");
    const expected = lines.map((line) => {
      const [kind = "", english = "", bengali = ""] = line.split("|");
      const [, type, country, namesake, alternate, id, name] =
        /^(\S+) (\S+)(?: (word|person|organisation|acronym|place|phrase|time))?(?: alt=(\S+))?(?: id=(\S+))?(?: name=(.+))?$/.exec(kind) ?? [];
      const en = english.split(",");
      const bn = bengali.split(",");
      const types = { w: "wire", b: "broadcaster", n: "newspaper", o: "online", s: "state-media" } as Record<string, string>;
      const agency = {
        id: id ?? kebab(unmark(en[0] ?? "")),
        name: name ?? unmark(en.find((spelling) => spelling.startsWith("=")) ?? en[0] ?? ""),
        type: types[type ?? ""],
        country,
        bn: bn.map(unmark),
        en: en.map(unmark),
      };
      const marked = namesake === undefined
        ? agency
        : { ...agency, ambiguous: [...bn, ...en].filter((spelling) => spelling.endsWith("*")).map(unmark), namesake };
      return alternate === undefined ? marked : { ...marked, alternate };
    });
    expect(agencies).toStrictEqual(expected);
  });

  it.each([
    ["The Daily Star", "daily-star"],
    ["bdnews24.com", "bdnews24"],
    ["Al Jazeera", "al-jazeera"],
    ["O'Brien's  Wire", "obriens-wire"],
    ["-- (The) News --", "news"],
    ["The.Hindu.in", "hindu"],
    ["Theatre Times", "theatre-times"],
    ["Zee 24 Ghanta,=Zee 24 Ghonta", "zee-24-ghanta"],
  ])("a line without an id takes its first English spelling in kebab case: %s → %s", (english, id) => {
    expect(readTable(`w BD|${english}|বাসস`)[0]?.id).toBe(id);
  });

  it("has unique kebab-case ids", () => {
    const ids = agencies.map((agency) => agency.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it.each(DESIGN_IDS)("has %s", (id) => {
    expect(agencies.some((agency) => agency.id === id)).toBe(true);
  });

  it.each(OUTLET_NAMES)("knows %s as %s", (name, id) => {
    expect(findAgency(name)?.id).toBe(id);
  });

  it.each(agencies.map((agency) => [agency.id, agency] as const))("%s passes AgencySchema", (_id, agency) => {
    expect(AgencySchema.safeParse(agency).success).toBe(true);
    expect(agency.bn.length + agency.en.length).toBeGreaterThan(0);
  });

  it("stores Bengali spellings in NFC, without brackets or stray space", () => {
    for (const agency of agencies) {
      for (const spelling of [...agency.bn, ...agency.en]) {
        expect(spelling).toBe(spelling.normalize("NFC"));
        expect(spelling).toBe(spelling.trim());
        expect(spelling).not.toMatch(/[()[\]]/);
      }
    }
  });

  it("fits the matcher's table: fewer than 256 letters and 65,536 prefixes in the matching view", () => {
    const letters = new Set<string>();
    const prefixes = new Set<string>();
    for (const agency of agencies) {
      for (const spelling of [...agency.bn, ...agency.en]) {
        const folded = foldForMatch(spelling).trim();
        for (let end = 1; end <= folded.length; end++) {
          letters.add(folded.charAt(end - 1));
          prefixes.add(folded.slice(0, end).replace(/[ -]/g, ""));
        }
      }
    }
    expect(letters.size).toBeLessThan(256);
    expect(prefixes.size).toBeLessThan(65536);
  });

  it("writes a dot only between the letters of a spelling (the matcher reads it as one of them)", () => {
    for (const agency of agencies) {
      for (const spelling of [...agency.bn, ...agency.en]) expect(spelling).not.toMatch(/\.$|^\.|\.[ -]|[ -]\./);
    }
  });

  it("lists ambiguous spellings among its own, with what they mean otherwise", () => {
    for (const agency of agencies) {
      const own = new Set([...agency.bn, ...agency.en]);
      for (const spelling of agency.ambiguous ?? []) expect(own.has(spelling)).toBe(true);
      expect(agency.namesake === undefined).toBe(agency.ambiguous === undefined);
    }
  });

  it("names an alternate that exists, in another country", () => {
    for (const agency of agencies) {
      if (agency.alternate === undefined) continue;
      const alternate = agencies.find((other) => other.id === agency.alternate);
      expect(alternate, agency.id).toBeDefined();
      expect(alternate?.country).not.toBe(agency.country);
    }
    expect(agencies.find((agency) => agency.id === "abc-news")?.alternate).toBe("abc-australia");
  });

  it("shares no spelling between two entries (after folding spaces, hyphens, dots and case)", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const agency of agencies) {
      for (const spelling of [...agency.bn, ...agency.en]) {
        const key = nameKey(foldForMatch(spelling));
        const first = owner.get(key);
        if (first !== undefined && first !== agency.id) clashes.push(`${spelling}: ${first} / ${agency.id}`);
        owner.set(key, agency.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("marks the spellings an agency writes alike (after folding) all ambiguous or none", () => {
    const mixed: string[] = [];
    for (const agency of agencies) {
      const marked = new Map<string, boolean>();
      for (const spelling of [...agency.bn, ...agency.en]) {
        const key = nameKey(foldForMatch(spelling));
        const ambiguous = agency.ambiguous?.includes(spelling) === true;
        if (marked.has(key) && marked.get(key) !== ambiguous) mixed.push(`${agency.id}: ${spelling}`);
        marked.set(key, ambiguous);
      }
    }
    expect(mixed).toEqual([]);
  });
});
