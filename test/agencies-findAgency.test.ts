import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencies, findAgency, matchAgencyAtEnd, matchAgencyAtStart } from "../src/index.ts";
import { AgencyMatchSchema } from "../src/schemas.ts";
import { inflect } from "./fixtures/agencies-inflect.ts";
import { WIRE_NAMES } from "./fixtures/unseen-wire.ts";
import { AGENCY_NAMES } from "./fixtures/unseen-agencies.ts";
import { TRAILER_NAMES } from "./fixtures/unseen-trailers.ts";
import { SOURCE_NAMES } from "./fixtures/unseen-sources.ts";
import { SITE_NAMES } from "./fixtures/unseen-sites.ts";
import { WIRE_STILL_NAMES } from "./fixtures/unseen-wire-stills.ts";
import { OUTLET_SPELLINGS } from "./fixtures/unseen-attribution-outlets.ts";
import { LEFTOVER_SPELLINGS } from "./fixtures/unseen-attribution-leftovers.ts";
import { LEFTOVER13_SPELLINGS } from "./fixtures/unseen-attribution-leftovers13.ts";
import { LEFTOVER14_SPELLINGS } from "./fixtures/unseen-attribution-leftovers14.ts";
import { LEFTOVER15_SPELLINGS } from "./fixtures/unseen-attribution-leftovers15.ts";
import { LEFTOVER16_SPELLINGS } from "./fixtures/unseen-attribution-leftovers16.ts";
import { LEFTOVER17_SPELLINGS } from "./fixtures/unseen-attribution-leftovers17.ts";
import { LEFTOVER18_SPELLINGS } from "./fixtures/unseen-attribution-leftovers18.ts";
import { LEFTOVER19_SPELLINGS } from "./fixtures/unseen-attribution-leftovers19.ts";

