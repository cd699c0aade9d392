import { WORD_END } from "../_lib/alternation.ts";
import { firstChangeAt, normalizeForMatch, type NormalizedText } from "../text/normalize.ts";
import { INFLECTION_PATTERN, inflectionOf, isInflectionAllowed } from "./inflection.ts";
import { namesAt, type NameEntry } from "./names.ts";
import { isWordUnit } from "./phrases.ts";
import type { Agency, AgencyMatch } from "./types.ts";

let endingPattern: RegExp | undefined;

/**
 * The case ending after a name (or after the bracket closing its abbreviation), up to a word edge: sticky, run
 * from `lastIndex`; built on first use.
 *
 * @returns the shared pattern (set `lastIndex` before each use)
 */
export function endingRegex(): RegExp {
  return (endingPattern ??= new RegExp(`${INFLECTION_PATTERN}${WORD_END}`, "uy"));
}

/** Space and punctuation around a name that a lookup ignores (the matching view has folded dashes and quotes). */
const AROUND = " \t\n\r\"'()[]{}<>:;,.!?।|/\\-";

/** Longer strings are not a name: a lookup gives up on them at once. */
const MAX_NAME_LENGTH = 240;

/** A name matched in the matching view. */
export interface ViewMatch {
  readonly entry: NameEntry;
  /** Start of the name in the view, with an article before it (`দ্য গার্ডিয়ান`). */
  readonly start: number;
  /** Start of the name itself, after the article if there is one. */
  readonly nameStart: number;
  /** End of the name with its ending and clitics. */
  readonly end: number;
  /** The first inflection group. */
  readonly ending: string | undefined;
  /** Whether `সহ` ("including") follows the name. */
  readonly including: boolean;
}

/**
 * An article that may stand before any Bengali name (`দ্য`, `দ্যা`, `দি`): the registry lists a name without it, and
 * with it only where the bare name is not safe alone (`দ্য হিন্দু`). Sticky, run from `lastIndex`. A pattern literal,
 * whose letters the bundle does not escape.
 */
const ARTICLE = /(?:দ্যা?|দি) /uy;

/**
 * The longest registry name that starts at `start`, with a case ending that suits it and a word edge after; an
 * article before a name the registry lists without one belongs to the match (`দ্যা গার্ডিয়ানের`).
 *
 * @param text - the matching view
 * @param start - where the name (or its article) must start
 * @param mustEnd - where the name with its ending must end, if anywhere in particular
 * @returns the match, or null
 */
export function nameAt(text: string, start: number, mustEnd = -1): ViewMatch | null {
  const found = nameFrom(text, start, start, mustEnd);
  // every article starts with দ: other words need no second look
  if (text.charCodeAt(start) !== 0x09a6) return found;
  ARTICLE.lastIndex = start;
  const after = ARTICLE.test(text) && nameFrom(text, start, ARTICLE.lastIndex, mustEnd);
  // a longer name after the article wins over one listed with it (`দ্য টাইমস অব ইন্ডিয়া`, not `দ্য টাইমস`)
  return after && !(found && found.end >= after.end) ? after : found;
}

/**
 * A scoop told right after a bare emphatic name: `প্রথম` ("first") or `এ` before a noun of news, then its telling
 * (`সিএনএনই প্রথম খবরটি দেয়`). Run on the few dozen units after the name. Only this lets a bare `ই` follow an acronym's
 * last letter, which is otherwise a word of its own (`সিবিএসই`, CBSE).
 */
const SCOOP = /^(?: +প্রথম)? +(?:এই? +)?(?:খবর|সংবাদ|প্রতিবেদন)[^\s,।]* +(?:দেয়|দিয়েছ|প্রকাশ)/u;

/** Whether a name refused for its bare emphatic `ই` (no case ending before it) stands before a {@link SCOOP}. */
function isScoop(text: string, end: number, caseEnding: string | undefined): boolean {
  return caseEnding === undefined && SCOOP.test(text.slice(end, end + 80));
}

