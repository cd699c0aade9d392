/**
 * The words of a vocabulary written as pattern literals of alternatives, one literal a line (`/ঢাকা|গাজীপুর/`): a
 * bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes of six characters each.
 *
 * @param lines - pattern literals whose sources are words joined by `|`
 * @returns the words, in order
 * @example
 * patternWords([/ঢাকা|গাজীপুর/, /খুলনা/]);
 * //=> ["ঢাকা", "গাজীপুর", "খুলনা"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function patternWords(lines: readonly RegExp[]): string[] {
  return lines.flatMap((line) => line.source.split("|"));
}
