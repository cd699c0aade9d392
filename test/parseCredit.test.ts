import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCredit } from "../src/index.ts";
import { CreditSchema } from "../src/schemas.ts";
import { LABELLED_CAPTIONS, OWN_CAPTIONS } from "./fixtures/credits-labelled.ts";
import { partialMismatch } from "./fixtures/bylines-match.ts";
import type { Credit } from "../src/index.ts";
import { UNSEEN_CAPTIONS } from "./fixtures/unseen.ts";
import { MORE_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines.ts";
import { SITES_UNSEEN_CAPTIONS } from "./fixtures/unseen-bylines-sites.ts";
import { OTHER_UNSEEN_CAPTIONS, OTHER_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-other.ts";
import { LEFTOVER2_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-leftovers2.ts";
import { LEFTOVER3_CREDITS } from "./fixtures/unseen-bylines-leftovers3.ts";
import { LEFTOVER4_CREDITS } from "./fixtures/unseen-bylines-leftovers4.ts";
import { LEFTOVER5_CREDITS } from "./fixtures/unseen-bylines-leftovers5.ts";
import { LEFTOVER6_CREDITS } from "./fixtures/unseen-bylines-leftovers6.ts";
import { LEFTOVER7_CREDITS } from "./fixtures/unseen-bylines-leftovers7.ts";
import { LEFTOVER8_CREDITS, LEFTOVER8_NEW_CREDITS } from "./fixtures/unseen-bylines-leftovers8.ts";
import { LEFTOVER9_CREDITS } from "./fixtures/unseen-bylines-leftovers9.ts";
import { LEFTOVER10_CREDITS } from "./fixtures/unseen-bylines-leftovers10.ts";
import { MORE_CREDITS } from "./fixtures/unseen-bylines-more.ts";
import { LEFTOVER11_CREDITS } from "./fixtures/unseen-bylines-leftovers11.ts";
import { LEFTOVER12_CREDITS } from "./fixtures/unseen-bylines-leftovers12.ts";
import { MORE2_CREDITS } from "./fixtures/unseen-bylines-more2.ts";
import { MORE3_CREDITS } from "./fixtures/unseen-bylines-more3.ts";
import { MORE4_CREDITS } from "./fixtures/unseen-bylines-more4.ts";
import { MORE5_CREDITS } from "./fixtures/unseen-bylines-more5.ts";
import { MORE6_CREDITS } from "./fixtures/unseen-bylines-more6.ts";
import { MORE7_CREDITS } from "./fixtures/unseen-bylines-more7.ts";
import { MORE8_CREDITS } from "./fixtures/unseen-bylines-more8.ts";
import { MORE9_CREDITS } from "./fixtures/unseen-bylines-more9.ts";
import { MORE10_CREDITS } from "./fixtures/unseen-bylines-more10.ts";
import { MORE11_CREDITS } from "./fixtures/unseen-bylines-more11.ts";
import { MORE12_CREDITS } from "./fixtures/unseen-bylines-more12.ts";
import { MORE13_CREDITS } from "./fixtures/unseen-bylines-more13.ts";
import { MORE14_CREDITS } from "./fixtures/unseen-bylines-more14.ts";
import { MORE15_CREDITS } from "./fixtures/unseen-bylines-more15.ts";
import { MORE16_CREDITS } from "./fixtures/unseen-bylines-more16.ts";
import { MORE17_CREDITS } from "./fixtures/unseen-bylines-more17.ts";
import { MORE18_CREDITS } from "./fixtures/unseen-bylines-more18.ts";
import { MORE19_CREDITS } from "./fixtures/unseen-bylines-more19.ts";
import { MORE20_CREDITS } from "./fixtures/unseen-bylines-more20.ts";
import { MORE21_CREDITS } from "./fixtures/unseen-bylines-more21.ts";
import { MORE22_CREDITS } from "./fixtures/unseen-bylines-more22.ts";
import { MORE23_CREDITS } from "./fixtures/unseen-bylines-more23.ts";
import { MORE24_CREDITS, MORE24_NOT_CREDITS } from "./fixtures/unseen-bylines-more24.ts";
import { TITLE_UNSEEN_CAPTIONS } from "./fixtures/unseen-titles.ts";
import { AFFILIATION_UNSEEN_CAPTIONS } from "./fixtures/unseen-affiliations.ts";
import { PORTAL_UNSEEN_CAPTIONS } from "./fixtures/unseen-portals.ts";
import { WRITER_UNSEEN_CAPTIONS } from "./fixtures/unseen-writers.ts";
import { CHANNEL_UNSEEN_CAPTIONS } from "./fixtures/unseen-channels.ts";
import { SERVICE_UNSEEN_CAPTIONS } from "./fixtures/unseen-services.ts";
import { NAMES_UNSEEN_CREDITS } from "./fixtures/unseen-names.ts";
import { UNSEEN_CAPTION_CREDITS } from "./fixtures/unseen-captions.ts";
import { CREDITED_CREDITS } from "./fixtures/unseen-credited.ts";
import { ESSAY_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-essays.ts";
import { ILLUSTRATED_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-illustrated.ts";
import { PIECES_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-pieces.ts";
import { PAPERS_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-papers.ts";
import { MEDIA_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-media.ts";
import { PHOTO_DESK_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-photo-desks.ts";
import { STORY_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-stories.ts";
import { OWN_DESK_CREDITS } from "./fixtures/unseen-signoff-slogans.ts";
import { INDIAN_OUTLET_CREDITS } from "./fixtures/unseen-indian-outlets.ts";
import { UNSEEN_SOURCE_CREDITS } from "./fixtures/unseen-caption-sources.ts";
import { RANK_UNSEEN_CREDITS } from "./fixtures/unseen-bylines-ranks.ts";
import { UNSEEN_LABEL_CREDITS } from "./fixtures/unseen-credit-labels.ts";
import { UNSEEN_ORGANISATION_CREDITS } from "./fixtures/unseen-credit-organisations.ts";
import { WIRE_STILL_CREDITS } from "./fixtures/unseen-wire-stills.ts";

/** Credits alone from the labelled instances: those whose caption is empty. */
const CREDITS_ALONE = [...LABELLED_CAPTIONS, ...OWN_CAPTIONS]
  .filter(([, expected]) => expected.caption === "")
  .map(([input, expected]) => [input, expected.credit] as const);

const OWN: ReadonlyArray<readonly [string, Partial<Credit> | null]> = [
  ["রয়টার্স", { source: "agency", agency: "reuters", file: false, symbolic: false }],
  ["AFP", { source: "agency", agency: "afp" }],
  ["প্রথম আলো", { source: "outlet", agency: "prothom-alo" }],
  ["/ ফাইল ছবি এএফপি", { source: "agency", agency: "afp", file: true, text: "ফাইল ছবি এএফপি" }],
  ["। ছবি: রয়টার্স", { source: "agency", agency: "reuters", text: "ছবি: রয়টার্স" }],
  ["ফাইল চিত্র", { source: "unknown", file: true }],
  ["ছবি: ডেইলি স্টার", { source: "outlet", agency: "daily-star" }],
  ["ছবি: এপি, রয়টার্স", { agency: "ap", agencies: ["ap", "reuters"] }],
  ["ছবি: আনাদোলু এজেন্সি", { agency: "anadolu" }],
  ["জুয়েল শীল", null],
  // an organisation the vocabulary knows, a site's name an outlet, a hyphenated name still a photographer
  ["ছবি: ইউনেসকো", { source: "unknown", name: "ইউনেসকো" }],
  ["ছবি: খুলনা নিউজ", { source: "outlet", name: "খুলনা নিউজ" }],
  ["ছবি: নিউজবাংলা টোয়েন্টিফোর", { source: "outlet", name: "নিউজবাংলা টোয়েন্টিফোর" }],
  ["ছবি: আল-আমিন হোসেন", { source: "photographer", name: "আল-আমিন হোসেন" }],
  ["ছবি সৌজন্য: বিজিবি", { source: "unknown", name: "বিজিবি", courtesy: true }],
  ["Image", null],
  ["", null],
  ["একটি সাধারণ বাক্য যাতে কোনো ক্রেডিট নেই।", null],
];


/** Reads a credit: the fields given are read, no name where none is given, and the result passes its schema. */
function expectCredit(input: string, expected: Partial<Credit>): void {
  const credit = parseCredit(input);
  expect(credit).toMatchObject(expected);
  if (expected.name === undefined) expect(credit).not.toHaveProperty("name");
  expect(CreditSchema.safeParse(credit).success).toBe(true);
}

describe("parseCredit", () => {
  it.each(CREDITS_ALONE)("%s", (input, expected) => {
    expect(partialMismatch(parseCredit(input), expected)).toBeNull();
  });

  it.each(OWN)("%j", (input, expected) => {
    expect(partialMismatch(parseCredit(input), expected)).toBeNull();
  });

  it("reads the credit of a whole caption like splitCaption", () => {
    expect(parseCredit("নদীভাঙনে বিলীন বসতঘর। ছবি: সংগৃহীত")).toMatchObject({ source: "collected", text: "ছবি: সংগৃহীত" });
  });

  it.each([null, undefined, 3, {}, []])("throws TypeError on %j", (value) => {
    expect(() => parseCredit(value as unknown as string)).toThrow(TypeError);
  });

  it("never throws and every result passes CreditSchema", () => {
    const unit = fc.constantFrom(..."ছবিফাইলপ্রতীকীসংগৃহীতসৌজন্যেরয়টার্সএএফপি ও/:-–।()\u09DF\u200C\u00A0", "ছবি: ", "\uDC00", "AFP", " via ");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit, maxLength: 50 })), (text) => {
        const credit = parseCredit(text);
        if (credit !== null) expect(CreditSchema.safeParse(credit).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("parseCredit: credits alone it had not met", () => {
  const alone = [...UNSEEN_CAPTIONS, ...MORE_UNSEEN_CAPTIONS, ...SITES_UNSEEN_CAPTIONS, ...OTHER_UNSEEN_CAPTIONS, ...TITLE_UNSEEN_CAPTIONS, ...AFFILIATION_UNSEEN_CAPTIONS, ...PORTAL_UNSEEN_CAPTIONS, ...WRITER_UNSEEN_CAPTIONS, ...CHANNEL_UNSEEN_CAPTIONS].filter(([, expected]) => expected.caption === "" && expected.credit !== null);
  it.each(alone)("%j", (input, expected) => {
    expect(parseCredit(input)).toMatchObject(expected.credit ?? {});
  });
});

describe("parseCredit: other credits it had not met", () => {
  it.each(OTHER_UNSEEN_CREDITS)("%j", (input, expected) => {
    if (expected === null) expect(parseCredit(input)).toBeNull();
    else expect(parseCredit(input)).toMatchObject(expected);
  });
});

describe("parseCredit: a writer's titles are no credit without a marker", () => {
  it.each(["লেখক", "অতিথি লেখক", "কলাম লেখক"])("%j", (input) => {
    expect(parseCredit(input)).toBeNull();
  });
});

describe("parseCredit: several photographers and the labels of Indian and English sites", () => {
  const alone = SERVICE_UNSEEN_CAPTIONS.filter(([, expected]) => expected.caption === "" && expected.credit !== null);
  it.each(alone)("%j", (input, expected) => {
    const credit = parseCredit(input);
    expect(credit).toMatchObject(expected.credit ?? {});
    expect(CreditSchema.safeParse(credit).success).toBe(true);
  });
});

describe("parseCredit: agencies, Indian sites' own pictures and several photographers listed with commas", () => {
  it.each(NAMES_UNSEEN_CREDITS)("%j", (input, expected) => {
    const credit = parseCredit(input);
    expect(credit).toMatchObject(expected);
    expect(CreditSchema.safeParse(credit).success).toBe(true);
  });
});

describe("parseCredit: file marks beside an agency", () => {
  it.each(CREDITED_CREDITS)("%j", (input, expected) => {
    const credit = parseCredit(input);
    expect(credit).toMatchObject(expected);
    expect(CreditSchema.safeParse(credit).success).toBe(true);
  });

  it("names no one for a file mark after a slash or a comma", () => {
    expect(parseCredit("ছবি: এপি/ফাইল ছবি")).not.toHaveProperty("name");
    expect(parseCredit("ছবি: রয়টার্স/ফাইল ছবি")).not.toHaveProperty("name");
    expect(parseCredit("ছবি: এএফপি, ফাইল ছবি")).not.toHaveProperty("name");
  });
});

describe("parseCredit: how a photo was taken, positions in a photo, English organisations and streaming services", () => {
  it.each(ESSAY_UNSEEN_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: courtesy of a plural common noun and English organisations headed by Guard or Force", () => {
  it.each([...ILLUSTRATED_UNSEEN_CREDITS, ...PIECES_UNSEEN_CREDITS, ...PAPERS_UNSEEN_CREDITS, ...MEDIA_UNSEEN_CREDITS,
    ...PHOTO_DESK_UNSEEN_CREDITS, ...STORY_UNSEEN_CREDITS])("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: the outlet's own reporter, desk or photo department is no name", () => {
  it.each(OWN_DESK_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: maps, a screen's stills, media offices and English sites' file photos", () => {
  it.each(UNSEEN_CAPTION_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: Indian outlets' own, file, symbolic and AI-made pictures, social media, video stills and agencies", () => {
  it.each(INDIAN_OUTLET_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: a source's label after a credit, a channel's still, social media and organisations with ও", () => {
  it.each(UNSEEN_SOURCE_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: the source after সংগৃহীত, and a source's or medium's label after the credit's danda", () => {
  it.each(UNSEEN_LABEL_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: a platform's Latin spelling is a whole word, not the start of a name", () => {
  it.each([
    ["Screenshot: Xinhua", undefined],
    ["ছবি: Screenshot from Xinhua video", undefined],
    ["Photo: screenshot from X", "x"],
    ["ছবি: স্ক্রিনশট/এক্স", "x"],
    ["ছবি: এমপির ফেসবুক পেজ থেকে নেওয়া", "facebook"],
  ] as const)("%s", (input, platform) => {
    expect(parseCredit(input)?.platform).toBe(platform);
  });
});

describe("parseCredit: an agency's photographer, organisations joined by ও, a still from television", () => {
  it.each(UNSEEN_ORGANISATION_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
    if (expected.names === undefined) expect(parseCredit(input)).not.toHaveProperty("names");
  });
});

describe("parseCredit: stills from a security camera, a channel or an agency's video, and a wire's initials", () => {
  it.each(WIRE_STILL_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
    if (expected.agency === undefined) expect(parseCredit(input)).not.toHaveProperty("agency");
  });
});

describe("parseCredit: two sources, a photographer and an outlet in English, graphics and screenshots", () => {
  it.each(RANK_UNSEEN_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: a source's label before several sources, and an agency's or an outlet's photo in English", () => {
  it.each(LEFTOVER2_UNSEEN_CREDITS)("%j", (input, expected) => {
    if (expected === null) expect(parseCredit(input)).toBeNull();
    else expect(parseCredit(input)).toMatchObject(expected);
  });
});

describe("parseCredit: an agency and a body joined by ও, and a photographer who also filmed", () => {
  it.each(LEFTOVER3_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: a body whose name holds ও after an agency, a platform joined to an agency, Indian outlets", () => {
  it.each(LEFTOVER4_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: a platform of one letter joined to an agency", () => {
  it.each(LEFTOVER5_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: two agencies and a photographer, and Indian agencies", () => {
  it.each(LEFTOVER6_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: sports boards, embassies and Gulf agencies", () => {
  it.each(LEFTOVER7_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: an agency's place after it", () => {
  it.each(LEFTOVER8_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: agencies with the city they sent the photo from", () => {
  it.each(LEFTOVER8_NEW_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: an agency's places, two joined or one of two words", () => {
  it.each(LEFTOVER9_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: an agency's place of two words its first or last word does not tell", () => {
  it.each(LEFTOVER10_CREDITS)("%j", (input, expected) => {
    expectCredit(input, expected);
  });
});

describe("parseCredit: stock sites, handouts, platforms, flags and photographers of Indian sites", () => {
  it.each(MORE_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a commons, a handle on X, the web after a collected photo's word and photos sourced from a platform", () => {
  it.each(LEFTOVER11_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a body's photo on a photo-sharing site and a satellite image from a company", () => {
  it.each(LEFTOVER12_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: named AI tools, a photo-sharing site, a search engine's maps, stills, posts and organisations", () => {
  it.each(MORE2_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a satellite image after a copyright sign, a family's album, a grab from video and a press release", () => {
  it.each(MORE3_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a handout from an office, a courtesy sent from one, museums, AI pictures and agencies' photographers", () => {
  it.each(MORE4_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: libraries and archives, AI pictures made or drawn, two photographers, maps and illustrations", () => {
  it.each(MORE5_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a body's archive, wire photos marked as file pictures, Getty's photo by a photographer", () => {
  it.each(MORE6_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: video, illustration and graphics credits, two photographers, a photographer and an agency", () => {
  it.each(MORE7_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a photographer before Getty's name alone, file, collected and social credits", () => {
  it.each(MORE8_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: outlets' photographers, courtesy, government handouts, illustrations and graphics", () => {
  it.each(MORE9_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: two photographers, outlets' photographers, collected, social, video, file and symbolic credits", () => {
  it.each(MORE10_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: agencies' file photos and photographers, outlets alone, graphics, illustrations and video", () => {
  it.each(MORE11_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: photographers with a place and a date, capitals, the outlet's short name, two photographers, video of an outlet", () => {
  it.each(MORE12_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: Indian outlets' own, file and symbolic pictures, `চিত্র: NAME`, pictures taken from a platform, an English video credit of an outlet", () => {
  it.each(MORE13_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: courtesy credits of a platform are pictures taken from it", () => {
  it.each(MORE14_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: agencies' file pictures, a photographer and an outlet, graphics and screenshots", () => {
  it.each(MORE15_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: English papers' credits, file pictures and infographics", () => {
  it.each(MORE16_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: infographics in the plural, titled names and a courtesy after a slash", () => {
  it.each(MORE17_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: photos sent by readers, given by local people, police and officials, handouts", () => {
  it.each(MORE18_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: photos sent or given by readers and families, a source joined to collected photos", () => {
  it.each(MORE19_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a reader alone, one sent through an app, two photographers, a photographer and agencies", () => {
  it.each(MORE20_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a sender after an article, an app in the locative before a sender", () => {
  it.each(MORE21_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a sender after a capital article, a pool's photo sent on by an agency, cartoons and caricatures", () => {
  it.each(MORE22_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: caricatures, senders after `An`, two photographers", () => {
  it.each(MORE23_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });
});

describe("parseCredit: a pool's photo via an agency, senders after a capital `A` by their nouns, `ক্যারিকেচার`", () => {
  it.each(MORE24_CREDITS)("%j", (input, expected) => {
    expectCredit(input, { file: false, symbolic: false, ...expected });
  });

  it.each(MORE24_NOT_CREDITS)("no credit in the sentence %j", (input) => {
    expect(parseCredit(input)).toBeNull();
  });
});
