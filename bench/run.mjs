/**
 * `npm run bench`: speed beside peers on the same inputs, with accuracy printed beside every speed figure.
 * Reads the built package (dist/), so run it through `npm run bench`, which builds first.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { Bench } from "tinybench";
import { datelineInputs } from "./inputs.mjs";
import { parseOneShape } from "./peers/oneShape.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist/index.js");
const lib = await import(DIST);
const TIME = Number(process.env.BENCH_TIME_MS ?? 1000);

const rows = [];
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString("en") : n.toFixed(2));
const pct = (ok, all) => (all === 0 ? "n/a" : `${((100 * ok) / all).toFixed(1)}%`);
function row(suite, subject, speed, accuracy = "", ratio = "") {
  rows.push({ suite, subject, speed, accuracy, ratio });
}

/** Runs `fn` over `inputs` in tinybench; calls per second. */
async function callsPerSecond(name, inputs, fn) {
  const bench = new Bench({ time: TIME, warmupTime: 200 });
  bench.add(name, () => {
    for (let i = 0; i < inputs.length; i++) fn(inputs[i]);
  });
  await bench.run();
  const task = bench.tasks[0];
  const hz = task.result?.throughput?.mean ?? task.result?.hz ?? 0;
  return hz * inputs.length;
}

/** Megabytes (UTF-8) per second of `fn` over `text`. */
async function megabytesPerSecond(name, text, fn) {
  const bytes = Buffer.byteLength(text, "utf8");
  const hz = await callsPerSecond(name, [text], fn);
  return (hz * bytes) / 1e6;
}

// ---------------------------------------------------------------- parseDate beside dateparser, one-shape, date-fns
const inputs = datelineInputs(Number(process.env.BENCH_INPUTS ?? 100));
const texts = inputs.map((input) => input.text);
const sameDay = (a, b) => typeof a === "string" && a.slice(0, 10) === b.slice(0, 10);
const matches = (answer, input) => (input.iso.length === 10 ? sameDay(answer, input.iso) : answer === input.iso);

