import { WORD_END, WORD_START } from "../_lib/alternation.ts";
import { normalizeForMatch } from "../text/normalize.ts";
import { INFLECTION_PATTERN, inflectionOf, isInflectionAllowed } from "./inflection.ts";
import { nameKey, nameTable, type NameEntry } from "./names.ts";
import type { AgencyMatch } from "./types.ts";

/** Patterns over the matching view, compiled on first use. */
interface LookupPatterns {
  /** The whole string is one name, inflected or not. */
  readonly whole: RegExp;
  /** A name at the start of the string. */
  readonly start: RegExp;
  /** A name at the end of the string. */
  readonly end: RegExp;
}

let patterns: LookupPatterns | undefined;

function lookupPatterns(): LookupPatterns {
  if (patterns !== undefined) return patterns;
  const name = `(${nameTable().pattern})${INFLECTION_PATTERN}`;
  patterns = {
    whole: new RegExp(`^${name}$`, "u"),
    start: new RegExp(`^${name}${WORD_END}`, "u"),
    end: new RegExp(`${WORD_START}${name}$`, "u"),
  };
  return patterns;
}

/** Space and punctuation around a name that a lookup ignores. */
const AROUND = /[\s"'()[\]{}<>:;,.!?।|/\\-]/u;

/** A name matched in the matching view. */
export interface ViewMatch {
  readonly entry: NameEntry;
  /** Start of the name in the view. */
  readonly start: number;
  /** End of the name (before the ending) in the view. */
  readonly nameEnd: number;
  /** End of the name with its ending and clitics. */
  readonly end: number;
  /** The first inflection group. */
  readonly ending: string | undefined;
}

/**
 * Reads a regex match of `(name)(ending)(সহ)(emphatic)` into a {@link ViewMatch}, or null when the name is
 * unknown or the ending does not suit it.
 *
 * @param match - a match of a pattern built from the name table and {@link INFLECTION_PATTERN}
 * @param offset - where the match starts in the view
 * @returns the match read
 */
export function readMatch(match: RegExpExecArray, offset: number): ViewMatch | null {
  const name = match[1] ?? "";
  const entry = nameTable().entries.get(nameKey(name));
  if (entry === undefined || !isInflectionAllowed(name, match[2], match[4])) return null;
  return { entry, start: offset, nameEnd: offset + name.length, end: offset + match[0].length, ending: match[2] };
}

function toAgencyMatch(view: ReturnType<typeof normalizeForMatch>, found: ViewMatch): AgencyMatch {
  const span = view.spanToSource(found.start, found.end);
  return {
    agency: found.entry.agency,
    text: span.text,
    index: span.index,
    name: found.entry.spelling,
    inflection: inflectionOf(found.ending),
  };
}

/** Trimmed bounds of the matching view. */
function trimmed(text: string): { readonly start: number; readonly end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && AROUND.test(text[start] ?? "")) start++;
  while (end > start && AROUND.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/**
 * Looks a whole string up as one name, inflected or not, ignoring space and punctuation around it.
 *
 * @param text - a name
 * @returns the match or null
 */
export function matchWhole(text: string): AgencyMatch | null {
  const view = normalizeForMatch(text);
  const { start, end } = trimmed(view.text);
  const inner = view.text.slice(start, end);
  const match = lookupPatterns().whole.exec(inner);
  const found = match === null ? null : readMatch(match, start);
  return found === null ? null : toAgencyMatch(view, found);
}

/**
 * The name at the start of a string.
 *
 * @param text - a short string
 * @returns the match or null
 */
export function matchStart(text: string): AgencyMatch | null {
  const view = normalizeForMatch(text);
  const { start } = trimmed(view.text);
  const match = lookupPatterns().start.exec(view.text.slice(start));
  const found = match === null ? null : readMatch(match, start);
  return found === null ? null : toAgencyMatch(view, found);
}

/**
 * The name at the end of a string.
 *
 * @param text - a short string
 * @returns the match or null
 */
export function matchEnd(text: string): AgencyMatch | null {
  const view = normalizeForMatch(text);
  const { end } = trimmed(view.text);
  const match = lookupPatterns().end.exec(view.text.slice(0, end));
  const found = match === null ? null : readMatch(match, match.index);
  return found === null ? null : toAgencyMatch(view, found);
}
