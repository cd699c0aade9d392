/**
 * Hostile input: a megabyte of repeated near-matches must take linear time. Each text reader runs on 100 KB and on
 * 1 MB of the same pattern; the second may take about ten times the first (under 50 allows for the noise of a busy machine),
 * never a hundred (quadratic).
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.ts";

type Reader = (text: string) => unknown;

const READERS: ReadonlyArray<readonly [string, Reader | undefined]> = [
  ["toAsciiDigits", api.toAsciiDigits],
  ...(["parseTime", "parseDate", "parseDateline", "findDates", "findAttributions", "findAgency", "matchAgencyAtStart", "matchAgencyAtEnd", "parseByline", "splitCaption", "parseCredit", "findSignOff", "isBoilerplate", "extractArticle"] as const).map(
    (name) => [name, (api as Record<string, unknown>)[name] as Reader | undefined] as const,
  ),
];

const NEAR_MATCHES = [
  "১২:৩",
  "৩১ জানুয়ার ",
  "১০:২৬ এএম, ১৩ ",
  "প্রকাশিত: ",
  "আপডেট:",
  "২০২৪-০৩-",
  "ডেস্ক ",
  "ছবি: ",
  "খবর ",
  "বিবিসি",
  "মোঃ ",
  " ,",
  "\u09AF\u09BC\u200C",
  "0",
  " ",
  // the shapes read lately: lists and ranges of days, glued days, এইমাত্র, seconds, alternates, paragraphs and
  // sign-offs printed twice, names joined by ও
  "১, ২, ৩, ",
  "১৩-১৪-১৫-",
  "১৩-১৪, ",
  "১৩ থেকে ",
  "১৩, ১৪ ও ",
  "কাল১৩",
  "এইমাত্র ",
  "৫ সেকেন্ড আগে ",
  "অস্ট্রেলিয়ার এবিসি ",
  "একই কথা আবার লেখা হলো।\n\n",
  "রহিম ও ",
  "টিটিএন\n",
  // attribution cues: a citation looks for the source after it in the same sentence
  "রয়টার্সের বরাত দিয়ে ",
  "সূত্র:\n",
  "বিবিসি থেকে অনুবাদ ",
  // Latin capitals, which the matching view writes small
  "WASHINGTON, JAN 9 (AP) — SH/AS ",
  // a run of joiners: the view drops each one and reads the run after it only after the এ্ of এ্যা
  "\u200D",
];

function hostile(fragment: string, bytes: number): string {
  return fragment.repeat(Math.ceil(bytes / Buffer.byteLength(fragment)));
}

function seconds(reader: Reader, text: string): number {
  const start = performance.now();
  reader(text);
  return (performance.now() - start) / 1000;
}

const present = READERS.filter((entry): entry is readonly [string, Reader] => typeof entry[1] === "function");

describe("hostile input takes linear time", () => {
  it.each(present)("%s", (name, reader) => {
    let worst = 0;
    for (const fragment of [...NEAR_MATCHES, NEAR_MATCHES.join("")]) {
      const smallText = hostile(fragment, 100_000);
      const small = Math.min(seconds(reader, smallText), seconds(reader, smallText), seconds(reader, smallText));
      // the fastest of a few runs: a pause of the machine makes one run slow, never all of them
      const largeText = hostile(fragment, 1_000_000);
      const large = Math.min(seconds(reader, largeText), seconds(reader, largeText));
      // below a few milliseconds timer noise and collection pauses dominate; the ratio only means something above it
      const ratio = large / Math.max(small, 0.005);
      worst = Math.max(worst, ratio);
      expect(ratio, `${name} on ${JSON.stringify(fragment)}: 100 KB ${small.toFixed(4)} s, 1 MB ${large.toFixed(4)} s`).toBeLessThan(50);
    }
    console.log(`hostile: ${name} worst 1 MB / 100 KB time ratio ${worst.toFixed(1)} (linear ≈ 10)`);
  }, 120_000);
});