if (typeof lib.parseDate === "function") {
  const ours = (text) => lib.parseDate(text)?.iso ?? null;
  const ourHz = await callsPerSecond("parseDate", texts, lib.parseDate);
  const ourOk = inputs.filter((input) => ours(input.text) === input.iso).length;
  row("datelines", `parseDate (${inputs.length} strings, 6 shapes)`, `${fmt(ourHz)} calls/s`, pct(ourOk, inputs.length));

  const peer = runDateparser(texts);
  if (peer) {
    const ok = inputs.filter((input, i) => matches(peer.answers[i], input)).length;
    row("datelines", "python3-dateparser (same strings)", `${fmt(peer.hz)} calls/s`, pct(ok, inputs.length), `parseDate is ${fmt(ourHz / peer.hz)}× faster`);
  } else {
    row("datelines", "python3-dateparser", "not available", "", "");
  }

  const shape = inputs.filter((input) => input.shape === "time-first-12h");
  const shapeTexts = shape.map((input) => input.text);
  const oneHz = await callsPerSecond("one-shape", shapeTexts, parseOneShape);
  const ourShapeHz = await callsPerSecond("parseDate one shape", shapeTexts, lib.parseDate);
  row("datelines", "parseDate on the one shape", `${fmt(ourShapeHz)} calls/s`, pct(shape.filter((i) => ours(i.text) === i.iso).length, shape.length));
  row("datelines", "hand-written one-shape regex parser", `${fmt(oneHz)} calls/s`, pct(shape.filter((i) => parseOneShape(i.text) === i.iso).length, shape.length), `parseDate takes ${fmt(oneHz / ourShapeHz)}× its time`);

  const { parse } = await import("date-fns");
  const { bn } = await import("date-fns/locale");
  const reference = new Date(2000, 0, 1);
  const dateOnly = inputs.filter((input) => input.shape === "date-only");
  const dfns = (text) => {
    const value = parse(text, "d MMMM yyyy", reference, { locale: bn });
    if (Number.isNaN(value.getTime())) return null;
    return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, "0")}-${String(value.getDate()).padStart(2, "0")}`;
  };
  const asciiDigits = dateOnly.map((input) => lib.toAsciiDigits(input.text));
  const dfnsHz = await callsPerSecond("date-fns parse", asciiDigits, dfns);
  const ourDateOnlyHz = await callsPerSecond("parseDate date-only", dateOnly.map((i) => i.text), lib.parseDate);
  row("datelines", "parseDate, date only (Bengali digits)", `${fmt(ourDateOnlyHz)} calls/s`, pct(dateOnly.filter((i) => ours(i.text) === i.iso).length, dateOnly.length));
  row("datelines", "date-fns parse + bn locale, 'd MMMM yyyy'", `${fmt(dfnsHz)} calls/s`, `${pct(dateOnly.filter((i) => dfns(i.text) === i.iso).length, dateOnly.length)} as printed; ${pct(dateOnly.filter((i, k) => dfns(asciiDigits[k]) === i.iso).length, dateOnly.length)} given ASCII digits`, `parseDate is ${fmt(ourDateOnlyHz / dfnsHz)}× faster`);
} else {
  row("datelines", "parseDate", "not built yet");
}

// ---------------------------------------------------------------- calendars beside date-bengali-revised
if (typeof lib.toBanglaDate === "function" && typeof lib.fromBanglaDate === "function") {
  const { default: CalendarModule } = await import("date-bengali-revised");
  const Calendar = CalendarModule.default ?? CalendarModule;
  const days = [];
  for (let t = Date.UTC(2000, 0, 1); t < Date.UTC(2019, 9, 16); t += 86400000 * 7) {
    const d = new Date(t);
    days.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`);
  }
  const peerTo = (iso) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new Calendar().fromGregorian(y, m, d);
  };
  const ourToHz = await callsPerSecond("toBanglaDate", days, lib.toBanglaDate);
  const peerToHz = await callsPerSecond("date-bengali-revised fromGregorian", days, peerTo);
  const agree = days.filter((iso) => {
    const a = lib.toBanglaDate(iso);
    const b = peerTo(iso);
    return a.year === b.year && a.month === b.month && a.day === b.day;
  }).length;
  row("calendars", `toBanglaDate (${days.length} days, 2000–2019)`, `${fmt(ourToHz)} calls/s`, `${pct(agree, days.length)} equal to the peer (1987 rules)`);
  row("calendars", "date-bengali-revised fromGregorian", `${fmt(peerToHz)} calls/s`, "", `toBanglaDate is ${fmt(ourToHz / peerToHz)}× faster`);
  const bangla = days.map((iso) => lib.toBanglaDate(iso));
  const ourFromHz = await callsPerSecond("fromBanglaDate", bangla, lib.fromBanglaDate);
  const peerFromHz = await callsPerSecond("date-bengali-revised toGregorian", bangla, (b) => new Calendar(b.year, b.month, b.day).toGregorian());
  const back = bangla.filter((b, i) => lib.fromBanglaDate(b) === days[i]).length;
  row("calendars", "fromBanglaDate", `${fmt(ourFromHz)} calls/s`, `${pct(back, days.length)} round trips`);
  row("calendars", "date-bengali-revised toGregorian", `${fmt(peerFromHz)} calls/s`, "", `fromBanglaDate is ${fmt(ourFromHz / peerFromHz)}× faster`);
}

