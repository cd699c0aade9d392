import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle, findSignOff, isBoilerplate } from "../src/index.ts";
import { SignOffMatchSchema } from "../src/schemas.ts";
import { REPORTED_SPEECH } from "../src/data/boilerplate.ts";
import { foldForMatch } from "../src/text/normalize.ts";
import { UNSEEN_BOILERPLATE, UNSEEN_SIGN_OFFS } from "./fixtures/unseen.ts";
import { WIRE_BOILERPLATE, WIRE_SIGN_OFFS } from "./fixtures/unseen-wire.ts";
import { AGENCY_BOILERPLATE, AGENCY_SIGN_OFFS } from "./fixtures/unseen-agencies.ts";
import { ADDRESS_LINES } from "./fixtures/unseen-page-addresses.ts";
import { SCRAPED_SIGN_OFFS, TRAILER_BOILERPLATE, TRAILER_SIGN_OFFS } from "./fixtures/unseen-trailers.ts";
import { SOURCE_BOILERPLATE, SOURCE_SIGN_OFFS } from "./fixtures/unseen-sources.ts";
import { PAGE_BOILERPLATE, PAGE_SIGN_OFFS } from "./fixtures/unseen-pages.ts";
import { REGIONAL_BOILERPLATE, REGIONAL_SIGN_OFFS } from "./fixtures/unseen-regional.ts";
import { SITE_BOILERPLATE, SITE_SIGN_OFFS } from "./fixtures/unseen-sites.ts";
import { NEWSROOM_BOILERPLATE, NEWSROOM_SIGN_OFFS } from "./fixtures/unseen-newsrooms.ts";
import { ENGLISH_BOILERPLATE } from "./fixtures/unseen-english.ts";
import { CHROME_BOILERPLATE } from "./fixtures/unseen-chrome.ts";
import { FURNITURE_BOILERPLATE } from "./fixtures/unseen-furniture.ts";
import { PAGE_VIEW_BOILERPLATE, PAGE_VIEW_SIGN_OFFS } from "./fixtures/unseen-page-views.ts";
import { FOURTH_KIND_LINES } from "./fixtures/unseen-page-leftovers4.ts";
import { FIFTH_KIND_LINES } from "./fixtures/unseen-page-leftovers5.ts";
import { SIXTH_KIND_LINES } from "./fixtures/unseen-page-leftovers6.ts";
import { SEVENTH_KIND_LINES } from "./fixtures/unseen-page-leftovers7.ts";
import { EIGHTH_KIND_LINES } from "./fixtures/unseen-page-leftovers8.ts";
import { CRUMB_SIGN_OFFS } from "./fixtures/unseen-page-crumbs.ts";
import { IMPRINT_BOILERPLATE } from "./fixtures/unseen-page-footers.ts";
import { FORMAT_BOILERPLATE } from "./fixtures/unseen-page-formats.ts";
import { IMPRINT_LINES, SLOGAN_SIGN_OFFS } from "./fixtures/unseen-page-imprints.ts";
import { SLOGAN_NAME_SIGN_OFFS } from "./fixtures/unseen-signoff-slogans.ts";
import { PRINTER_LINES } from "./fixtures/unseen-page-printers.ts";
import { LEFTOVER_SIGN_OFFS } from "./fixtures/unseen-page-leftovers.ts";
import { HOUSE_ROAD_LINES, SLOGAN_COPYRIGHT_SIGN_OFFS } from "./fixtures/unseen-page-leftovers2.ts";
import { MORE5_SIGN_OFFS } from "./fixtures/unseen-bylines-more5.ts";
import { MORE7_SIGN_OFFS } from "./fixtures/unseen-bylines-more7.ts";
import { MORE8_SIGN_OFFS } from "./fixtures/unseen-bylines-more8.ts";
import { MORE9_SIGN_OFFS } from "./fixtures/unseen-bylines-more9.ts";
import { MORE10_SIGN_OFFS } from "./fixtures/unseen-bylines-more10.ts";
import { MORE11_SIGN_OFFS } from "./fixtures/unseen-bylines-more11.ts";
import { MORE12_SIGN_OFFS } from "./fixtures/unseen-bylines-more12.ts";
import { MORE13_SIGN_OFFS } from "./fixtures/unseen-bylines-more13.ts";
import { MORE14_SIGN_OFFS } from "./fixtures/unseen-bylines-more14.ts";
import { MORE15_SIGN_OFFS } from "./fixtures/unseen-bylines-more15.ts";
import { MORE16_SIGN_OFFS } from "./fixtures/unseen-bylines-more16.ts";
import { MORE17_SIGN_OFFS } from "./fixtures/unseen-bylines-more17.ts";
import { MORE19_SIGN_OFFS } from "./fixtures/unseen-bylines-more19.ts";
import { MORE20_SIGN_OFFS } from "./fixtures/unseen-bylines-more20.ts";
import { MORE22_SIGN_OFFS } from "./fixtures/unseen-bylines-more22.ts";
import { MORE23_SIGN_OFFS } from "./fixtures/unseen-bylines-more23.ts";
import { DISCLAIMER_LINES } from "./fixtures/unseen-page-leftovers20.ts";
import { DISCLAIMER_LINES21 } from "./fixtures/unseen-page-leftovers21.ts";

