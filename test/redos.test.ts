/**
 * Every regular expression in src/ passes the ReDoS checker recheck: the literals (read from the source with the
 * TypeScript parser) and the ones built at run time from vocabularies (recorded while every export runs over
 * sample text). A pattern recheck finds polynomial or exponential fails the suite. Lines of data written as literals
 * only for their source (the registry's) are never run as patterns and are not checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { check, type AttackPattern } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "cli" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

interface Pattern {
  readonly source: string;
  readonly flags: string;
  readonly where: string;
}

/**
 * Whether a literal is data that is never run: an element of an array whose `map` keeps only each pattern's source
 * (`[/…/, /…/].map((line) => line.source)`, as the registry's lines are written, to be split as text).
 */
function isDataLiteral(node: ts.Node): boolean {
  const access = node.parent.parent;
  if (!ts.isArrayLiteralExpression(node.parent) || !ts.isPropertyAccessExpression(access) || access.name.text !== "map") return false;
  const call = access.parent;
  const callback = ts.isCallExpression(call) && call.expression === access ? call.arguments[0] : undefined;
  if (callback === undefined || !ts.isArrowFunction(callback) || callback.parameters.length !== 1) return false;
  const name = callback.parameters[0]?.name;
  const body = callback.body;
  return (
    name !== undefined && ts.isIdentifier(name) && ts.isPropertyAccessExpression(body) && body.name.text === "source" &&
    ts.isIdentifier(body.expression) && body.expression.text === name.text
  );
}

let dataLiterals = 0;

function literalPatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && isDataLiteral(node)) dataLiterals++;
      else if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const end = literal.lastIndexOf("/");
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${file.slice(ROOT.length + 1)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return out;
}

const SAMPLES = [
  readFileSync(join(ROOT, "examples/sample-article.txt"), "utf8"),
  "প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫ | আপডেট: ১১:০২ এএম, ১৩ জুলাই ২০২৫",
  "ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, ১৫ এপ্রিল ২০২৪, ০৫ শাওয়াল ১৪৪৫",
  "মো. সাইফুল ইসলাম, নিজস্ব প্রতিবেদক",
  "ভ্লাদিমির পুতিন এবং কিম জং উন/ ফাইল ছবি এএফপি",
  "খবর বিবিসির। রয়টার্সের এক প্রতিবেদনে বলা হয়েছে",
  "Mar 7, 2024, 06:15 PM IST",
  "৩ ঘণ্টা আগে",
  // credits that reach the matchers a reader builds only when it needs them
  "ছবি: ফেসবুক থেকে নেওয়া",
  "ছবি: ভিডিও থেকে নেওয়া",
  "ছবি: শফিকুল আলম",
];

