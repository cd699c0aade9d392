import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle, parseByline, type Contributor } from "../src/index.ts";
import { BylineSchema } from "../src/schemas.ts";
import { LABELLED_BYLINES } from "./fixtures/bylines-labelled.ts";
import { OWN_BYLINES } from "./fixtures/bylines-own.ts";
import { bylineMismatch } from "./fixtures/bylines-match.ts";
import { UNSEEN_BYLINES } from "./fixtures/unseen.ts";
import { MORE_UNSEEN_BYLINES } from "./fixtures/unseen-bylines.ts";
import { SITES_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-sites.ts";
import { OTHER_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-other.ts";
import { TITLE_UNSEEN_BYLINES } from "./fixtures/unseen-titles.ts";
import { AFFILIATION_UNSEEN_BYLINES } from "./fixtures/unseen-affiliations.ts";
import { PORTAL_UNSEEN_BYLINES } from "./fixtures/unseen-portals.ts";
import { WRITER_UNSEEN_BYLINES } from "./fixtures/unseen-writers.ts";
import { CHANNEL_UNSEEN_BYLINES, CHANNEL_UNSEEN_OPENING_PLACES } from "./fixtures/unseen-channels.ts";
import { STATEMENT_UNSEEN_BYLINES, STATEMENT_UNSEEN_ENGLISH_BYLINES } from "./fixtures/unseen-statements.ts";
import { SERVICE_UNSEEN_BYLINES } from "./fixtures/unseen-services.ts";
import { SHARED_ROLE_BYLINES } from "./fixtures/unseen-shared-roles.ts";
import { NAMES_UNSEEN_BYLINES } from "./fixtures/unseen-names.ts";
import { CREDITED_BYLINES } from "./fixtures/unseen-credited.ts";
import { DISTRICT_UNSEEN_BYLINES } from "./fixtures/unseen-districts.ts";
import { GENITIVE_DISTRICT_BYLINES } from "./fixtures/unseen-genitive-districts.ts";
import { REGION_UNSEEN_BYLINES, REGION_UNSEEN_OPENINGS } from "./fixtures/unseen-bylines-regions.ts";
import { ESSAY_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-essays.ts";
import { ILLUSTRATED_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-illustrated.ts";
import { PIECES_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-pieces.ts";
import { POSTS_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-posts.ts";
import { TRAILER_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-trailers.ts";
import { LEFTOVER_BYLINES } from "./fixtures/unseen-page-leftovers.ts";
import { PAPERS_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-papers.ts";
import { MEDIA_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-media.ts";
import { PHOTO_DESK_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-photo-desks.ts";
import { INDIAN_OUTLET_BYLINES } from "./fixtures/unseen-indian-outlets.ts";
import { STORY_UNSEEN_BYLINES, STORY_UNSEEN_SONG_LABELS, STORY_UNSEEN_STARTS } from "./fixtures/unseen-bylines-stories.ts";
import { BROADCASTER_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-broadcasters.ts";
import { RANK_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-ranks.ts";
import { LEFTOVER_UNSEEN_BYLINES } from "./fixtures/unseen-bylines-leftovers.ts";
import { LEFTOVER2_NEW_BYLINES, LEFTOVER2_UNSEEN_BYLINES, LEFTOVER2_UNSEEN_EMAIL_BYLINES } from "./fixtures/unseen-bylines-leftovers2.ts";
import { LEFTOVER3_BYLINES, LEFTOVER3_NEW_BYLINES, LEFTOVER3_NO_BYLINES } from "./fixtures/unseen-bylines-leftovers3.ts";
import { LEFTOVER4_BYLINES, LEFTOVER4_INDIAN_BYLINES } from "./fixtures/unseen-bylines-leftovers4.ts";
import { LEFTOVER5_BYLINES } from "./fixtures/unseen-bylines-leftovers5.ts";
import { LEFTOVER6_BYLINES, LEFTOVER6_NEW_BYLINES, LEFTOVER6_NO_BYLINES } from "./fixtures/unseen-bylines-leftovers6.ts";
import { LEFTOVER7_BYLINES, LEFTOVER7_NEW_BYLINES } from "./fixtures/unseen-bylines-leftovers7.ts";
import { LEFTOVER8_BYLINES, LEFTOVER8_NEW_BYLINES } from "./fixtures/unseen-bylines-leftovers8.ts";
import { LEFTOVER9_BYLINES } from "./fixtures/unseen-bylines-leftovers9.ts";
import { LEFTOVER10_BYLINES } from "./fixtures/unseen-bylines-leftovers10.ts";
import { MORE_BYLINES } from "./fixtures/unseen-bylines-more.ts";
import { LEFTOVER11_BYLINES } from "./fixtures/unseen-bylines-leftovers11.ts";
import { LEFTOVER12_BYLINES } from "./fixtures/unseen-bylines-leftovers12.ts";
import { MORE2_BYLINES } from "./fixtures/unseen-bylines-more2.ts";
import { MORE3_BYLINES } from "./fixtures/unseen-bylines-more3.ts";
import { POST_LINE_BYLINES } from "./fixtures/unseen-bylines-posts2.ts";
import { MORE4_BYLINES } from "./fixtures/unseen-bylines-more4.ts";
import { MORE5_BYLINES } from "./fixtures/unseen-bylines-more5.ts";
import { MORE6_BYLINES } from "./fixtures/unseen-bylines-more6.ts";
import { MORE7_BYLINES } from "./fixtures/unseen-bylines-more7.ts";
import { MORE8_BYLINES } from "./fixtures/unseen-bylines-more8.ts";
import { MORE9_BYLINES } from "./fixtures/unseen-bylines-more9.ts";
import { MORE10_BYLINES } from "./fixtures/unseen-bylines-more10.ts";
import { MORE11_BYLINES } from "./fixtures/unseen-bylines-more11.ts";
import { MORE12_BYLINES } from "./fixtures/unseen-bylines-more12.ts";
import { MORE13_BYLINES } from "./fixtures/unseen-bylines-more13.ts";
import { MORE14_BYLINES } from "./fixtures/unseen-bylines-more14.ts";
import { MORE15_BYLINES } from "./fixtures/unseen-bylines-more15.ts";
import { MORE16_BYLINES } from "./fixtures/unseen-bylines-more16.ts";
import { MORE17_BYLINES } from "./fixtures/unseen-bylines-more17.ts";
import { MORE18_BYLINES } from "./fixtures/unseen-bylines-more18.ts";
import { MORE19_BYLINES } from "./fixtures/unseen-bylines-more19.ts";
import { MORE20_BYLINES } from "./fixtures/unseen-bylines-more20.ts";
import { MORE21_BYLINES } from "./fixtures/unseen-bylines-more21.ts";
import { MORE22_BYLINES } from "./fixtures/unseen-bylines-more22.ts";
import { MORE23_BYLINES } from "./fixtures/unseen-bylines-more23.ts";

/**
 * Each row of a table of bylines reads as its contributors, and its result passes the schema; `label` names the table
 * in the count printed beside the run.
 */
function itReadsBylines(table: ReadonlyArray<readonly [string, readonly Contributor[]]>, label?: string): void {
  it.each(table)("%j", (input, contributors) => {
    const byline = parseByline(input);
    expect(byline.contributors).toEqual(contributors);
    expect(BylineSchema.safeParse(byline).success).toBe(true);
  });
  if (label === undefined) return;
  it("prints how many of them read right", () => {
    const right = table.filter(([input, contributors]) => JSON.stringify(parseByline(input).contributors) === JSON.stringify(contributors));
    console.log(`${label}: ${right.length}/${table.length} read right`);
    expect(right.length).toBe(table.length);
  });
}

/** Share of the labelled instances the parser must read right. */
const LABELLED_FLOOR = 1;

describe("parseByline: labelled instances of the field notes", () => {
  it.each(LABELLED_BYLINES)("%s", (input, expected) => {
    expect(bylineMismatch(input, parseByline(input), expected)).toBeNull();
  });

  it(`reads at least ${LABELLED_FLOOR * 100}% of them right`, () => {
    const failures = LABELLED_BYLINES.filter(([input, expected]) => bylineMismatch(input, parseByline(input), expected) !== null);
    const accuracy = 1 - failures.length / LABELLED_BYLINES.length;
    console.log(
      `accuracy: parseByline ${(accuracy * 100).toFixed(1)}% of ${LABELLED_BYLINES.length} labelled bylines (floor ${LABELLED_FLOOR * 100}%)`,
    );
    expect(accuracy).toBeGreaterThanOrEqual(LABELLED_FLOOR);
  });
});

describe("parseByline: instances of our own for each shape", () => {
  it.each(OWN_BYLINES)("%j", (input, expected) => {
    expect(bylineMismatch(input, parseByline(input), expected)).toBeNull();
  });
});

describe("parseByline: the contract", () => {
  it("repeated bylines give one contributor and the story starts after the repeats", () => {
    const input = "আন্তর্জাতিক ডেস্ক\nআন্তর্জাতিক ডেস্ক আন্তর্জাতিক ডেস্ক\nপ্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫";
    const byline = parseByline(input);
    expect(byline.contributors).toEqual([{ kind: "desk", name: "আন্তর্জাতিক ডেস্ক", desk: "আন্তর্জাতিক" }]);
    expect(byline.text).toBe("আন্তর্জাতিক ডেস্ক");
    expect(input.slice(byline.story?.index)).toBe("প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫");
  });

  it("a fused byline reports where the story starts", () => {
    const input = "নিজস্ব প্রতিবেদক, খুলনা: নগরীর দৌলতপুরে আগুন লেগেছে।";
    const byline = parseByline(input);
    expect(byline.text).toBe("নিজস্ব প্রতিবেদক, খুলনা");
    expect(byline.index).toBe(0);
    expect(input.slice(byline.story?.index)).toBe("নগরীর দৌলতপুরে আগুন লেগেছে।");
  });

  it.each(["মোঃ", "মো:", "ডাঃ", "মো."])("%s stays in the name", (honorific) => {
    const byline = parseByline(`${honorific} জসিম উদ্দিন, নিজস্ব প্রতিবেদক: আজ`);
    expect(byline.contributors).toEqual([{ kind: "person", name: `${honorific} জসিম উদ্দিন`, role: "নিজস্ব প্রতিবেদক" }]);
  });

  it("prose is no byline", () => {
    const prose =
      "ইউক্রেনের সঙ্গে যুদ্ধে রাশিয়ার সমর্থন পুনর্ব্যক্ত করেছে উত্তর কোরিয়া। পিয়ংইয়ংয়ের রাষ্ট্রীয় সংবাদমাধ্যমের প্রতিবেদন অনুসারে, উত্তর কোরিয়ার সর্বোচ্চ নেতা কিম জং উন ইউক্রেনের সঙ্গে যুদ্ধে মস্কোকে নিঃশর্ত সমর্থন দিয়ে যাওয়ার প্রতিশ্রুতি দিয়েছেন।";
    expect(parseByline(prose).contributors).toEqual([]);
  });

  it.each([null, undefined, 5, {}, ["ডেস্ক"]])("throws TypeError on %j", (value) => {
    expect(() => parseByline(value as unknown as string)).toThrow(TypeError);
  });
});

const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["precomposed য়", (text) => text.replace(/\u09AF\u09BC/g, "\u09DF")],
  ["decomposed য়", (text) => text.normalize("NFC")],
  ["ZWNJ inside words", (text) => text.replace(/্/g, "্\u200C")],
  ["no-break spaces", (text) => text.replace(/ /g, "\u00A0")],
  ["fullwidth colon", (text) => text.replace(/:/g, "\uFF1A")],
  ["অ + া for আ", (text) => text.replace(/আ/g, "অা")],
];

const CLEAN_INPUTS = [
  "আন্তর্জাতিক ডেস্ক\nআন্তর্জাতিক ডেস্ক আন্তর্জাতিক ডেস্ক",
  "মো. সাইফুল ইসলাম, নিজস্ব প্রতিবেদক",
  "নিজস্ব প্রতিবেদক, খুলনা: শহরে আজ",
  "শুভংকর কর্মকার ও মাসুদ রানা গাজীপুর থেকে",
  "গফরগাঁও (ময়মনসিংহ) প্রতিনিধি:",
  "বাসস",
  "আবুল কাশেম নওগাঁ জেলা প্রতিনিধিঃ",
  "রয়টার্স, এএফপি",
];

describe("parseByline: Unicode variants read like clean text", () => {
  const cases = CLEAN_INPUTS.flatMap((input) => VARIANTS.map(([name, change]) => [name, input, change(input)] as const));
  it.each(cases)("%s: %s", (_name, clean, variant) => {
    const a = parseByline(clean);
    const b = parseByline(variant);
    expect(b.contributors).toEqual(a.contributors);
    expect(b.pressRelease).toEqual(a.pressRelease);
  });

  it.each([":", "ঃ", "\uFF1A"])("a label closed by %j keeps its colon out of the text", (colon) => {
    expect(parseByline(`প্রতিবেদন${colon}`).text).toBe("প্রতিবেদন");
  });

  it("a double danda ends a byline like a colon", () => {
    expect(parseByline("কুমিল্লা প্রতিনিধি।। আজ সকালে").contributors).toEqual(
      parseByline("কুমিল্লা প্রতিনিধি: আজ সকালে").contributors,
    );
  });
});

describe("parseByline: properties", () => {
  const bengali = fc.constantFrom(
    ..."অআইএওকখগচজটডতদনপবমযরলশসহড়য়ািীুূেোৈৌ্ংঃঁ়\u09DF\u200C\u200D\u00A0 ,:;|/()-।\n",
    "ডেস্ক",
    "প্রতিনিধি",
    "নিজস্ব প্রতিবেদক",
    "মোঃ ",
    " ও ",
    "ঢাকা",
    "বাসস",
    "ব্যুরো",
    "থেকে",
    "\uD800",
    "Desk",
  );

  it("never throws and every result passes BylineSchema", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: bengali, maxLength: 60 })), (text) => {
        const byline = parseByline(text);
        expect(BylineSchema.safeParse(byline).success).toBe(true);
        if (byline.story !== undefined) expect(byline.story.index).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1500 },
    );
  });

  it("the byline text is a span of the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: bengali, maxLength: 60 }), (text) => {
        const byline = parseByline(text);
        if (byline.index !== undefined) expect(text.slice(byline.index, byline.index + byline.text.length)).toBe(byline.text);
      }),
      { numRuns: 800 },
    );
  });
});

describe("parseByline: bylines it had not met", () => {
  it.each(UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });
});

describe("parseByline: more bylines it had not met", () => {
  it.each(MORE_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });

  it("a one-word name before a known place is a person; two places or a place-like word are not", () => {
    expect(parseByline("মোস্তাফিজ, নাটোর").contributors).toEqual([{ kind: "person", name: "মোস্তাফিজ", place: "নাটোর" }]);
    expect(parseByline("নাটোর, রাজশাহী").contributors).toEqual([]);
    expect(parseByline("শিবগঞ্জ, বগুড়া").contributors).toEqual([]);
  });

  it.each<readonly [string, readonly Contributor[]]>([
    // a role after names joined by ও is each one's, as after full names
    ["তুহিন ও সোহেল, নিজস্ব প্রতিবেদক", [{ kind: "person", name: "তুহিন", role: "নিজস্ব প্রতিবেদক" }, { kind: "person", name: "সোহেল", role: "নিজস্ব প্রতিবেদক" }]],
    ["তুহিন, সোহেল ও মিঠু, স্টাফ রিপোর্টার", [
      { kind: "person", name: "তুহিন" },
      { kind: "person", name: "সোহেল", role: "স্টাফ রিপোর্টার" },
      { kind: "person", name: "মিঠু", role: "স্টাফ রিপোর্টার" },
    ]],
    ["তুহিন ও সোহেল, নাটোর", [{ kind: "person", name: "তুহিন", place: "নাটোর" }, { kind: "person", name: "সোহেল", place: "নাটোর" }]],
    ["তুহিন\u00A0ও\u00A0সোহেল, নিজস্ব\u00A0প্রতিবেদক", [
      { kind: "person", name: "তুহিন", role: "নিজস্ব প্রতিবেদক" },
      { kind: "person", name: "সোহেল", role: "নিজস্ব প্রতিবেদক" },
    ]],
    // a known place after the first word: only the first is a name, as with one
    ["তুহিন ও শিবগঞ্জ, নিজস্ব প্রতিবেদক", [{ kind: "person", name: "তুহিন", role: "নিজস্ব প্রতিবেদক" }]],
  ])("one-word names joined by ও or commas are each a person: %j", (input, contributors) => {
    const byline = parseByline(input);
    expect(byline.contributors).toEqual(contributors);
    expect(input.slice(byline.index, (byline.index ?? 0) + byline.text.length)).toBe(byline.text);
  });
});

