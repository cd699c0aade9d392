/** Tree-shaken, minified, gzipped size of what a user imports, measured with esbuild on the built ESM entry. */
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ENTRY = resolve(import.meta.dirname, "../../dist/index.js");

async function gzippedSize(names: string): Promise<number> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(ENTRY)};`, resolveDir: process.cwd() },
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

const LIMITS: ReadonlyArray<readonly [string, number]> = [
  ["toAsciiDigits", 1024],
  // goal 8 KiB; ceiling 12 KiB (the whole-dateline fast path is about 1.4 KiB of it)
  ["parseDateline", 11264],
  ["toBanglaDate", 2048],
  ["toBanglaDate, fromBanglaDate", 2560],
  ["toHijriDate, fromHijriDate", 3072],
  // the registry of 217 agencies is most of it (about 9.7 KB gzipped)
  ["findAgency", 14336],
  ["findAttributions", 20480],
  // the registry (through findAgency) is most of these (about 20.3 KB and 14.9 KB)
  ["parseByline", 20992],
  ["splitCaption, parseCredit", 15360],
  // every reader together (about 49 KB); findSignOff keeps agency names from reading as initials (the registry)
  ["extractArticle", 57344],
  ["findSignOff", 17408],
  ["isBoilerplate", 4096],
];

describe("bundle size (minified, gzipped)", () => {
  it.each(LIMITS)("%s ≤ %i bytes", async (names, limit) => {
    const size = await gzippedSize(names);
    console.log(`size: { ${names} } ${size} B gzipped (limit ${limit} B)`);
    expect(size).toBeLessThanOrEqual(limit);
  });
});