/** Runs every exported function over the samples while recording each RegExp built at run time. */
async function runtimePatterns(): Promise<Pattern[]> {
  const recorded: Pattern[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp;
      recorded.push({ source: made.source, flags: made.flags, where: "built at run time" });
      return made;
    },
  });
  try {
    const api = (await import("../src/index.ts")) as Record<string, unknown>;
    for (const value of Object.values(api)) {
      if (typeof value !== "function") continue;
      for (const sample of SAMPLES) {
        try {
          (value as (text: string, options?: object) => unknown)(sample, { reference: "2025-07-13T10:26:00+06:00" });
        } catch {
          // functions that take other arguments throw here; only the patterns they build matter
        }
      }
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return recorded;
}

const literals = literalPatterns();
const runtime = await runtimePatterns();
// imported only now: a module imported before the recording would build its patterns unseen
const { TIME_PATTERN } = await import("../src/dates/patterns/time.ts");
const { banglaDate, hijriDate } = await import("../src/dates/patterns/otherCalendars.ts");
const unique = new Map<string, Pattern>();
for (const pattern of [...literals, ...runtime]) {
  const key = `/${pattern.source}/${pattern.flags.replace(/[gyd]/g, "")}`;
  if (!unique.has(key)) unique.set(key, pattern);
}
const patterns = [...unique.values()];
console.log(
  `redos: ${literals.length} regex literals in src/ (and ${dataLiterals} lines of data written as literals, never run), ` +
    `${runtime.length} built at run time, ${patterns.length} distinct`,
);

/** The attack string with each pump repeated `times` times. */
function attackOf(attack: AttackPattern, times: number): string {
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join("") + attack.suffix;
}

/** Seconds V8 takes to run `regex` once over `input` (as the library runs it: from index 0). */
function secondsOn(regex: RegExp, input: string): number {
  regex.lastIndex = 0;
  const start = performance.now();
  regex.exec(input);
  return (performance.now() - start) / 1000;
}

/**
 * recheck's fuzzer models a plain backtracking matcher, and for large unanchored alternations it reports
 * polynomial growth that V8 does not show. A polynomial verdict is therefore recalled in V8 itself: its attack
 * string is run at about 20 KB and 200 KB, and the pattern fails when the time grows far more than linearly
 * (quadratic growth is a hundredfold; under fifty allows for the noise of a busy machine).
 */
function polynomialInV8(pattern: Pattern, attack: AttackPattern): string | null {
  const regex = new RegExp(pattern.source, pattern.flags);
  const pumpLength = Math.max(1, attack.pumps.reduce((sum, p) => sum + p.pump.length, 0));
  const times = Math.ceil(20_000 / pumpLength);
  const small = Math.min(secondsOn(regex, attackOf(attack, times)), secondsOn(regex, attackOf(attack, times)));
  const largeAttack = attackOf(attack, times * 10);
  // the fastest of a few runs: a pause of a busy machine makes one run slow, never all of them
  const large = Math.min(secondsOn(regex, largeAttack), secondsOn(regex, largeAttack), secondsOn(regex, largeAttack));
  const ratio = large / Math.max(small, 0.005);
  return ratio > 50 ? `V8 takes ${small.toFixed(4)} s on 20 KB and ${large.toFixed(4)} s on 200 KB of the attack` : null;
}

describe("patterns under check", () => {
  // the readers' large patterns are built from vocabularies at import: each must be among those checked below
  it.each([
    ["Bangla calendar dates", banglaDate.pattern],
    ["Hijri dates", hijriDate.pattern],
    ["times", TIME_PATTERN],
  ] as const)("%s", (_name, regex) => {
    expect(patterns.some((p) => p.source === regex.source)).toBe(true);
  });
});

describe.concurrent("ReDoS (recheck)", () => {
  it.each(patterns.map((p) => [p.where, p] as const))("%s", async (_where, pattern) => {
    const flags = pattern.flags.replace(/[gyd]/g, "");
    let result = await check(pattern.source, flags, { timeout: 10_000, randomSeed: 20_25 });
    // a busy machine can run a large alternation out of time: it is checked again with a larger budget
    if (result.status === "unknown" && result.error.kind === "timeout") {
      result = await check(pattern.source, flags, { timeout: 60_000, randomSeed: 20_25 });
    }
    const shown = pattern.source.length > 300 ? `${pattern.source.slice(0, 300)}…` : pattern.source;
    if (result.status === "vulnerable") {
      const found = `${result.complexity.summary}, attack ${result.attack.pattern}`;
      // exponential backtracking is never a false alarm; polynomial is confirmed in V8
      const confirmed = result.complexity.type === "exponential" ? found : polynomialInV8(pattern, result.attack);
      // a pattern built at run time has no line to point at: its source names it
      const built = pattern.where === "built at run time";
      const named = built ? `${pattern.where}: /${pattern.source.slice(0, 120)}…/` : pattern.where;
      if (confirmed === null) console.warn(`redos: recheck says ${found.slice(0, 160)}; V8 runs it in linear time (${named})`);
      expect(confirmed, `/${shown}/${pattern.flags}: ${found}`).toBeNull();
    }
    // an unsupported or invalid pattern fails; a check that ran out of time twice is reported in the log
    if (result.status === "unknown" && result.error.kind === "timeout") console.warn(`redos: timeout on /${pattern.source.slice(0, 120)}…/ (${pattern.where})`);
    expect(result.status === "unknown" && result.error.kind !== "timeout" ? result.error.kind : "ok").toBe("ok");
  }, 180_000);
});