describe("parseByline: other sites' bylines it had not met", () => {
  it.each(SITES_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });

  it.each([
    ["শামসুল হক, নির্বাহী সম্পাদক: আজ", "আজ"],
    ["মো. জাকির হোসেন - স্টাফ রিপোর্টার: রাজধানীর", "রাজধানীর"],
    ["স্টাফ রিপোর্টার ॥ রাজধানীর মতিঝিলে", "রাজধানীর মতিঝিলে"],
  ])("the story starts after the byline: %j", (input, rest) => {
    const byline = parseByline(input);
    expect(input.slice(byline.story?.index)).toBe(rest);
    expect(input.slice(byline.index, (byline.index ?? 0) + byline.text.length)).toBe(byline.text);
  });
});

describe("parseByline: other shapes it had not met", () => {
  it.each(OTHER_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });

  it.each([
    ["নয়াদিল্লি, ২১ মে (পিটিআই)— রাজধানীতে তাপপ্রবাহ", "রাজধানীতে তাপপ্রবাহ", "নয়াদিল্লি, ২১ মে (পিটিআই)"],
    ["ঢাকা, ২১ মে (বাসস) –আজ সকালে", "আজ সকালে", "ঢাকা, ২১ মে (বাসস)"],
    ["কাঠমান্ডু, ৪ ফেব্রুয়ারি (এএফপি) — নেপালে", "নেপালে", "কাঠমান্ডু, ৪ ফেব্রুয়ারি (এএফপি)"],
    ["LONDON, May 2 (Reuters)- Britain's economy", "Britain's economy", "LONDON, May 2 (Reuters)"],
    ["রাজশাহী, ৭ জুন (ইউএনবি)-- নগরীর", "নগরীর", "রাজশাহী, ৭ জুন (ইউএনবি)"],
    ["জেরুজালেম, ২ এপ্রিল (এএফপি)–ইসরায়েলের সেনারা", "ইসরায়েলের সেনারা", "জেরুজালেম, ২ এপ্রিল (এএফপি)"],
  ])("a dash after the agency's bracket ends the byline: %j", (input, rest, text) => {
    const byline = parseByline(input);
    expect(input.slice(byline.story?.index)).toBe(rest);
    expect(byline.text).toBe(text);
    expect(byline.dateText).toBeDefined();
  });

  it.each([
    // a dash glued on both sides after a bracket is a genitive or a compound, not the end of a byline
    ["করিম (৩৫)-এর লাশ উদ্ধার", ""],
    ["রহিম (৪০)-এর সঙ্গে", ""],
    ["নাসির (৩০)-র সঙ্গে", ""],
    ["সভাপতি", ""],
    ["সম্পাদক: আবুল হাসান", ""],
  ])("no story start inside a word, and a title alone names nobody: %j", (input, text) => {
    const byline = parseByline(input);
    expect(byline.text).toBe(text);
    expect(byline.contributors.filter((contributor) => contributor.role !== undefined)).toEqual([]);
  });
});

