import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencies, findAttributions, type Attribution } from "../src/index.ts";
import { AttributionSchema } from "../src/schemas.ts";
import { inflect } from "./fixtures/agencies-inflect.ts";
import { LABELLED_LINES, type Expected } from "./fixtures/attribution-lines.ts";
import { SEED_ARTICLE } from "./fixtures/seed.ts";
import { UNSEEN_ATTRIBUTIONS } from "./fixtures/unseen.ts";
import { WIRE_ATTRIBUTIONS } from "./fixtures/unseen-wire.ts";
import { AGENCY_ATTRIBUTIONS } from "./fixtures/unseen-agencies.ts";
import { TRAILER_ATTRIBUTIONS } from "./fixtures/unseen-trailers.ts";
import { SOURCE_ATTRIBUTIONS } from "./fixtures/unseen-sources.ts";
import { PAGE_ATTRIBUTIONS } from "./fixtures/unseen-pages.ts";
import { REGIONAL_ATTRIBUTIONS } from "./fixtures/unseen-regional.ts";
import { SITE_ATTRIBUTIONS } from "./fixtures/unseen-sites.ts";
import { NEWSROOM_ATTRIBUTIONS } from "./fixtures/unseen-newsrooms.ts";
import { ENGLISH_ATTRIBUTIONS } from "./fixtures/unseen-english.ts";
import { QUOTED_ATTRIBUTIONS } from "./fixtures/unseen-quoted-outlets.ts";
import { CHANNEL_UNSEEN_ATTRIBUTIONS } from "./fixtures/unseen-channels.ts";
import { STATEMENT_UNSEEN_ATTRIBUTIONS, STATEMENT_UNSEEN_MORE_ATTRIBUTIONS } from "./fixtures/unseen-statements.ts";
import { CHROME_ATTRIBUTIONS } from "./fixtures/unseen-chrome.ts";
import { SERVICE_UNSEEN_ATTRIBUTIONS } from "./fixtures/unseen-services.ts";
import { NAMES_UNSEEN_ATTRIBUTIONS } from "./fixtures/unseen-names.ts";
import { CREDITED_ATTRIBUTIONS } from "./fixtures/unseen-credited.ts";
import { CRUMB_ATTRIBUTIONS } from "./fixtures/unseen-page-crumbs.ts";
import { COLUMN_ATTRIBUTIONS } from "./fixtures/unseen-page-columns.ts";
import { NOTE_ATTRIBUTIONS } from "./fixtures/unseen-page-notes.ts";
import { BEAT_ATTRIBUTIONS } from "./fixtures/unseen-page-beats.ts";
import { VERB_ATTRIBUTIONS } from "./fixtures/unseen-attribution-verbs.ts";
import { CITED_ATTRIBUTIONS } from "./fixtures/unseen-attribution-citations.ts";
import { STORY_UNSEEN_ATTRIBUTIONS } from "./fixtures/unseen-bylines-stories.ts";
import { INDIAN_OUTLET_ATTRIBUTIONS } from "./fixtures/unseen-indian-outlets.ts";
import { POSTED_UNSEEN_ATTRIBUTIONS } from "./fixtures/unseen-attribution-posts.ts";
import { DESK_ATTRIBUTIONS } from "./fixtures/unseen-attribution-desks.ts";
import { WIRE_STILL_ATTRIBUTIONS } from "./fixtures/unseen-wire-stills.ts";
import { OUTLET_ATTRIBUTIONS } from "./fixtures/unseen-attribution-outlets.ts";
import { LEFTOVER_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers.ts";
import { LEFTOVER2_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers2.ts";
import { LEFTOVER3_ATTRIBUTIONS, NEW_SHAPE_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers3.ts";
import { LEFTOVER4_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers4.ts";
import { BEAT_SHAPE_ATTRIBUTIONS, LEFTOVER5_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers5.ts";
import { LEFTOVER6_ATTRIBUTIONS, PUBLISHED_SHAPE_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers6.ts";
import { LEFTOVER7_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers7.ts";
import { LEFTOVER8_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers8.ts";
import { LEFTOVER9_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers9.ts";
import { LEFTOVER10_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers10.ts";
import { LEFTOVER11_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers11.ts";
import { LEFTOVER12_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers12.ts";
import { LEFTOVER13_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers13.ts";
import { LEFTOVER14_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers14.ts";
import { LEFTOVER15_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers15.ts";
import { LEFTOVER16_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers16.ts";
import { LEFTOVER17_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers17.ts";
import { LEFTOVER18_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers18.ts";
import { LEFTOVER19_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers19.ts";
import { LEFTOVER20_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers20.ts";
import { LEFTOVER21_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers21.ts";
import { LEFTOVER22_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers22.ts";
import { LEFTOVER23_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers23.ts";
import { LEFTOVER24_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers24.ts";
import { LEFTOVER25_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers25.ts";
import { LEFTOVER26_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers26.ts";
import { LEFTOVER27_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers27.ts";
import { LEFTOVER28_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers28.ts";
import { LEFTOVER29_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers29.ts";
import { LEFTOVER30_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers30.ts";
import { LEFTOVER31_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers31.ts";
import { LEFTOVER32_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers32.ts";
import { LEFTOVER33_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers33.ts";
import { LEFTOVER34_ATTRIBUTIONS } from "./fixtures/unseen-attribution-leftovers34.ts";
import { MORE_ATTRIBUTIONS } from "./fixtures/unseen-attribution-more.ts";
import { MORE2_ATTRIBUTIONS } from "./fixtures/unseen-attribution-more2.ts";

const SEED = SEED_ARTICLE;

function pairs(found: readonly Attribution[]): Array<readonly [string, string]> {
  return found.map((a) => [a.agency, a.role] as const);
}

/**
 * Each line of a table gives its agencies with their roles, and every attribution passes the schema; `label` names the
 * table in the count printed beside the run.
 */
function itReadsAttributions(table: ReadonlyArray<readonly [string, Expected]>, label?: string): void {
  it.each(table)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(pairs(found)).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
  if (label === undefined) return;
  it("prints how many of them read right", () => {
    const right = table.filter(([line, expected]) => JSON.stringify(pairs(findAttributions(line))) === JSON.stringify(expected));
    console.log(`${label}: ${right.length}/${table.length} read right`);
    expect(right.length).toBe(table.length);
  });
}

/** True positives, false positives and false negatives of one line (an agency with the wrong role is both). */
function score(found: readonly Attribution[], expected: Expected): { tp: number; fp: number; fn: number } {
  const left = expected.map(([agency, role]) => `${agency}/${role}`);
  let tp = 0;
  let fp = 0;
  for (const a of found) {
    const at = left.indexOf(`${a.agency}/${a.role}`);
    if (at >= 0) {
      left.splice(at, 1);
      tp++;
    } else fp++;
  }
  return { tp, fp, fn: left.length };
}

describe("findAttributions on the labelled lines of the field notes", () => {
  it.each(LABELLED_LINES)("%s", (line, expected) => {
    expect(pairs(findAttributions(line))).toEqual(expected);
  });

  it("reaches precision ≥ 97% and recall ≥ 95% over all labelled lines", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [line, expected] of LABELLED_LINES) {
      const s = score(findAttributions(line), expected);
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `attributions: ${LABELLED_LINES.length} labelled lines, ${tp + fn} expected, ` +
        `precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}% (agency and role must both match)`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("citations", () => {
  it.each([
    ["উত্তর কোরিয়ার সংবাদ সংস্থা কেসিএনএ-এর বরাত দিয়ে বার্তা সংস্থা রয়টার্স এ তথ্য জানিয়েছে।", "kcna", "reuters"],
    ["সিনহুয়ার বরাতে এ খবর দিয়েছে সিজিটিএন।", "xinhua", "cgtn"],
    ["আনাদোলুর বরাতে এ তথ্য জানিয়েছে মিডল ইস্ট আই।", "anadolu", "middle-east-eye"],
  ])("%s: %s via %s", (line, cited, carrier) => {
    const found = findAttributions(line);
    expect(found.find((a) => a.agency === cited)?.via).toBe(carrier);
    expect(found.find((a) => a.agency === carrier)?.via).toBeUndefined();
  });

  it("does not reach into the next sentence", () => {
    const found = findAttributions("আনাদোলু এজেন্সির বরাতে এ খবর এসেছে। পরে রয়টার্স জানিয়েছে, আলোচনা চলছে।");
    expect(found.find((a) => a.agency === "anadolu")?.via).toBeUndefined();
  });

  it.each([
    ["কেসিএনএ-এর বরাত দিয়ে তাসের বরাত দিয়ে বার্তা সংস্থা রয়টার্স জানিয়েছে।", [["kcna", "reuters"], ["tass", "reuters"], ["reuters", undefined]]],
    // the nearest source is the cited agency itself: the next of another agency carries it
    ["রয়টার্সের বরাত দিয়ে রয়টার্স ও এএফপি জানিয়েছে।", [["reuters", "afp"], ["reuters", undefined], ["afp", undefined]]],
    ["সিনহুয়ার উদ্ধৃতি দিয়ে বার্তা সংস্থা এপি জানায়। পরে তাস জানায়", [["xinhua", "ap"], ["ap", undefined], ["tass", undefined]]],
  ])("links each citation to the source after it in its sentence: %s", (line, expected) => {
    expect(findAttributions(line).map((a) => [a.agency, a.via])).toEqual(expected);
  });

  it("links citations in a long run of them in one pass", () => {
    const line = `${"রয়টার্সের বরাত দিয়ে এএফপির বরাত দিয়ে ".repeat(2000)}বার্তা সংস্থা এপি জানিয়েছে।`;
    const found = findAttributions(line);
    expect(found).toHaveLength(4001);
    expect(found.slice(0, -1).every((a) => a.via === "ap")).toBe(true);
  });
});

describe("findAttributions on the seed article", () => {
  const found = findAttributions(SEED);

  it("gives BBC as the source (খবর বিবিসির)", () => {
    const bbc = found.find((a) => a.agency === "bbc");
    expect(bbc).toMatchObject({ text: "বিবিসির", role: "source", cue: "khobor", inflection: "genitive" });
  });

  it.each([
    ["kcna", "কেসিএনএর", "source", "report"],
    ["tass", "তাস নিউজ এজেন্সি", "source", "reporting-verb"],
    ["nbc-news", "এনবিসি নিউজকে", "mention", "told"],
  ])("finds %s (%s) as %s", (agency, text, role, cue) => {
    const attribution = found.find((a) => a.agency === agency);
    expect(attribution).toMatchObject({ text, role, cue });
    expect(SEED.slice(attribution?.index, (attribution?.index ?? 0) + text.length)).toBe(text);
  });

  it("leaves out the photo credit and finds nothing in টেলিগ্রামে or the unnamed রাষ্ট্রীয় সংবাদমাধ্যমের", () => {
    expect(found.map((a) => a.agency)).toEqual(["bbc", "kcna", "tass", "nbc-news", "jagonews24"]);
  });
});

/** New sentences of our own for every phrase pattern: other agencies, places, days. */
const OWN_SENTENCES: ReadonlyArray<readonly [string, Expected]> = [
  ["খবর আল জাজিরার।", [["al-jazeera", "source"]]],
  ["খবর বার্তা সংস্থা ইউএনবির।", [["unb", "source"]]],
  ["সিলেট, ৪ আগস্ট (বাসস) : জেলায় বন্যা পরিস্থিতির উন্নতি হয়েছে।", [["bss", "source"]]],
  ["রংপুর, ২১ জানুয়ারি (ইউএনবি) : শীতে কাঁপছে উত্তরাঞ্চল।", [["unb", "source"]]],
  ["JERUSALEM, May 2 (AP) - Officials said", [["ap", "source"]]],
  ["তথ্যসূত্র: সিএনএন, বিবিসি", [["cnn", "source"], ["bbc", "source"]]],
  ["সূত্রঃ আনন্দবাজার পত্রিকা", [["anandabazar", "source"]]],
  ["মঙ্গলবার এক প্রতিবেদনে এ তথ্য জানিয়েছে সংবাদ সংস্থা এএনআই।", [["ani", "source"]]],
  ["জাপানের বার্তা সংস্থা কিয়োডো জানায়, ভূমিকম্পে ক্ষতি হয়নি।", [["kyodo", "source"]]],
  ["দক্ষিণ কোরিয়ার বার্তা সংস্থা ইয়োনহাপের প্রতিবেদনে বলা হয়েছে, মহড়া শুরু হয়েছে।", [["yonhap", "source"]]],
  ["সিনহুয়ার বরাতে এ খবর দিয়েছে সিজিটিএন।", [["xinhua", "source"], ["cgtn", "source"]]],
  ["ডয়চে ভেলের তথ্যমতে, মিছিলে হাজারো মানুষ ছিল।", [["dw", "source"]]],
  ["ব্লুমবার্গের এক বিশ্লেষণে বলা হয়েছে, দাম বাড়বে।", [["bloomberg", "source"]]],
  ["ওয়াশিংটন পোস্টের বৃহস্পতিবারের প্রতিবেদনে বলা হয়েছে, বৈঠক হবে।", [["washington-post", "source"]]],
  ["স্কাই নিউজ জানিয়েছে, ট্রেন চলাচল বন্ধ।", [["sky-news", "source"]]],
  ["রয়টার্সও একই খবর দিয়েছে।", [["reuters", "source"]]],
  ["নিউইয়র্ক টাইমসের বরাত দিয়ে এ খবর প্রকাশ করেছে আল আরাবিয়া।", [["nyt", "source"], ["al-arabiya", "source"]]],
  ["প্রধানমন্ত্রী ফক্স নিউজকে বলেছেন, যুদ্ধ থামবে।", [["fox-news", "mention"]]],
  ["সিএনবিসিকে দেওয়া সাক্ষাৎকারে তিনি শুল্কের কথা বলেন।", [["cnbc", "mention"]]],
  ["শুক্রবার ফ্রান্স টোয়েন্টিফোরে প্রচারিত অনুষ্ঠানে তিনি কথা বলেন।", [["france-24", "mention"]]],
  ["রয়টার্সের আলোকচিত্রী ঘটনাস্থলে ছিলেন।", [["reuters", "mention"]]],
  ["বিবিসিতে প্রকাশিত এক প্রতিবেদনে বলা হয়েছে, বৃষ্টি বাড়বে।", [["bbc", "source"]]],
  ["কালের কণ্ঠকে তিনি বলেন, বাজেট বাড়বে।", [["kaler-kantho", "mention"]]],
  ["দৈনিক যুগান্তরের প্রতিবেদনে বলা হয়েছে, দাম বেড়েছে।", [["jugantor", "source"]]],
  ["সমকালকে তিনি বলেন, মামলা হবে।", [["samakal", "mention"]]],
  ["রুশ বার্তা সংস্থা তাস জানায়, বৈঠক শেষ হয়েছে।", [["tass", "source"]]],
  ["বার্তা সংস্থা এপি জানিয়েছে, ঝড়ে ৫ জন নিহত।", [["ap", "source"]]],
  ["এপি ও রয়টার্সের খবরে বলা হয়েছে, হামলা হয়েছে।", [["ap", "source"], ["reuters", "source"]]],
  ["ব্রিটিশ ট্যাবলয়েড দ্য সান জানিয়েছে, বিয়ে হচ্ছে।", [["the-sun", "source"]]],
  ["ব্রিটিশ ট্যাবলয়েড সানের প্রতিবেদনে বলা হয়েছে, বিয়ে হচ্ছে।", [["the-sun", "source"]]],
  ["সান ফ্রান্সিসকোতে সম্মেলন শুরু।", []],
  ["যুক্তরাষ্ট্রের সান ফ্রান্সিসকো শহরে বৃষ্টি।", []],
  ["সূত্র: এপি", [["ap", "source"]]],
  ["এ পি জে আবদুল কালাম ছিলেন বিজ্ঞানী।", []],
  ["একাত্তর টিভিকে তিনি বলেন, তদন্ত হবে।", [["ekattor-tv", "mention"]]],
  ["একাত্তরের মুক্তিযুদ্ধে তিনি অংশ নেন।", []],
  ["ছবি: ফোকাস বাংলা", []],
  ["পিআইডি জানিয়েছে, প্রধানমন্ত্রী সফরে যাবেন।", [["pid", "source"]]],
  ["বিবিসি, সিএনএন ও আল জাজিরা খবরটি প্রচার করেছে।", [["bbc", "mention"], ["cnn", "mention"], ["al-jazeera", "mention"]]],
  ["সংবাদমাধ্যম সিএনএন এবং বিবিসি জানিয়েছে, বিস্ফোরণ হয়েছে।", [["cnn", "source"], ["bbc", "source"]]],
  ["প্রথম আলোর প্রতিবেদক ঘটনাস্থলে যান।", [["prothom-alo", "mention"]]],
  ["পুলিশ রয়টার্সকে জানিয়েছে, তদন্ত চলছে।", [["reuters", "mention"]]],
  ["এক কর্মকর্তা এপিকে জানান, হামলা হয়েছে।", [["ap", "mention"]]],
  ["হামলায় ১০ জন নিহত হয়েছে বলে জানা গেছে (এএফপি)।", [["afp", "source"]]],
  ["দৈনিক নয়া দিগন্তের প্রতিবেদনে বলা হয়েছে, দাম বেড়েছে।", [["naya-diganta", "source"]]],
  ["নয়া দিগন্তকে তিনি বলেন, সভা হবে।", [["naya-diganta", "mention"]]],
  ["এ তথ্য জানিয়েছে যুক্তরাষ্ট্রভিত্তিক সংবাদমাধ্যম সিএনএন।", [["cnn", "source"]]],
  ["গত বছর প্রথম আলোয় প্রকাশিত এক প্রতিবেদনে বিষয়টি উঠে আসে।", [["prothom-alo", "source"]]],
  ["বিবিসি সূত্রে জানা গেছে, বৈঠক হবে।", [["bbc", "source"]]],
  ["বিবিসি অনলাইনের এক প্রতিবেদনে বলা হয়েছে, ঝড় আসছে।", [["bbc", "source"]]],
  ["প্রথম আলোর সঙ্গে আলাপকালে তিনি বলেন।", [["prothom-alo", "mention"]]],
  ["‘দ্য গার্ডিয়ান’-এর প্রতিবেদনে বলা হয়েছে, ভোট হবে।", [["guardian", "source"]]],
];

describe("findAttributions on new sentences of each pattern", () => {
  it.each(OWN_SENTENCES)("%s", (line, expected) => {
    expect(pairs(findAttributions(line))).toEqual(expected);
  });
});

/** Look-alike words and phrases that name no agency. */
const NEGATIVES: readonly string[] = [
  "বন্ধুরা মিলে তাস খেলা চলছিল।",
  "তাসের আড্ডায় রাত কাটল।",
  "ডন ছবিটি দেখতে হলে ভিড়।",
  "শাহরুখ খানের ডন সিনেমা আবার মুক্তি পাচ্ছে।",
  "এপিঠ-ওপিঠ একই।",
  "এপিবিএন সদস্যরা টহল দেন।",
  "এপিডেমিওলজি বিভাগের গবেষণা।",
  "বাসস্ট্যান্ড থেকে বাস ছাড়ে।",
  "বাসস্থান সংকট বাড়ছে।",
  "সূর্যের আলো, সান গ্লাস পরে বের হন।",
  "সানরাইজার্স জিতেছে।",
  "তাসকিন আহমেদ উইকেট নেন।",
  "ইউএনআইএফআইএল শান্তিরক্ষী মোতায়েন।",
  "সিবিএসই বোর্ডের পরীক্ষা।",
  "স্পুটনিক ভি টিকা নিয়েছেন অনেকে।",
  "সিসিটিভি ফুটেজ দেখে চোর শনাক্ত।",
  "বর্তমানে উত্তর কোরিয়ায় সফর করছেন তিনি।",
  "এই সময় বৃষ্টি হয়।",
  "ভোরের প্রথম আলো।",
  "যুগান্তরের সূচনা হলো।",
  "সমকালীন সাহিত্য নিয়ে আলোচনা।",
  "ইনকিলাব জিন্দাবাদ স্লোগান দেন তাঁরা।",
  "পিটিআই সমর্থকেরা ইসলামাবাদে মিছিল করেন।",
  "ইপিএ চুক্তি নিয়ে আলোচনা চলছে।",
  "এবিসি নামের ক্লাবটি জিতেছে।",
  "গেটি সেন্টার জাদুঘর।",
  "টেলিগ্রাম অ্যাপে বার্তা পাঠান।",
  "তিনি একজন ইকোনমিস্ট হিসেবে কাজ করেন।",
  "নিক্কেই সূচক বেড়েছে।",
  "একাত্তরের স্মৃতি।",
  "অফিসে বসে পোস্ট করেছেন।",
  "হিন্দু সম্প্রদায়ের উৎসব।",
  "ইরাবতী নদীর তীরে গ্রাম।",
  "রাশিয়ার তাসের ঘর ভেঙে পড়েছে।",
  "ডনকে তিনি বলেন, চলে যাও।",
  "the sun is up and dawn came",
  "apps and abc and rt",
  "বাংলাদেশ পোস্ট অফিসে ভিড়।",
  "প্রতিদিনের সংবাদ সম্মেলনে তিনি বলেন।",
  "নয়া দিগন্ত উন্মোচিত হলো।",
  "আজকের পত্রিকায় খবরটি দেখেছি।",
  "বাংলাদেশ প্রতিদিন ১০ হাজার টন চাল আমদানি করে।",
  "ডনের কর্মীরা এলাকায় আতঙ্ক ছড়ায়।",
  "সংবাদ প্রতিদিন প্রকাশিত হয়।",
  "কালবেলায় যাত্রা শুভ নয়।",
  "ফরেন পলিসি নিয়ে আলোচনা হয়েছে।",
  "ইসনা আশারিয়া মতবাদ নিয়ে আলোচনা।",
  "জিজি নামের বিড়ালটি হারিয়ে গেছে।",
];

describe("findAttributions on look-alikes", () => {
  it("has at least 30 negatives", () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NEGATIVES)("%s → nothing", (line) => {
    expect(findAttributions(line)).toEqual([]);
  });
});

describe("every registry spelling in running text", () => {
  it("is found with each inflection, and resolves to its own entry", () => {
    const wrong: string[] = [];
    for (const agency of agencies) {
      for (const spelling of [...agency.bn, ...agency.en]) {
        for (const form of [spelling, ...inflect(spelling)]) {
          // a cue makes even ambiguous spellings count
          const sentence = `গতকাল বার্তা সংস্থা ${form} প্রতিবেদনে জানিয়েছে, সব ঠিক আছে।`;
          const found = findAttributions(sentence);
          if (found.length !== 1 || found[0]?.agency !== agency.id || found[0]?.text !== form) {
            wrong.push(`${form}: ${JSON.stringify(found.map((a) => [a.agency, a.text]))} (want ${agency.id})`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("every unambiguous registry spelling without a cue", () => {
  it("is found in a plain sentence, bare and with each inflection", () => {
    const wrong: string[] = [];
    for (const agency of agencies) {
      const ambiguous = new Set(agency.ambiguous ?? []);
      for (const spelling of [...agency.bn, ...agency.en]) {
        if (ambiguous.has(spelling)) continue;
        for (const form of [spelling, ...inflect(spelling)]) {
          const found = findAttributions(`সেদিন ${form} নিয়ে অনেক কথা হয়।`);
          if (found.length !== 1 || found[0]?.agency !== agency.id || found[0]?.text !== form) {
            wrong.push(`${form}: ${JSON.stringify(found.map((a) => [a.agency, a.text]))} (want ${agency.id})`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("and every ambiguous spelling is left out of that sentence", () => {
    const found: string[] = [];
    for (const agency of agencies) {
      for (const spelling of agency.ambiguous ?? []) {
        const hits = findAttributions(`সেদিন ${spelling} নিয়ে অনেক কথা হয়।`);
        if (hits.length > 0) found.push(`${spelling}: ${hits.map((a) => a.agency).join(", ")}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("Unicode variants", () => {
  const base = "খবর রয়টার্সের। বার্তা সংস্থা আল-জাজিরা জানিয়েছে, ঢাকা, ১২ মার্চ (বাসস) : সভা হয়।";
  it.each([
    ["decomposed য়", base.replace("য়", "\u09AF\u09BC")],
    ["precomposed য়", base.replace("য়", "\u09DF")],
    ["ZWNJ inside a name", base.replace("রয়টার্সের", "রয়\u200Cটার্সের")],
    ["NBSP between words", base.replace("বার্তা সংস্থা", "বার্তা\u00A0সংস্থা")],
    ["en dash in a name", base.replace("আল-জাজিরা", "আল–জাজিরা")],
    ["em dash in a name", base.replace("আল-জাজিরা", "আল—জাজিরা")],
    ["a lone high surrogate before a descriptor", base.replace(" বার্তা", " \uD800বার্তা")],
    ["a lone low surrogate after a sentence", base.replace("। বার্তা", "।\uDFFF বার্তা")],
  ])("%s gives the same attributions, quoting the input", (_label, variant) => {
    const found = findAttributions(variant);
    expect(found.map((a) => [a.agency, a.role, a.cue])).toEqual(findAttributions(base).map((a) => [a.agency, a.role, a.cue]));
    for (const a of found) expect(variant.slice(a.index, a.index + a.text.length)).toBe(a.text);
  });
});

describe("findAttributions on any string", () => {
  const alphabet = fc.constantFrom(
    ..."খবরবিসিরয়টার্সেএএফপিকেতাসডন (বাসস):।,-–’'\n\u00A0\u200C\u200D\u09DF\u09BCআলজাজিরাসংস্থাবার্তাজানিয়েছে",
    "\uD800",
    "\uDFFF",
    "BBC",
    "AFP",
  );
  it("never throws, and every result passes AttributionSchema and quotes the input", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((units) => units.join("")), (text) => {
        for (const a of findAttributions(text)) {
          expect(AttributionSchema.safeParse(a).success).toBe(true);
          expect(text.slice(a.index, a.index + a.text.length)).toBe(a.text);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => Array.isArray(findAttributions(text))));
  });

  it("reads a long run of closing brackets before a dashed wire without running out of stack", () => {
    for (const text of [`নিহত${")".repeat(500_000)} — AFP`, `(ফাইল ছবি।)${")".repeat(200_000)} — এএফপি`]) {
      expect(() => findAttributions(text)).not.toThrow();
    }
  });

  it("throws a TypeError on a non-string", () => {
    expect(() => findAttributions(undefined as unknown as string)).toThrow(TypeError);
    expect(() => findAttributions({} as unknown as string)).toThrow(/`text` must be a string/);
  });

  it("returns an empty list for text with no agency", () => {
    expect(findAttributions("")).toEqual([]);
    expect(findAttributions("আজ আবহাওয়া ভালো।")).toEqual([]);
  });
});

describe("findAttributions on sentences it had not met", () => {
  it.each(UNSEEN_ATTRIBUTIONS)("%s", (line, expected) => {
    expect(pairs(findAttributions(line))).toEqual(expected);
  });
});

describe("findAttributions on joint polls, products named after an agency and more unseen sentences", () => {
  itReadsAttributions(AGENCY_ATTRIBUTIONS);

  it("gives each of them its agencies and roles", () => {
    const wrong = AGENCY_ATTRIBUTIONS.filter(([line, expected]) => JSON.stringify(pairs(findAttributions(line))) !== JSON.stringify(expected));
    console.log(`unseen attributions (joint polls, products, cues): ${AGENCY_ATTRIBUTIONS.length - wrong.length}/${AGENCY_ATTRIBUTIONS.length} lines right`);
    expect(wrong).toEqual([]);
  });

  it("reads a joint report's partner across a slash, a dash or up to three words, and names the cue", () => {
    expect(findAttributions("রয়টার্স/ইপসোসের জরিপে ৪০ শতাংশ মানুষ সরকারের পক্ষে।")).toMatchObject([
      { agency: "reuters", text: "রয়টার্স", role: "source", cue: "report", inflection: "none" },
    ]);
    expect(findAttributions("রয়টার্স ও সরকারের মধ্যে বিরোধ।")).toMatchObject([{ agency: "reuters", role: "mention" }]);
  });
});

describe("findAttributions on unseen wire, broadcaster and outlet sentences", () => {
  itReadsAttributions(WIRE_ATTRIBUTIONS);

  it("reaches precision and recall of 100% over the unseen wire lines", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [line, expected] of WIRE_ATTRIBUTIONS) {
      const s = score(findAttributions(line), expected);
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
    console.log(`unseen wire attributions: ${WIRE_ATTRIBUTIONS.length} lines, ${tp + fn} expected, ${fp} false, ${fn} missed`);
    expect(fp + fn).toBe(0);
  });

  it("keeps an article before a name in the span, and gives the registry spelling without it", () => {
    const [found] = findAttributions("ব্রিটিশ দৈনিক দ্যা গার্ডিয়ানের প্রতিবেদনে বলা হয়েছে।");
    expect(found).toMatchObject({ agency: "guardian", text: "দ্যা গার্ডিয়ানের", index: 14, name: "গার্ডিয়ান", inflection: "genitive" });
    expect(findAttributions("দ্য হিন্দুর প্রতিবেদনে বলা হয়েছে।")[0]).toMatchObject({ agency: "the-hindu", name: "দ্য হিন্দু" });
  });

  it("resolves a spelling to its alternate only after the alternate's country", () => {
    expect(pairs(findAttributions("অস্ট্রেলিয়ান সংবাদমাধ্যম এবিসি জানিয়েছে।"))).toEqual([["abc-australia", "source"]]);
    expect(pairs(findAttributions("এবিসি নিউজ জানিয়েছে।"))).toEqual([["abc-news", "source"]]);
    expect(pairs(findAttributions("যুক্তরাষ্ট্রের এবিসি নিউজকে তিনি বলেন।"))).toEqual([["abc-news", "mention"]]);
    expect(findAttributions("অস্ট্রেলিয়ার এবিসি নিউজের খবরে বলা হয়েছে।")[0]).toMatchObject({ agency: "abc-australia", name: "এবিসি নিউজ" });
  });
});

describe("findAttributions on citations, joint polls and wire datelines in one bracket", () => {
  itReadsAttributions(TRAILER_ATTRIBUTIONS);

  it("gives each of them its agencies and roles", () => {
    const wrong = TRAILER_ATTRIBUTIONS.filter(([line, expected]) => JSON.stringify(pairs(findAttributions(line))) !== JSON.stringify(expected));
    console.log(`unseen attributions (citations, joint polls, bracketed datelines): ${TRAILER_ATTRIBUTIONS.length - wrong.length}/${TRAILER_ATTRIBUTIONS.length} lines right`);
    expect(wrong).toEqual([]);
  });

  it("takes a partner glued on with a dash or a slash as sharing the report, and a place and date in the bracket as a dateline", () => {
    expect(findAttributions("এপি-এনওআরসি জরিপ অনুযায়ী, ভোটাররা উদ্বিগ্ন।")).toMatchObject([
      { agency: "ap", text: "এপি", role: "source", cue: "report", inflection: "none" },
    ]);
    expect(findAttributions("(চট্টগ্রাম, ৪ আগস্ট, বাসস) : বন্দরে জট।")).toMatchObject([
      { agency: "bss", text: "বাসস", index: 21, role: "source", cue: "dateline" },
    ]);
    expect(findAttributions("রয়টার্স-ইপসোস বিরোধ মেটেনি।")).toMatchObject([{ agency: "reuters", role: "mention" }]);
    expect(findAttributions("এএফপিকে উদ্ধৃত করে সিএনএন জানায়, ভোট চলছে।")).toMatchObject([
      { agency: "afp", role: "source", cue: "barat", via: "cnn" },
      { agency: "cnn", role: "source" },
    ]);
  });
});

describe("findAttributions on parties that share an agency's acronym and outlets met for the first time", () => {
  itReadsAttributions(SOURCE_ATTRIBUTIONS);

  it("gives each of them its agencies and roles", () => {
    const wrong = SOURCE_ATTRIBUTIONS.filter(([line, expected]) => JSON.stringify(pairs(findAttributions(line))) !== JSON.stringify(expected));
    console.log(`unseen attributions (parties, new outlets, descriptors, datelines): ${SOURCE_ATTRIBUTIONS.length - wrong.length}/${SOURCE_ATTRIBUTIONS.length} lines right`);
    expect(wrong).toEqual([]);
  });

  it.each([
    ["গাজায় বিমান হামলা হয়েছে।\n\n– এএফপি", "afp", "এএফপি"],
    ["ভূমিকম্পে কেউ হতাহত হননি।\n—রয়টার্স\n", "reuters", "রয়টার্স"],
    ["—এএফপি", "afp", "এএফপি"],
    ["বন্দরে জাহাজের জট।\n\n(বাসস)", "bss", "বাসস"],
  ])("takes names alone on the last line after a dash or a bracket as the sources: %j", (text, agency, name) => {
    expect(findAttributions(text)).toMatchObject([{ agency, text: name, role: "source", cue: "sutro" }]);
  });

  it("leaves a dash before a name that does not close the text, or a line too long, as it was", () => {
    expect(pairs(findAttributions("– রয়টার্স\n\nপরে বিস্তারিত জানানো হবে।"))).toEqual([["reuters", "mention"]]);
    const long = `শেষ অনুচ্ছেদ।\n\n${"রয়টার্স, এএফপি, বিবিসি, সিএনএন, আল জাজিরা, ডয়চে ভেলে"}, ভয়েস অব আমেরিকা`;
    expect(findAttributions(long).every((found) => found.role === "mention")).toBe(true);
  });

  it.each([
    ["রয়টার্স ইনস্টিটিউটের গবেষণায় দেখা গেছে, আস্থা কমছে।", []],
    ["বার্তা সংস্থা এএফপি ফাউন্ডেশনের কথা জানিয়েছে।", []],
    ["এএফপির ভবনে হামলা হয়েছে।", [["afp", "mention"]]],
    ["বিবিসি জানিয়েছে, ভবনে আগুন লেগেছে।", [["bbc", "source"]]],
  ])("takes a name before the noun of an organisation as another body: %j", (text, expected) => {
    expect(pairs(findAttributions(text))).toEqual(expected);
  });

  it("takes a party before an ambiguous name (`দল পিটিআই`) as no agency, and the wire with a descriptor as the source", () => {
    expect(findAttributions("ইমরান খানের দল পিটিআই জানিয়েছে, সমাবেশ হবে।")).toEqual([]);
    // a word that only ends in দল (`বাদল`) is no party
    expect(findAttributions("আবহাওয়া অফিসের কর্মকর্তা বাদল পিটিআইকে বলেন, বৃষ্টি হবে।")).toMatchObject([{ agency: "pti", role: "mention" }]);
    expect(findAttributions("বার্তা সংস্থা পিটিআই জানিয়েছে, সমাবেশ হবে।")).toMatchObject([{ agency: "pti", role: "source" }]);
  });
});

describe("findAttributions on bodies named after an agency with a word between (`বিবিসি মিডিয়া অ্যাকশন`)", () => {
  itReadsAttributions(PAGE_ATTRIBUTIONS);
});

describe("findAttributions on outlets of Thailand, Malaysia, Spain, Myanmar and Sri Lanka, cricket sites, inflected wires, English copy", () => {
  itReadsAttributions(SITE_ATTRIBUTIONS, "unseen attributions of more sites");
});

describe("findAttributions on other outlets' text: Indian Bengali, BBC বাংলা, DW, VOA and English-language sites", () => {
  itReadsAttributions(REGIONAL_ATTRIBUTIONS, "unseen attributions of other outlets");
  itReadsAttributions(INDIAN_OUTLET_ATTRIBUTIONS, "unseen attributions of Indian outlets");

  it.each([
    ["খবর বার্তা সংস্থা (এএফপি)-এর।", { text: "(এএফপি)-এর", index: 18, inflection: "genitive", role: "source", cue: "khobor" }],
    ["ফরাসি বার্তা সংস্থা (এএফপি)-কে তিনি বলেন, যুদ্ধ থামবে না।", { text: "(এএফপি)-কে", index: 20, inflection: "dative", role: "mention" }],
    ["খবর বার্তা সংস্থা (রয়টার্স)’র।", { text: "(রয়টার্স)’র", index: 18, inflection: "genitive", role: "source" }],
    ["ঢাকা, ১২ মার্চ (বাসস)- এ বছর বোরোর ফলন ভালো হয়েছে।", { text: "বাসস", inflection: "none", role: "source", cue: "dateline" }],
    ["খবর বার্তা সংস্থা (এএফপি)।", { text: "এএফপি", inflection: "none", role: "source" }],
  ] as const)("a name alone in brackets takes the ending written after them: %s", (line, expected) => {
    expect(findAttributions(line)).toMatchObject([expected]);
  });
});

describe("findAttributions on English names with their descriptor before the verb, and more inflected wires and outlets", () => {
  itReadsAttributions(NEWSROOM_ATTRIBUTIONS, "unseen attributions of newsrooms");

  it("reads the verb after a descriptor as the name's, and keeps the span on the name", () => {
    expect(findAttributions("Reuters news agency reported that talks failed.")).toMatchObject([
      { agency: "reuters", text: "Reuters", index: 0, role: "source", cue: "reporting-verb", inflection: "none" },
    ]);
    expect(findAttributions("A spokesman told the AFP news agency that talks failed.")).toMatchObject([{ agency: "afp", role: "mention" }]);
  });
});

describe("findAttributions on English attributions with a word before the verb or descriptors after the cue", () => {
  itReadsAttributions(ENGLISH_ATTRIBUTIONS, "unseen English attributions");

  it("keeps the span on the name and gives the cue that decided", () => {
    expect(findAttributions("KCNA news agency later said the test succeeded.")).toMatchObject([
      { agency: "kcna", text: "KCNA", index: 0, role: "source", cue: "reporting-verb" },
    ]);
    expect(findAttributions("The talks failed, according to state TV CCTV.")).toMatchObject([
      { agency: "cctv", text: "CCTV", index: 40, role: "source", cue: "khobor" },
    ]);
  });
});

describe("findAttributions: television channels it had not met", () => {
  itReadsAttributions(CHANNEL_UNSEEN_ATTRIBUTIONS);
});

describe("findAttributions on country words and `local` before a descriptor, clauses before the verb, `added` and listeners", () => {
  itReadsAttributions(CHROME_ATTRIBUTIONS, "unseen attributions of wire copy and channels");

  it("gives the listener the cue `told`, and keeps the span on the name", () => {
    expect(findAttributions("The minister told Indian news agency PTI that talks would go on.")).toMatchObject([
      { agency: "pti", text: "PTI", role: "mention", cue: "told" },
    ]);
  });
});

describe("findAttributions on English modifiers and possessives before a name, Sabah, a descriptor after a name and posts", () => {
  itReadsAttributions([...STATEMENT_UNSEEN_ATTRIBUTIONS, ...STATEMENT_UNSEEN_MORE_ATTRIBUTIONS]);
});

describe("findAttributions on an outlet's service, edition, bureau or poll as the reporter", () => {
  itReadsAttributions(SERVICE_UNSEEN_ATTRIBUTIONS, "unseen service and edition attributions");
});

describe("findAttributions: agencies in Bengali inflections, an outlet's people and polls in English", () => {
  itReadsAttributions(NAMES_UNSEEN_ATTRIBUTIONS, "unseen names attributions");
});

describe("findAttributions: foreign outlets with their case endings, hyphenated or glued", () => {
  it.each(CREDITED_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => [a.agency, a.inflection, a.role])).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: outlets quoted in running text, and outlets it had not met", () => {
  itReadsAttributions(QUOTED_ATTRIBUTIONS);

  it("keeps The Kyiv Independent apart from Britain's Independent", () => {
    expect(findAttributions("কিয়েভ ইন্ডিপেন্ডেন্টকে তিনি বলেন, হামলা হয়েছে।")).toMatchObject([
      { agency: "kyiv-independent", text: "কিয়েভ ইন্ডিপেন্ডেন্টকে", role: "mention", cue: "told" },
    ]);
    expect(findAttributions("ব্রিটিশ দৈনিক ইনডিপেনডেন্ট জানিয়েছে, ভোট হবে।").map((a) => a.agency)).toEqual(["independent"]);
  });
});

describe("findAttributions: Myanmar Now, Ukrainska Pravda and The Global New Light of Myanmar", () => {
  itReadsAttributions(CRUMB_ATTRIBUTIONS, "unseen attributions to outlets of Myanmar and Ukraine");
});

describe("findAttributions: a sports desk's sources (Sky Sports understands, per ESPN)", () => {
  itReadsAttributions(COLUMN_ATTRIBUTIONS, "unseen attributions of sports and entertainment pages");
});

describe("findAttributions: Cricbuzz, The Athletic, BBC Sport and a scoop (`Variety was first to report`)", () => {
  itReadsAttributions(NOTE_ATTRIBUTIONS, "unseen attributions of sports and entertainment desks");
});

describe("findAttributions: Deadline, Pinkvilla and the Saudi Gazette; a deadline that is no outlet", () => {
  itReadsAttributions(BEAT_ATTRIBUTIONS, "unseen attributions of film pages and expatriate news");
});

describe("findAttributions: an English verb or adverb before the name, a name closing its line, Gulf and Asian outlets", () => {
  it.each(VERB_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: an outlet quoted by another, a number's dot, a paper closing a line, an English person's name", () => {
  it.each([...CITED_ATTRIBUTIONS, ...STORY_UNSEEN_ATTRIBUTIONS, ...POSTED_UNSEEN_ATTRIBUTIONS])("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: health, court, diaspora, Indian, Pakistani and Myanmar desks; names in quotes and brackets", () => {
  it.each(DESK_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a wire's closing initials, Gulf and science outlets, a name in double quotes, told in a headline", () => {
  it.each(WIRE_STILL_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: outlets of world, South Asia, Gulf, science and health desks, and a name that is also a word", () => {
  it.each(OUTLET_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a name alone in brackets with its ending after them, a wire's desks, science, health and tech sites", () => {
  it.each(LEFTOVER_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a source line naming other bodies, an ending after a spaced hyphen, outlets compared, quoted and staffed", () => {
  it.each(LEFTOVER2_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a time word before a verb, a word before a venue, an outlet's team, Pakistan's The News", () => {
  it.each(LEFTOVER3_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: Indian pages quoting wires, fact-checks, outlets in quotes and in English sentences", () => {
  it.each(NEW_SHAPE_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: an outlet's footage, a year before its report, its fact-check unit, an interview with it", () => {
  it.each(LEFTOVER4_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: an outlet's papers in hand, its report denied, an outlet after a publishing verb, fact-checkers", () => {
  it.each(LEFTOVER5_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: press releases, Indian pages quoting wires, sports and science pages", () => {
  it.each(BEAT_SHAPE_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: papers in hand, shared footage, statistics, reports called false, more fact-checkers", () => {
  it.each(LEFTOVER6_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: published or compiled by an outlet, an outlet's question unanswered, business pages", () => {
  it.each(PUBLISHED_SHAPE_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a said clause before a verb with its own subject, counts and reviews, untrue reports, tech sites", () => {
  it.each(LEFTOVER7_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a said clause after a subject, inquiries and documentaries, compiled figures, questions answered", () => {
  it.each(LEFTOVER8_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a time or the outlet itself between the quotative and its verb, a word before a question", () => {
  it.each(LEFTOVER9_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: outlets of India, the Gulf, Southeast Asia, Africa and Latin America, things given, programmes", () => {
  it.each(LEFTOVER10_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: documents seen, corrections, feelings expressed, joint and opinion polls, e-mails given", () => {
  it.each(LEFTOVER11_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: reports named as a time, messages given to an outlet, an outlet's own condemnation", () => {
  it.each(LEFTOVER12_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: reports published as a time, reports in a locative outlet, an outlet's regret, English reports, new outlets", () => {
  it.each(LEFTOVER13_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: an emphatic after a consonant, analyses in English, the time before a locative report, withdrawn reports, new outlets", () => {
  it.each(LEFTOVER14_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: outlets of Nepal, Pakistan, Brazil, Korea and the Hindi press, emphatics before a scoop, headlines, statements, editorials, polls", () => {
  it.each(LEFTOVER15_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a streaming service, polls an outlet ran, a wire's photos, Amar Desh, channels and Kolkata's papers, an outlet's journalist after its bare name", () => {
  it.each(LEFTOVER16_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a wire after a dash closing running text, headlines, citations, social accounts, reporters, bodies named after outlets, new outlets", () => {
  it.each(LEFTOVER17_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a medium's word carrying a bare name's case, outlets' apps, English names with Bengali endings, wires closing headlines", () => {
  it.each(LEFTOVER18_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: Amader Shomoy, times that name outlets after a medium's word, counts closing headlines, Semafor, outlets citing outlets", () => {
  it.each(LEFTOVER19_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: month-first datelines, counts of any noun or English word closing headlines, outlets of the region, lists of outlets", () => {
  it.each(LEFTOVER20_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a channel's name after a determiner of its noun, Bangla months in other spellings, wires as witnesses and counters, employers, venues, platforms", () => {
  it.each(LEFTOVER21_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: the noun সময় after a genitive or বহু, exit and opinion polls, former staff, profiles", () => {
  it.each(LEFTOVER22_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: what a poll predicted or suggested, anchors and presenters, the news desk's editor and head", () => {
  it.each(LEFTOVER23_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: wires of Asia and the Gulf, the desk's ranks, staff nouns in a case, an outlet's host", () => {
  it.each(LEFTOVER24_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: outlets whose names are common words, an article and capitals as printed, channels and portals in a case", () => {
  it.each(LEFTOVER25_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a domain written out before a case ending, Indian and Pakistani wires, an outlet's pages, official sources", () => {
  it.each(LEFTOVER26_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a report passed on by one outlet from another, an outlet's report denied or criticised, an outlet banned", () => {
  it.each(LEFTOVER27_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a report criticised with a word of degree, Indian outlets, headlines of an outlet's analysis, its staff on a beat", () => {
  it.each(LEFTOVER28_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: an outlet's airing, bureau chief, explainer and count, a report called something, Bangladeshi and foreign outlets in their cases", () => {
  it.each(LEFTOVER29_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a bureau chief with no possessive, what an outlet telecast or relayed, its estimate after `by`, a credit of its video alone", () => {
  it.each(LEFTOVER30_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: an outlet's work before a headline's colon, its report in the present perfect and the passive with an adverb", () => {
  it.each(LEFTOVER31_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a hyphenated fact check, an exclusive in the passive, a report acted on, an editor on a beat, Indian wires, channels, source lines", () => {
  it.each(LEFTOVER32_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: a fact check after an article, a fact check's team, an outlet's television footage, outlets of the registry in their case endings", () => {
  it.each(LEFTOVER33_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: outlets whose names are common words, a hyphenated ending after a time's name, an adjective before a fact check", () => {
  it.each(LEFTOVER34_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: regional outlets, source lines of several outlets, social accounts, interviews, outlets as objects", () => {
  it.each(MORE_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});

describe("findAttributions: corrections, polls, documents, editorials, outlets citing outlets, requests for comment", () => {
  it.each(MORE2_ATTRIBUTIONS)("%s", (line, expected) => {
    const found = findAttributions(line);
    expect(found.map((a) => (a.cue === undefined ? [a.agency, a.role] : [a.agency, a.role, a.cue]))).toEqual(expected);
    for (const attribution of found) expect(AttributionSchema.safeParse(attribution).success).toBe(true);
  });
});
