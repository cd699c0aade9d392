// A batch job over a JSONL corpus in worker threads: `node examples/worker-pool.mjs corpus.jsonl > out.jsonl`.
// Each worker reads batches of rows and posts back one plain result a row; the main thread keeps one batch in flight
// per worker and writes the results in input order. Run `npm run build` first (it imports the built package).
import { createReadStream } from "node:fs";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import { Worker, isMainThread, parentPort } from "node:worker_threads";

const BATCH = 500;

if (isMainThread) {
  const file = process.argv[2];
  if (file === undefined) {
    process.stderr.write("usage: node examples/worker-pool.mjs corpus.jsonl\n");
    process.exit(2);
  }
  const size = Math.max(1, Math.min(availableParallelism() - 1, 8));
  const workers = Array.from({ length: size }, () => new Worker(new URL(import.meta.url)));
  const idle = [...workers];
  const waiting = [];
  let failed = 0;

  /** Sends a batch to an idle worker (waiting for one if all are busy) and resolves with its results. */
  async function run(rows) {
    while (idle.length === 0) await new Promise((resolve) => waiting.push(resolve));
    const worker = idle.pop();
    const results = await new Promise((resolve) => {
      worker.once("message", resolve);
      worker.postMessage(rows);
    });
    idle.push(worker);
    waiting.shift()?.();
    return results;
  }

  const pending = [];
  let rows = [];
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    rows.push({ line: lineNumber, json: line });
    if (rows.length === BATCH) {
      pending.push(run(rows));
      rows = [];
      // keep memory bounded: write out finished batches before reading far ahead
      while (pending.length > size * 2) for (const result of await pending.shift()) write(result);
    }
  }
  if (rows.length > 0) pending.push(run(rows));
  for (const batch of pending) for (const result of await batch) write(result);
  await Promise.all(workers.map((worker) => worker.terminate()));
  process.exitCode = failed > 0 ? 1 : 0;

  function write(result) {
    if ("error" in result) failed++;
    process.stdout.write(JSON.stringify(result) + "\n");
  }
} else {
  const { extractArticle } = await import("bangla-news-meta");
  parentPort.on("message", (rows) => {
    parentPort.postMessage(
      rows.map(({ line, json }) => {
        try {
          const { id, text } = JSON.parse(json);
          const article = extractArticle(text);
          return {
            line,
            id,
            headline: article.headline,
            published: article.published?.iso ?? null,
            byline: article.byline?.text ?? null,
            agencies: article.attributions.map((a) => a.agency),
            signOff: article.signOff,
          };
        } catch (error) {
          return { line, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
  });
}
