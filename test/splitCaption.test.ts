import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Caption, type Credit, splitCaption } from "../src/index.ts";
import { CaptionSchema } from "../src/schemas.ts";
import { LABELLED_CAPTIONS, OWN_CAPTIONS } from "./fixtures/credits-labelled.ts";
import { partialMismatch } from "./fixtures/bylines-match.ts";
import { cleanValue } from "../src/bylines/clean.ts";
import { UNSEEN_CAPTIONS } from "./fixtures/unseen.ts";
import { MORE_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines.ts";
import { SITES_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-sites.ts";
import { OTHER_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-other.ts";
import { TITLE_UNSEEN_CAPTIONS } from "./fixtures/unseen-titles.ts";
import { AFFILIATION_UNSEEN_CAPTIONS } from "./fixtures/unseen-affiliations.ts";
import { PORTAL_UNSEEN_CAPTIONS } from "./fixtures/unseen-portals.ts";
import { WRITER_UNSEEN_CAPTIONS } from "./fixtures/unseen-writers.ts";
import { CHANNEL_UNSEEN_CAPTIONS } from "./fixtures/unseen-channels.ts";
import { STATEMENT_UNSEEN_CAPTIONS } from "./fixtures/unseen-statements.ts";
import { SERVICE_UNSEEN_CAPTIONS } from "./fixtures/unseen-services.ts";
import { NAMES_UNSEEN_CAPTIONS } from "./fixtures/unseen-names.ts";
import { CREDITED_CAPTIONS } from "./fixtures/unseen-credited.ts";
import { REGION_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-regions.ts";
import { ESSAY_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-essays.ts";
import { ILLUSTRATED_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-illustrated.ts";
import { UNSEEN_CAPTION_ROWS } from "./fixtures/unseen-captions.ts";
import { INDIAN_OUTLET_CAPTIONS } from "./fixtures/unseen-indian-outlets.ts";
import { UNSEEN_SOURCE_CAPTION_ROWS } from "./fixtures/unseen-caption-sources.ts";
import { RANK_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-ranks.ts";
import { UNSEEN_LABEL_CAPTION_ROWS } from "./fixtures/unseen-credit-labels.ts";
import { UNSEEN_ORGANISATION_CAPTION_ROWS } from "./fixtures/unseen-credit-organisations.ts";
import { LEFTOVER_UNSEEN_CAPTION_ROWS } from "./fixtures/unseen-bylines-leftovers.ts";
import { LEFTOVER2_NEW_CAPTIONS, LEFTOVER2_UNSEEN_CAPTION_ROWS } from "./fixtures/unseen-bylines-leftovers2.ts";
import { LEFTOVER3_CAPTIONS } from "./fixtures/unseen-bylines-leftovers3.ts";
import { LEFTOVER4_CAPTIONS } from "./fixtures/unseen-bylines-leftovers4.ts";
import { LEFTOVER5_CAPTIONS } from "./fixtures/unseen-bylines-leftovers5.ts";
import { LEFTOVER6_CAPTIONS } from "./fixtures/unseen-bylines-leftovers6.ts";
import { MORE_CAPTIONS } from "./fixtures/unseen-bylines-more.ts";
import { LEFTOVER11_CAPTIONS } from "./fixtures/unseen-bylines-leftovers11.ts";
import { LEFTOVER12_CAPTIONS } from "./fixtures/unseen-bylines-leftovers12.ts";
import { MORE3_CAPTIONS } from "./fixtures/unseen-bylines-more3.ts";
import { MORE4_CAPTIONS } from "./fixtures/unseen-bylines-more4.ts";
import { MORE5_CAPTIONS } from "./fixtures/unseen-bylines-more5.ts";
import { MORE6_CAPTIONS } from "./fixtures/unseen-bylines-more6.ts";
import { MORE7_CAPTIONS } from "./fixtures/unseen-bylines-more7.ts";
import { MORE8_CAPTIONS } from "./fixtures/unseen-bylines-more8.ts";
import { MORE9_CAPTIONS } from "./fixtures/unseen-bylines-more9.ts";
import { MORE10_CAPTIONS } from "./fixtures/unseen-bylines-more10.ts";
import { MORE11_CAPTIONS } from "./fixtures/unseen-bylines-more11.ts";
import { MORE12_CAPTIONS } from "./fixtures/unseen-bylines-more12.ts";
import { MORE13_CAPTIONS } from "./fixtures/unseen-bylines-more13.ts";
import { MORE14_CAPTIONS } from "./fixtures/unseen-bylines-more14.ts";
import { MORE15_CAPTIONS } from "./fixtures/unseen-bylines-more15.ts";
import { MORE16_CAPTIONS } from "./fixtures/unseen-bylines-more16.ts";
import { MORE17_CAPTIONS } from "./fixtures/unseen-bylines-more17.ts";
import { MORE18_CAPTIONS } from "./fixtures/unseen-bylines-more18.ts";
import { MORE19_CAPTIONS } from "./fixtures/unseen-bylines-more19.ts";
import { MORE20_CAPTIONS } from "./fixtures/unseen-bylines-more20.ts";
import { MORE21_CAPTIONS } from "./fixtures/unseen-bylines-more21.ts";
import { MORE22_CAPTIONS } from "./fixtures/unseen-bylines-more22.ts";
import { MORE23_CAPTIONS } from "./fixtures/unseen-bylines-more23.ts";
import { MORE24_CAPTIONS } from "./fixtures/unseen-bylines-more24.ts";
import { WIRE_PHOTO_CAPTIONS } from "./fixtures/unseen-page-photos.ts";

/** Share of the labelled instances that must be read right. */
/**
 * What `splitCaption` reads from a caption: the caption text, and the credit as expected (`null`: none), in the shape
 * its schema allows. Returns the result for further checks.
 */
function expectCaption(
  input: string,
  expected: { readonly caption: string; readonly credit: Partial<Credit> | null },
): Caption {
  const result = splitCaption(input);
  expect(result.caption).toBe(expected.caption);
  if (expected.credit === null) expect(result.credit).toBeNull();
  else expect(result.credit).toMatchObject(expected.credit);
  expect(CaptionSchema.safeParse(result).success).toBe(true);
  return result;
}

const LABELLED_FLOOR = 1;

describe("splitCaption: labelled instances of the field notes", () => {
  it.each(LABELLED_CAPTIONS)("%s", (input, expected) => {
    expect(partialMismatch(splitCaption(input), expected)).toBeNull();
  });

  it(`reads at least ${LABELLED_FLOOR * 100}% of them right`, () => {
    const failures = LABELLED_CAPTIONS.filter(([input, expected]) => partialMismatch(splitCaption(input), expected) !== null);
    const accuracy = 1 - failures.length / LABELLED_CAPTIONS.length;
    console.log(
      `accuracy: splitCaption ${(accuracy * 100).toFixed(1)}% of ${LABELLED_CAPTIONS.length} labelled captions and credits (floor ${LABELLED_FLOOR * 100}%)`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(LABELLED_FLOOR);
  });
});

describe("splitCaption: instances of our own", () => {
  it.each(OWN_CAPTIONS)("%j", (input, expected) => {
    expect(partialMismatch(splitCaption(input), expected)).toBeNull();
  });
});

describe("splitCaption: the contract", () => {
  it("the credit's text and index quote the input", () => {
    const input = "ভ্লাদিমির পুতিন এবং কিম জং উন/ ফাইল ছবি এএফপি";
    const { credit } = splitCaption(input);
    expect(credit?.text).toBe("ফাইল ছবি এএফপি");
    expect(input.slice(credit?.index ?? 0)).toBe("ফাইল ছবি এএফপি");
  });

  it.each([null, undefined, 1, {}, []])("throws TypeError on %j", (value) => {
    expect(() => splitCaption(value as unknown as string)).toThrow(TypeError);
  });
});

const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["precomposed য়", (text) => text.replace(/\u09AF\u09BC/g, "\u09DF")],
  ["decomposed য়", (text) => text.replace(/\u09DF/g, "\u09AF\u09BC")],
  ["ZWNJ inside words", (text) => text.replace(/্/g, "্\u200C")],
  ["no-break spaces", (text) => text.replace(/ /g, "\u00A0")],
  ["fullwidth colon", (text) => text.replace(/:/g, "\uFF1A")],
  ["ASCII bar for the danda", (text) => text.replace(/। /g, " | ")],
];

const CLEAN_INPUTS = [
  "নদীভাঙনে বিলীন বসতঘর। ছবি: সংগৃহীত",
  "ভ্লাদিমির পুতিন এবং কিম জং উন/ ফাইল ছবি এএফপি",
  "গাজায় ধ্বংসস্তূপের মধ্যে শিশুরা। ছবি: রয়টার্স ও এএফপি",
  "মঞ্চে শিল্পীরা। ছবি: শিল্পকলা একাডেমির সৌজন্যে",
  "বৃষ্টিতে জলাবদ্ধ এলাকায়। ছবি: জুয়েল শীল",
];

/** A result without the fields that quote the input as written. */
function meaning(input: string): unknown {
  const { caption, credit } = splitCaption(input);
  if (credit === null) return { caption: cleanValue(caption).replace(/[।|]$/u, "").trim(), credit };
  const { text: _text, index: _index, ...rest } = credit;
  return { caption: cleanValue(caption).replace(/[।|]$/u, "").trim(), credit: rest };
}

describe("splitCaption: Unicode variants read like clean text", () => {
  const cases = CLEAN_INPUTS.flatMap((input) => VARIANTS.map(([name, change]) => [name, input, change(input)] as const));
  it.each(cases)("%s: %s", (_name, clean, variant) => {
    expect(meaning(variant)).toEqual(meaning(clean));
  });
});

describe("splitCaption: properties", () => {
  const bengali = fc.constantFrom(
    ..."অআইএওকখগচজটডতদনপবমযরলশসহড়য়ািীুূেোৈৌ্ংঃঁ়\u09DF\u200C\u200D\u00A0 ,:;|/()-–।l\n",
    "ছবি",
    "ছবি: ",
    "ফাইল ছবি",
    "প্রতীকী",
    "সৌজন্যে",
    "থেকে নেওয়া",
    "রয়টার্স",
    " ও ",
    "ছবির উৎস, ",
    "\uD800",
  );

  it("never throws and every result passes CaptionSchema", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: bengali, maxLength: 60 })), (text) => {
        expect(CaptionSchema.safeParse(splitCaption(text)).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it("the credit's text is a span of the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: bengali, maxLength: 60 }), (text) => {
        const { credit } = splitCaption(text);
        if (credit?.index !== undefined) expect(text.slice(credit.index, credit.index + credit.text.length)).toBe(credit.text);
      }),
      { numRuns: 800 },
    );
  });
});

describe("splitCaption: captions it had not met", () => {
  it.each(UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: more captions it had not met", () => {
  it.each(MORE_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: other sites' captions it had not met", () => {
  it.each(SITES_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: other captions it had not met", () => {
  it.each(OTHER_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });

  it.each([
    ["ছবি ছবি: রয়টার্স", "ছবি ছবি: রয়টার্স"],
    ["নৌকাবাইচ ছবি ছবি: বাসস", "ছবি ছবি: বাসস"],
    ["মিছিল। ভিডিও: রয়টার্স", "ভিডিও: রয়টার্স"],
    ["ব্যয়ের খাত। ইনফোগ্রাফ: প্রথম আলো", "ইনফোগ্রাফ: প্রথম আলো"],
  ])("the credit's text holds its label: %j", (input, text) => {
    expect(splitCaption(input).credit?.text).toBe(text);
  });
});

describe("splitCaption: organisations credited for a photo", () => {
  it.each(TITLE_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: file, symbolic, collected, video and social credits and organisations of sites not met before", () => {
  it.each(AFFILIATION_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: companies, brands and portals' credits not met before", () => {
  it.each(PORTAL_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: courtesy genitives, companies and credits of sites not met before", () => {
  it.each(WRITER_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    if (expected.credit === null) expect(result.credit).toBeNull();
    else expect(result.credit).toMatchObject(expected.credit);
  });
});

describe("splitCaption: stock sites, collected file photos, media after a slash and sports and lifestyle captions it had not met", () => {
  it.each(CHANNEL_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });

  it("reads a medium after a slash as the medium, not as a name", () => {
    expect(splitCaption("ছবি: এএফপি/কোলাজ").credit?.name).toBeUndefined();
    expect(splitCaption("ছবি: রয়টার্স/গ্রাফিক্স").credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a medium with its own source after a slash and more outlets it had not met", () => {
  it.each(STATEMENT_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });
});

describe("splitCaption: several photographers, `Photos:` and `Photograph:`", () => {
  it.each(SERVICE_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });

  it("gives no second name for a place of one word after a comma; names listed with commas are names", () => {
    expect(splitCaption("ছবি: শামীম হোসেন, ঢাকা").credit).not.toHaveProperty("names");
    expect(splitCaption("ছবি: সাজিদ হোসেন, তানভীর আহমেদ").credit?.names).toEqual(["সাজিদ হোসেন", "তানভীর আহমেদ"]);
    expect(splitCaption("ছবি: সাজিদ হোসেন, তানভীর আহমেদ ও রফিক").credit?.names).toEqual(["সাজিদ হোসেন", "তানভীর আহমেদ", "রফিক"]);
  });
});

describe("splitCaption: Indian sites' credits, agencies and several photographers listed with commas", () => {
  it.each(NAMES_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });
});

describe("splitCaption: file marks beside an agency", () => {
  it.each(CREDITED_CAPTIONS)("%j", (input, expected) => {
    const result = splitCaption(input);
    expect(result.caption).toBe(expected.caption);
    expect(result.credit).toMatchObject(expected.credit);
    expect(result.credit).not.toHaveProperty("name");
    expect(CaptionSchema.safeParse(result).success).toBe(true);
  });
});

describe("splitCaption: Indian and English-language sites' captions and photo essays with several credits", () => {
  it.each(REGION_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });
});

describe("splitCaption: চিত্র as a credit label, how a photo was taken, a photographer's place and English organisations", () => {
  it.each(ESSAY_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
    if (expected.credit?.names === undefined) expect(result.credit?.names).toBeUndefined();
  });
});

describe("splitCaption: courtesy of a plural common noun and English organisations headed by Guard", () => {
  it.each(ILLUSTRATED_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: galleries, maps, handouts, credits in brackets or first and English sites' file photos", () => {
  it.each(UNSEEN_CAPTION_ROWS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: Indian outlets' own, file and symbolic pictures, social media and agencies", () => {
  it.each(INDIAN_OUTLET_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });
});

describe("splitCaption: a source's label after a credit, square brackets, a channel's still and organisations with ও", () => {
  it.each(UNSEEN_SOURCE_CAPTION_ROWS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: the source after সংগৃহীত, and a source's or medium's label after the credit's danda", () => {
  it.each(UNSEEN_LABEL_CAPTION_ROWS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: an agency's photographer, organisations joined by ও, a still from television", () => {
  it.each(UNSEEN_ORGANISATION_CAPTION_ROWS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a credit after a dash or in brackets, and a screenshot with no label", () => {
  it.each(RANK_UNSEEN_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: an agency and a kind of source, gallery counters and Indian outlets' pictures", () => {
  it.each(LEFTOVER_UNSEEN_CAPTION_ROWS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: Indian English captions' agency and outlet photos, and credits of two sources", () => {
  it.each([...LEFTOVER2_UNSEEN_CAPTION_ROWS, ...LEFTOVER2_NEW_CAPTIONS])("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: an agency and a body joined by ও, two photographers and a photographer who also filmed", () => {
  it.each(LEFTOVER3_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a body whose name holds ও after an agency, a platform joined to an agency, ETV Bharat and Indian outlets", () => {
  it.each(LEFTOVER4_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a platform of one letter joined to an agency", () => {
  it.each(LEFTOVER5_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: two agencies and a photographer, and an Indian site's own picture", () => {
  it.each(LEFTOVER6_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a credit in brackets at the end, of agencies abroad, flags and collected photos", () => {
  it.each(MORE_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a credit in brackets at the end ends at its bracket, whatever its words", () => {
  it.each(LEFTOVER11_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a body's photo on a photo-sharing site and a satellite image from a company", () => {
  it.each(LEFTOVER12_CAPTIONS)("%j", (input, expected) => {
    expectCaption(input, expected);
  });
});

describe("splitCaption: a satellite image's label, a family's album, outlets' graphics and photographers with agencies", () => {
  it.each(MORE3_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a handout from an office, a museum's archive, an AI picture and an agency with its photographer", () => {
  it.each(MORE4_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: an archive's or a library's picture, an AI picture, two photographers, a map and an illustration", () => {
  it.each(MORE5_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: wire photos marked as file pictures, Getty's photo by a photographer, a body's archive", () => {
  it.each(MORE6_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: Getty's photographer after the caption's full stop, credits in brackets, a caption's own photo by", () => {
  it.each(MORE7_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: credits taken from a post or a video, file photos, Getty's photographer", () => {
  it.each(MORE8_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: handouts, collected and courtesy credits, an outlet's photographer, illustrations and graphics", () => {
  it.each(MORE9_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a photographer and the place, two photographers, collected, video, social, file and symbolic credits", () => {
  it.each(MORE10_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: agencies' file photos and photographers, an outlet alone, graphics and illustrations", () => {
  it.each(MORE11_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: English credits in capitals and of the outlet, photographers with a place and a date, two photographers, video", () => {
  it.each(MORE12_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a wire photo's credit after the caption's full stop, with no label", () => {
  it.each(WIRE_PHOTO_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: Indian outlets' credits after a dash, `চিত্র: NAME`, a platform's picture, an English video credit of an outlet", () => {
  it.each(MORE13_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a platform's courtesy credit after a caption", () => {
  it.each(MORE14_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: credits in brackets or after a dash, agencies' file pictures, graphics and illustrations", () => {
  it.each(MORE15_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: an outlet's file picture in brackets, English papers' and Indian papers' credits", () => {
  it.each(MORE16_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: titled names in the caption, infographics in the plural", () => {
  it.each(MORE17_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: photos sent by readers, given by local people, police and officials, handouts", () => {
  it.each(MORE18_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: photos sent or given by readers and families, a source joined to collected photos", () => {
  it.each(MORE19_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a place after a photographer after a dash, a reader alone, one sent through an app", () => {
  it.each(MORE20_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a sender after an article, an app in the locative before a sender", () => {
  it.each(MORE21_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a sender after a capital article, a pool's photo sent on by an agency, a cartoon's label", () => {
  it.each(MORE22_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a cartoon's or a caricature's label, a credit before the caption, two photographers", () => {
  it.each(MORE23_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});

describe("splitCaption: a pool's photo, an English credit before the caption, senders after a capital `A`, `ক্যারিকেচার`", () => {
  it.each(MORE24_CAPTIONS)("%j", (input, expected) => {
    const result = expectCaption(input, expected);
    if (expected.credit?.name === undefined) expect(result.credit?.name).toBeUndefined();
  });
});
