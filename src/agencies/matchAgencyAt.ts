import { assertString } from "../errors.ts";
import { matchEnd, matchStart } from "./lookup.ts";
import type { AgencyMatch } from "./types.ts";

/**
 * Finds an agency name at the start of a short string (space and punctuation before it are skipped), as in a
 * byline `ইউএনবি ঢাকা` or `ডন ইসলামাবাদ`. The name must end at a word edge; it may be inflected. Ambiguous
 * spellings count: the caller knows the string is a byline or a credit.
 *
 * @param text - a byline, a credit, or a part of one
 * @returns the agency with the matched span (`index`/`text` of the input), or null
 * @throws {TypeError} when `text` is not a string
 * @example
 * matchAgencyAtStart("ইউএনবি ঢাকা")?.agency.id;
 * //=> "unb"
 * matchAgencyAtStart("মো. সাইফুল ইসলাম");
 * //=> null
 */
export function matchAgencyAtStart(text: string): AgencyMatch | null {
  assertString(text);
  return matchStart(text);
}

/**
 * Finds an agency name at the end of a short string (space and punctuation after it are skipped), as in a
 * credit `ফাইল ছবি এএফপি` or `ছবি: রয়টার্স`. The name must start at a word edge; it may be inflected.
 *
 * @param text - a credit, a byline, or a part of one
 * @returns the agency with the matched span (`index`/`text` of the input), or null
 * @throws {TypeError} when `text` is not a string
 * @example
 * matchAgencyAtEnd("ফাইল ছবি এএফপি")?.agency.id;
 * //=> "afp"
 * matchAgencyAtEnd("ছবি: বাসসের সৌজন্যে");
 * //=> null
 */
export function matchAgencyAtEnd(text: string): AgencyMatch | null {
  assertString(text);
  return matchEnd(text);
}
