/**
 * Tokens of a byline: words of the matching view with their spans, grouped into pieces (between commas, bars,
 * slashes, semicolons) and, inside a piece, into parts joined by `ও`, `এবং`, `&`, `and`.
 */
import { WORD_CHAR } from "../_lib/alternation.ts";
import { byFirstUnit } from "../_lib/byFirstUnit.ts";
import { patternWords } from "../_lib/patternWords.ts";
import type { NormalizedText } from "../text/normalize.ts";
import { cleanValue } from "./clean.ts";
import { CONJOINED_LABEL_KEYS, DESK_WORD, LABELS } from "./vocabulary.ts";

/** A word of the matching view. */
export interface Token {
  /** Start in the matching view. */
  readonly s: number;
  /** End in the matching view. */
  readonly e: number;
  /** The word as matched (folded), brackets removed. */
  readonly k: string;
  /** The word opened a bracket `(`. */
  readonly open: boolean;
  /** The word closed a bracket `)`. */
  readonly close: boolean;
}

/** Separators between pieces: `,` `;` `|` `/` `،` a line break `•` `·`. */
function isPieceSeparator(code: number): boolean {
  return (
    code === 0x2c || code === 0x3b || code === 0x7c || code === 0x2f || code === 0x060c || code === 0x0a || code === 0x2022 || code === 0xb7
  );
}
const CONJUNCTIONS = /* @__PURE__ */ (() => new Set(patternWords([/ও|এবং|and|&|এন্ড/])))();

/** Those labels by their first unit, in their order: a piece is tried only for the labels its first unit opens. */
const CONJOINED_LABELS_BY_FIRST: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstUnit(CONJOINED_LABEL_KEYS);

/** Marks cut from the end of a word: a closing bracket, a colon or visarga, a dash, a danda, quotes, a star. */
const TRAILING_MARKS = '):ঃ-।"\'*';

/** A space, tab, carriage return, form feed or vertical tab (a line break is a piece separator). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x0b;
}

/**
 * A list of works before a colon (or the end), whose first joined to its last is a writer's label, read as that label:
 * `Research, text and graphics: NAME`, `লেখা, গবেষণা ও গ্রন্থনা: NAME`, `Text, photos and video: NAME`. Global as well as
 * sticky, so that a replace starts it at the start.
 */
export const WORK_LIST: RegExp = /([^\s,]+), (?:[^\s,]+, )*[^\s,]+ (\S+) ([^\s,:ঃ]+)/gy;

/**
 * Splits `[start, end)` of the view into pieces of parts of tokens.
 *
 * @param text - the matching view
 * @param start - start of the byline in the view
 * @param end - end of the byline in the view
 * @param withJoins - whether `with` joins two parts as a conjunction does (two names around it, and nothing else)
 * @returns pieces (comma-separated), each a list of parts (conjunction-separated), each a list of tokens
 */
export function tokenize(text: string, start: number, end: number, withJoins?: boolean): Token[][][] {
  const pieces: Token[][][] = [];
  let parts: Token[][] = [];
  let part: Token[] = [];
  const flushPiece = (): void => {
    if (part.length > 0) parts.push(part);
    if (parts.length > 0) pieces.push(parts);
    parts = [];
    part = [];
  };
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    // (a line break after a label's colon is a space: "প্রতিবেদন:" ⏎ "NAME")
    if (isBlank(code) || (code === 0x0a && ":ঃ".includes(text[i - 1] ?? "_"))) {
      i++;
      continue;
    }
    if (isPieceSeparator(code)) {
      flushPiece();
      i++;
      continue;
    }
    // (`with` before such a label is part of it: "NAME, with additional reporting by NAME")
    const at = parts.length === 0 && part.length === 0 && text.startsWith("with ", i) ? i + 5 : i;
    const labels = parts.length === 0 && part.length === 0 ? CONJOINED_LABELS_BY_FIRST.get(text.charCodeAt(at)) : undefined;
    if (labels !== undefined) {
      // a label with a conjunction in it opens the piece: one word, "লেখা ও ছবি" (a whole word: "photo" does not open
      // "photos")
      // … and so does a list of works, read as its first joined to its last
      WORK_LIST.lastIndex = at;
      const list = WORK_LIST.exec(text)?.slice(1).join(" ");
      const label = list ?? labels.find((key) => at + key.length <= end && text.startsWith(key, at) && !WORD_CHAR.test(text[at + key.length] ?? ""));
      const e = list ? WORK_LIST.lastIndex : at + (label?.length ?? 0);
      if (label !== undefined && (!list || LABELS.has(list)) && e <= end) {
        part.push({ s: at, e, k: label, open: false, close: false });
        i = e;
        continue;
      }
    }
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (isBlank(c) || isPieceSeparator(c)) break;
      j++;
    }
    let s = i;
    let e = j;
    let open = false;
    let close = false;
    while (s < e && text[s] === "(") {
      open = true;
      s++;
    }
    while (e > s && TRAILING_MARKS.includes(text[e - 1] ?? "")) {
      if (text[e - 1] === ")") close = true;
      e--;
    }
    if (e > s) {
      const k = text.slice(s, e);
      if ((k === "author" || k === "role") && !open && !close) {
        // BBC's template labels: "Author, NAME Role, OUTLET, PLACE"
        flushPiece();
      } else if ((CONJUNCTIONS.has(k) || (withJoins && k === "with")) && !open && !close) {
        if (part.length > 0) parts.push(part);
        part = [];
      } else if (k.length > 6 && k.endsWith(DESK_WORD)) {
        // a desk word glued to its subject: "অনলাইনডেস্ক", "আজকাল ওয়েবডেস্ক"
        part.push({ s, e: e - 5, k: k.slice(0, -5), open, close: false }, { s: e - 5, e, k: DESK_WORD, open: false, close });
      } else {
        part.push({ s, e, k, open, close });
      }
    } else if (open || close) {
      // a lone bracket: nothing to keep
    }
    i = j;
  }
  flushPiece();
  return pieces;
}

/** The joined key of some tokens. */
export function keyOf(tokens: readonly Token[]): string {
  let key = "";
  for (const token of tokens) key = key === "" ? token.k : `${key} ${token.k}`;
  return key;
}

/**
 * The clean value of some tokens, taken from the input as it was: a bracket opened inside it is closed as written
 * (`অধ্যাপক (অব.)`, `… বাংলাদেশ (টিআইবি)`).
 */
export function valueOf(view: NormalizedText, tokens: readonly Token[]): string {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return "";
  const closed = last.close && view.text.lastIndexOf("(", last.e) > first.s;
  return cleanValue(view.spanToSource(first.s, closed ? last.e + 1 : last.e).text);
}
