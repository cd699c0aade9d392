import { WORD_CHAR } from "../_lib/alternation.ts";
import { foldForMatch } from "../text/normalize.ts";

/** A vocabulary list in the matching view, indexed by first and by last code unit, longest first. */
export interface PhraseList {
  /** Phrases by their first code unit, longest first. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
  /** Phrases by their last code unit, longest first. */
  readonly byLast: ReadonlyMap<number, readonly string[]>;
}

const NO_PHRASES: readonly string[] = [];

/**
 * Folds a vocabulary list to the matching view, without duplicates, longest first.
 *
 * @param words - words or phrases as written in a data file
 * @returns the folded list
 */
export function phraseList(words: readonly string[]): PhraseList {
  const unique = new Set<string>();
  for (const word of words) {
    const folded = foldForMatch(word).trim().replace(/ +/g, " ");
    if (folded !== "") unique.add(folded);
  }
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const phrase of [...unique].sort((a, b) => b.length - a.length)) {
    const first = phrase.charCodeAt(0);
    const last = phrase.charCodeAt(phrase.length - 1);
    byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
    byLast.set(last, [...(byLast.get(last) ?? []), phrase]);
  }
  return { byFirst, byLast };
}

/**
 * Whether the unit at `index` belongs to a word (a letter, mark or digit of any script).
 *
 * @param text - the matching view
 * @param index - a position in it (outside the text counts as no word)
 * @returns true for a word character
 */
export function isWordChar(text: string, index: number): boolean {
  // outside the text charCodeAt gives NaN, which is no word unit
  return isWordUnit(text.charCodeAt(index));
}

/**
 * Whether a UTF-16 code unit is a letter, a mark or a digit (a lone surrogate is not).
 *
 * @param code - a code unit
 * @returns true for a word character
 */
export function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x0980 && code <= 0x09ff) return code !== 0x09f2 && code !== 0x09f3;
  // the danda and the double danda close most sentences: no pattern is run for them
  return code !== 0x0964 && code !== 0x0965 && WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * The longest phrase of a list that ends exactly at `end`, starting at a word edge.
 *
 * @param text - the matching view
 * @param end - where the phrase must end
 * @param phrases - a folded list
 * @returns the phrase, or undefined
 */
export function phraseEndingAt(text: string, end: number, phrases: PhraseList): string | undefined {
  if (end <= 0) return undefined;
  for (const phrase of phrases.byLast.get(text.charCodeAt(end - 1)) ?? NO_PHRASES) {
    const start = end - phrase.length;
    if (start >= 0 && text.startsWith(phrase, start) && !isWordChar(text, start - 1)) return phrase;
  }
  return undefined;
}

/**
 * The longest phrase of a list that starts exactly at `start` and ends at a word edge (or, for a list of stems,
 * anywhere in a word).
 *
 * @param text - the matching view
 * @param start - where the phrase must start
 * @param phrases - a folded list
 * @param wholeWord - false for stems, which may be followed by an ending
 * @returns the phrase, or undefined
 */
export function phraseStartingAt(text: string, start: number, phrases: PhraseList, wholeWord = true): string | undefined {
  for (const phrase of phrases.byFirst.get(text.charCodeAt(start)) ?? NO_PHRASES) {
    if (text.startsWith(phrase, start) && !(wholeWord && isWordChar(text, start + phrase.length))) return phrase;
  }
  return undefined;
}

/** Moves left over spaces. */
export function skipSpacesLeft(text: string, index: number): number {
  let i = index;
  while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
  return i;
}

/** Moves right over spaces. */
export function skipSpacesRight(text: string, index: number): number {
  let i = index;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** Whether a unit ends a sentence or a line: `।` (or `৷` typed for it), `॥`, `?`, `!`, `|`, a newline. */
export function isSentenceEnd(code: number): boolean {
  return (
    code === 0x0964 || code === 0x0965 || code === 0x09f7 || code === 0x3f || code === 0x21 || code === 0x0a || code === 0x0d || code === 0x7c
  );
}

/**
 * The end of the clause that starts at `start`: the next sentence end, at most `limit` units on.
 *
 * @param text - the matching view
 * @param start - where to start
 * @param limit - the longest clause looked at
 * @returns an index after `start`
 */
export function clauseEnd(text: string, start: number, limit: number): number {
  const stop = Math.min(text.length, start + limit);
  let i = start;
  while (i < stop && !isSentenceEnd(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The start of the clause that ends at `end`: the last sentence end before it, at most `limit` units back.
 *
 * @param text - the matching view
 * @param end - where to start looking back
 * @param limit - the longest stretch looked at
 * @returns an index before `end`
 */
export function clauseStart(text: string, end: number, limit: number): number {
  const stop = Math.max(0, end - limit);
  let i = end;
  while (i > stop && !isSentenceEnd(text.charCodeAt(i - 1))) i--;
  return i;
}