describe("extractArticle: a byline fused with the story by the double danda ॥", () => {
  it.each([
    ["স্টাফ রিপোর্টার ॥ রাজধানীতে আজ সকাল থেকে ভারী বৃষ্টি হচ্ছে।", [{ kind: "staff", role: "স্টাফ রিপোর্টার" }]],
    ["রংপুর প্রতিনিধি॥ জেলার পীরগাছায় নদীভাঙন বেড়েছে।", [{ kind: "correspondent", role: "প্রতিনিধি", place: "রংপুর" }]],
  ])("%j", (paragraph, contributors) => {
    expect(extractArticle(`ঢাকায় বৃষ্টি\n${paragraph}`).byline?.contributors).toEqual(contributors);
  });
});

describe("extractArticle: a wire dateline whose dash is glued to the agency's bracket", () => {
  it.each([
    ["জেরুজালেম, ২ এপ্রিল (এএফপি)–ইসরায়েলের সেনারা আজ অভিযান চালিয়েছে।", "afp", "জেরুজালেম", "ইসরায়েলের সেনারা"],
    ["খুলনা, ৯ মার্চ (ইউএনবি)— নগরীর খালিশপুরে আগুন লেগেছে।", "unb", "খুলনা", "নগরীর খালিশপুরে"],
    ["ঢাকা, ২১ মে (বাসস) –আজ সকালে রাজধানীতে বৃষ্টি হয়েছে।", "bss", "ঢাকা", "আজ সকালে"],
  ])("%j", (paragraph, agency, place, bodyStart) => {
    const article = extractArticle(`শিরোনাম\n\n${paragraph}\n\nদ্বিতীয় অনুচ্ছেদ।`);
    expect(article.byline?.contributors).toEqual([{ kind: "agency", place, agency }]);
    expect(article.body.startsWith(bodyStart)).toBe(true);
  });
});

