/**
 * Words grouped by their first UTF-16 unit, each group in the words' order: a scan tries, where it stands, only the
 * words its unit opens, and passes any other unit over with one look-up.
 *
 * @param words - the words, in the order they are to be tried
 * @returns the words of each first unit
 * @example
 * byFirstUnit(["ছবি", "চিত্র", "ছবির উৎস"]).get("ছ".charCodeAt(0));
 * //=> ["ছবি", "ছবির উৎস"]
 */
/* @__NO_SIDE_EFFECTS__ */
export function byFirstUnit(words: Iterable<string>): ReadonlyMap<number, readonly string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    const first = word.charCodeAt(0);
    const group = groups.get(first);
    if (group) group.push(word);
    else groups.set(first, [word]);
  }
  return groups;
}
