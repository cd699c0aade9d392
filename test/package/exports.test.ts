/** The built package, loaded by its own name through "exports", as ESM and as CommonJS. */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

describe("package exports", () => {
  it("ESM and CommonJS expose the same API", async () => {
    const esm = await import("bangla-news-meta");
    const cjs = require("bangla-news-meta") as Record<string, unknown>;
    const names = Object.keys(esm).sort();
    expect(names.length).toBeGreaterThan(2);
    expect(Object.keys(cjs).sort()).toEqual(names);
    expect(esm.toAsciiDigits("২০২৫")).toBe("2025");
    expect((cjs["toAsciiDigits"] as (text: string) => string)("২০২৫")).toBe("2025");
  });

  it("the schemas subpath loads in both formats", async () => {
    const esm = await import("bangla-news-meta/schemas");
    const cjs = require("bangla-news-meta/schemas") as Record<string, unknown>;
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(Object.keys(esm)).toContain("ParsedDateSchema");
  });
});