// ---------------------------------------------------------------- text throughput
const seed = readFileSync(join(ROOT, "examples/sample-article.txt"), "utf8");
const digitsText = seed.repeat(Math.ceil(1_000_000 / seed.length));
row("throughput", "toAsciiDigits (1 MB Bengali text)", `${fmt(await megabytesPerSecond("toAsciiDigits", digitsText, lib.toAsciiDigits))} MB/s`);
row("throughput", "toBengaliDigits (1 MB)", `${fmt(await megabytesPerSecond("toBengaliDigits", digitsText, lib.toBengaliDigits))} MB/s`);
if (typeof lib.findAttributions === "function") {
  row("throughput", "findAttributions (article-length text)", `${fmt(await megabytesPerSecond("findAttributions", seed, lib.findAttributions))} MB/s`, `${lib.findAttributions(seed).length} attributions`);
}
if (typeof lib.extractArticle === "function") {
  const hz = await callsPerSecond("extractArticle", [seed], lib.extractArticle);
  row("throughput", "extractArticle (sample article)", `${fmt((hz * Buffer.byteLength(seed)) / 1e6)} MB/s, ${fmt(hz)} articles/s`);
}
if (typeof lib.findDates === "function") {
  row("throughput", "findDates (article-length text)", `${fmt(await megabytesPerSecond("findDates", seed, (t) => lib.findDates(t, { reference: "2025-07-13T10:26:00+06:00" })))} MB/s`);
}

// ---------------------------------------------------------------- cold import and bundle sizes
const imports = [];
for (let i = 0; i < 5; i++) {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", `const t=performance.now(); await import(${JSON.stringify(DIST)}); console.log(performance.now()-t)`]);
  imports.push(Number(String(out).trim()));
}
imports.sort((a, b) => a - b);
row("package", "cold import of the ESM entry (median of 5)", `${imports[2].toFixed(1)} ms`);
for (const [names, limit] of [["toAsciiDigits", 1024], ["parseDateline", 8192], ["*", 40960]]) {
  const contents = names === "*" ? `export * from ${JSON.stringify(DIST)};` : `export { ${names} } from ${JSON.stringify(DIST)};`;
  try {
    // esbuild's default output escapes every Bengali letter as \uXXXX (the size the goals are held to); Rollup,
    // webpack's Terser and Vite keep UTF-8, which gzips smaller
    const [size, utf8Size] = await Promise.all(["ascii", "utf8"].map(async (charset) => {
      const result = await build({ stdin: { contents, resolveDir: ROOT }, bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], write: false, logLevel: "silent", charset });
      return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
    }));
    row("package", `gzipped, tree-shaken: ${names === "*" ? "everything" : `{ ${names} }`}`, `${(size / 1024).toFixed(2)} KiB (${(utf8Size / 1024).toFixed(2)} KiB as UTF-8)`, size <= limit ? `within ${limit / 1024} KiB` : `OVER ${limit / 1024} KiB`);
  } catch {
    row("package", `gzipped: { ${names} }`, "not built yet");
  }
}

// ---------------------------------------------------------------- print
const width = (key) => Math.max(key.length, ...rows.map((r) => r[key].length));
const cols = ["suite", "subject", "speed", "accuracy", "ratio"];
const line = (r) => cols.map((c) => r[c].padEnd(width(c))).join(" | ");
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(cols.map((c) => "-".repeat(width(c))).join("-|-"));
for (const r of rows) console.log(line(r));

/** Runs Debian's python3-dateparser on the strings, installing it with apt when it is missing and we may. */
function runDateparser(strings) {
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const has = () => spawnSync(python, ["-c", "import dateparser"]).status === 0;
  if (!has() && process.getuid?.() === 0 && process.env.BENCH_NO_INSTALL === undefined) {
    console.error("installing python3-dateparser with apt …");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "ignore" });
    spawnSync("apt-get", ["install", "-y", "-qq", "python3-dateparser"], { stdio: "ignore" });
  }
  if (!has()) return null;
  const result = spawnSync(python, [join(ROOT, "bench/peers/dateparser_peer.py"), String(TIME / 1000 + 1)], {
    input: JSON.stringify(strings),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) return null;
  return JSON.parse(String(result.stdout));
}
