import { assertString } from "../errors.ts";
import { matchWhole } from "./lookup.ts";
import type { Agency } from "./types.ts";

/** `Full name (ABBR)`: a name followed by its abbreviation in brackets; read without a regex, in linear time. */
function splitBracketedTail(name: string): readonly [string, string] | null {
  const trimmed = name.trimEnd();
  if (!trimmed.endsWith(")")) return null;
  const open = trimmed.indexOf("(");
  if (open <= 0) return null;
  return [trimmed.slice(0, open), trimmed.slice(open + 1, -1)];
}

/** `(বাসস)-এর`, `“বিবিসি”-র`: a name alone in brackets or double quotes, with its ending written after them. */
const WRAPPED = /^\s*[("“]([^()"“”]+)[)"”]/;

/**
 * Finds the agency a name stands for: any Bengali or English spelling in the registry, inflected or not
 * (`বিবিসির`, `রয়টার্সের`, `এনবিসি নিউজকে`, `বিবিসি-র`, `এএফপি’র`, `PTI- এর`), in either encoding of য়, with
 * spaces, hyphens or dots between its parts or not, and with space or punctuation around it. A full name with its
 * abbreviation in brackets (`এজেন্সি ফ্রান্স প্রেস (এএফপি)`) resolves when both parts name the same agency, and a
 * name alone in brackets or double quotes takes the ending written after them (`(বাসস)-এর`, `“বিবিসি”-র`).
 * Ambiguous spellings (`ডন`, `তাস`) resolve too: the caller has said this is a name. A string longer than 240
 * code units is no name (null at once).
 *
 * @param name - a name, as written in a byline, a credit or a sentence
 * @returns the agency, or null when the registry has no such name
 * @throws {TypeError} when `name` is not a string
 * @example
 * findAgency("রয়টার্সের")?.id;
 * //=> "reuters"
 * findAgency("এনবিসি নিউজকে")?.id;
 * //=> "nbc-news"
 * findAgency("সূর্য");
 * //=> null
 */
export function findAgency(name: string): Agency | null {
  assertString(name, "name");
  const whole = matchWhole(name);
  if (whole !== null) return whole;
  const wrapped = WRAPPED.exec(name);
  if (wrapped !== null) return matchWhole(`${wrapped[1] ?? ""}${name.slice(wrapped[0].length)}`);
  const bracketed = splitBracketedTail(name);
  if (bracketed === null) return null;
  const outer = matchWhole(bracketed[0]);
  const inner = matchWhole(bracketed[1]);
  return outer !== null && outer === inner ? outer : null;
}
