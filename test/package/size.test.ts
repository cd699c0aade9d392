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

/**
 * Each row guards against growth: the size measured, plus a little room for the next change. A rule that reads more
 * text pays for itself here, so a row moves only with a reason, and the CHANGELOG says what each addition reads. The
 * comments give the largest parts of each import, as shares of its minified code.
 */
const LIMITS: ReadonlyArray<readonly [string, number]> = [
  // goal 1 KiB.
  ["toAsciiDigits", 1024],
  // goal 8 KiB. Two thirds is the date readers: the scanner, the shapes of times, relative words and ranges, the
  // whole-dateline fast path, zone arithmetic and a year written before its day; a quarter is vocabulary (zones of
  // places abroad, day parts, months and weekdays in every spelling); the matching view of the text is 6%.
  ["parseDateline", 17141],
  ["toBanglaDate", 2048],
  ["toBanglaDate, fromBanglaDate", 2088],
  ["toHijriDate, fromHijriDate", 2583],
  // the registry of agencies is 84% (one agency a line, kept as a pattern's source so that the bundle keeps its
  // Bengali letters unescaped); a line costs about 15–35 B.
  ["findAgency", 13641],
  // the registry 56%, the cue verbs and phrases of attribution, Bengali and English, 18%.
  ["findAttributions", 24826],
  // the registry 42%; the rules that classify a part of a byline 17%; places 10%; roles, titles and labels 7%.
  ["parseByline", 32346],
  // the registry 57%; the credit reader and caption splitter 21%; credit words and labels 8%.
  ["splitCaption, parseCredit", 22732],
  // every reader but the calendars' formatting: vocabulary and the registry 46%, bylines and credits 20%, dates 17%,
  // attributions 7%, the page reader itself (lines, sections, names above a role line, sign-offs) 8%.
  ["extractArticle", 91827],
  // the registry 62% (an agency's name is no initials) and the boilerplate vocabulary 13%.
  ["findSignOff", 20980],
  // the boilerplate vocabulary (chrome, footers, players, buttons, section names) 59%, the matching view 17%.
  ["isBoilerplate", 6553],
  // every export; the goal is 40 KiB. Vocabulary and the registry are 44% (16% the registry), bylines and credits
  // 19%, dates 16%; with Bengali kept as UTF-8 instead of escaped, about 1% less.
  ["*", 95229],
];

describe("bundle size (minified, gzipped)", () => {
  it.each(LIMITS)("%s ≤ %i bytes", async (names, limit) => {
    const size = await gzippedSize(names);
    console.log(`size: { ${names} } ${size} B gzipped (limit ${limit} B)`);
    expect(size).toBeLessThanOrEqual(limit);
  });
});
