/**
 * Every ```ts example in README.md and docs/*.md runs here. A line `//=> VALUE` after an expression statement
 * checks that expression: an object is compared with `toMatchObject`, anything else with `toEqual`.
 * Examples import from "bangla-news-meta"; here that is the source tree.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const FILES = ["README.md", ...readdirSync(join(ROOT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => `docs/${name}`)];
const WORK = mkdtempSync(join(tmpdir(), "bnm-docs-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const examples: Example[] = [];
  const fence = /^```(ts|typescript|js|javascript)\n([\s\S]*?)^```$/gm;
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split("\n").length;
    examples.push({ file, line, code: match[2] ?? "" });
  }
  return examples;
}

/** Turns `expr;` + `//=> value` pairs into checks, and the package name into the source entry. */
function toModule(code: string): string {
  const lines = code.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1] ?? "";
    const expected = /^\s*\/\/=>\s?(.*)$/.exec(next);
    if (expected && line.trim().endsWith(";")) {
      const expression = line.trim().slice(0, -1);
      let value = expected[1] ?? "";
      let j = i + 2;
      // a value may continue on lines that start with `//`
      while (j < lines.length && /^\s*\/\/(?!=>)\s?/.test(lines[j] ?? "") && !/^\s*\/\/\s*$/.test(lines[j] ?? "")) {
        value += "\n" + (lines[j] ?? "").replace(/^\s*\/\/\s?/, "");
        j++;
      }
      out.push(`__check(${expression}, (${value}));`);
      i = j - 1;
    } else {
      out.push(line);
    }
  }
  return out
    .join("\n")
    .replace(/from\s+"bangla-news-meta\/schemas"/g, `from ${JSON.stringify(join(ROOT, "src/schemas.ts"))}`)
    .replace(/from\s+"bangla-news-meta"/g, `from ${JSON.stringify(join(ROOT, "src/index.ts"))}`);
}

function check(actual: unknown, expected: unknown): void {
  if (expected !== null && typeof expected === "object" && !(expected instanceof Date)) {
    expect(actual).toMatchObject(expected as object);
  } else {
    expect(actual).toEqual(expected);
  }
}
(globalThis as { __check?: typeof check }).__check = check;

describe.each(FILES)("%s", (file) => {
  const examples = examplesOf(file);
  it("has examples", () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  it.each(examples.map((example) => [`line ${example.line}`, example] as const))("%s", async (_name, example) => {
    const path = join(WORK, `${file.replace(/\W/g, "_")}_${example.line}.ts`);
    writeFileSync(path, `declare const __check: (a: unknown, b: unknown) => void;\n${toModule(example.code)}\n`);
    await import(path);
  });
});
