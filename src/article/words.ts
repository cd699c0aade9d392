import { phraseAlternation, WORD_CHAR } from "../_lib/alternation.ts";

/** The alternation of article vocabularies: longest spelling first, one to three spaces inside a phrase. */
export const words: (spellings: Iterable<string>) => string = phraseAlternation;

/**
 * Tests a pattern that must start at a word edge. A lookbehind at the head of a pattern makes the engine try every
 * position of the text, so the edge is checked here instead, after a match; a match glued to a word is skipped and
 * the search goes on after its first character.
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
    if (match.index === 0 || !WORD_CHAR.test(text.charAt(match.index - 1))) return match.index;
    pattern.lastIndex = match.index + 1;
  }
}