/**
 * The sign-off `findSignOff` finds in a story: none where `initials` is `null`, otherwise one with those parts, whose
 * span holds its text in the story as written.
 */
function expectSignOff(story: string, initials: readonly string[] | null): void {
  const found = findSignOff(story);
  if (initials === null) expect(found).toBeNull();
  else {
    expect(found?.initials).toEqual(initials);
    expect(story.slice(found?.index, (found?.index ?? 0) + (found?.text.length ?? 0))).toBe(found?.text);
  }
}

/** The sign-offs of the field notes (BYLINES.md §5.1), each alone as the last line of a story. */
const NOTED_SIGN_OFFS = [
  "টিটিএন",
  "এমএএস/একিউএফ/এমএস",
  "টিটি/এএমএ/এমএস",
  "এমওএস/ইএ/এমএস",
  "এমআরএম/জিকেএস",
  "এসএইচএস/এএসএম",
  "এমএমএইচ/এনএফ",
  "এএইচআর/এনএফ",
  "এজেড/এমএমএম",
  "জেইউ/এনএফ",
  "এসএইচ/এফএইচএম",
  "এসকে/এমজে",
  "জেডএ/এসএএইচ",
  "এমএস/এমজে",
  "MN/SMS",
  "ZA/SAH",
  "ঢাকা/ফিরোজ",
  "ঢাকা/আমিনুল",
  "ঢাকা/শংকর/এস",
  "কেএএ/এএসএম",
];

/** New instances of each form: other letters, spaces around the slash, W X Y Z, decomposed য়. */
const NEW_SIGN_OFFS = [
  "আরকে",
  "এইচকে/আরএস",
  "ডব্লিউএইচ/টিআর",
  "এক্সএম/ওয়াইএ",
  "ও\u09AF\u09BCাইজে/এল",
  "জেডএইচ / কিউএম",
  "পিএল/ভিকে/এম",
  "এনজি",
  "BR/TK",
  "চট্টগ্রাম/রাশেদ",
];

/** Lines that are not sign-offs: words, acronyms and agency names spelled with letter names, sentences. */
const NOT_SIGN_OFFS = [
  "আর",
  "কে",
  "ও",
  "এবং",
  "এমন",
  "কেন",
  "এখন",
  "এটি",
  "এমপি",
  "ওসি",
  "ডিসি",
  "এসপি",
  "ইউএনও",
  "বিএনপি",
  "এএফপি",
  "বিবিসি",
  "আইন",
  "তিনি বলেন, সব ঠিক আছে।",
  "BBC",
  "জাতীয়",
];

