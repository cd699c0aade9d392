import { alternation } from "../_lib/alternation.ts";

/**
 * {@link alternation} for patterns with the `u` flag: there a hyphen must not be escaped outside a character class,
 * and vocabulary such as `ই-মেইল` has hyphens.
 *
 * @param spellings - words or phrases as written in a data file
 * @returns a non-capturing group, longest spelling first
 */
export function words(spellings: Iterable<string>): string {
  return alternation(spellings).replace(/\\-/g, "-");
}