describe("parseByline: titles after a name, and the body after a title", () => {
  it.each(TITLE_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });

  it.each([
    // a title alone or first names no writer
    ["সম্পাদক ও প্রকাশক: মতিউর রহমান", []],
    // a title and a second person after it in the same piece: the person stays a person
    ["রহিম উদ্দিন, শিক্ষক ও করিম আহমেদ, গবেষক", [{ kind: "person", name: "রহিম উদ্দিন", role: "শিক্ষক" }, { kind: "person", name: "করিম আহমেদ", role: "গবেষক" }]],
  ] as const)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });
});

describe("parseByline: Indian outlets, opinion pieces' affiliations, upazila lines and English bylines it had not met", () => {
  it.each(AFFILIATION_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });
});

describe("parseByline: portals, district papers and English sites it had not met", () => {
  it.each(PORTAL_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });

  it("a role, its colon and the name are the byline; the story starts on the next line", () => {
    const input = "নিজস্ব প্রতিবেদক: রাশেদুল ইসলাম\nআজ সকালে বৃষ্টি হয়েছে।";
    const byline = parseByline(input);
    expect(byline.text).toBe("নিজস্ব প্রতিবেদক: রাশেদুল ইসলাম");
    expect(input.slice(byline.story?.index)).toBe("আজ সকালে বৃষ্টি হয়েছে।");
  });
});