const story = (last: string) => `শিরোনাম\n\nপ্রথম অনুচ্ছেদ।\n\n${last}\n\nআমাদের ফেসবুক পেজ ফলো করুন`;

/** Each line of a table is boilerplate or not, as its row says. */
function itReadsBoilerplate(table: ReadonlyArray<readonly [string, boolean]>): void {
  it.each(table)("boilerplate %j is %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });
}

describe("findSignOff", () => {
  it.each([...NOTED_SIGN_OFFS, ...NEW_SIGN_OFFS])("reads %s", (signOff) => {
    const text = story(signOff);
    const match = findSignOff(text);
    expect(match).toEqual({
      text: signOff,
      index: text.indexOf(signOff),
      initials: signOff.split("/").map((part) => part.trim()),
    });
    expect(SignOffMatchSchema.safeParse(match).success).toBe(true);
  });

  it.each(NOT_SIGN_OFFS)("refuses %s", (line) => {
    expect(findSignOff(story(line))).toBeNull();
  });

  it("prints its accuracy over the noted sign-offs and enforces a floor", () => {
    const noted = NOTED_SIGN_OFFS.filter((signOff) => findSignOff(story(signOff))?.text === signOff).length;
    const refused = NOT_SIGN_OFFS.filter((line) => findSignOff(story(line)) === null).length;
    const accuracy = (noted + refused) / (NOTED_SIGN_OFFS.length + NOT_SIGN_OFFS.length);
    console.log(`sign-offs: ${noted}/${NOTED_SIGN_OFFS.length} noted read, ${refused}/${NOT_SIGN_OFFS.length} non-sign-offs refused (${(100 * accuracy).toFixed(1)}%)`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("takes the sign-off before a footer, not a line of the story", () => {
    const text = "শিরোনাম\n\nএটি একটি অনুচ্ছেদ।\n\nএমআরএম/জিকেএস\n\nপাঠকপ্রিয় নিউজ পোর্টালে লিখতে পারেন আপনিও। লেখা পাঠান news@example.com ঠিকানায়।";
    expect(findSignOff(text)?.text).toBe("এমআরএম/জিকেএস");
  });

  it("does not reach back into the story past a few lines", () => {
    expect(findSignOff("টিটিএন\n\nএক।\n\nদুই।\n\nতিন।\n\nচার।\n\nপাঁচ।")).toBeNull();
  });

  it("throws a TypeError with a code on a non-string", () => {
    expect(() => findSignOff(42 as unknown as string)).toThrow(TypeError);
    expect(() => findSignOff(null as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("never throws on arbitrary text, and every match passes its schema", () => {
    const bengali = fc.string({ unit: fc.constantFrom(..."টিএনএমআরজিকেএস/ \n।ঃ\u200c\u200d\u09bcয়ডেস্ক\ud800".split("")) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), bengali), (text) => {
        const match = findSignOff(text);
        expect(match === null || SignOffMatchSchema.safeParse(match).success).toBe(true);
        if (match !== null) expect(text.slice(match.index, match.index + match.text.length)).toBe(match.text);
      }),
    );
  });
});

/** Boilerplate lines by role, in several sites' wordings (and new ones written for these tests). */
const BOILERPLATE = [
  "বিজ্ঞাপন",
  "Advertisement",
  "আরও পড়ুন:",
  "আরো পড়ুন: ঘূর্ণিঝড়ে উপকূলে ক্ষতি",
  "এই বিষয়ে আরও পড়ুন",
  "বিবিসি বাংলায় আরো পড়তে পারেন:",
  "বিবিসি বাংলার অন্যান্য খবর:",
  "সংশ্লিষ্ট খবর",
  "সম্পর্কিত বিষয়:",
  "ট্যাগ: রাজনীতি, নির্বাচন",
  "শেয়ার করুন",
  "এই খবরটি শেয়ার করুন",
  "আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন",
  "প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন",
  "বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক করুন",
  "ভিডিওটি দেখতে এখানে ক্লিক করুন",
  "অ্যাপ ডাউনলোড করুন",
  "বিস্তারিত আসছে...",
  "কম ডেটা ব্যবহার করতে শুধু টেক্সট পড়ুন",
  "পাঠকপ্রিয় অনলাইন নিউজ পোর্টাল জাগোনিউজ২৪.কমে লিখতে পারেন আপনিও। আজই আপনার লেখাটি পাঠিয়ে দিন [email\u00a0protected] ঠিকানায়।",
  "আপনার মতামত লিখুন। সব খবর পেতে আমাদের ফেসবুক পেজ ফলো করুন। যোগাযোগ: news@example.com",
  "আপনার লেখা পাঠান: lekha@example.net",
  "যোগাযোগ: ০১৭০০০০০০০০, desk@example.org",
  "www.example.com",
  "পড়ার সময়: ৩ মিনিট",
  "২ / ১১",
  "Read more: বাজেটে নতুন কর",
  "Follow us on Facebook",
];

/** Story lines that share words with boilerplate but are story. */
const STORY = [
  "টেলিগ্রামে রাশিয়ার পররাষ্ট্র মন্ত্রণালয় একটি ভিডিও পোস্ট করেছে যেখানে দেখা গেছে যে, তারা করমর্দন করছেন।",
  "ফেসবুকে দেওয়া এক পোস্টে তিনি এ তথ্য জানান।",
  "বিজ্ঞাপনের বাজারে মন্দা চলছে বলে জানিয়েছেন ব্যবসায়ীরা।",
  "তিনি বলেন, আরও পড়াশোনা করতে চান তিনি।",
  "বিষয়টি নিয়ে তদন্ত চলছে।",
  "সংশ্লিষ্ট কর্মকর্তারা ঘটনাস্থল পরিদর্শন করেছেন।",
  "ইউনিয়ন পরিষদের চেয়ারম্যান বলেন, ২০১৯ সালের আগস্টে একই এলাকায় ভাঙনে দুই শতাধিক পরিবার ঘর হারিয়েছিল।",
  "মামলার এজাহারে অভিযুক্তের ইমেইল ঠিকানা উল্লেখ করা হয়েছে বলে পুলিশ জানিয়েছে, যা তদন্তের জন্য গুরুত্বপূর্ণ।",
  "আন্তর্জাতিক ডেস্ক",
  "প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫",
];

describe("isBoilerplate", () => {
  it("reads a quoted speech on the last 80 units of a line: every stem, 60 more units, a danda and a quote fit", () => {
    const longest = Math.max(...REPORTED_SPEECH.map((stem) => foldForMatch(stem).length));
    expect(longest + 60 + 2).toBeLessThanOrEqual(80);
    expect(isBoilerplate(`${"বাড়ি ".repeat(40)}আমাদের ফেসবুক পেজ ফলো করুন বলে জানিয়েছে প্রতিষ্ঠানটি।`)).toBe(false);
  });

  it.each(BOILERPLATE)("%s is boilerplate", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(STORY)("%s is not", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("prints its accuracy over the table and enforces a floor", () => {
    const right = BOILERPLATE.filter(isBoilerplate).length + STORY.filter((line) => !isBoilerplate(line)).length;
    const accuracy = right / (BOILERPLATE.length + STORY.length);
    console.log(`boilerplate: ${right}/${BOILERPLATE.length + STORY.length} lines classified right (${(100 * accuracy).toFixed(1)}%)`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("throws a TypeError on a non-string and never throws on a string", () => {
    expect(() => isBoilerplate(undefined as unknown as string)).toThrow(TypeError);
    fc.assert(fc.property(fc.string(), (line) => typeof isBoilerplate(line) === "boolean"));
  });
});

describe("findSignOff and isBoilerplate on lines they had not met", () => {
  it.each(UNSEEN_SIGN_OFFS)("sign-off %j", (line, initials) => {
    expectSignOff(`প্রথম লাইন।\nদ্বিতীয় লাইনে কথা বলা হলো।\n${line}`, initials);
  });

  it.each(UNSEEN_BOILERPLATE)("boilerplate %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });
});

describe("longer trailers, sign-offs and footers not met before", () => {
  it.each(AGENCY_SIGN_OFFS)("sign-off %j", (story, initials) => {
    expectSignOff(story, initials);
  });

  it.each(AGENCY_BOILERPLATE)("boilerplate %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });

  it.each(ADDRESS_LINES)("a line with an address %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });

  it("reads a NAME/OUTLET/HHMM trailer only as the last line of a story", () => {
    expect(findSignOff("শেষ অনুচ্ছেদ।\n\nরাকিব/সিএনআই নিউজ/১৬৩০")).toMatchObject({ text: "রাকিব/সিএনআই নিউজ/১৬৩০", index: 15 });
    expect(findSignOff("শেষ অনুচ্ছেদ।\nরাকিব/সিএনআই নিউজ/১৬৩০\nআরও একটি অনুচ্ছেদ আছে এখানে।")).toBeNull();
  });
});

describe("unseen sign-offs and footers of wire stories", () => {
  it.each(WIRE_SIGN_OFFS)("sign-off %j", (line, initials) => {
    expectSignOff(`প্রথম লাইন।\nদ্বিতীয় লাইনে কথা বলা হলো।\n${line}`, initials);
  });

  it.each(WIRE_BOILERPLATE)("boilerplate %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });
});

describe("unseen trailers with a date or a time, and more footers", () => {
  it.each(TRAILER_SIGN_OFFS)("sign-off %j", (story, initials) => {
    expectSignOff(story, initials);
  });

  it.each(SCRAPED_SIGN_OFFS)("scraped sign-off %j → %j", (story, signOff) => {
    const found = findSignOff(story);
    expect(found?.text ?? null).toBe(signOff);
    if (found !== null) {
      expect(story.slice(found.index, found.index + found.text.length)).toBe(signOff);
      expect(SignOffMatchSchema.safeParse(found).success).toBe(true);
    }
  });

  it.each(TRAILER_BOILERPLATE)("boilerplate %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });

  it("reads a trailer with a date or a time only as the last line of a story", () => {
    expect(findSignOff("শেষ অনুচ্ছেদ।\n\nকেআর/২৬ নভেম্বর")).toMatchObject({ text: "কেআর/২৬ নভেম্বর", index: 15 });
    expect(findSignOff("শেষ অনুচ্ছেদ।\nকেআর/২৬ নভেম্বর\nআরও একটি অনুচ্ছেদ আছে এখানে।")).toBeNull();
    expect(findSignOff("শেষ অনুচ্ছেদ।\n\nজিডিপি প্রবৃদ্ধি/২০২৫")).toBeNull();
  });

  it("reads a share bar or a row of tabs as one boilerplate line, and a sentence naming the channels as story", () => {
    expect(isBoilerplate("Facebook | Twitter | WhatsApp | Email")).toBe(true);
    expect(isBoilerplate("সর্বশেষ । জনপ্রিয়")).toBe(true);
    expect(isBoilerplate("ফেসবুক ও টুইটারে ছড়িয়ে পড়ে ভিডিওটি")).toBe(false);
    expect(findSignOff("শেষ অনুচ্ছেদ।\n\nবাসস/এমএইচ\n\nফেসবুক টুইটার হোয়াটসঅ্যাপ")?.initials).toEqual(["এমএইচ"]);
  });
});

describe("market reports, copyright lines without © and reading times not met before", () => {
  it.each(SOURCE_SIGN_OFFS)("sign-off %j", (story, initials) => {
    expectSignOff(story, initials);
  });

  it.each(SOURCE_BOILERPLATE)("boilerplate %j", (line, boilerplate) => {
    expect(isBoilerplate(line)).toBe(boilerplate);
  });

  it("reads a currency pair closing a market report as story, and a reading time only on a short line", () => {
    expect(findSignOff("দাম বেড়েছে।\n\nটাকা/ডলার")).toBeNull();
    expect(findSignOff("দাম বেড়েছে।\n\nডলার/টাকা")).toBeNull();
    expect(isBoilerplate("৪ মিনিট পড়ার সময়")).toBe(true);
    expect(isBoilerplate("৩০ মিনিট পড়ার সময় বাড়ানোর দাবি জানিয়েছেন পরীক্ষার্থীরা")).toBe(false);
    expect(isBoilerplate("Copyright 2019-2025 Bangla Tribune")).toBe(true);
    expect(isBoilerplate("Copyright law changes are due")).toBe(false);
  });
});

describe("isBoilerplate on other sites' chrome: copyright without ©, next and previous links, comments, e-paper", () => {
  itReadsBoilerplate(PAGE_BOILERPLATE);
});

describe("findSignOff above the tags or links listed under a label", () => {
  it.each(PAGE_SIGN_OFFS)("the sign-off of %j has the parts %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("isBoilerplate on other outlets' chrome: counts beside a word of the site, a footer's editor and publisher", () => {
  itReadsBoilerplate(REGIONAL_BOILERPLATE);
});

describe("isBoilerplate and findSignOff on more sites: developer credits, titled editors, placeholders and tabs", () => {
  itReadsBoilerplate(SITE_BOILERPLATE);

  it.each(SITE_SIGN_OFFS)("the sign-off of %j has the parts %j", (line, initials) => {
    const story = `প্রথম লাইন।\nদ্বিতীয় লাইনে কথা বলা হলো।\n${line}`;
    expectSignOff(story, initials);
  });
});

describe("findSignOff on other outlets: initials with the story's sources in brackets after them", () => {
  it.each(REGIONAL_SIGN_OFFS)("the sign-off of %j has the parts %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("unseen share bars of one network a line, footer links, cookie notices and outlets before initials", () => {
  itReadsBoilerplate(NEWSROOM_BOILERPLATE);

  it.each(NEWSROOM_SIGN_OFFS)("the sign-off of %j has the parts %j", (story, initials) => {
    const found = findSignOff(story);
    expect(found?.initials ?? null).toEqual(initials);
    if (found !== null) {
      expect(story.slice(found.index, found.index + found.text.length)).toBe(found.text);
      expect(SignOffMatchSchema.safeParse(found).success).toBe(true);
    }
  });

  it("prints how many of them read right", () => {
    const lines = NEWSROOM_BOILERPLATE.filter(([line, boilerplate]) => isBoilerplate(line) === boilerplate).length;
    const signOffs = NEWSROOM_SIGN_OFFS.filter(
      ([story, initials]) => JSON.stringify(findSignOff(story)?.initials ?? null) === JSON.stringify(initials),
    ).length;
    console.log(`unseen newsroom lines: boilerplate ${lines}/${NEWSROOM_BOILERPLATE.length}, sign-offs ${signOffs}/${NEWSROOM_SIGN_OFFS.length} read right`);
    expect([lines, signOffs]).toEqual([NEWSROOM_BOILERPLATE.length, NEWSROOM_SIGN_OFFS.length]);
  });
});

describe("unseen English chrome: related-story labels, footer links, app and follow boxes, copyright lines", () => {
  itReadsBoilerplate(ENGLISH_BOILERPLATE);

  it("prints how many of them read right", () => {
    const right = ENGLISH_BOILERPLATE.filter(([line, boilerplate]) => isBoilerplate(line) === boilerplate).length;
    console.log(`unseen English chrome: ${right}/${ENGLISH_BOILERPLATE.length} lines read right`);
    expect(right).toBe(ENGLISH_BOILERPLATE.length);
  });
});

describe("isBoilerplate on chrome of more sites", () => {
  itReadsBoilerplate(CHROME_BOILERPLATE);

  it("prints how many of them read right", () => {
    const right = CHROME_BOILERPLATE.filter(([line, boilerplate]) => isBoilerplate(line) === boilerplate).length;
    console.log(`unseen chrome lines: ${right}/${CHROME_BOILERPLATE.length} read right`);
    expect(right).toBe(CHROME_BOILERPLATE.length);
  });
});

describe("isBoilerplate on more sites' tabs and footer links: galleries, copy link, font size, cookie and privacy policies", () => {
  itReadsBoilerplate(FURNITURE_BOILERPLATE);

  it("prints how many of them read right", () => {
    const right = FURNITURE_BOILERPLATE.filter(([line, boilerplate]) => isBoilerplate(line) === boilerplate).length;
    console.log(`unseen furniture lines: ${right}/${FURNITURE_BOILERPLATE.length} read right`);
    expect(right).toBe(FURNITURE_BOILERPLATE.length);
  });
});

describe("isBoilerplate and findSignOff on AMP and print views, live blogs, photo stories, audio players and save buttons", () => {
  itReadsBoilerplate(PAGE_VIEW_BOILERPLATE);

  it("prints how many of them read right", () => {
    const right = PAGE_VIEW_BOILERPLATE.filter(([line, boilerplate]) => isBoilerplate(line) === boilerplate).length;
    console.log(`unseen lines of page views: ${right}/${PAGE_VIEW_BOILERPLATE.length} read right`);
    expect(right).toBe(PAGE_VIEW_BOILERPLATE.length);
  });

  it.each(PAGE_VIEW_SIGN_OFFS)("the sign-off of %j has the parts %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("isBoilerplate on poll boxes, view counters, answers and comment forms", () => {
  itReadsBoilerplate(FOURTH_KIND_LINES);
  itReadsBoilerplate(FIFTH_KIND_LINES);
  itReadsBoilerplate(SIXTH_KIND_LINES);
  itReadsBoilerplate(SEVENTH_KIND_LINES);
  itReadsBoilerplate(EIGHTH_KIND_LINES);
});

describe("findSignOff on a trail of sections closing a page", () => {
  it.each(CRUMB_SIGN_OFFS)("sign-off in %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("isBoilerplate on the chrome of galleries, live blogs and app prompts", () => {
  itReadsBoilerplate(FORMAT_BOILERPLATE);
});

describe("isBoilerplate on the imprint of a footer: editors, postal addresses with a postcode, telephones", () => {
  itReadsBoilerplate(IMPRINT_BOILERPLATE);

  it("prints how many of them read right", () => {
    const right = IMPRINT_BOILERPLATE.filter(([line, boilerplate]) => isBoilerplate(line) === boilerplate).length;
    console.log(`unseen imprint lines: ${right}/${IMPRINT_BOILERPLATE.length} read right`);
    expect(right).toBe(IMPRINT_BOILERPLATE.length);
  });
});

describe("isBoilerplate on a printer's imprint and on telephones alone on their line", () => {
  itReadsBoilerplate(IMPRINT_LINES);
});

describe("isBoilerplate on a printer's imprint with no colon after its label", () => {
  itReadsBoilerplate(PRINTER_LINES);
});

describe("findSignOff above the outlet's slogan on the last line", () => {
  it.each([...SLOGAN_SIGN_OFFS, ...SLOGAN_NAME_SIGN_OFFS])("sign-off in %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("findSignOff: initials written with dots, joined by a slash", () => {
  it.each(MORE5_SIGN_OFFS)("sign-off in %j", (story, initials) => {
    expectSignOff(story, initials);
  });

  it("extractArticle reads them as the sign-off and leaves them out of the body", () => {
    const article = extractArticle("শিরোনাম\nনিজস্ব প্রতিবেদক\nশেষ অনুচ্ছেদে তিনি এ কথা বলেন।\nএম.এইচ/এ.এস");
    expect(article.signOff).toBe("এম.এইচ/এ.এস");
    expect(article.body).not.toContain("এম.এইচ");
  });
});

describe("findSignOff: a name at the end of the last sentence or under it is no sign-off", () => {
  it.each(MORE7_SIGN_OFFS)("sign-off in %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("findSignOff: an editor's label closed by any colon", () => {
  it.each([":", "ঃ", "\uFF1A"])("reads the initials after `এডিট%s`", (colon) => {
    expect(findSignOff(`শেষ অনুচ্ছেদ।\n\nএডিট${colon} এমআর/এসএস`)?.initials).toEqual(["এমআর", "এসএস"]);
  });

  it.each([" ", "\u00A0"])("reads the initials around `/এডিট:` inside a run, after a slash and %j", (space) => {
    expect(findSignOff(`শেষ অনুচ্ছেদ।\n\nএসএস/${space}এডিট: এমআর`)?.initials).toEqual(["এসএস", "এমআর"]);
  });
});

describe("isBoilerplate on a footer's address of a house and its road with no postcode", () => {
  itReadsBoilerplate(HOUSE_ROAD_LINES);
});

describe("findSignOff above the slogan of an outlet the page's copyright line names", () => {
  it.each(SLOGAN_COPYRIGHT_SIGN_OFFS)("sign-off in %j", (story, initials) => {
    expectSignOff(story, initials);
  });
});

describe("isBoilerplate: an opinion page's disclaimer of its writer's views", () => {
  itReadsBoilerplate(DISCLAIMER_LINES);
  itReadsBoilerplate(DISCLAIMER_LINES21);
});

/** Stories with the initials of their sign-off (or `null`) and its source's registry id (or `null`). */
type SourcedSignOffs = ReadonlyArray<readonly [string, readonly string[] | null, string | null]>;

/** Tables of such stories, each under its title. */
const SOURCED_SIGN_OFF_TABLES: ReadonlyArray<{ readonly title: string; readonly rows: SourcedSignOffs }> = [
  { title: "findSignOff with an agency or outlet before the initials: its registry id is the source", rows: [...LEFTOVER_SIGN_OFFS, ...MORE8_SIGN_OFFS, ...MORE9_SIGN_OFFS] },
  { title: "findSignOff: a time of filing after one run of initials, square brackets, Latin capitals after a dash, a stopword after an outlet", rows: [...MORE10_SIGN_OFFS] },
  { title: "findSignOff: bodies and countries after a dash, three and four runs of initials, a date, an editor's label", rows: [...MORE11_SIGN_OFFS] },
  { title: "findSignOff: English sign-offs glued to a sentence after a dash or in brackets, on short lines too", rows: [...MORE12_SIGN_OFFS] },
  { title: "findSignOff: bodies' and countries' capitals after a dash, slashed, are no sign-off", rows: [...MORE13_SIGN_OFFS] },
  { title: "findSignOff: an editor's label inside a slashed sign-off", rows: [...MORE14_SIGN_OFFS] },
  { title: "findSignOff: sign-offs with a date or a time, acronyms of body text that are none", rows: [...MORE15_SIGN_OFFS] },
  { title: "findSignOff: sign-offs that close with a time and its part of the day", rows: [...MORE16_SIGN_OFFS] },
  { title: "findSignOff: a writer's note at the foot is no sign-off", rows: [...MORE17_SIGN_OFFS] },
  { title: "findSignOff: initials before a line of related links", rows: [...MORE19_SIGN_OFFS] },
  { title: "findSignOff: initials after a note of more to come, before an `Also read` line", rows: [...MORE20_SIGN_OFFS] },
  { title: "findSignOff: initials closed by a count of one or two digits", rows: [...MORE22_SIGN_OFFS] },
  { title: "findSignOff: an outlet before initials and a count, an outlet and a count alone", rows: [...MORE23_SIGN_OFFS] },
];

for (const { title, rows } of SOURCED_SIGN_OFF_TABLES) {
  describe(title, () => {
    it.each(rows)("sign-off in %j: initials %j, source %j", (story, initials, source) => {
      expectSignOff(story, initials);
      const found = findSignOff(story);
      if (found !== null) {
        expect(found.source).toBe(source ?? undefined);
        expect(SignOffMatchSchema.safeParse(found).success).toBe(true);
      }
    });
  });
}
