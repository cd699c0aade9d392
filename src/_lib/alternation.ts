import { foldForMatch } from "../text/normalize.ts";

/**
 * The letters, marks and decimal digits (`\p{L}\p{M}\p{Nd}`) of ASCII and of the Bengali block, as the body of a
 * character class. V8 reads a property class slowly at every position it meets it, and a plain class fast.
 */
const ASCII_AND_BENGALI_WORD_UNITS =
  "0-9A-Za-z\\u0980-\\u0983\\u0985-\\u098c\\u098f\\u0990\\u0993-\\u09a8\\u09aa-\\u09b0\\u09b2\\u09b6-\\u09b9\\u09bc-\\u09c4\\u09c7\\u09c8\\u09cb-\\u09ce\\u09d7\\u09dc\\u09dd\\u09df-\\u09e3\\u09e6-\\u09f1\\u09fc\\u09fe";
/** A unit outside ASCII and the Bengali block, the only kind a word unit is read by its property for. */
const OTHER_SCRIPT = "[^\\0-\\u007f\\u0980-\\u09ff]";

/**
 * A letter, mark or decimal digit (`[\p{L}\p{M}\p{Nd}]`, the same units) inside a lookbehind, which reads its terms
 * from the last: ASCII and Bengali from a plain class; only a unit of another script is read by its property.
 */
export const WORD_UNIT_BEHIND: string = /* @__PURE__ */ (() => `(?:[${ASCII_AND_BENGALI_WORD_UNITS}]|[\\p{L}\\p{M}\\p{Nd}](?<=${OTHER_SCRIPT}))`)();

/** {@link WORD_UNIT_BEHIND} outside a lookbehind. */
export const WORD_UNIT_AHEAD: string = /* @__PURE__ */ (() => `(?:[${ASCII_AND_BENGALI_WORD_UNITS}]|(?=${OTHER_SCRIPT})[\\p{L}\\p{M}\\p{Nd}])`)();

/**
 * Lookbehind that refuses a match glued to the end of a word: JavaScript's `\b` knows only ASCII letters,
 * so Bengali words need `\p{L}\p{M}\p{Nd}` (letters, vowel signs and virama, digits). Use with the `u` flag.
 */
export const WORD_START: string = /* @__PURE__ */ (() => `(?<!${WORD_UNIT_BEHIND})`)();

/** Lookahead that refuses a match followed by more of the same word. Use with the `u` flag. */
export const WORD_END: string = /* @__PURE__ */ (() => `(?!${WORD_UNIT_AHEAD})`)();

/**
 * One letter, mark or decimal digit: the units that {@link WORD_START} and {@link WORD_END} refuse, for testing a single
 * character. One shared pattern: V8 reads these three properties slowly, every time it meets them in a pattern.
 */
export const WORD_CHAR: RegExp = /[\p{L}\p{M}\p{Nd}]/u;

/** Escapes a literal for use in a regular expression outside a character class (`-` stays bare: `\-` is a syntax error with the `u` flag). */
/* @__NO_SIDE_EFFECTS__ */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

function sortedAlternation(spellings: Iterable<string>, space: string, afterHead = ""): string {
  const unique = new Set<string>();
  for (const spelling of spellings) {
    const folded = foldForMatch(spelling).trim();
    if (folded !== "") unique.add(folded);
  }
  const sorted = [...unique].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return groupedByHead(sorted.map((s) => escapeRegExp(s).replace(/ +/g, space)), afterHead);
}

/**
 * `(?:w1|w2|…)` with the words that open with the same unit written once behind it, in their order
 * (`(?:জ(?:ানুয়ারি|ুলাই)|ম(?:ার্চ|ে))`): V8 tries the words of an alternation one by one at each position of the
 * text, so a long list of words costs far less grouped (about 2.5 times less for 200 month and weekday names).
 *
 * @param words - pattern sources of words, longest first
 * @param afterHead - what follows each first unit (see {@link afterEdge})
 */
function groupedByHead(words: readonly string[], afterHead: string): string {
  const tails = new Map<string, string[]>();
  for (const word of words) {
    const code = word.charCodeAt(0);
    // (an escape pair or a surrogate pair is one unit)
    const head = word.slice(0, code === 0x5c || (code >= 0xd800 && code <= 0xdbff) ? 2 : 1);
    const group = tails.get(head);
    if (group) group.push(word.slice(head.length));
    else tails.set(head, [word.slice(head.length)]);
  }
  return `(?:${[...tails].map(([head, rest]) => head + afterHead + (rest.length > 1 ? `(?:${rest.join("|")})` : rest[0])).join("|")})`;
}

/**
 * A regular-expression alternation of the given spellings, folded to the matching view, without duplicates,
 * longest first (so `জানুয়ারি` wins over `জানু`). Spaces inside a spelling match any run of spaces.
 *
 * @param spellings - words or phrases as written in a data file
 * @returns a non-capturing group, e.g. `(?:জানুয়ারি|জানু)`
 */
/* @__NO_SIDE_EFFECTS__ */
export function alternation(spellings: Iterable<string>): string {
  return sortedAlternation(spellings, " +");
}

/**
 * {@link alternation} with the spaces inside a phrase bounded to one to three, so that every repeat of a pattern
 * built from it is bounded (an unanchored search stays linear).
 *
 * @param spellings - words or phrases as written in a data file
 * @returns a non-capturing group, e.g. `(?:বাংলাদেশ {1,3}সময়|জিএমটি)`
 */
/* @__NO_SIDE_EFFECTS__ */
export function phraseAlternation(spellings: Iterable<string>): string {
  return sortedAlternation(spellings, " {1,3}");
}

/**
 * {@link phraseAlternation} of the spellings where `before` does not match the unit before them: the same match as
 * `(?<!${before})${phraseAlternation(spellings)}`, written so that the pattern opens with a word's first unit, which
 * the lookbehind follows, now one unit further back. V8 tries a pattern that opens with a lookbehind at every position
 * of the text, while one that opens with letters lets it skip ahead to where a word can start (several times faster on
 * long text).
 *
 * @param spellings - words or phrases as written in a data file
 * @param before - a character class the unit before a word may not be (`[\\u0980-\\u09ffa-z0-9]`)
 * @returns a non-capturing group, e.g. `(?:জ(?<![a-z].)(?:ানুয়ারি|ুলাই))`
 */
/* @__NO_SIDE_EFFECTS__ */
export function afterEdge(spellings: Iterable<string>, before: string): string {
  return sortedAlternation(spellings, " {1,3}", `(?<!${before}.)`);
}

/**
 * A lookup from folded spelling to value, for turning a matched word back into what it means.
 *
 * @param entries - pairs of a spelling and its value
 * @returns a map keyed by the matching view of each spelling (spaces collapsed)
 */
/* @__NO_SIDE_EFFECTS__ */
export function foldedLookup<TValue>(entries: Iterable<readonly [string, TValue]>): ReadonlyMap<string, TValue> {
  const map = new Map<string, TValue>();
  for (const [spelling, value] of entries) {
    const key = foldKey(spelling);
    if (key !== "" && !map.has(key)) map.set(key, value);
  }
  return map;
}

/** The key of {@link foldedLookup}: the matching view with runs of spaces collapsed. */
/* @__NO_SIDE_EFFECTS__ */
export function foldKey(text: string): string {
  // (only a run of two or more spaces changes: most keys have none, and are returned as they are)
  return foldForMatch(text).trim().replace(/ {2,}/g, " ");
}
