/**
 * Long texts are read in windows: a reader that needs only the first match (parseTime) stops early, and no reader
 * holds a matching view of a whole megabyte at once. Windows end at a line break or space and overlap, so a
 * dateline is never cut in two.
 */
import { normalizeForMatch } from "../text/normalize.ts";
import type { NormalizedText } from "../text/normalize.ts";

/** Texts up to this many code units are read in one piece. */
export const WINDOW = 4096;
const OVERLAP = 256;

/** `true` when the text has a digit in any script the matching view folds (ASCII, Bengali, fullwidth). */
export function hasDigit(text: string): boolean {
  return /[0-9\u09e6-\u09ef\uff10-\uff19]/u.test(text);
}

/**
 * Calls `read` on the matching view of each window of a text, in order, until it returns `true`.
 *
 * @param text - the input
 * @param read - gets the window's view, the window's start in the input, and where the next window starts (relative
 *   to this one; the text's length for the last window): a reader that lists every match keeps those that start
 *   before it
 */
export function forEachWindow(text: string, read: (view: NormalizedText, offset: number, nextStart: number) => boolean): void {
  if (text.length <= WINDOW) {
    read(normalizeForMatch(text), 0, text.length);
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) end = breakBefore(text, end, start + OVERLAP * 2) ?? end;
    const next = end >= text.length ? text.length : (breakBefore(text, end - OVERLAP / 2, end - OVERLAP) ?? end - OVERLAP);
    if (read(normalizeForMatch(text.slice(start, end)), start, next - start)) return;
    if (end >= text.length) return;
    start = next;
  }
}

/** The last space or line break before `at` and after `floor` (a bounded search), if any. */
function breakBefore(text: string, at: number, floor: number): number | undefined {
  for (let i = at - 1; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a) return i;
  }
  return undefined;
}
