import { agencies } from "./registry.ts";
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

/** A node of the trie of every registry spelling, in the matching view, keyed by UTF-16 code unit. */
interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Code units that may follow a gap (space, hyphen or dot) here: a part of a name starts with them. */
  gapNext: Set<number> | undefined;
  /** The spelling that ends here, if one does. */
  entry: NameEntry | undefined;
}

/** Characters a name may be written with or without between its parts: space, hyphen, dot. */
const GAP = /[ .-]+/g;
/** The longest gap between two parts of a name in running text. */
const MAX_GAP = 3;

/**
 * The lookup key of a name in the matching view: parts joined without spaces, hyphens or dots.
 *
 * @param folded - a name in the matching view
 * @returns the key
 */
export function nameKey(folded: string): string {
  return folded.replace(GAP, "");
}

function trieNode(): TrieNode {
  return { next: new Map(), gapNext: undefined, entry: undefined };
}

/** A Latin spelling written with a capital: printable ASCII only, a capital first. */
const CAPITALISED = /^[A-Z][\x20-\x7e]*$/;

let root: TrieNode | undefined;
let byId: Map<string, Agency> | undefined;

/**
 * The registry entry with an id.
 *
 * @param id - a registry id
 * @returns the agency, or undefined
 */
export function agencyById(id: string): Agency | undefined {
  byId ??= new Map(agencies.map((agency) => [agency.id, agency]));
  return byId.get(id);
}

/** The trie of the registry, built on first use (a few milliseconds), then kept. */
function trie(): TrieNode {
  if (root !== undefined) return root;
  const top = trieNode();
  const entries = new Map<string, NameEntry>();
  for (const agency of agencies) {
    for (const spelling of [...agency.bn, ...agency.en]) {
      const folded = foldForMatch(spelling).trim();
      const key = nameKey(folded);
      if (key === "") continue;
      let entry = entries.get(key);
      if (entry === undefined) {
        // the registry marks every spelling of a key alike (its tests check it), so the first one's mark is the key's
        entry = { agency, ambiguous: agency.ambiguous?.includes(spelling) === true, capital: CAPITALISED.test(spelling), spelling };
        entries.set(key, entry);
      }
      // the letters of the key, one node each; the first letter after a gap may also be reached across one. A dot the
      // registry writes (between letters: no spelling ends in one) is a letter too, so that initials are read only with
      // their dots (`হি.স.`, where `হিস` is no name); a space may follow it
      let node = top;
      let gap = false;
      for (let i = 0; i < folded.length; i++) {
        const code = folded.charCodeAt(i);
        if (code === 0x20 || code === 0x2d) {
          gap = true;
          continue;
        }
        if (gap && node !== top) (node.gapNext ??= new Set()).add(code);
        gap = code === 0x2e;
        let child = node.next.get(code);
        if (child === undefined) {
          child = trieNode();
          node.next.set(code, child);
        }
        node = child;
      }
      node.entry ??= entry;
    }
  }
  root = top;
  return top;
}

function isGap(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e;
}

/** Ends (in the view) and entries of the names that start at one position, shortest first; reused between calls. */
export interface NameCandidates {
  /** How many candidates were found. */
  count: number;
  /** Where the walk stopped: the first unit that no name spells on from there (or `end`). */
  stop: number;
  readonly ends: number[];
  readonly entries: NameEntry[];
}

const CANDIDATES: NameCandidates = { count: 0, stop: 0, ends: [], entries: [] };

/**
 * Walks the trie from `start` (no backtracking: gaps are never letters of a name) and lists every registry
 * spelling that the text spells from there, shortest first. The list is reused by the next call.
 *
 * @param text - the matching view
 * @param start - where a name would start
 * @param end - where the text may end
 * @returns the candidates
 */
export function namesAt(text: string, start: number, end: number): NameCandidates {
  const found = CANDIDATES;
  found.count = 0;
  let node = root ?? trie();
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    let child = node.next.get(code);
    if (child === undefined && node.gapNext !== undefined && isGap(code)) {
      let j = i + 1;
      while (j < end && j - i < MAX_GAP && isGap(text.charCodeAt(j))) j++;
      code = text.charCodeAt(j);
      if (j < end && node.gapNext.has(code)) {
        child = node.next.get(code);
        i = j;
      }
    }
    if (child === undefined) break;
    node = child;
    i++;
    if (node.entry !== undefined) {
      found.ends[found.count] = i;
      found.entries[found.count] = node.entry;
      found.count++;
    }
  }
  found.stop = i;
  return found;
}