describe("parseByline: writers after a role's colon, titles and sites it had not met", () => {
  it.each(WRITER_UNSEEN_BYLINES)("%j", (input, contributors) => {
    expect(parseByline(input).contributors).toEqual(contributors);
  });
});

describe("parseByline: television channels, their online editions, titles over an outlet and West Bengal districts it had not met", () => {
  itReadsBylines(CHANNEL_UNSEEN_BYLINES, "unseen channel bylines");

  it.each(CHANNEL_UNSEEN_OPENING_PLACES)("%j opens with the place %j", (input, place) => {
    expect(parseByline(input)).toMatchObject({ contributors: [], place });
  });
});

describe("parseByline: an outlet before its bureau, a second title after a comma and বিডি প্রতিদিন", () => {
  itReadsBylines([...STATEMENT_UNSEEN_BYLINES, ...STATEMENT_UNSEEN_ENGLISH_BYLINES]);
});

describe("parseByline: English desks and services of an outlet, writers' professions, Indian sites and translators", () => {
  itReadsBylines(SERVICE_UNSEEN_BYLINES, "unseen service and profession bylines");
});

describe("parseByline: one role for several names, a rank before a beat", () => {
  itReadsBylines(SHARED_ROLE_BYLINES, "unseen shared-role and ranked-beat bylines");
});