describe("findAgency", () => {
  it.each([
    ["বিবিসির", "bbc"],
    ["রয়টার্সের", "reuters"],
    ["র\u09DFটার্সের", "reuters"],
    ["এনবিসি নিউজকে", "nbc-news"],
    ["বিবিসি-র", "bbc"],
    ["এএফপি'র", "afp"],
    ["এএফপি’র", "afp"],
    ["PTI- এর", "pti"],
    ["আনন্দবাজার-কে", "anandabazar"],
    ["আনন্দবাজার অনলাইনকে", "anandabazar"],
    ["আল–জাজিরা", "al-jazeera"],
    ["আল-জাজিরা", "al-jazeera"],
    ["আলজাজিরার", "al-jazeera"],
    ["আল জাজিরায়", "al-jazeera"],
    ["এ.এফ.পি", "afp"],
    ["এ এফ পি", "afp"],
    ["এজেন্সি ফ্রান্স প্রেস", "afp"],
    ["অ্যাজেন্সি ফ্রান্স-প্রেস (এএফপি)", "afp"],
    ["কেসিএনএর", "kcna"],
    ["কেসিএনএ-এর", "kcna"],
    ["পিটিআইয়ের", "pti"],
    ["প্রথম আলোয়", "prothom-alo"],
    ["প্রথম আলোকে", "prothom-alo"],
    ["BBC News বাংলা", "bbc"],
    ["বিবিসি বাংলা’র", "bbc"],
    ["বিবিসিকেও", "bbc"],
    ["বিবিসিতেই", "bbc"],
    ["বিবিসিসহ", "bbc"],
    ["জাগোনিউজ২৪.কমে", "jagonews24"],
    ["সিএনএন’র", "cnn"],
    ["সিএনএনে", "cnn"],
    ["সিবিএস নিউজ-এর", "cbs-news"],
    ["তাস", "tass"],
    ["তাসের", "tass"],
    ["Reuters", "reuters"],
    ["  (বাসস) :", "bss"],
    ["ভয়েস অব আমেরিকা", "voa"],
    ["ভয়েস অফ আমেরিকা", "voa"],
    ["ভয়স অফ আমেরিকা", "voa"],
    ["ভয়স অফ অ্যামেরিকা", "voa"],
    ["ভয়েস অফ এ্যামেরিকা", "voa"],
    ["ভিওএ", "voa"],
    ["ভয়েস অব আমেরিকায়", "voa"],
    ["বার্তা ২৪.কম", "barta24"],
    ["টাইমস অফ ইন্ডিয়াতে", "times-of-india"],
    ["দ্য নিউ ইয়র্ক টাইমসের", "nyt"],
    ["ওয়াশিংটন পোস্টকে", "washington-post"],
    ["জি ২৪ ঘণ্টা", "zee-24-ghanta"],
    ["ডয়চে\u00A0ভেলে", "dw"],
    ["বিবি\u200Cসি", "bbc"],
  ])("%s → %s", (name, id) => {
    expect(findAgency(name)?.id).toBe(id);
  });

  it.each([
    "সিবিএসই", "বাসস্ট্যান্ড", "বাসস্থান", "এপিঠ-ওপিঠ", "এপিবিএন", "তাসকিন", "ইউএনআইএফআইএল", "সূর্য", "টেলিগ্রাম",
    "পোস্ট", "হিন্দু", "বিবিসিরা", "রয়টার্সদের", "", "   ", "খবর বিবিসির",
  ])("%s → null", (name) => {
    expect(findAgency(name)).toBeNull();
  });

  it("resolves every spelling of every entry, bare and inflected, to its own id", () => {
    const wrong: string[] = [];
    for (const agency of agencies) {
      for (const spelling of [...agency.bn, ...agency.en]) {
        for (const form of [spelling, ...inflect(spelling)]) {
          const found = findAgency(form)?.id ?? null;
          if (found !== agency.id) wrong.push(`${form} → ${found} (want ${agency.id})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("throws a TypeError on a non-string", () => {
    expect(() => findAgency(1 as unknown as string)).toThrow(TypeError);
    expect(() => findAgency(undefined as unknown as string)).toThrow(/`name` must be a string/);
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."বিসিএফপিরয়\u09DFটার্সকে-’' .\u200C\u200D\u00A0আলজাই", "\uD800", "a") }), (text) => {
        const agency = findAgency(text);
        expect(agency === null || typeof agency.id === "string").toBe(true);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => findAgency(text) === null || true));
  });
});

describe("matchAgencyAtStart / matchAgencyAtEnd", () => {
  it.each([
    ["ইউএনবি ঢাকা", "unb", "ইউএনবি", 0],
    ["ডন ইসলামাবাদ", "dawn", "ডন", 0],
    [" রয়টার্স, এএফপি", "reuters", "রয়টার্স", 1],
    ["বিবিসি বাংলা, লন্ডন", "bbc", "বিবিসি বাংলা", 0],
    ["প্রথম আলোর বিশেষ প্রতিনিধি", "prothom-alo", "প্রথম আলোর", 0],
  ])("start of %s → %s", (text, id, matched, index) => {
    const match = matchAgencyAtStart(text);
    expect(match?.agency.id).toBe(id);
    expect(match?.text).toBe(matched);
    expect(match?.index).toBe(index);
    expect(AgencyMatchSchema.safeParse(match).success).toBe(true);
  });

  it.each([
    ["ভ্লাদিমির পুতিন এবং কিম জং উন/ ফাইল ছবি এএফপি", "afp", "এএফপি"],
    ["ছবি: রয়টার্স।", "reuters", "রয়টার্স"],
    ["…হাজারো মানুষ –রয়টার্স", "reuters", "রয়টার্স"],
    ["ছবি: প্রথম আলো", "prothom-alo", "প্রথম আলো"],
    ["ফাইল ছবি: র\u09DFটার্স", "reuters", "র\u09DFটার্স"],
  ])("end of %s → %s", (text, id, matched) => {
    const match = matchAgencyAtEnd(text);
    expect(match?.agency.id).toBe(id);
    expect(match?.text).toBe(matched);
    expect(text.slice(match?.index, (match?.index ?? 0) + (match?.text.length ?? 0))).toBe(matched);
  });

  it.each(["মো. সাইফুল ইসলাম", "নিজস্ব প্রতিবেদক", "বাসস্ট্যান্ড এলাকা", ""])("no agency at the start of %s", (text) => {
    expect(matchAgencyAtStart(text)).toBeNull();
  });

  it.each(["ছবি: জুয়েল শীল", "ছবি: বাসসের সৌজন্যে", "রাজশাহী প্রতিনিধি", ""])("no agency at the end of %s", (text) => {
    expect(matchAgencyAtEnd(text)).toBeNull();
  });

  it("throws a TypeError on a non-string", () => {
    expect(() => matchAgencyAtStart(null as unknown as string)).toThrow(TypeError);
    expect(() => matchAgencyAtEnd(3 as unknown as string)).toThrow(TypeError);
  });
});

describe("findAgency on more names, in every encoding the view folds", () => {
  it.each(AGENCY_NAMES)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each([
    ["রয়টার্সের", "reuters"], ["\u09B0\u09DF\u099F\u09BE\u09B0\u09CD\u09B8", "reuters"], ["এ\u200Cএফপি", "afp"],
    ["আল\u00A0জাজিরা", "al-jazeera"], ["BBC", "bbc"], ["বিবিসি\u2019র", "bbc"], ["দ্য গার্ডিয়ানের", "guardian"],
    ["ক\u09C7\u09BEলকাতা", null], ["করুন", null], ["কেমন আছেন", null], ["ঢাকা", null], ["২৪", null],
  ] as const)("reads %j the same whether or not its view needs building (%s)", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
});

describe("findAgency on unseen spellings, inflections and descriptors", () => {
  it.each(WIRE_NAMES)("%s is %s", (name, id) => {
    expect(findAgency(name)?.id).toBe(id);
  });

  it.each(["বার্তা সংস্থা", "নিউজ এজেন্সির", "সূর্য বার্তা সংস্থা", "এজেন্সি", "অস্ট্রেলিয়া", "এবিসি ব্যাংক"])("finds no agency in %s", (name) => {
    expect(findAgency(name)).toBeNull();
  });
});

describe("findAgency on more unseen inflections, brackets and near misses", () => {
  it.each(TRAILER_NAMES)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
});

describe("findAgency on outlets met for the first time, and words that are no name", () => {
  it.each(SOURCE_NAMES)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(SITE_NAMES)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(WIRE_STILL_NAMES)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(OUTLET_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(LEFTOVER_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(LEFTOVER13_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(LEFTOVER14_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
  it.each(LEFTOVER15_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
  it.each(LEFTOVER16_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
  it.each(LEFTOVER17_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });

  it.each(LEFTOVER18_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
  it.each(LEFTOVER19_SPELLINGS)("%j is %s", (name, id) => {
    expect(findAgency(name)?.id ?? null).toBe(id);
  });
});
