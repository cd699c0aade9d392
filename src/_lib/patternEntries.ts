/**
 * Pairs of a word and its value from lines of a pattern literal of alternatives and a value (`[/দুই|দু/, 2]`): the
 * vocabulary form of `patternWords` for words that mean something (a bundle keeps a pattern's Bengali letters
 * as they are, where it writes a string's as escapes of six characters each).
 *
 * @param lines - pairs of a pattern literal whose source is words joined by `|` and the value of those words
 * @returns a pair of each word and its value, in order
 * @example
 * patternEntries([[/দুই|দু/, 2], [/তিন/, 3]]);
 * //=> [["দুই", 2], ["দু", 2], ["তিন", 3]]
 */
/* @__NO_SIDE_EFFECTS__ */
export function patternEntries<TValue>(lines: readonly (readonly [RegExp, TValue])[]): (readonly [string, TValue])[] {
  return lines.flatMap(([line, value]) => line.source.split("|").map((word) => [word, value] as const));
}