describe("parseByline: Indian sites, upazila correspondents, opinion pieces, photographers, original authors and shared roles", () => {
  itReadsBylines(NAMES_UNSEEN_BYLINES, "unseen names bylines");
});

describe("parseByline: videographers, translators by language or after a comma, bureaus under a name, English beats", () => {
  itReadsBylines(CREDITED_BYLINES, "unseen credited bylines");
});

describe("parseByline: district and Indian sites, datelines with no comma, places joined after a role, English beats", () => {
  itReadsBylines(DISTRICT_UNSEEN_BYLINES, "unseen district bylines");

  it("reads the date of a dateline with no comma after its place", () => {
    expect(parseByline("ঢাকা ১২ জুলাই (বাসস): প্রধান উপদেষ্টা").dateText).toBe("১২ জুলাই");
  });
});

describe("parseByline: a district in the genitive before an upazila, a plural English role alone", () => {
  itReadsBylines(GENITIVE_DISTRICT_BYLINES);

  it("keeps the district's genitive in the byline's text and starts the story after it", () => {
    const input = "কুড়িগ্রামের রৌমারী প্রতিনিধি: উপজেলার চরাঞ্চলে";
    const byline = parseByline(input);
    expect(byline.text).toBe("কুড়িগ্রামের রৌমারী প্রতিনিধি");
    expect(input.slice(byline.story?.index)).toBe("উপজেলার চরাঞ্চলে");
  });
});

describe("parseByline: upazilas of two words, English beats, datelines with no comma, Aajkaal and credits' labels", () => {
  itReadsBylines(REGION_UNSEEN_BYLINES, "unseen regional bylines");

  it.each(REGION_UNSEEN_BYLINES.filter(([, contributors]) => contributors.length === 0))("%j names no place either", (input) => {
    expect(parseByline(input).place).toBeUndefined();
  });

  it.each(REGION_UNSEEN_OPENINGS)("%j opens with the place %j and the date %j", (input, place, dateText) => {
    expect(parseByline(input)).toMatchObject({ contributors: [], place, dateText });
  });

  it("starts the story after the colon of a place and a date", () => {
    const input = "শিলিগুড়ি ১২ জুলাই: আজ সকালে বৃষ্টি হয়েছে।";
    expect(input.slice(parseByline(input).story?.index)).toBe("আজ সকালে বৃষ্টি হয়েছে।");
  });
});

describe("parseByline: a photographer before the writer, wire datelines of any capital and more English beats", () => {
  itReadsBylines(ESSAY_UNSEEN_BYLINES, "unseen photo-essay and wire bylines");

  it("reads the date of a wire dateline whose capital has two words", () => {
    expect(parseByline("Buenos Aires, July 9 (AFP) - Argentina's president said")).toMatchObject({ dateText: "July 9" });
    expect(parseByline("Kuala Lumpur May 5 (AFP)")).toMatchObject({ dateText: "May 5" });
  });
});

describe("parseByline: an illustrator after the writer, কলমে as a writer's label and more English beats", () => {
  itReadsBylines(ILLUSTRATED_UNSEEN_BYLINES, "unseen illustrated-feature bylines");
  itReadsBylines(PIECES_UNSEEN_BYLINES, "unseen bylines of pieces divided by a bar or a slash");

  it.each(["অলংকরণ: মাসুক হেলাল", "Illustration: Biplob Chakroborty", "Photo: Palash Khan", "রাজধানীতে বৃষ্টি | Photo: Collected"])("%j alone is a credit: no byline, no place", (input) => {
    expect(parseByline(input)).toEqual({ contributors: [], text: "" });
  });
});

describe("parseByline: a writer's label of two words or none before a credit, beats by their ending, sections and chrome", () => {
  itReadsBylines(PAPERS_UNSEEN_BYLINES, "unseen bylines of papers, portals and opinion pages");
});

