/**
 * `bangla-news-meta`: reads Bengali news articles and prints their metadata as JSON.
 * The only module of the package that does I/O.
 */
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { articleMetadata } from "./metadata.ts";

const HELP = `Usage: bangla-news-meta [options] [file]

Reads a Bengali news article (plain text) from a file, or from standard input when no file is given,
and prints its metadata as JSON.

Options:
  --jsonl          read one JSON object a line and write one JSON result a line (streaming)
  --field <name>   with --jsonl, the field that holds the article text (default: text)
  --compact        print JSON on one line (always so with --jsonl)
  -h, --help       show this help

With --jsonl, a line that is not valid JSON, or has no text in the field, gives an error record
{"line": N, "error": "..."} and the run goes on. The exit status is 1 when any line failed, 2 on a usage error.
`;

interface CliOptions {
  readonly jsonl: boolean;
  readonly field: string;
  readonly compact: boolean;
  readonly file: string | undefined;
}

function readOptions(argv: string[]): CliOptions | "help" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: "boolean", default: false },
      field: { type: "string", default: "text" },
      compact: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  if (positionals.length > 1) throw new Error(`expected at most one file, got ${positionals.length}`);
  return { jsonl: values.jsonl, field: values.field, compact: values.compact, file: positionals[0] };
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
    let record: string;
    try {
      const parsed: unknown = JSON.parse(line);
      const text =
        parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>)[options.field] : undefined;
      if (typeof text !== "string") throw new Error(`field "${options.field}" is not a string`);
      record = JSON.stringify({ line: lineNumber, ...articleMetadata(text) });
    } catch (error) {
      failed++;
      record = JSON.stringify({ line: lineNumber, error: error instanceof Error ? error.message : String(error) });
    }
    if (!process.stdout.write(record + "\n")) {
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
    process.stderr.write(`bangla-news-meta: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (options.jsonl) return runJsonl(options);
  const metadata = articleMetadata(readAll(options.file));
  process.stdout.write(JSON.stringify(metadata, null, options.compact ? undefined : 2) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bangla-news-meta: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
