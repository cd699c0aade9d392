/**
 * `bangla-news-meta`: reads Bengali news articles and prints their metadata as JSON.
 * The only module of the package that does I/O.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { ExtractArticleOptions } from "../article/types.ts";
import { articleMetadata } from "./metadata.ts";

const HELP = `Usage: bangla-news-meta [options] [file]

Reads a Bengali news article (plain text, as copied from the page) from a file, or from standard input when no
file is given or the file is "-", and prints what it finds as JSON: headline, byline, published and updated times,
photo captions with credits, agencies named, dates in the story, the desk's sign-off and the story itself.

Options:
  --jsonl              read one JSON object a line and write one JSON result a line, streaming
  --field <name>       with --jsonl, the field that holds the article text (default: text)
  --time-zone <zone>   IANA zone for wall-clock times (default: Asia/Dhaka; a zone written in the text wins)
  --reference <date>   "now" for the story's dates when an article has no dateline (e.g. the crawl time)
  --compact            print JSON on one line (always so with --jsonl)
  -h, --help           show this help

Dates are written as ISO-8601 strings: "iso" in the zone of the text, "date" in UTC.
With --jsonl each result carries "line" (the input line number) and the input's "id" when it has one. A line that
is not valid JSON, or has no text in the field, gives an error record {"line": N, "error": "..."} and the run goes
on. A progress line is written to standard error when it is a terminal. The exit status is 0 when every article was
read, 1 when any line failed, 2 on a usage error or an unreadable file.
`;

interface CliOptions {
  readonly jsonl: boolean;
  readonly field: string;
  readonly compact: boolean;
  readonly file: string | undefined;
  readonly article: ExtractArticleOptions;
}

class UsageError extends Error {}

function readOptions(argv: string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        jsonl: { type: "boolean", default: false },
        field: { type: "string", default: "text" },
        "time-zone": { type: "string" },
        reference: { type: "string" },
        compact: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 1) throw new UsageError(`expected at most one file, got ${positionals.length}`);
  if (values.field === "") throw new UsageError("--field needs a field name");
  const article: { timeZone?: string; reference?: string } = {};
  if (values["time-zone"] !== undefined) article.timeZone = values["time-zone"];
  if (values.reference !== undefined) article.reference = values.reference;
  return { jsonl: values.jsonl, field: values.field, compact: values.compact, file: positionals[0], article };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One result line for one input line; an error record (with the input's id when it has one) when it cannot be read. */
function jsonlRecord(line: string, lineNumber: number, options: CliOptions): { record: string; failed: boolean } {
  const head: Record<string, unknown> = { line: lineNumber };
  try {
    const parsed: unknown = JSON.parse(line);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not a JSON object");
    const input = parsed as Record<string, unknown>;
    const id = input["id"];
    if (typeof id === "string" || typeof id === "number") head["id"] = id;
    const text = input[options.field];
    if (typeof text !== "string") throw new Error(`field "${options.field}" is not a string`);
    return { record: JSON.stringify({ ...head, ...articleMetadata(text, options.article) }), failed: false };
  } catch (error) {
    return { record: JSON.stringify({ ...head, error: message(error) }), failed: true };
  }
}

async function runJsonl(options: CliOptions): Promise<number> {
  const input = options.file === undefined || options.file === "-" ? process.stdin : createReadStream(options.file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  const progress = process.stderr.isTTY === true;
  let lineNumber = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const result = jsonlRecord(line, lineNumber, options);
    if (result.failed) failed++;
    if (!process.stdout.write(result.record + "\n")) {
      await new Promise<void>((done) => process.stdout.once("drain", () => done()));
    }
    if (progress && lineNumber % 1000 === 0) process.stderr.write(`\r${lineNumber} lines, ${failed} failed`);
  }
  if (progress) process.stderr.write(`\r${lineNumber} lines, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function readAll(file: string | undefined): string {
  return readFileSync(file === undefined || file === "-" ? 0 : file, "utf8");
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions | "help";
  try {
    options = readOptions(argv);
  } catch (error) {
    process.stderr.write(`bangla-news-meta: ${message(error)}\n\n${HELP}`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  try {
    articleMetadata("", options.article); // a bad --time-zone or --reference is a usage error, before any input
  } catch (error) {
    process.stderr.write(`bangla-news-meta: ${message(error)}\n`);
    return 2;
  }
  if (options.jsonl) return runJsonl(options);
  const metadata = articleMetadata(readAll(options.file), options.article);
  process.stdout.write(JSON.stringify(metadata, null, options.compact ? undefined : 2) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bangla-news-meta: ${message(error)}\n`);
    process.exitCode = 2;
  },
);
