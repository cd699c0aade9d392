import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Article, extractArticle, normalizeForMatch } from "../src/index.ts";
import { ArticleSchema } from "../src/schemas.ts";
import { SEED_ARTICLE } from "./fixtures/seed.ts";
import { type ExpectedArticle, WIRE_ARTICLES } from "./fixtures/unseen-wire.ts";
import { SCRAPED_SIGN_OFFS, TRAILER_ARTICLES } from "./fixtures/unseen-trailers.ts";
import { SOURCE_ARTICLES } from "./fixtures/unseen-sources.ts";
import { PAGE_ARTICLES } from "./fixtures/unseen-pages.ts";
import { REGIONAL_ARTICLES } from "./fixtures/unseen-regional.ts";
import { INDIAN_OUTLET_PAGES, INDIAN_OUTLET_REFERENCE } from "./fixtures/unseen-indian-outlets.ts";
import { SITE_ARTICLES } from "./fixtures/unseen-sites.ts";
import { NEWSROOM_ARTICLES } from "./fixtures/unseen-newsrooms.ts";
import { CHROME_ARTICLES } from "./fixtures/unseen-chrome.ts";
import { FURNITURE_ARTICLES } from "./fixtures/unseen-furniture.ts";
import { LINE_ABOVE_ROLE, MORE_SECTION_NAMES, PAGE_VIEW_ARTICLES } from "./fixtures/unseen-page-views.ts";
import { PAGE_KIND_ARTICLES } from "./fixtures/unseen-page-kinds.ts";
import { PAGE_SECTION_ARTICLES } from "./fixtures/unseen-page-sections.ts";
import { CRUMB_ARTICLES, CRUMB_LINE_ABOVE_ROLE } from "./fixtures/unseen-page-crumbs.ts";
import { COLUMN_ARTICLES, COLUMN_LINE_UNDER_HEADLINE } from "./fixtures/unseen-page-columns.ts";
import { NOTE_ARTICLES, STARRED_LAST_LINES } from "./fixtures/unseen-page-notes.ts";
import { BEAT_ARTICLES, STARRED_ROLE_LINES } from "./fixtures/unseen-page-beats.ts";
import { FORMAT_ARTICLES } from "./fixtures/unseen-page-formats.ts";
import { FOOTER_ARTICLES } from "./fixtures/unseen-page-footers.ts";
import { IMPRINT_ARTICLES } from "./fixtures/unseen-page-imprints.ts";
import { PRINTER_ARTICLES } from "./fixtures/unseen-page-printers.ts";
import { OPINION_NOTE_LINES } from "./fixtures/unseen-page-opinions.ts";
import { DESK_ARTICLES } from "./fixtures/unseen-page-desks.ts";
import { NOTICE_ARTICLES } from "./fixtures/unseen-page-notices.ts";
import { LEFTOVER_ARTICLES, LEFTOVER_KIND_ARTICLES, LEFTOVER_NOTE_LINES } from "./fixtures/unseen-page-leftovers.ts";
import {
  CLOSING_POST_ARTICLES,
  MORE_KIND_ARTICLES,
  SIGN_OFF_SOURCE_ARTICLES,
  SLOGAN_ARTICLES,
} from "./fixtures/unseen-page-leftovers2.ts";
import { THIRD_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers3.ts";
import { FOURTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers4.ts";
import { FIFTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers5.ts";
import { SIXTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers6.ts";
import { SEVENTH_KIND_ARTICLES, SEVENTH_KIND_NOTES } from "./fixtures/unseen-page-leftovers7.ts";
import { MORE8_ARTICLES, MORE8_TRANSCRIPTS } from "./fixtures/unseen-bylines-more8.ts";
import { MORE9_ARTICLES } from "./fixtures/unseen-bylines-more9.ts";
import { EIGHTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers8.ts";
import { NINTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers9.ts";
import { TENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers10.ts";
import { ELEVENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers11.ts";
import { TWELFTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers12.ts";
import { THIRTEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers13.ts";
import { FOURTEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers14.ts";
import { FIFTEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers15.ts";
import { SIXTEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers16.ts";
import { SEVENTEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers17.ts";
import { EIGHTEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers18.ts";
import { NINETEENTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers19.ts";
import { TWENTIETH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers20.ts";
import { TWENTY_FIRST_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers21.ts";
import { TWENTY_SECOND_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers22.ts";
import { TWENTY_THIRD_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers23.ts";
import { TWENTY_FOURTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers24.ts";
import { TWENTY_FIFTH_KIND_ARTICLES } from "./fixtures/unseen-page-leftovers25.ts";
import { PHOTO_ARTICLES } from "./fixtures/unseen-page-photos.ts";
import { LABELLED_LINE_ARTICLES } from "./fixtures/unseen-page-labels.ts";

const ROOT = resolve(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const fixture = (name: string) => read(`test/fixtures/${name}.txt`);

/** What each article must give, field by field; lines listed under `notInBody` must be gone from the story. */
interface Expected {
  readonly headline: string;
  readonly signOff: string | null;
  readonly mastheads: readonly string[];
  readonly bodyStartsWith: string;
  readonly bodyEndsWith: string;
  readonly notInBody: readonly string[];
  readonly boilerplate: readonly string[];
  readonly published: string | null;
  readonly updated: string | null;
  readonly publishedUncertain: boolean;
  /** `agency:role` of every attribution, in order. */
  readonly attributions: readonly string[];
  /** The contributors of the byline. */
  readonly contributors: readonly object[];
  /** Each image as `caption | credit source | agency | file`. */
  readonly images: readonly string[];
  /** The `iso` of every date of the story, in order. */
  readonly dates: readonly string[];
}

const ARTICLES: ReadonlyArray<readonly [string, string, Expected]> = [
  [
    "seed (jagonews24)",
    SEED_ARTICLE,
    {
      headline: "ইউক্রেন যুদ্ধে রাশিয়াকে ‘নিঃশর্ত সমর্থন’ দেবে উত্তর কোরিয়া",
      signOff: "টিটিএন",
      mastheads: [],
      bodyStartsWith: "ইউক্রেনের সঙ্গে যুদ্ধে রাশিয়ার সমর্থন",
      bodyEndsWith: "তিনি ন্যাটোর সঙ্গে একটি চুক্তি করেছেন।",
      notInBody: ["প্রকাশিত:", "পাঠকপ্রিয়", "protected", "টিটিএন"],
      boilerplate: ["পাঠকপ্রিয় অনলাইন নিউজ পোর্টাল"],
      published: "2025-07-13T10:26:00+06:00",
      updated: null,
      publishedUncertain: false,
      attributions: ["bbc:source", "kcna:source", "tass:source", "nbc-news:mention"],
      contributors: [{ kind: "desk", name: "আন্তর্জাতিক ডেস্ক" }],
      images: ["ভ্লাদিমির পুতিন এবং কিম জং উন | agency | afp | file"],
      dates: ["2022-02", "2025-07-12", "2025-07-10"],
    },
  ],
  [
    "sample article",
    read("examples/sample-article.txt"),
    {
      headline: "বন্যায় আসামে লক্ষাধিক মানুষ পানিবন্দি, সীমান্তের ওপারেও সতর্কতা",
      signOff: "এমআরএম/জিকেএস",
      mastheads: [],
      bodyStartsWith: "টানা বৃষ্টিতে ভারতের আসাম রাজ্যের",
      bodyEndsWith: "ভারী বৃষ্টির সতর্কতা জারি করেছে।",
      notInBody: ["প্রকাশিত:", "ফলো করুন", "news@example.com", "জিকেএস"],
      boilerplate: ["আপনার মতামত লিখুন।"],
      published: "2025-07-13T10:26:00+06:00",
      updated: null,
      publishedUncertain: false,
      attributions: ["pti:source", "ndtv:mention", "reuters:source"],
      contributors: [{ kind: "desk", name: "আন্তর্জাতিক ডেস্ক" }],
      images: ["ব্রহ্মপুত্রের পানি বেড়ে তলিয়ে গেছে গুয়াহাটির নিচু এলাকা | agency | reuters | "],
      dates: ["2025-07-12", "2025-07-10", "2022-06", "2025-07-15"],
    },
  ],
  [
    "Indian outlet, English dateline in IST",
    fixture("indian-ist"),
    {
      headline: "শিয়ালদহ শাখায় লোকাল ট্রেন বাতিল, ভোগান্তিতে নিত্যযাত্রীরা",
      signOff: null,
      mastheads: [],
      bodyStartsWith: "লাইনে রক্ষণাবেক্ষণের কাজের জন্য",
      bodyEndsWith: "তাঁরা বিপাকে পড়েছেন।",
      notInBody: ["IST", "আরও পড়ুন", "মেট্রোর নতুন রুটে", "বন্দে ভারতের", "ফলো করুন"],
      boilerplate: ["আরও পড়ুন:", "মেট্রোর নতুন রুটে পরীক্ষামূলক যাত্রা", "বন্দে ভারতের ভাড়া কমল", "আমাদের হোয়াটসঅ্যাপ চ্যানেল ফলো করুন"],
      published: "2024-08-21T16:35:00+05:30",
      updated: null,
      publishedUncertain: false,
      attributions: ["pti:source", "ndtv:mention"],
      contributors: [{ kind: "staff", role: "নিজস্ব সংবাদদাতা" }],
      images: ["শিয়ালদহ স্টেশনে ট্রেনের অপেক্ষায় যাত্রীরা। | agency | pti | "],
      dates: ["2024-08-21", "2024-08-24", "2024-08-19"],
    },
  ],
  [
    "district correspondent fused into the lead",
    fixture("district-fused"),
    {
      headline: "নদীভাঙনে ঘরহারা শতাধিক পরিবার, আশ্রয় বাঁধে",
      signOff: "এইচকে/আরএস",
      mastheads: [],
      bodyStartsWith: "গতকাল সোমবার বিকেল থেকে যমুনার",
      bodyEndsWith: "জিও ব্যাগ ফেলার কাজ শুরু হবে।",
      notInBody: ["প্রকাশ:", "বিজ্ঞাপন", "এইচকে/আরএস"],
      boilerplate: ["বিজ্ঞাপন"],
      published: "2023-09-05T20:15:00+06:00",
      updated: null,
      publishedUncertain: false,
      attributions: [],
      contributors: [{ kind: "correspondent", place: "সদর" }],
      images: [],
      dates: ["2023-09-04", "2019-08", "2023-09-10"],
    },
  ],
  [
    "print edition stamped at midnight",
    fixture("print-midnight"),
    {
      headline: "চালের দাম কেজিতে বাড়ল পাঁচ টাকা",
      signOff: null,
      mastheads: [],
      bodyStartsWith: "রাজধানীর খুচরা বাজারে",
      bodyEndsWith: "কেজিপ্রতি ৫২ টাকা।",
      notInBody: ["প্রকাশ:", "১২:০০ এএম"],
      boilerplate: [],
      published: "2024-11-18T00:00:00+06:00",
      updated: null,
      publishedUncertain: true,
      attributions: ["reuters:mention"],
      contributors: [{ kind: "staff", role: "নিজস্ব প্রতিবেদক" }],
      images: [" | collected |  | "],
      dates: ["2024-11-17", "2024-11-14", "2023-12"],
    },
  ],
  [
    "masthead above the headline",
    fixture("masthead-above"),
    {
      headline: "শীতে কাঁপছে উত্তরাঞ্চল, তাপমাত্রা নামল ৬ ডিগ্রিতে",
      signOff: "এসকে/এমজে",
      mastheads: ["ঢাকা, বুধবার, ৮ মাঘ ১৪৩১, ২২ জানুয়ারি ২০২৫"],
      bodyStartsWith: "তীব্র শীত আর ঘন কুয়াশায়",
      bodyEndsWith: "বলে আবহাওয়াবিদরা বলছেন।",
      notInBody: ["মাঘ", "প্রকাশিত:", "আপডেট:", "সাবস্ক্রাইব", "desk@example.org", "এসকে/এমজে"],
      boilerplate: ["আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন", "যোগাযোগ: desk@example.org"],
      published: "2025-01-20T09:10:00+06:00",
      updated: "2025-01-20T11:45:00+06:00",
      publishedUncertain: false,
      attributions: [],
      contributors: [{ kind: "correspondent", place: "রংপুর" }],
      images: ["কুয়াশায় ঢাকা রংপুর শহরের সড়ক। | agency | bss | "],
      dates: ["2025-01-20", "2025-01-19", "2025-01-25"],
    },
  ],
  [
    "English labels and a live clock",
    fixture("english-labels"),
    {
      headline: "বিদ্যুৎ বিল বকেয়া, ৩২০ কারখানার সংযোগ বিচ্ছিন্ন",
      signOff: "MN/SMS",
      mastheads: ["আজঃ শুক্রবার ৮ মার্চ ২০২৪"],
      bodyStartsWith: "বকেয়া বিদ্যুৎ বিল পরিশোধ",
      bodyEndsWith: "আগামী রোববার পর্যন্ত চলবে।",
      notInBody: ["Published", "Updated", "Image caption", "Photo: Reuters", "Read more", "MN/SMS"],
      boilerplate: ["Read more: গ্যাস সংকটে উৎপাদন কমেছে সার কারখানায়"],
      published: "2024-03-07T15:20:00+06:00",
      updated: "2024-03-07T17:05:00+06:00",
      publishedUncertain: false,
      attributions: ["afp:source"],
      contributors: [{ kind: "desk", name: "Desk Report" }],
      images: ["বন্ধ হয়ে থাকা একটি পোশাক কারখানা। | agency | reuters | "],
      dates: ["2024-03-06", "2024-03-10"],
    },
  ],
];

/** Checks a page against its expected headline, sign-off, attributions and body, with spans from the input. */
/** The page of a row read in its zone. */
function readRow(expected: ExpectedArticle): Article {
  return extractArticle(expected.text, expected.timeZone === undefined ? {} : { timeZone: expected.timeZone });
}

function expectArticle(expected: ExpectedArticle): void {
  const article = readRow(expected);
  expect(article.headline).toBe(expected.headline);
  expect(article.signOff).toBe(expected.signOff);
  expect(article.attributions.map((a) => [a.agency, a.role])).toEqual(expected.attributions);
  for (const part of expected.inBody) expect(article.body).toContain(part);
  for (const part of expected.notInBody) expect(article.body).not.toContain(part);
  if (expected.writer !== undefined) expect(article.byline?.contributors[0]?.name).toBe(expected.writer);
  if (expected.published !== undefined) expect(article.published?.iso ?? null).toBe(expected.published);
  for (const attribution of article.attributions) {
    expect(expected.text.slice(attribution.index, attribution.index + attribution.text.length)).toBe(attribution.text);
  }
  expect(ArticleSchema.safeParse(article).success).toBe(true);
}

/** Whether a page reads right on every field {@link expectArticle} checks but the spans and the schema. */
function readsRight(expected: ExpectedArticle): boolean {
  const article = readRow(expected);
  return (
    article.headline === expected.headline &&
    article.signOff === expected.signOff &&
    JSON.stringify(article.attributions.map((a) => [a.agency, a.role])) === JSON.stringify(expected.attributions) &&
    expected.inBody.every((part) => article.body.includes(part)) &&
    !expected.notInBody.some((part) => article.body.includes(part)) &&
    (expected.writer === undefined || article.byline?.contributors[0]?.name === expected.writer) &&
    (expected.published === undefined || (article.published?.iso ?? null) === expected.published)
  );
}

/**
 * Each page of a table reads as expected (by its headline); `label` names the table in the count printed beside the
 * run.
 */
function itReadsArticles(table: readonly ExpectedArticle[], label?: string): void {
  it.each(table.map((article) => [article.headline, article] as const))("%s", (_headline, expected) => expectArticle(expected));
  if (label === undefined) return;
  it("prints how many of them read right", () => {
    const right = table.filter(readsRight);
    console.log(`${label}: ${right.length}/${table.length} read right`);
    expect(right.length).toBe(table.length);
  });
}

/** A line closing an opinion page is its author's note, out of the body, or it stays the body's last paragraph. */
function expectClosingNote(line: string, isNote: boolean): void {
  const article = extractArticle(`শিরোনাম\n\nনিজস্ব প্রতিবেদক\n\nপ্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।\n\n${line}`);
  expect(article.authorNote).toBe(isNote ? line : null);
  expect(article.body).toBe(isNote ? "প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।" : `প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।\n\n${line}`);
}

describe("extractArticle: articles of several shapes", () => {
  describe.each(ARTICLES)("%s", (_name, text, expected) => {
    const article = extractArticle(text);

    it("passes the schema", () => {
      const checked = ArticleSchema.safeParse(article);
      expect(checked.success, checked.success ? "" : JSON.stringify(checked.error.issues)).toBe(true);
    });
    it("finds the headline", () => {
      expect(article.headline).toBe(expected.headline);
    });
    it("finds the sign-off", () => {
      expect(article.signOff).toBe(expected.signOff);
    });
    it("sets mastheads aside", () => {
      expect(article.mastheads.map((line) => line.text)).toEqual(expected.mastheads);
      for (const line of article.mastheads) expect(text.slice(line.index, line.index + line.text.length)).toBe(line.text);
    });
    it("keeps the story and only the story", () => {
      expect(article.body.startsWith(expected.bodyStartsWith)).toBe(true);
      expect(article.body.endsWith(expected.bodyEndsWith)).toBe(true);
      expect(article.body).not.toContain(expected.headline);
      for (const line of expected.notInBody) expect(article.body).not.toContain(line);
    });
    it("reads the dateline: a labelled one wins, a masthead never counts", () => {
      expect(article.published?.iso ?? null).toBe(expected.published);
      expect(article.updated?.iso ?? null).toBe(expected.updated);
      if (article.published !== null) {
        expect(text.slice(article.published.index, article.published.index + article.published.text.length)).toBe(article.published.text);
      }
    });
    it("flags a midnight publication time as uncertain", () => {
      expect(article.publishedUncertain).toBe(expected.publishedUncertain);
      expect(article.issues.some((issue) => issue.code === "midnight_published")).toBe(expected.publishedUncertain);
    });
    it("names the agencies of the story, with spans in the input", () => {
      expect(article.attributions.map((a) => `${a.agency}:${a.role}`)).toEqual(expected.attributions);
      for (const a of article.attributions) expect(text.slice(a.index, a.index + a.text.length)).toBe(a.text);
    });
    it("reads one byline from the lines around the dateline", () => {
      expect(article.byline?.contributors).toMatchObject(expected.contributors);
      expect(article.byline?.contributors).toHaveLength(expected.contributors.length);
      const byline = article.byline;
      if (byline?.index !== undefined) expect(text.slice(byline.index, byline.index + byline.text.length)).toBe(byline.text);
    });
    it("splits captions from their credits", () => {
      const images = article.images.map(
        (image) => `${image.caption} | ${image.credit?.source ?? ""} | ${image.credit?.agency ?? ""} | ${image.credit?.file === true ? "file" : ""}`,
      );
      expect(images).toEqual(expected.images);
      for (const image of article.images) {
        expect(article.body).not.toContain(image.text);
        const credit = image.credit;
        if (credit?.index !== undefined) expect(text.slice(credit.index, credit.index + credit.text.length)).toBe(credit.text);
      }
    });
    it("reads the story's dates against the publication time, with spans in the input", () => {
      expect(article.dates.map((date) => date.iso)).toEqual(expected.dates);
      for (const date of article.dates) expect(text.slice(date.index, date.index + date.text.length)).toBe(date.text);
    });
    it("lists the boilerplate it removed", () => {
      for (const line of expected.boilerplate) expect(article.boilerplate.some((removed) => removed.text.startsWith(line))).toBe(true);
    });
  });
});

describe("extractArticle: accuracy over the labelled articles", () => {
  it("prints the share of fields read right and enforces a floor", () => {
    const articles = ARTICLES;
    let right = 0;
    let all = 0;
    for (const [, text, expected] of articles) {
      const article = extractArticle(text);
      const checks = [
        article.headline === expected.headline,
        article.signOff === expected.signOff,
        (article.published?.iso ?? null) === expected.published,
        (article.updated?.iso ?? null) === expected.updated,
        article.publishedUncertain === expected.publishedUncertain,
        (article.byline?.contributors.length ?? 0) === expected.contributors.length,
        article.images.length === expected.images.length,
        JSON.stringify(article.attributions.map((a) => `${a.agency}:${a.role}`)) === JSON.stringify(expected.attributions),
        JSON.stringify(article.dates.map((date) => date.iso)) === JSON.stringify(expected.dates),
        article.body.startsWith(expected.bodyStartsWith) && article.body.endsWith(expected.bodyEndsWith),
        JSON.stringify(article.mastheads.map((line) => line.text)) === JSON.stringify(expected.mastheads),
      ];
      right += checks.filter(Boolean).length;
      all += checks.length;
    }
    console.log(`articles: ${right}/${all} fields right over ${articles.length} labelled articles (${((100 * right) / all).toFixed(1)}%)`);
    expect(right / all).toBeGreaterThanOrEqual(0.95);
  });
});

describe("extractArticle: lines by their form", () => {
  it("never takes a masthead for the headline, whatever its calendar", () => {
    const mastheads = [
      "ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, ১৫ এপ্রিল ২০২৪",
      "আজঃ সোমবার ১৫ এপ্রিল ২০২৪",
      "১৫ই এপ্রিল, ২০২৪ খ্রিস্টাব্দ | ২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ",
      "সোমবার, ১৫ এপ্রিল ২০২৪ | ২ বৈশাখ ১৪৩১",
      "Dhaka ০৩:১০ অপরাহ্ন, সোমবার, ১৫ এপ্রিল ২০২৪, ২ বৈশাখ ১৪৩১ বঙ্গাব্দ",
      "আজ সোমবার | ২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ | ১৫ই এপ্রিল, ২০২৪ খ্রিস্টাব্দ | রাত ৯:০৫",
      "ঢাকা সোমবার ১৫ এপ্রিল ২০২৪ || বৈশাখ ২ ১৪৩১",
      "Monday , April 15 2024",
      "বৃহস্পতিবার, ৯ অক্টোবর ২০২৫, ২৪ আশ্বিন ১৪৩২",
      "বুধবার, ১১ সেপ্টে ২০২৪",
      "বিষ্যুদবার ১২ ডিসে ২০২৪ | সকাল ১০:১৫",
    ];
    for (const masthead of mastheads) {
      const article = extractArticle(`${masthead}\nপাহাড়ি ঢলে সুনামগঞ্জে বন্যা\n\nটানা বৃষ্টিতে নদীর পানি বেড়েছে।`);
      expect(article.headline, masthead).toBe("পাহাড়ি ঢলে সুনামগঞ্জে বন্যা");
      expect(article.mastheads, masthead).toEqual([{ text: masthead, index: 0 }]);
      expect(article.published, masthead).toBeNull();
      expect(article.issues.map((issue) => issue.code), masthead).toContain("masthead_only");
    }
  });

  it("sets aside a Bangla-calendar masthead even below the headline", () => {
    const article = extractArticle("হাওরে ধান কাটা শুরু\nসোমবার, ১৫ এপ্রিল ২০২৪, ২ বৈশাখ ১৪৩১\n\nকৃষকেরা মাঠে নেমেছেন।");
    expect(article.mastheads.map((line) => line.text)).toEqual(["সোমবার, ১৫ এপ্রিল ২০২৪, ২ বৈশাখ ১৪৩১"]);
    expect(article.body).toBe("কৃষকেরা মাঠে নেমেছেন।");
  });

  it("keeps an update that is before the publication as written, and says so", () => {
    const article = extractArticle(
      "সেতুর উদ্বোধন আজ\nপ্রকাশিত: মার্চ ০৭, ২০২৪, ০৫:৩০ পিএম আপডেট: মার্চ ০৭, ২০২৪, ১১:৩০ এএম\n\nসেতুটি খুলে দেওয়া হবে।",
    );
    expect(article.published?.iso).toBe("2024-03-07T17:30:00+06:00");
    expect(article.updated?.iso).toBe("2024-03-07T11:30:00+06:00");
    expect(article.issues.map((issue) => issue.code)).toContain("updated_before_published");
  });

  it("prefers the labelled dateline to a bare date line, and never takes a masthead", () => {
    const article = extractArticle(
      "আজঃ শনিবার ৯ মার্চ ২০২৪\nবইমেলার শেষ দিন আজ\nশুক্রবার, ৮ মার্চ ২০২৪\nপ্রকাশ: ০৮ মার্চ ২০২৪, ০৯:৪০ পিএম\n\nমেলা প্রাঙ্গণে ভিড়।",
    );
    expect(article.headline).toBe("বইমেলার শেষ দিন আজ");
    expect(article.published?.iso).toBe("2024-03-08T21:40:00+06:00");
    expect(article.mastheads.map((line) => line.text)).toEqual(["আজঃ শনিবার ৯ মার্চ ২০২৪"]);
    expect(article.body).toBe("মেলা প্রাঙ্গণে ভিড়।");
  });

  it("reads an unlabelled dateline below the headline", () => {
    const article = extractArticle("নতুন বাজেট ঘোষণা\n০৩ মার্চ ২০২৪, ০৭:১৫ পিএম\n\nবাজেট পেশ করা হয়েছে।");
    expect(article.published?.iso).toBe("2024-03-03T19:15:00+06:00");
    expect(article.mastheads).toEqual([]);
  });

  it("takes a bare name as the byline only beside the dateline; a sub-headline stays in the story", () => {
    const article = extractArticle(
      "পদ্মায় ইলিশ ধরা বন্ধ\nনিষেধাজ্ঞার প্রথম দিনে ঘাটে নৌকা বাঁধা\nফারহানা ইয়াসমিন\nপ্রকাশ: ১৩ অক্টোবর ২০২৪, ০৮:২০ এএম\n\nআজ থেকে ২২ দিন ইলিশ ধরা বন্ধ থাকবে।",
    );
    expect(article.byline?.contributors).toEqual([{ kind: "person", name: "ফারহানা ইয়াসমিন" }]);
    expect(article.body).toBe("নিষেধাজ্ঞার প্রথম দিনে ঘাটে নৌকা বাঁধা\n\nআজ থেকে ২২ দিন ইলিশ ধরা বন্ধ থাকবে।");
  });

  it("reads a place and date opening the lead as the dateline when there is no other, against the reference", () => {
    const article = extractArticle("আমের মুকুলে শিলাবৃষ্টির ক্ষতি\n\nমালদহ , ১২ মার্চ : জেলার বিভিন্ন এলাকায় শিলাবৃষ্টি হয়েছে।", {
      timeZone: "Asia/Kolkata",
      reference: "2025-03-12T20:00:00+05:30",
    });
    expect(article.published?.iso).toBe("2025-03-12");
    expect(article.body).toBe("জেলার বিভিন্ন এলাকায় শিলাবৃষ্টি হয়েছে।");
  });

  it("takes the byline fused into the first sentence out of the story", () => {
    const article = extractArticle("মহাসড়কে দুর্ঘটনা\n\nনিজস্ব প্রতিবেদক, খুলনা: নগরীর খালিশপুরে বাস উল্টে পাঁচজন আহত হয়েছেন।");
    expect(article.byline?.contributors).toEqual([{ kind: "staff", role: "নিজস্ব প্রতিবেদক", place: "খুলনা" }]);
    expect(article.body).toBe("নগরীর খালিশপুরে বাস উল্টে পাঁচজন আহত হয়েছেন।");
  });

  it("reads a BBC-style credit line with the caption line after it", () => {
    const article = extractArticle(
      "খরায় পুড়ছে ধানক্ষেত\n\nছবির উৎস, Getty Images\nছবির ক্যাপশান, ফেটে যাওয়া জমিতে দাঁড়িয়ে এক কৃষক\n\nবৃষ্টি না হওয়ায় আমন চাষ পিছিয়ে পড়েছে।",
    );
    expect(article.images).toHaveLength(1);
    expect(article.images[0]).toMatchObject({ caption: "ফেটে যাওয়া জমিতে দাঁড়িয়ে এক কৃষক", credit: { agency: "getty-images" } });
    expect(article.body).toBe("বৃষ্টি না হওয়ায় আমন চাষ পিছিয়ে পড়েছে।");
  });

  it("takes the publication time from a trailer when the header gives only the update", () => {
    const article = extractArticle(
      "বাজারে সবজির দাম কমেছে\n\nস্টাফ করেসপন্ডেন্ট | বাংলানিউজটোয়েন্টিফোর.কম\nআপডেট: ২০১৫ ঘণ্টা, অক্টোবর ৯, ২০২৩\n\nঢাকা: রাজধানীর বাজারে শীতকালীন সবজির দাম কমেছে।\n\nবাংলাদেশ সময়: ১৯৪২ ঘণ্টা, অক্টোবর ৯, ২০২৩\nজেডএ/এসএএইচ",
    );
    expect(article.byline?.contributors).toMatchObject([{ kind: "staff", role: "স্টাফ করেসপন্ডেন্ট" }]);
    expect(article.published?.iso).toBe("2023-10-09T19:42:00+06:00");
    expect(article.updated?.iso).toBe("2023-10-09T20:15:00+06:00");
    expect(article.signOff).toBe("জেডএ/এসএএইচ");
    expect(article.body).toBe("ঢাকা: রাজধানীর বাজারে শীতকালীন সবজির দাম কমেছে।");
  });

  it("reads a wire dateline opening the lead: its date is the publication, its agency the source", () => {
    const text = "নাইজারে বন্যায় নিহত ১২\n\nনিয়ামে, ২৭ আগস্ট, ২০২৪ (বাসস) : নাইজারের রাজধানীতে বন্যায় অন্তত ১২ জন নিহত হয়েছে।";
    const article = extractArticle(text);
    expect(article.published?.iso).toBe("2024-08-27");
    expect(article.attributions.map((a) => `${a.agency}:${a.role}`)).toEqual(["bss:source"]);
    const source = article.attributions[0];
    expect(source === undefined ? "" : text.slice(source.index, source.index + source.text.length)).toBe(source?.text);
    expect(article.body).toBe("নাইজারের রাজধানীতে বন্যায় অন্তত ১২ জন নিহত হয়েছে।");
  });

  it("sets the note about the author of an opinion piece apart from the story", () => {
    const article = extractArticle(
      "খেলাপি ঋণ কমাতে কী করা যায়\n\nপ্রকাশ: ০২ জুন ২০২৪, ০৮:০০ এএম\n\nমূল্যস্ফীতি নিয়ন্ত্রণে নীতি সুদহার বাড়ানো দরকার।\n\nলেখক: সাবেক সচিব ও অর্থনীতিবিদ",
    );
    expect(article.authorNote).toBe("লেখক: সাবেক সচিব ও অর্থনীতিবিদ");
    expect(article.body).toBe("মূল্যস্ফীতি নিয়ন্ত্রণে নীতি সুদহার বাড়ানো দরকার।");
  });

  it("removes the titles listed after a bare related-links label, and only those", () => {
    const article = extractArticle(
      "শিরোনাম\n\nপ্রথম অনুচ্ছেদ।\n\nআরও পড়ুন\nএকটি খবরের শিরোনাম\nআরেকটি খবরের শিরোনাম\n\nদ্বিতীয় অনুচ্ছেদ।",
    );
    expect(article.body).toBe("প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।");
    expect(article.boilerplate.map((line) => line.text)).toEqual(["আরও পড়ুন", "একটি খবরের শিরোনাম", "আরেকটি খবরের শিরোনাম"]);
  });

  it("joins paragraphs with a blank line and trims them, whatever the line endings", () => {
    const article = extractArticle("শিরোনাম\r\n\r\n  প্রথম অনুচ্ছেদ।  \r\nদ্বিতীয় অনুচ্ছেদ।\r\n");
    expect(article.body).toBe("প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।");
  });

  it("gives an empty article for empty text", () => {
    expect(extractArticle("")).toMatchObject({ headline: null, byline: null, published: null, body: "", signOff: null, issues: [] });
    expect(extractArticle(" \n\n\t\n").headline).toBeNull();
  });
});

describe("extractArticle: misuse and hostile text", () => {
  it("throws a TypeError with a code for a non-string", () => {
    expect(() => extractArticle(undefined as unknown as string)).toThrow(TypeError);
    expect(() => extractArticle(5 as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("throws a RangeError naming a bad option", () => {
    expect(() => extractArticle("x", { timeZone: "Dhaka" })).toThrow(/Dhaka/);
    expect(() => extractArticle("x", { timeZone: "Dhaka" })).toThrow(RangeError);
    expect(() => extractArticle("x", { reference: new Date(Number.NaN) })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });

  it("never throws on arbitrary text, every result passes the schema, and every span quotes the input", () => {
    const pieces = [
      "\n", "\n\n", " ", "।", "ঃ", ":", "/", "প্রকাশিত: ", "১০:২৬ এএম, ১৩ জুলাই ২০২৫", "ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১",
      "আন্তর্জাতিক ডেস্ক", "ছবি: রয়টার্স", "টিটিএন", "এমআরএম/জিকেএস", "আরও পড়ুন", "বিজ্ঞাপন", "ফলো করুন",
      "\u200c", "\u200d", "\u09AF\u09BC", "\ud800", "a@b.co", "খবর বিবিসির।",
    ];
    const articleText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(articleText, (text) => {
        const article = extractArticle(text);
        const checked = ArticleSchema.safeParse(article);
        expect(checked.success, checked.success ? "" : JSON.stringify(checked.error.issues)).toBe(true);
        const spans: Array<{ readonly text: string; readonly index?: number }> = [
          ...article.images,
          ...article.dates,
          ...article.attributions,
          ...article.mastheads,
          ...article.boilerplate,
          ...(article.published === null ? [] : [article.published]),
          ...(article.updated === null ? [] : [article.updated]),
        ];
        for (const span of spans) {
          if (span.index !== undefined) expect(text.slice(span.index, span.index + span.text.length)).toBe(span.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("extractArticle: unseen wire stories with their footers", () => {
  itReadsArticles(WIRE_ARTICLES);

  it("reads a paragraph the page prints twice once, and keeps the copy among the boilerplate", () => {
    const text = "শিরোনাম\n\nঅনলাইন ডেস্ক\n\nপ্রথম অনুচ্ছেদ। খবর বিবিসির।\nপ্রথম অনুচ্ছেদ। খবর বিবিসির।\n\nদ্বিতীয় অনুচ্ছেদ।";
    const article = extractArticle(text);
    expect(article.body).toBe("প্রথম অনুচ্ছেদ। খবর বিবিসির।\n\nদ্বিতীয় অনুচ্ছেদ।");
    expect(article.attributions.map((a) => a.agency)).toEqual(["bbc"]);
    expect(article.boilerplate).toContainEqual({ text: "প্রথম অনুচ্ছেদ। খবর বিবিসির।", index: 52 });
  });

  const PARAGRAPH = "বিকেলে নদীর পানি বিপৎসীমার ওপর দিয়ে বইছে।";
  it.each([
    ["no-break spaces", PARAGRAPH.replaceAll(" ", "\u00A0")],
    ["a ZWNJ after each virama", PARAGRAPH.replaceAll("\u09CD", "\u09CD\u200C")],
    ["য় as one code point", PARAGRAPH.replaceAll("\u09AF\u09BC", "\u09DF")],
    ["ৎ as ত, virama and ZWJ", PARAGRAPH.replaceAll("\u09CE", "\u09A4\u09CD\u200D")],
    ["ৎ as ত, virama and ZWNJ", PARAGRAPH.replaceAll("\u09CE", "\u09A4\u09CD\u200C")],
  ])("reads a paragraph printed twice once when the copy differs by %s", (_variant, copy) => {
    const text = `শিরোনাম\n\nঅনলাইন ডেস্ক\n\n${PARAGRAPH}\n${copy}\n\nশেষ অনুচ্ছেদ।`;
    const article = extractArticle(text);
    expect(article.body).toBe(`${PARAGRAPH}\n\nশেষ অনুচ্ছেদ।`);
    const index = text.indexOf(copy, text.indexOf(PARAGRAPH) + PARAGRAPH.length);
    expect(article.boilerplate).toContainEqual({ text: copy, index });
  });
});

describe("extractArticle: where a reporter writes from, in any spaces", () => {
  const PAGES = [
    "খেলা\n\nশেষ বলে জিতল রংপুর\n\nআরিফ হোসেন\n\nমিরপুর থেকে\n\nপ্রকাশ: ২৬ নভেম্বর ২০২৬, ২২:৪০\n\nশেষ বলে চার মেরে রংপুরকে জেতালেন নুরুল হাসান।",
    "Sport\n\nRangpur win in the last over\n\nArif Hossain\n\nFrom Chattogram\n\nPublished: 26 Nov 2026, 10:40 PM\n\nNurul Hasan hit a four off the last ball to win the match.",
  ];
  it.each(PAGES.flatMap((page) => [[page], [page.replaceAll(" ", "\u00A0")]]))("reads the line under the byline of %j as the byline's", (text) => {
    const article = extractArticle(text);
    expect(article.byline?.contributors.map((contributor) => contributor.kind === "person" && (contributor.name ?? "").replaceAll("\u00A0", " "))).toEqual([
      text.startsWith("খেলা") ? "আরিফ হোসেন" : "Arif Hossain",
    ]);
    expect(article.body).not.toMatch(/থেকে|From/u);
  });
});

describe("extractArticle: a Latin name over an outlet's line, in any spaces", () => {
  const PAGE = "দিল্লিতে দূষণে স্কুল বন্ধ\n\nSoutik Biswas\n\nবিবিসি নিউজ, দিল্লি\n\n২৮ নভেম্বর ২০২৬\n\nবায়ুদূষণের কারণে দিল্লির সব প্রাথমিক স্কুল বন্ধ ঘোষণা করা হয়েছে।";
  it.each([[PAGE], [PAGE.replaceAll(" ", "\u00A0")]])("reads the name of %j as the writer at the outlet", (text) => {
    const [writer] = extractArticle(text).byline?.contributors ?? [];
    expect(writer?.kind === "person" && [writer.name, writer.outlet]).toEqual(["Soutik Biswas", "bbc"]);
  });
});

describe("extractArticle: a labelled writer right under the headline, in any spaces and joiners", () => {
  const PAGES = [
    "মতামত\n\nনদী বাঁচাতে যা করতে হবে\n\nলিখেছেন: মাহফুজা আক্তার\n\nদেশের নদীগুলো দখল আর দূষণে মরতে বসেছে।",
    "Opinion\n\nWhat our rivers need now\n\nBy Tasnim Hossain\n\nThe rivers of the delta are dying of neglect.",
  ];
  const variants = (page: string): string[] => [page, page.replaceAll(" ", "\u00A0"), page.replaceAll("\u09CD", "\u09CD\u200C"), page.replaceAll("\u09CD", "\u09CD\u200D")];
  it.each(PAGES.flatMap((page) => variants(page).map((text) => [text])))("reads the writer of %j", (text) => {
    const [writer] = extractArticle(text).byline?.contributors ?? [];
    const name = writer?.kind === "person" ? normalizeForMatch(writer.name ?? "").text : null;
    expect(name).toBe(normalizeForMatch(text.startsWith("মতামত") ? "মাহফুজা আক্তার" : "Tasnim Hossain").text);
  });
});

describe("extractArticle: mentions stay inside one paragraph", () => {
  it.each([
    ["১, \n4\nআগস্টের"],
    ["মেলা চলবে ১০ থেকে\n\n১২ মার্চ পর্যন্ত।"],
    ["সম্মেলন হবে ১৩-\n১৪ জুলাই ২০২৫ তারিখে।\n\nএএফপি জানায়, ৫ আগস্টের পর থেকে এ অবস্থা।"],
    ["১, \nএবিসি\n\nবিবিসির"],
  ])("every date, attribution and byline of %j quotes the input", (text) => {
    const article = extractArticle(text, { reference: "2025-07-13T10:26:00+06:00" });
    const { byline } = article;
    const spans = [...article.dates, ...article.attributions];
    if (byline?.index !== undefined) spans.push({ index: byline.index, text: byline.text } as (typeof spans)[number]);
    for (const found of spans) {
      expect(text.slice(found.index, found.index + found.text.length)).toBe(found.text);
    }
  });
});

describe("extractArticle: a joint poll, a vaccine and a NAME/OUTLET/HHMM trailer", () => {
  const text =
    "ট্রাম্পের জনপ্রিয়তা কমেছে\n\nআন্তর্জাতিক ডেস্ক\nপ্রকাশিত: ০৯:১৫ পিএম, ১৪ মার্চ ২০২৫\n\n" +
    "রয়টার্স ও ইপসোসের যৌথ জরিপে দেখা গেছে, ট্রাম্পের জনপ্রিয়তা ৪০ শতাংশে নেমেছে।\n\n" +
    "রাশিয়ার স্পুটনিক ভি টিকা নিয়েও প্রশ্ন উঠেছে।\n\nরাকিব/সিএনআই নিউজ/২১৩০\n\nআমাদের ফেসবুক পেজ ফলো করুন";

  it("ends the story at the trailer, keeps the poll's agency as the source and the vaccine as no agency", () => {
    const article = extractArticle(text);
    expect(article.signOff).toBe("রাকিব/সিএনআই নিউজ/২১৩০");
    expect(article.body).not.toContain("সিএনআই");
    expect(article.attributions).toMatchObject([{ agency: "reuters", role: "source", cue: "report", text: "রয়টার্স", index: 83 }]);
    expect(article.boilerplate).toEqual([{ text: "আমাদের ফেসবুক পেজ ফলো করুন", index: 235 }]);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });
});

describe("extractArticle: unseen pages with bracketed datelines, joint polls and dated trailers", () => {
  it.each(SCRAPED_SIGN_OFFS)("the sign-off of %j is %j, and the story ends as written before it", (story, signOff, bodyEnd) => {
    const article = extractArticle(`শিরোনাম\n\n${story}`);
    expect(article.signOff).toBe(signOff);
    expect(article.body.endsWith(bodyEnd)).toBe(true);
    if (signOff !== null && !story.includes(`${signOff}\n`)) expect(article.body).not.toContain(signOff);
  });

  itReadsArticles(TRAILER_ARTICLES);

  it("takes a wire dateline whose dash is glued to its bracket out of the story, its agency the source", () => {
    const article = extractArticle("শিরোনাম\n\nকলকাতা, ৯ জুলাই (পিটিআই)— শহরে বৃষ্টি হয়েছে। জলমগ্ন রাস্তা।\n\nশেষ অনুচ্ছেদ।");
    expect(article.body).toBe("শহরে বৃষ্টি হয়েছে। জলমগ্ন রাস্তা।\n\nশেষ অনুচ্ছেদ।");
    expect(article.byline?.contributors).toMatchObject([{ kind: "agency", agency: "pti" }]);
    expect(article.attributions).toMatchObject([{ agency: "pti", role: "source", cue: "dateline", index: 26 }]);
  });

  it("reads a line of agency names closing the story as its sources, not as a caption", () => {
    const article = extractArticle("শিরোনাম\n\nপ্রথম অনুচ্ছেদে তিনি এপিকে বলেন, আলোচনা চলবে।\n\nএপি, রয়টার্স\n\nকেআর/এমএস");
    expect(article.images).toEqual([]);
    expect(article.body).toBe("প্রথম অনুচ্ছেদে তিনি এপিকে বলেন, আলোচনা চলবে।\n\nএপি, রয়টার্স");
    expect(article.attributions.map((a) => [a.agency, a.role, a.cue])).toEqual([
      ["ap", "mention", "told"],
      ["ap", "source", "sutro"],
      ["reuters", "source", "sutro"],
    ]);
    expect(extractArticle("শিরোনাম\n\nপ্রথম অনুচ্ছেদ।\n\nবন্যার্ত এলাকা। ছবি: এএফপি").images).toHaveLength(1);
  });
});

describe("extractArticle: unseen pages with a currency pair at the end, a reading time, a party named like a wire", () => {
  itReadsArticles(SOURCE_ARTICLES);
});

describe("extractArticle: unseen whole pages of other sites, with their share bars, sign-offs, links and copyright lines", () => {
  itReadsArticles(PAGE_ARTICLES);

  it("reads every page's headline, sign-off, attributions and body right", () => {
    const wrong = PAGE_ARTICLES.filter((expected) => !readsRight(expected));
    console.log(`unseen whole pages: ${PAGE_ARTICLES.length - wrong.length}/${PAGE_ARTICLES.length} read right`);
    expect(wrong.map((page) => page.headline)).toEqual([]);
  });
});

describe("extractArticle: whole pages of sites not met before, pasted with their chrome above and below", () => {
  it.each([
    ["বিশেষ প্রতিনিধি", "ঢাকা"],
    ["নিজস্ব সংবাদদাতা", "হাওড়া"],
    ["স্টাফ রিপোর্টার", "রাজশাহী"],
  ])("takes the place under the byline %s out of the story: %s", (byline, place) => {
    const article = extractArticle(`শিরোনাম\n\n${byline}\n${place}\nপ্রকাশ: ০৯ সেপ্টেম্বর ২০২৫, ১০:১০\n\nপ্রথম অনুচ্ছেদ।`);
    expect(article.body).toBe("প্রথম অনুচ্ছেদ।");
    expect(article.byline?.text).toBe(byline);
  });

  it("keeps a short line under a byline that is no place in the story", () => {
    const article = extractArticle("শিরোনাম\n\nবিশেষ প্রতিনিধি\nবন্যায় বাড়ছে দুর্ভোগ\n\nপ্রথম অনুচ্ছেদ।");
    expect(article.body).toBe("বন্যায় বাড়ছে দুর্ভোগ\n\nপ্রথম অনুচ্ছেদ।");
  });

  itReadsArticles(SITE_ARTICLES, "unseen whole pages of more sites");
});

describe("extractArticle: unseen pages of Indian Bengali outlets, BBC বাংলা, DW, VOA and English-language sites", () => {
  itReadsArticles(REGIONAL_ARTICLES);

  it("keeps the sources in brackets after a DW sign-off in the story, as its sources", () => {
    const text = "শিরোনাম\n\nপ্রথম অনুচ্ছেদ।\n\nএসিবি/কেএম (এএফপি, রয়টার্স)\n\nবিজ্ঞাপন";
    const article = extractArticle(text);
    expect(article.signOff).toBe("এসিবি/কেএম");
    expect(article.body).toBe("প্রথম অনুচ্ছেদ।\n\n(এএফপি, রয়টার্স)");
    expect(article.attributions.map((a) => [a.agency, a.role, text.slice(a.index, a.index + a.text.length)])).toEqual([
      ["afp", "source", "এএফপি"],
      ["reuters", "source", "রয়টার্স"],
    ]);
  });
});

describe("extractArticle: unseen pages with share bars of one network a line, cookie notices and outlets before initials", () => {
  itReadsArticles(NEWSROOM_ARTICLES, "unseen whole pages of newsrooms");
});

describe("extractArticle on pages with cookie notices of the site, more chrome and English wire copy", () => {
  itReadsArticles(CHROME_ARTICLES, "unseen pages with site chrome");
});

describe("extractArticle on pages under more sections' names (`Economy`, `সম্পাদকীয়`, `প্রথম পাতা`)", () => {
  itReadsArticles(FURNITURE_ARTICLES, "unseen pages under sections");
});

describe("extractArticle on AMP and print views, live blogs, photo stories, opinion pages and more sections", () => {
  itReadsArticles(PAGE_VIEW_ARTICLES, "unseen pages of other views");

  it.each(MORE_SECTION_NAMES)("takes the section %j above the headline for the breadcrumb", (section) => {
    const article = extractArticle(`${section}\n\nশিরোনাম\n\nনিজস্ব প্রতিবেদক\n\nপ্রথম অনুচ্ছেদ।`);
    expect(article.headline).toBe("শিরোনাম");
    expect(article.boilerplate.map((span) => span.text)).toEqual([section]);
  });
});

describe("extractArticle: press releases, obituaries, live scores, job circulars, weather bulletins and court reports", () => {
  itReadsArticles(PAGE_KIND_ARTICLES, "unseen pages of other kinds");
});

describe("extractArticle: pages under other sections' names, closing with a trail of sections, or of other beats", () => {
  itReadsArticles(PAGE_SECTION_ARTICLES, "unseen pages of other sections and beats");

  it.each([
    ["বিজ্ঞান/প্রযুক্তি", null],
    ["স্বাস্থ্য / শিক্ষা", null],
    ["Education / Environment", null],
    ["এসএম/টিএ", "এসএম/টিএ"],
  ])("reads %j as the last line of a page with the sign-off %j", (last, signOff) => {
    const article = extractArticle(`শিরোনাম\n\nনিজস্ব প্রতিবেদক\n\nপ্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।\n\n${last}`);
    expect(article.signOff).toBe(signOff);
    expect(article.body).toBe("প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।");
    expect(article.boilerplate.map((line) => line.text)).toEqual(signOff === null ? [last] : []);
  });
});

describe("extractArticle: a writer's name or a sub-headline on the line above a role line", () => {
  const page = (above: string, role: string) =>
    `শিরোনাম\n\n${above}\n${role}\nপ্রকাশ: ০৯ মার্চ ২০২৬, ১১:৪০\n\nপ্রথম অনুচ্ছেদ।`;

  it.each([...LINE_ABOVE_ROLE, ...CRUMB_LINE_ABOVE_ROLE])("reads %j above %j as the writer %j", (above, role, writer) => {
    const article = extractArticle(page(above, role));
    if (writer === null) {
      expect(article.body).toBe(`${above}\n\nপ্রথম অনুচ্ছেদ।`);
      expect(article.byline?.text).toBe(role);
    } else {
      expect(article.body).toBe("প্রথম অনুচ্ছেদ।");
      expect(article.byline?.contributors[0]?.name).toBe(writer);
      expect(article.byline?.text).toBe(`${above}\n${role}`);
    }
  });
});

describe("extractArticle: pages under a place, an unlisted section or a trail of crumbs; opinion pages and photo stories", () => {
  itReadsArticles(CRUMB_ARTICLES, "unseen pages under places and crumbs");
});

describe("extractArticle: columns, divisions and bare-slash crumbs above the headline; titled writers, live scores", () => {
  itReadsArticles(COLUMN_ARTICLES, "unseen pages of columns, divisions, live scores and Sunday pages");

  it.each(COLUMN_LINE_UNDER_HEADLINE)("reads %j right under the headline as the writer %j", (line, writer) => {
    const article = extractArticle(`শিরোনাম\n\n${line}\n\nপ্রথম অনুচ্ছেদ।\n\nলেখক: গবেষক`);
    expect(article.byline?.contributors[0]?.name ?? null).toBe(writer);
    expect(article.body).toBe(writer === null ? `${line}\n\nপ্রথম অনুচ্ছেদ।` : "প্রথম অনুচ্ছেদ।");
  });
});

describe("extractArticle: an author's note opening with a star and the writer's name; pages under a weekday's name", () => {
  itReadsArticles(NOTE_ARTICLES, "unseen pages with starred author's notes and weekday pages");

  it.each(STARRED_LAST_LINES)("reads %j closing an opinion page as its author's note: %j", (line, isNote) => {
    expectClosingNote(line, isNote);
  });
});

describe("extractArticle: pages of other beats and sections (fact checks, religion, courts, Tripura); artists' notes", () => {
  itReadsArticles(BEAT_ARTICLES, "unseen pages of other beats and sections");

  it.each(STARRED_ROLE_LINES)("reads %j closing an opinion page as its author's note: %j", (line, isNote) => {
    expectClosingNote(line, isNote);
  });
});

describe("extractArticle: live blogs, galleries, videos, explainers, scorecards; an outlet's name above the headline", () => {
  itReadsArticles(FORMAT_ARTICLES, "unseen pages of other formats and outlets");
});

describe("extractArticle: an outlet's slogan on the last line, the imprint of a footer or above the headline", () => {
  itReadsArticles(FOOTER_ARTICLES, "unseen pages with slogans and imprints");
});

describe("extractArticle: a printer's imprint, bare telephones and addresses at the foot; a bare name above a place and date", () => {
  itReadsArticles(IMPRINT_ARTICLES, "unseen pages with imprints and bare names");
});

describe("extractArticle: a printer's imprint with no colon after its label at the foot", () => {
  itReadsArticles(PRINTER_ARTICLES, "unseen pages with printers' imprints");
});

describe("extractArticle: live blogs, photo stories, match cards, Indian outlets' pages and opinion pages", () => {
  itReadsArticles(DESK_ARTICLES, "unseen pages of live blogs, photo stories, match cards and Indian outlets");
});

describe("extractArticle: obituaries, press releases, notes at the foot, explainers, video and podcast pages", () => {
  itReadsArticles(NOTICE_ARTICLES, "unseen pages of notices, explainers, podcasts and bylines at the foot");
});

describe("extractArticle: pages of shapes once misread: wire trailers with no colon, pieces taken from an outlet", () => {
  itReadsArticles(LEFTOVER_ARTICLES, "unseen pages of shapes once misread");
});

describe("extractArticle: agency stories signed after the agency, market, weather and court pages, translated columns", () => {
  itReadsArticles(LEFTOVER_KIND_ARTICLES, "unseen pages of more kinds");
});

describe("extractArticle: a story's closing line about someone it named, with a former post, stays story", () => {
  itReadsArticles(CLOSING_POST_ARTICLES, "unseen pages closing with a line about someone with a post");
});

describe("extractArticle: the agency or outlet of a sign-off is the story's source", () => {
  itReadsArticles(SIGN_OFF_SOURCE_ARTICLES, "unseen pages signed by an agency or outlet");
});

describe("extractArticle: the slogan of an outlet the page names again, a footer's house and road", () => {
  itReadsArticles(SLOGAN_ARTICLES, "unseen pages with slogans of outlets no word names");
});

describe("extractArticle: live blogs, photo stories, explainers, press releases, obituaries, Indian and English pages", () => {
  itReadsArticles(MORE_KIND_ARTICLES, "unseen pages of more kinds and outlets");
});

describe("extractArticle: match reports, court and election pages, bulletins, notices, health, religion, TV pages", () => {
  itReadsArticles(THIRD_KIND_ARTICLES, "unseen pages of sport, courts, elections, markets, notices and TV");
  itReadsArticles(FOURTH_KIND_ARTICLES, "unseen pages with polls, live entries, view counts, answers and writers' posts");
  itReadsArticles(FIFTH_KIND_ARTICLES, "unseen pages with comment forms, regions' sections, wire days without a year and bylines above the headline");
  itReadsArticles(SIXTH_KIND_ARTICLES, "unseen pages with outlets' names in words, videos' lengths and credits, live blogs, tables and interviews");
  itReadsArticles(SEVENTH_KIND_ARTICLES, "unseen pages with writers' posts, outlets asking questions, wire datelines alone, corrections, fact checks and Indian outlets");
  itReadsArticles(MORE8_ARTICLES, "unseen pages told to a writer, transcribed, and signed off after a site's address");
  itReadsArticles(MORE9_ARTICLES, "unseen pages told to a writer in brackets");
  itReadsArticles(EIGHTH_KIND_ARTICLES, "unseen pages with two placed writers, reporters writing from a place, footnotes, mobile views, summary boxes, serials, paid stories and translations");
  itReadsArticles(NINTH_KIND_ARTICLES, "unseen pages with offices' addresses, editor's notes, translators and labelled writers over a place and a bar");
  itReadsArticles(TENTH_KIND_ARTICLES, "unseen pages with topics and columns over the headline, sponsors' lines, translators, scores, courts, markets and datelines after the sign-off");
  itReadsArticles(ELEVENTH_KIND_ARTICLES, "unseen pages with titles over the page, photographers' and sponsors' lines, writers over an outlet's line, links in the story, summaries, tables, live pages and outlets abroad");
  itReadsArticles(TWELFTH_KIND_ARTICLES, "unseen pages with caption labels alone, Latin writers over an outlet's line, regional dailies, letters, galleries, ads, corrections and English datelines");
  itReadsArticles(THIRTEENTH_KIND_ARTICLES, "unseen pages with English caption labels alone, regional dailies over their desk's byline and sections over the headline");
  itReadsArticles(FOURTEENTH_KIND_ARTICLES, "unseen obituaries, bulletins, interviews, fact-checks and listings, with captions and credits above the headline");
  itReadsArticles(FIFTEENTH_KIND_ARTICLES, "unseen pages of English and Indian Bengali dailies, videos, galleries and features, with courtesies under captions and related links to the foot");
  itReadsArticles(SIXTEENTH_KIND_ARTICLES, "unseen pages with labelled writers under the headline, embedded posts, ads and links in the story, and live pages' stamps");
  itReadsArticles(SEVENTEENTH_KIND_ARTICLES, "unseen pages with sections over the headline, a section's links under `More Sports`, embedded posts' credits and polls under a bare `জরিপ`");
  itReadsArticles(EIGHTEENTH_KIND_ARTICLES, "unseen pages with sections over the headline, alone or two joined by `ও` or `and`");
  itReadsArticles(NINETEENTH_KIND_ARTICLES, "unseen opinion pages whose foot notes the writer, editorial desks, Indian and English pages, odd whitespace");
  itReadsArticles(TWENTIETH_KIND_ARTICLES, "unseen opinion pages with disclaimers and sub-headlines, video links, share bars, sections");
  itReadsArticles(TWENTY_FIRST_KIND_ARTICLES, "unseen pages with a dated first sentence, disclaimers, a city's section, video links");
  itReadsArticles(TWENTY_SECOND_KIND_ARTICLES, "unseen pages closing with a trail of tags");
  itReadsArticles(TWENTY_THIRD_KIND_ARTICLES, "unseen pages with a writer's note in the header, tags joined by bars, live blogs");
  itReadsArticles(TWENTY_FOURTH_KIND_ARTICLES, "unseen pages with a note under the writer's name, tables, counts of shares, lists");
  itReadsArticles(TWENTY_FIFTH_KIND_ARTICLES, "unseen pages of English-language and Bengali sites with their furniture, a note with no colon under the writer's name");
  itReadsArticles(PHOTO_ARTICLES, "unseen pages with photos");
  it.each(PHOTO_ARTICLES.map((page) => [page.headline, page] as const))("the photos of %s", (_headline, page) => {
    const images = extractArticle(page.text).images;
    expect(images.map((image) => [image.caption, image.credit?.source ?? null, image.credit?.agency ?? image.credit?.name ?? null])).toEqual(page.images);
    for (const image of images) expect(page.text.slice(image.index, image.index + image.text.length)).toBe(image.text);
  });
});

describe("extractArticle: an interview's transcript whose questions the outlet's name labels", () => {
  it.each(MORE8_TRANSCRIPTS)("%j", (text, firstParagraph) => {
    const article = extractArticle(text);
    expect(article.byline).toBeNull();
    expect(article.body.startsWith(firstParagraph)).toBe(true);
  });
});

describe("extractArticle: pages with labelled lines in the story, sections not listed before, labelled writers", () => {
  itReadsArticles(LABELLED_LINE_ARTICLES, "unseen pages of reviews, interviews, notices and lists");
});

describe("extractArticle: an author's note naming a former post of any kind", () => {
  it.each(LEFTOVER_NOTE_LINES)("reads %j closing an opinion page as its author's note: %j", (line, isNote) => {
    expectClosingNote(line, isNote);
  });
});

describe("extractArticle: an author's note in brackets, after a dash or in English closing an opinion page", () => {
  it.each(OPINION_NOTE_LINES)("reads %j closing an opinion page as its author's note: %j", (line, isNote) => {
    expectClosingNote(line, isNote);
  });
});

describe("extractArticle: an author's note in English with a post and no article closing an opinion page", () => {
  it.each(SEVENTH_KIND_NOTES)("reads %j closing an opinion page as its author's note: %j", (line, isNote) => {
    expectClosingNote(line, isNote);
  });
});

describe("extractArticle: pages of Indian outlets, read in Asia/Kolkata", () => {
  it.each(INDIAN_OUTLET_PAGES.map((page) => [page.headline, page] as const))("%s", (_headline, expected) => {
    const article = extractArticle(expected.text, { timeZone: "Asia/Kolkata", reference: INDIAN_OUTLET_REFERENCE });
    expect(article.headline).toBe(expected.headline);
    expect(article.byline?.contributors ?? []).toEqual(expected.contributors);
    expect([article.published?.iso ?? null, article.updated?.iso ?? null]).toEqual([expected.published, expected.updated]);
    expect(article.attributions.map((a) => [a.agency, a.role])).toEqual(expected.attributions);
    expect(article.images.map((image) => `${image.caption} | ${image.credit?.source ?? ""} | ${image.credit?.agency ?? ""}`)).toEqual(
      expected.images,
    );
    for (const part of expected.inBody) expect(article.body).toContain(part);
    for (const part of expected.notInBody) expect(article.body).not.toContain(part);
    expect(ArticleSchema.safeParse(article).success).toBe(true);
  });
});
