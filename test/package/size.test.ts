/** Tree-shaken, minified, gzipped size of what a user imports, measured with esbuild on the built ESM entry. */
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ENTRY = resolve(import.meta.dirname, "../../dist/index.js");

async function gzippedSize(names: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: names === "*" ? `export * from ${JSON.stringify(ENTRY)};` : `export { ${names} } from ${JSON.stringify(ENTRY)};`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}

/** Each row guards against growth: the size measured, plus about 2% for the next change. */
const LIMITS: ReadonlyArray<readonly [string, number]> = [
  ["toAsciiDigits", 1024],
  // goal 8 KiB; about 11,120 B now: the whole-dateline fast path (about 0.8 KiB), the matching view (0.75), the
  // scanner (0.7), zone arithmetic (0.6) and the date vocabularies (about 1.5 KiB of spellings) are the most of it;
  // passing over the shapes of running text that need a reference when there is none costs about 15 B; `আনুমানিক`
  // beside a time (`রাত আনুমানিক ৯টায়`) about 15 B; `আনুমানিক`/`about` before a day part, `Last update`, English
  // labels ending in `Date`, `hrs` after a clock time, `রোজ` before a weekday between a date and its time and West
  // Bengal's `টো`/`টে` (o'clock) about 35 B; `noon` and `midnight` after 12 about 10 B
  ["parseDateline", 11228],
  ["toBanglaDate", 2048],
  ["toBanglaDate, fromBanglaDate", 2112],
  ["toHijriDate, fromHijriDate", 2622],
  // the registry of 227 agencies is most of it (about 7.5 KB gzipped, read from a table of one agency a line)
  // Telegraph India, Daily Mirror Sri Lanka (alternates of their British namesakes) and ESPNcricinfo about 115 B
  ["findAgency", 10742],
  // a name alone in brackets taking the ending after them (`(এএফপি)-এর`) about 40 B; `with inputs from`, an English
  // article before a name, `থেকে নেওয়া` and `থেকে জানা` about 30 B
  // the same three outlets and শ্রীলঙ্কার as a country word about 120 B
  ["findAttributions", 16349],
  // the registry (through findAgency) is most of these (about 20.9 KB and 15.7 KB; places and roles about 3 KB)
  // titles after a name (শিক্ষক, গবেষক, সাংবাদিক, বিশেষজ্ঞ), two titles joined by ও, courts, schools and institutes
  // after a name about 80 B; titles by their endings (বিদ, বিজ্ঞানী, কর্মী, বিশ্লেষক, সচিব, উপদেষ্টা, পরিচালক) about 50 B;
  // প্রভাষক, লেখক, প্রকাশক, গভর্নর, -ম্যান, a title on the line under a name, a department before its university and an institute's
  // initials or any other body after a title, an outlet before a correspondent's place about 165 B, less about 75 B of
  // shorter code that reads the same; a desk word glued to its subject (`অনলাইনডেস্ক`) about 45 B; Telegraph India,
  // Daily Mirror Sri Lanka and ESPNcricinfo in the registry about 115 B
  ["parseByline", 22060],
  // the `ভিডিও:` and `ইনফোগ্রাফ:` credit labels and `ছবি ছবি:` cost about 25 B
  // organisations credited for a photo (পেন্টাগন, ক্রেমলিন, Google, … হাউস, … ভবন) about 35 B; ইসরো, … স্ট্রিট 17 B,
  // less about 15 B of shorter tests for a match that read the same; … Police, … Army, … Ministry, … Street 20 B;
  // an outlet's archive (`… আর্কাইভ`), `Collected from` a platform and স্পেসএক্স about 65 B; Telegraph India, Daily
  // Mirror Sri Lanka and ESPNcricinfo in the registry about 110 B
  ["splitCaption, parseCredit", 16410],
  // every reader together (about 52.5 KB); findSignOff keeps agency names from reading as initials (the registry);
  // a sign-off glued to the last paragraph, in brackets or after a dash costs about 150 B of them; small numbers in
  // words before আগে (`দেড় ঘণ্টা আগে`) about 220 B; a party before an agency's acronym, two outlets, currencies closing
  // a market report, copyright lines without © and reading times in minutes about 90 B; organisations named after an
  // agency (`রয়টার্স ইনস্টিটিউট`), names after a dash on the last line and more units closing a market report about
  // 140 B; titles after a name and organisations in credits about 120 B; `স্বত্বাধিকার সংরক্ষিত`, next, previous,
  // comments and e-paper links, bodies named `… মিডিয়া ইনস্টিটিউট`, sentences about rights (`… স্বত্ব সংরক্ষিত রাখতে`)
  // and a sign-off above the tags under `সম্পর্কিত বিষয়:` about 90 B; a month-first day after a weekday (`Saturday
  // (July 12)`) about 60 B, a weekday before a Bangla or Hijri date (`রবিবার, ২৮ আষাঢ় ১৪৩২`) about 80 B (a look-ahead on the weekday shapes of running text), `আনুমানিক`
  // beside a time and `আগামী` before a month about 10 B; the quick tests of `N … আগে` and of a year after a day look
  // for the rarer word first (about 10 B, and faster); a month by its place alone (`গত মাসে`), `about` before a day
  // part and `Last update` about 30 B; titles, departments and institutes after a name and a title on the line under
  // it, an outlet before a correspondent's place, with ইসরো, … স্ট্রিট and English organisations in credits, about
  // 75 B after shorter code in the byline and credit readers that reads the same
  // one walker of the last lines serves extractArticle and findSignOff (about 30 B and 25 B); initials with the
  // sources in brackets after them (`এসবি/কেএম (রয়টার্স, এএফপি)`) about 45 B and 65 B; a bracketed name's ending and
  // the English cues about 55 B; counts beside chrome words (`০ মন্তব্য`), `সম্পাদক:`/`প্রকাশক:` and `পরের খবর` about 30 B; one
  // test of a word edge for every article pattern saves about 75 B; glued desk words, outlets' archives and
  // `Collected from` a platform in credits about 110 B; a year carried along a list of days (`২০২৪ সালের ১৯ জুলাই ও ৫
  // আগস্ট`) about 110 B, English one to ten and `half an` before `ago` about 55 B and `noon`/`midnight` after 12 about 10 B, less 15 B
  // of shared quick tests in the scanner (about 150 B in all); three more outlets (about 120 B) and `লোড হচ্ছে`,
  // `ভারপ্রাপ্ত সম্পাদক:`, `Editor:`, `Publisher:`, `টপিক:`, `Comments`, `Most Read`, `Latest News`, `Print this` as
  // chrome (about 60 B)
  ["extractArticle", 54330],
  // its code is unchanged when the other readers change, but the minifier's names (chosen by the letter counts of the
  // whole entry file) move its gzipped size by a few bytes
  // three more outlets in the registry (about 115 B) and the new chrome lines (about 60 B)
  ["findSignOff", 14515],
  // counts beside chrome words, a footer's `সম্পাদক:`/`প্রকাশক:` and `পরের খবর`/`আগের খবর` about 30 B
  // `লোড হচ্ছে`, `ভারপ্রাপ্ত সম্পাদক:`, `Editor:`, `Publisher:`, `টপিক:`, `Comments`, `Most Read`, `Latest News`, `Print this`
  // about 70 B
  ["isBoilerplate", 3707],
  // every export (about 55 KiB, most of it vocabulary); the goal is 40 KiB (building contributors without a cast costs
  // 14 B; a month by its place, `about` before a day part and more dateline labels about 45 B; titles, departments,
  // institutes and outlets in bylines and organisations in credits about 95 B after shorter code in the byline and
  // credit readers that reads the same; sign-offs with sources in brackets, a bracketed name's ending, English cues and
  // more chrome about 55 B; glued desk words, outlets' archives and `Collected from` a platform about 115 B; a year
  // carried along a list of days, English one to ten before `ago` and `noon`/`midnight` after 12 about 165 B; three
  // more outlets and more chrome lines about 190 B)
  ["*", 57050],
];

describe("bundle size (minified, gzipped)", () => {
  it.each(LIMITS)("%s ≤ %i bytes", async (names, limit) => {
    const size = await gzippedSize(names);
    console.log(`size: { ${names} } ${size} B gzipped (limit ${limit} B)`);
    expect(size).toBeLessThanOrEqual(limit);
  });
});