describe("parseByline: a writer who took the photos, words by and pictures by, a camera, an editor, an interviewer", () => {
  itReadsBylines(MEDIA_UNSEEN_BYLINES, "unseen bylines of photo stories, videos, interviews and magazines");
  itReadsBylines(PHOTO_DESK_UNSEEN_BYLINES, "unseen bylines of photo stories with a writer's later piece");
  itReadsBylines(STORY_UNSEEN_BYLINES, "unseen bylines of photo stories labelled with a colon and news correspondents");
  it.each(STORY_UNSEEN_SONG_LABELS)("%j reads no place", (input) => {
    expect(parseByline(input).place).toBeUndefined();
    expect(parseByline(input).contributors.some((contributor) => "place" in contributor)).toBe(false);
  });
  it.each(STORY_UNSEEN_STARTS)("%j: the story starts at %j", (input, story) => {
    expect(input.slice(parseByline(input).story?.index)).toBe(story);
  });
  itReadsBylines(BROADCASTER_UNSEEN_BYLINES, "unseen bylines of TV channels' news sites");
});

describe("parseByline: Indian outlets' English labels, an editor, channel desks and bureaus", () => {
  itReadsBylines(INDIAN_OUTLET_BYLINES, "unseen bylines of Indian outlets");
});

describe("parseByline: an outlet's correspondent at a place ending in র, a label of two words after a voice's", () => {
  itReadsBylines(POSTS_UNSEEN_BYLINES, "unseen bylines of posted correspondents and video credits");
});

describe("parseByline: wire trailers with no colon, reporters where they report from", () => {
  itReadsBylines(TRAILER_UNSEEN_BYLINES, "unseen wire trailers");
});

describe("parseByline: a piece taken from an outlet, with its translator", () => {
  itReadsBylines(LEFTOVER_BYLINES, "unseen credit lines of pieces taken from an outlet");
});

describe("parseByline: an upazila with its district, three or more contributors, ranks and titles before a name", () => {
  itReadsBylines(RANK_UNSEEN_BYLINES, "unseen bylines with ranks, districts and several contributors");
});

describe("parseByline: an English upazila and its district, a wire's two places, long titles and email addresses", () => {
  itReadsBylines(LEFTOVER_UNSEEN_BYLINES, "unseen bylines of upazilas, wires, long titles and sports desks");
});

describe("parseByline: English districts, an outlet's short name with a place and a writer's email address", () => {
  itReadsBylines(LEFTOVER2_UNSEEN_BYLINES, "unseen bylines of English districts and short outlet names");
  itReadsBylines(LEFTOVER2_NEW_BYLINES, "unseen bylines of English upazilas, wires and titles after a body");
  it.each(LEFTOVER2_UNSEEN_EMAIL_BYLINES)("%j: the byline is %j, the story %j", (input, text, story) => {
    const byline = parseByline(input);
    expect(byline.text).toBe(text);
    expect(input.slice(byline.story?.index)).toBe(story);
  });
});

describe("parseByline: a landmark after a place, a department before its university, an agency in brackets with a case ending", () => {
  itReadsBylines(LEFTOVER3_BYLINES, "unseen bylines of landmarks, departments and bracketed agencies");
  itReadsBylines(LEFTOVER3_NEW_BYLINES, "unseen bylines of Indian outlets, TV sites, opinion pages and labelled pieces");
  itReadsBylines(LEFTOVER4_BYLINES, "unseen bylines of ETV Bharat, joined titles, bodies with initials and English departments");
  itReadsBylines(LEFTOVER4_INDIAN_BYLINES, "unseen bylines of Indian Bengali outlets");
  it.each(LEFTOVER3_NO_BYLINES)("%j is no byline", (input) => {
    expect(parseByline(input)).toEqual({ contributors: [], text: "" });
  });
});

describe("parseByline: one-word names sharing a role, an outlet's team and an outlet after a place's colon", () => {
  itReadsBylines(LEFTOVER5_BYLINES, "unseen bylines of joined one-word names, teams and outlets after a colon");
});

describe("parseByline: a former title joined to a writer's role, a team before its outlet, a one-word name before an outlet", () => {
  itReadsBylines(LEFTOVER6_BYLINES, "unseen bylines of former titles, teams, outlets after one-word names and addresses");
  itReadsBylines(LEFTOVER6_NEW_BYLINES, "unseen bylines of tournaments, upazilas, cities abroad, long posts and Indian teams");
  it.each(LEFTOVER6_NO_BYLINES)("%j is no byline", (input) => {
    expect(parseByline(input)).toEqual({ contributors: [], text: "" });
  });
});

