import type { NormalizedText } from "../text/normalize.ts";

/** One non-empty line of an article: its matching view (trimmed) and where it stands in the input. */
export interface ArticleLine {
  /** The line in the matching view, trimmed. */
  readonly view: string;
  /** The line as written in the input, trimmed. */
  readonly text: string;
  /** Where `text` starts in the input. */
  readonly index: number;
  /** Where `view` starts in the matching view of the whole article. */
  readonly start: number;
  /** Whether one or more empty lines come right before this one (a paragraph break). */
  readonly afterBlank: boolean;
}

const SPACE = 0x20;

function isSpace(code: number): boolean {
  return code === SPACE || code === 0x0d || code === 0x0b || code === 0x0c;
}

/**
 * Splits the matching view into its non-empty lines, trimmed, with their spans in the input.
 *
 * @param view - the matching view of the whole article
 * @returns the lines in order
 */
export function splitLines(view: NormalizedText): ArticleLine[] {
  const text = view.text;
  const lines: ArticleLine[] = [];
  let start = 0;
  let afterBlank = false;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let first = start;
    let last = end;
    while (first < last && isSpace(text.charCodeAt(first))) first++;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (last > first) {
      const source = view.spanToSource(first, last);
      lines.push({ view: text.slice(first, last), text: source.text, index: source.index, start: first, afterBlank });
      afterBlank = false;
    } else if (lines.length > 0) {
      afterBlank = true;
    }
    start = end + 1;
  }
  return lines;
}

/**
 * Counts the words of a line of the matching view (runs of non-spaces).
 *
 * @param line - a trimmed line of the matching view
 * @returns the number of words
 */
export function wordCount(line: string): number {
  if (line === "") return 0;
  // from space to space (a native search), counting the spaces that end a word
  let count = 1;
  for (let i = line.indexOf(" ", 1); i >= 0; i = line.indexOf(" ", i + 1)) {
    if (line.charCodeAt(i - 1) !== SPACE) count++;
  }
  return count;
}
