import { phraseAlternation } from "../_lib/alternation.ts";

/** The alternation of article vocabularies: longest spelling first, one to three spaces inside a phrase. */
export const words: (spellings: Iterable<string>) => string = phraseAlternation;

/**
 * Tests a pattern that must start at a word edge. A lookbehind at the head of a pattern makes the engine try every
 * position of the text, so the edge is checked here instead, after a match, as a `u` lookbehind reads it (see
 * {@link isWordStart}); a match glued to a word is skipped and the search goes on after its first character.
 *
 * @param pattern - a pattern with the `g` flag and no leading lookbehind
 * @param text - the text to search
 * @returns the index of the first match that starts a word, or `-1`
 */
export function searchAtWordStart(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  for (;;) {
    const match = pattern.exec(text);
    if (match === null) return -1;
    if (isWordStart(text, match.index)) return match.index;
    pattern.lastIndex = match.index + 1;
  }
}

/**
 * Whether a word starts at `index`: no letter, mark or digit ends right before it (a whole code point, as a
 * lookbehind with the `u` flag reads it, so a letter outside the Basic Multilingual Plane counts too).
 *
 * @param text - the text
 * @param index - a position in it
 * @returns true at a word start
 */
export function isWordStart(text: string, index: number): boolean {
  return !ENDS_WITH_WORD_CHAR.test(text.slice(index < 2 ? 0 : index - 2, index));
}

/** A letter, mark or digit closing a string (a whole code point). */
const ENDS_WITH_WORD_CHAR = /[\p{L}\p{M}\p{Nd}]$/u;