describe("parseByline: a tournament, cities abroad in English, a name before a desk and long titles", () => {
  itReadsBylines(LEFTOVER7_BYLINES, "unseen bylines of tournaments, English cities, desks, titles and teams");
  itReadsBylines(LEFTOVER7_NEW_BYLINES, "unseen bylines of Gulf and Asian correspondents and former officials");
  itReadsBylines(LEFTOVER8_BYLINES, "unseen bylines of addresses, English cities abroad, games and bodies of government");
  itReadsBylines(LEFTOVER8_NEW_BYLINES, "unseen bylines of house numbers, cities abroad, games after a desk and governments");
  itReadsBylines(LEFTOVER9_BYLINES, "unseen bylines of the Olympics, countries after cities abroad, ministries and unions");
  itReadsBylines(LEFTOVER10_BYLINES, "unseen bylines of games after one-word names, ministers, missions abroad and লিখছেন");
  itReadsBylines(MORE_BYLINES, "unseen bylines of Indian desks, upazilas, two reporters, translators and opinion posts");
  itReadsBylines(LEFTOVER11_BYLINES, "unseen bylines of interviewers, অনূদিত, two titles before an institution and two places");
  itReadsBylines(LEFTOVER12_BYLINES, "unseen bylines of titles to a country, a retired title and another, and heads of programmes");
  itReadsBylines(MORE2_BYLINES, "unseen bylines of writers abroad, compilers, guest writers, offices and campus correspondents");
  itReadsBylines(MORE3_BYLINES, "unseen bylines of posts at a body in the genitive, founders, joint reports and two offices");
  itReadsBylines(POST_LINE_BYLINES, "unseen bylines with the post and its body on the line under the name");
  itReadsBylines(MORE4_BYLINES, "unseen bylines of bodies known to the list, English posts of and at a body, web desks and foundations");
  itReadsBylines(MORE5_BYLINES, "unseen bylines of a reporter with a camera, English posts of a named body or joined by and, translators");
  itReadsBylines(MORE6_BYLINES, "unseen bylines of translators after the language, posts at a body named with a report, television desks");
  itReadsBylines(MORE7_BYLINES, "unseen bylines of two titles before a body's post, posts at a division, translators from any language");
  itReadsBylines(MORE8_BYLINES, "unseen bylines of interviewers and compilers, a body after a division, a given name joined by and");
  itReadsBylines(MORE9_BYLINES, "unseen bylines of named desks' reports, two writers of two places, outlets' correspondents, English labels");
  itReadsBylines(MORE10_BYLINES, "unseen bylines of foreign writers and translators, beats after a role, campus, upazila and English staff lines");
});

describe("parseByline: translators before the original's language, posts and an email, capitals, senior and chief reporters, bureaus and correspondents abroad", () => {
  itReadsBylines(MORE11_BYLINES, "unseen bylines of translators before the language, emails and phones after posts, capitals, bureaus and correspondents abroad");
  itReadsBylines(MORE12_BYLINES, "unseen bylines of one post before an email or phone, English phone labels and roles, helpers, agencies and correspondents with places");
});

describe("parseByline: Indian outlets' staff correspondents, desks and agencies, `Written by NAME | PLACE`, a helper's label after a comma", () => {
  itReadsBylines(MORE13_BYLINES, "unseen bylines of Indian outlets and a helper after a comma");
});

describe("parseByline: a bar after the place, a reporter and an editor after a comma or a bar", () => {
  itReadsBylines(MORE14_BYLINES, "unseen bylines with a trailing bar and an editor after a comma");
});

describe("parseByline: a post alone after the name's colon, a place after English \"from\"", () => {
  itReadsBylines(MORE15_BYLINES, "unseen bylines of posts after a colon, places after from, sports reporters, stringers and bureaus");
});

describe("parseByline: labels of many hands joined by a bullet, a bar or a semicolon, English correspondents", () => {
  itReadsBylines(MORE16_BYLINES, "unseen bylines of many hands joined by bullets, bars and semicolons, and English correspondents");
});

describe("parseByline: names with titles, ranks and honorifics, English posts, a place closed by \"City\"", () => {
  itReadsBylines(MORE17_BYLINES, "unseen bylines of names with titles, ranks and honorifics, English posts and places closed by City");
});

describe("parseByline: a writer's label of two works joined by ও or and", () => {
  itReadsBylines(MORE18_BYLINES, "unseen bylines of two works joined in one label");
});

describe("parseByline: a writer's work joined to another in one label, `with` before a label, campus initials", () => {
  itReadsBylines(MORE19_BYLINES, "unseen bylines of a writer's work joined to another, several hands and campus initials");
});

describe("parseByline: Indian desks and news services, a concept's or data's work, an email in brackets, a handle", () => {
  itReadsBylines(MORE20_BYLINES, "unseen bylines of Indian services, concept and data labels, contacts and handles");
});

describe("parseByline: a list of works before one writer, an interview joined to a writer's work", () => {
  itReadsBylines(MORE21_BYLINES, "unseen bylines of lists of works and interviewers' labels");
});

describe("parseByline: a writer's label alone on its line, `Story` as a writer's work, two names joined by `with`", () => {
  itReadsBylines(MORE22_BYLINES, "unseen bylines of labels alone on their line, two writers joined by with, correspondents and titles");
});

describe("parseByline: two writers joined by `with`, English desks and correspondents, writers with places, contacts", () => {
  itReadsBylines(MORE23_BYLINES, "unseen bylines of two writers joined by with, English desks, writers with places and contacts");
});
