// Conversions of the Bangla and Hijri calendars beside date-bengali-revised and a cached Intl formatter.
// Run after a build: `node bench/calendars.mjs`. Each task runs in its own process, so that no task's type feedback
// (strings against Dates) slows another.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { CalendarBengaliRevised } from "date-bengali-revised";
import { fromBanglaDate, fromHijriDate, toBanglaDate, toHijriDate } from "../dist/index.js";

const DAYS = 4096;
const isos = [];
const dates = [];
const fields = [];
for (let i = 0; i < DAYS; i++) {
  const date = new Date(Date.UTC(1995, 0, 1) + Math.floor(i * 2.31) * 86_400_000);
  isos.push(date.toISOString().slice(0, 10));
  dates.push(date);
  fields.push([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
}
const banglas = isos.map((iso) => toBanglaDate(iso));
const hijris = isos.map((iso) => toHijriDate(iso));
const umalqura = new Intl.DateTimeFormat("en-US-u-ca-islamic-umalqura", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });

let i = 0;
let sink;
const next = () => (i = (i + 1) & (DAYS - 1));
const TASKS = {
  "toBanglaDate('YYYY-MM-DD')": () => { sink = toBanglaDate(isos[next()]); },
  "date-bengali-revised fromGregorian(y, m, d)": () => { const [y, m, d] = fields[next()]; sink = new CalendarBengaliRevised().fromGregorian(y, m, d); },
  "toBanglaDate(Date)": () => { sink = toBanglaDate(dates[next()]); },
  "date-bengali-revised fromDate(Date)": () => { sink = new CalendarBengaliRevised().fromDate(dates[next()]); },
  "fromBanglaDate({ year, month, day })": () => { sink = fromBanglaDate(banglas[next()]); },
  "date-bengali-revised toGregorian()": () => { const b = banglas[next()]; sink = new CalendarBengaliRevised(b.year, b.month, b.day).toGregorian(); },
  "toHijriDate('YYYY-MM-DD')": () => { sink = toHijriDate(isos[next()]); },
  "fromHijriDate({ year, month, day })": () => { sink = fromHijriDate(hijris[next()]); },
  "Intl formatToParts (cached formatter, islamic-umalqura)": () => { sink = umalqura.formatToParts(dates[next()]); },
  "empty loop (harness overhead)": () => { sink = isos[next()]; },
};

const only = process.argv[2];
if (only !== undefined) {
  const bench = new Bench({ time: 700 });
  bench.add(only, TASKS[only]);
  await bench.run();
  const row = bench.table()[0];
  process.stdout.write(JSON.stringify({ task: only, median: row["Latency med (ns)"], mean: row["Latency avg (ns)"] }));
} else {
  const rows = Object.keys(TASKS).map((task) =>
    JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), task], { encoding: "utf8" })),
  );
  console.table(rows);
}
void sink;
