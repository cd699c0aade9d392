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

/** A Latin spelling written with a capital: printable ASCII only, a capital first. */
const CAPITALISED = /^[A-Z][\x20-\x7e]*$/;

/**
 * The trie of every registry spelling in the matching view, built on first use (a few milliseconds), then kept: one
 * row of `width` cells per node (the root is row 0), one cell per letter the registry's names use, holding the
 * child's row (0: none; the registry has about 8,300 nodes, well below the 65,536 a cell can tell). A letter's cell is
 * `column[code]` (0 for a unit no name uses: those cells stay 0).
 */
let rows: Uint16Array | undefined;
let column: Uint8Array;
let width = 1;
/** Per row: code units that may follow a gap (space, hyphen or dot) there, as a part of a name starts with them. */
const gapNext: (Set<number> | undefined)[] = [];
/** Per row: the spelling that ends there, if one does. */
const entries: (NameEntry | undefined)[] = [];
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

/** Builds the trie's table of {@link rows}, the letters' columns and the lists beside them. */
function trie(): Uint16Array {
  // first the letters the names use (a row has a cell per letter) and how many units they have
  let units = 1;
  column = new Uint8Array(0x10000);
  for (const agency of agencies) {
    for (const spelling of [...agency.bn, ...agency.en]) {
      const folded = foldForMatch(spelling).trim();
      for (let i = 0; i < folded.length; i++) column[folded.charCodeAt(i)] ||= width++;
      units += folded.length;
    }
  }
  const table = new Uint16Array(units * width);
  const byKey = new Map<string, NameEntry>();
  let count = 1;
  for (const agency of agencies) {
    for (const spelling of [...agency.bn, ...agency.en]) {
      const folded = foldForMatch(spelling).trim();
      const key = nameKey(folded);
      if (key === "") continue;
      let entry = byKey.get(key);
      if (entry === undefined) {
        // the registry marks every spelling of a key alike (its tests check it), so the first one's mark is the key's
        entry = { agency, ambiguous: agency.ambiguous?.includes(spelling) === true, capital: CAPITALISED.test(spelling), spelling };
        byKey.set(key, entry);
      }
      // the letters of the key, one node each; the first letter after a gap may also be reached across one. A dot the
      // registry writes (between letters: no spelling ends in one) is a letter too, so that initials are read only with
      // their dots (`হি.স.`, where `হিস` is no name); a space may follow it
      let node = 0;
      let gap = false;
      for (let i = 0; i < folded.length; i++) {
        const code = folded.charCodeAt(i);
        if (code === 0x20 || code === 0x2d) {
          gap = true;
          continue;
        }
        if (gap && node !== 0) (gapNext[node] ??= new Set()).add(code);
        gap = code === 0x2e;
        node = table[node * width + (column[code] as number)] ||= count++;
      }
      entries[node] ??= entry;
    }
  }
  return (rows = table.slice(0, count * width));
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
  const table = rows ?? trie();
  let node = 0;
  let i = start;
  while (i < end) {
    let code = text.charCodeAt(i);
    let child = table[node * width + (column[code] as number)] as number;
    const after = child === 0 && isGap(code) ? gapNext[node] : undefined;
    if (after !== undefined) {
      let j = i + 1;
      while (j < end && j - i < MAX_GAP && isGap(text.charCodeAt(j))) j++;
      code = text.charCodeAt(j);
      if (j < end && after.has(code)) {
        child = table[node * width + (column[code] as number)] as number;
        i = j;
      }
    }
    if (child === 0) break;
    node = child;
    i++;
    const entry = entries[node];
    if (entry !== undefined) {
      found.ends[found.count] = i;
      found.entries[found.count] = entry;
      found.count++;
    }
  }
  found.stop = i;
  return found;
}
