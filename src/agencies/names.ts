import { AGENCIES } from "../data/agencies.ts";
import { escapeRegExp } from "../_lib/alternation.ts";
import { foldForMatch } from "../text/normalize.ts";
import type { Agency } from "./types.ts";

/** What a registry spelling stands for. */
export interface NameEntry {
  /** The agency it names. */
  readonly agency: Agency;
  /** True when the spelling also means something else and needs a cue in running text. */
  readonly ambiguous: boolean;
  /** True for a Latin spelling written with a capital, which must be capitalised in the input too. */
  readonly capital: boolean;
  /** The registry spelling (as the data file writes it) that this key stands for. */
  readonly spelling: string;
}

/** The registry compiled once: a trie-shaped pattern of every spelling and the lookup behind it. */
export interface NameTable {
  /** A non-capturing regex group matching every spelling, longest first, with optional gaps between parts. */
  readonly pattern: string;
  /** Gapless matching-view key → entry. */
  readonly entries: ReadonlyMap<string, NameEntry>;
  /** The first two code units of every name (`first << 16 | second`), to skip words that start no name. */
  readonly starts: ReadonlySet<number>;
  /** First code units that are a whole name alone. */
  readonly singles: ReadonlySet<number>;
}

/** Characters a name may be written with or without between its parts: space, hyphen, dot. */
const GAP = /[ .-]+/g;
/** The gap between the parts of a name in running text (bounded, so the pattern stays linear). */
const GAP_PATTERN = "[ .\\-]{0,3}";

/**
 * The lookup key of a name as matched in the matching view: parts joined without spaces, hyphens or dots.
 *
 * @param folded - a name in the matching view
 * @returns the key
 */
export function nameKey(folded: string): string {
  return folded.replace(GAP, "");
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** Children that may be preceded by a gap. */
  readonly gapBefore: Set<string>;
  terminal: boolean;
}

function trieNode(): TrieNode {
  return { children: new Map(), gapBefore: new Set(), terminal: false };
}

function insert(root: TrieNode, parts: readonly string[]): void {
  let node = root;
  parts.forEach((part, partIndex) => {
    let first = true;
    for (const char of part) {
      let child = node.children.get(char);
      if (child === undefined) {
        child = trieNode();
        node.children.set(char, child);
      }
      if (first && partIndex > 0) node.gapBefore.add(char);
      first = false;
      node = child;
    }
  });
  node.terminal = true;
}

/** Emits a node as a regex: every continuation first, then the empty one, so longer names win. */
function emit(node: TrieNode): string {
  const branches: string[] = [];
  for (const [char, child] of node.children) {
    const gap = node.gapBefore.has(char) ? `(?:${GAP_PATTERN})` : "";
    branches.push(`${gap}${escapeRegExp(char)}${emit(child)}`);
  }
  if (branches.length === 0) return "";
  if (node.terminal) return `(?:${branches.join("|")})?`;
  return branches.length === 1 ? (branches[0] ?? "") : `(?:${branches.join("|")})`;
}

function isLatin(text: string): boolean {
  return /^[\x20-\x7e]+$/.test(text);
}

let table: NameTable | undefined;

/**
 * The compiled registry (built on first use, then kept).
 *
 * @returns the name pattern and its lookup
 */
export function nameTable(): NameTable {
  if (table !== undefined) return table;
  const entries = new Map<string, NameEntry>();
  const root = trieNode();
  for (const agency of AGENCIES) {
    const ambiguous = new Set((agency.ambiguous ?? []).map((spelling) => nameKey(foldForMatch(spelling).trim())));
    for (const spelling of [...agency.bn, ...agency.en]) {
      const folded = foldForMatch(spelling).trim();
      const parts = folded.split(GAP).filter((part) => part !== "");
      const key = parts.join("");
      if (key === "") continue;
      insert(root, parts);
      if (entries.has(key)) continue;
      const capital = isLatin(spelling) && /^[A-Z]/.test(spelling);
      entries.set(key, { agency, ambiguous: ambiguous.has(key), capital, spelling });
    }
  }
  // Two spellings with one key (`TASS`, `Tass`) keep the first; a capitalised key stays strict only if every
  // spelling of it is capitalised, which the first-wins rule approximates well for the registry's data.
  const starts = new Set<number>();
  const singles = new Set<number>();
  for (const [first, node] of root.children) {
    const a = first.charCodeAt(0);
    if (node.terminal || first.length > 1) singles.add(a);
    for (const second of node.children.keys()) starts.add((a << 16) | second.charCodeAt(0));
    if (node.gapBefore.size > 0) for (const gap of " .-") starts.add((a << 16) | gap.charCodeAt(0));
  }
  table = { pattern: `(?:${emit(root)})`, entries, starts, singles };
  return table;
}
