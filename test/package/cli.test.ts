/** The built command-line tool (dist/cli.js), run as a user runs it: a file, standard input, JSONL, help, misuse. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
const SAMPLE = join(ROOT, "examples/sample-article.txt");
const WORK = mkdtempSync(join(tmpdir(), "bnm-cli-"));
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = "মেট্রোরেলের নতুন স্টেশন চালু\n\nনিজস্ব প্রতিবেদক\nপ্রকাশিত: ০৮:০৫ এএম, ২ মার্চ ২০২৫\n\nরাজধানীতে নতুন স্টেশন চালু হয়েছে।\n\nএমএস/এনএফ\n";

describe("bangla-news-meta (command line)", () => {
  it("reads a file and prints the article as JSON", () => {
    const { status, stdout } = run([SAMPLE]);
    expect(status).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(article).toMatchObject({
      headline: "বন্যায় আসামে লক্ষাধিক মানুষ পানিবন্দি, সীমান্তের ওপারেও সতর্কতা",
      byline: { contributors: [{ kind: "desk", name: "আন্তর্জাতিক ডেস্ক" }] },
      published: { iso: "2025-07-13T10:26:00+06:00", date: "2025-07-13T04:26:00.000Z", precision: "minute" },
      images: [{ caption: "ব্রহ্মপুত্রের পানি বেড়ে তলিয়ে গেছে গুয়াহাটির নিচু এলাকা", credit: { agency: "reuters" } }],
      signOff: "এমআরএম/জিকেএস",
    });
    expect(article["body"]).toEqual(expect.stringContaining("টানা বৃষ্টিতে ভারতের আসাম রাজ্যের"));
    expect(article["body"]).not.toEqual(expect.stringContaining("ফলো করুন"));
  });

  it("reads standard input, and `-` means standard input", () => {
    for (const args of [[], ["-"], ["--compact"]]) {
      const { status, stdout } = run(args, ARTICLE);
      expect(status).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ headline: "মেট্রোরেলের নতুন স্টেশন চালু", signOff: "এমএস/এনএফ" });
    }
    expect(run(["--compact"], ARTICLE).stdout.trim().split("\n")).toHaveLength(1);
  });

  it("streams JSONL: one result a line, an error record for a broken line, and exit status 1", () => {
    const file = join(WORK, "articles.jsonl");
    const lines = [
      JSON.stringify({ id: "a1", text: ARTICLE }),
      "{not json",
      "",
      JSON.stringify({ id: 3, body: "আরেকটি খবর\n\nএকটি অনুচ্ছেদ।" }),
      JSON.stringify({ text: 42 }),
      JSON.stringify({ text: "শেষ খবর\n\nশেষ অনুচ্ছেদ।" }),
    ];
    writeFileSync(file, lines.join("\n") + "\n");
    const { status, stdout } = run(["--jsonl", file]);
    expect(status).toBe(1);
    const records = stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(5);
    expect(records[0]).toMatchObject({ line: 1, id: "a1", headline: "মেট্রোরেলের নতুন স্টেশন চালু", signOff: "এমএস/এনএফ" });
    expect(records[1]).toMatchObject({ line: 2, error: expect.stringContaining("JSON") });
    expect(records[2]).toEqual({ line: 4, id: 3, error: 'field "text" is not a string' });
    expect(records[3]).toMatchObject({ line: 5, error: 'field "text" is not a string' });
    expect(records[4]).toMatchObject({ line: 6, headline: "শেষ খবর", body: "শেষ অনুচ্ছেদ।" });
  });

  it("reads the text from the field --field names, from standard input, with exit status 0 when all lines pass", () => {
    const input = [JSON.stringify({ body: "প্রথম খবর\n\nঅনুচ্ছেদ।" }), JSON.stringify({ body: "দ্বিতীয় খবর\n\nঅনুচ্ছেদ।" })].join("\n");
    const { status, stdout } = run(["--jsonl", "--field", "body"], input);
    expect(status).toBe(0);
    expect(stdout.trim().split("\n").map((line) => (JSON.parse(line) as { headline: string }).headline)).toEqual(["প্রথম খবর", "দ্বিতীয় খবর"]);
  });

  it("prints help", () => {
    for (const flag of ["--help", "-h"]) {
      const { status, stdout } = run([flag]);
      expect(status).toBe(0);
      expect(stdout).toContain("Usage: bangla-news-meta");
      expect(stdout).toContain("--jsonl");
    }
  });

  it("exits with status 2 and the usage on a usage error", () => {
    const unknown = run(["--no-such-option"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Usage: bangla-news-meta");
    const twoFiles = run(["a.txt", "b.txt"]);
    expect(twoFiles.status).toBe(2);
    expect(twoFiles.stderr).toContain("at most one file");
    const zone = run(["--time-zone", "Dhaka", SAMPLE]);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain("'Dhaka'");
  });

  it("exits with status 2 when the file cannot be read", () => {
    const { status, stderr } = run([join(WORK, "missing.txt")]);
    expect(status).toBe(2);
    expect(stderr).toContain("missing.txt");
  });
});