function nameFrom(text: string, start: number, nameStart: number, mustEnd: number): ViewMatch | null {
  const candidates = namesAt(text, nameStart, text.length);
  for (let k = candidates.count - 1; k >= 0; k--) {
    const nameEnd = candidates.ends[k] ?? nameStart;
    const pattern = endingRegex();
    pattern.lastIndex = nameEnd;
    const ending = pattern.exec(text);
    if (ending === null) continue;
    const end = nameEnd + ending[0].length;
    // after a domain written out the ending follows its last letter, the ম of কম
    const last = end - (ending[1]?.length ?? 0) - (ending[2]?.length ?? 0) - (ending[3]?.length ?? 0);
    if (!isInflectionAllowed(text.charCodeAt(last - 1), ending[1], ending[3], text.charCodeAt(last - 2)) && !isScoop(text, end, ending[1])) continue;
    if (mustEnd >= 0 && end !== mustEnd) continue;
    const entry = candidates.entries[k];
    if (entry !== undefined) {
      return { entry, start, nameStart, end, ending: ending[1], including: ending[2] !== undefined };
    }
  }
  return null;
}

function toAgencyMatch(view: NormalizedText, found: ViewMatch, offset: number): AgencyMatch {
  const span = view.spanToSource(found.start, found.end);
  return {
    agency: found.entry.agency,
    text: span.text,
    index: span.index + offset,
    name: found.entry.spelling,
    inflection: inflectionOf(found.ending),
  };
}

/** Trimmed bounds of the matching view. */
function trimmed(text: string): { readonly start: number; readonly end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && AROUND.includes(text.charAt(start))) start++;
  while (end > start && AROUND.includes(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * Whether a string can be no name, seen without building its matching view: the trie is walked on the string as
 * given, from its first character after space and punctuation, and fails (with no name passed) before the first unit
 * the view may change, past any gap it may have looked across; nor is that character the `দ` of an article. Anything
 * else is left to the full lookup.
 *
 * @param text - a string as given
 * @returns true when the string can be no name
 */
function cannotBeName(text: string): boolean {
  const start = trimmed(text).start;
  const kept = firstChangeAt(text, start);
  const walk = namesAt(text, start, kept);
  return kept > start && text.charCodeAt(start) !== 0x09a6 && walk.count === 0 && walk.stop + 4 < kept;
}

/**
 * Looks a whole string up as one name, inflected or not, ignoring space and punctuation around it. Only the agency is
 * returned: what the match spans and its ending are read by the other lookups alone, so they stay out of a bundle
 * that only asks what a name stands for.
 *
 * @param text - a name
 * @returns the agency or null
 */
export function matchWhole(text: string): Agency | null {
  if (text.length > MAX_NAME_LENGTH || cannotBeName(text)) return null;
  const view = normalizeForMatch(text);
  const { start, end } = trimmed(view.text);
  const inner = view.text.slice(0, end);
  const found = start < end ? nameAt(inner, start, end) : null;
  return found === null ? null : found.entry.agency;
}

/**
 * The name at the start of a string.
 *
 * @param text - a short string
 * @returns the match or null
 */
export function matchStart(text: string): AgencyMatch | null {
  const view = normalizeForMatch(text.length > MAX_NAME_LENGTH * 4 ? text.slice(0, MAX_NAME_LENGTH * 4) : text);
  const { start, end } = trimmed(view.text);
  const found = start < end ? nameAt(view.text, start) : null;
  return found === null ? null : toAgencyMatch(view, found, 0);
}

/**
 * The name at the end of a string: the leftmost word start from which a name with its ending reaches the end.
 *
 * @param text - a short string
 * @returns the match or null
 */
export function matchEnd(text: string): AgencyMatch | null {
  // only the tail can hold the name: a long text is cut to its last stretch (the span still indexes the input)
  const offset = Math.max(0, text.length - MAX_NAME_LENGTH * 4);
  const view = normalizeForMatch(offset > 0 ? text.slice(offset) : text);
  const { start, end } = trimmed(view.text);
  const inner = view.text.slice(0, end);
  for (let i = start; i < end; i++) {
    if (i > 0 && isWordUnit(inner.charCodeAt(i - 1))) continue;
    const found = nameAt(inner, i, end);
    if (found !== null) return toAgencyMatch(view, found, offset);
  }
  return null;
}
