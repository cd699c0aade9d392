/**
 * Where a byline is in a text: the first line, one copy when the page repeats it, cut at the colon, visarga or
 * double danda that joins it to the story, and continued over a place or date written after that separator.
 */
import { byFirstUnit } from "../_lib/byFirstUnit.ts";
import { patternWords } from "../_lib/patternWords.ts";
import { CONTACT, hasNonNameEnding, isPostWord } from "./classifyPart.ts";
import { WORK_LIST } from "./tokens.ts";
import { ABBREVIATIONS, ADDRESS_START, HELPERS, LABEL_ROLES, LABELS, PLACES, ROLES, SONG_CREDIT_LABEL, TRANSLATOR_ROLE } from "./vocabulary.ts";

/** The byline's segments in the matching view, and where the story starts. */
export interface BylineSpan {
  /** `[start, end)` spans of the view that hold the byline (one copy). */
  readonly segments: ReadonlyArray<readonly [number, number]>;
  /** Where the story starts in the view. */
  readonly end: number;
}

/** Marks and spaces before a byline. */
const LEADING = " \n\r\t|*•-।:ঃ,'\"";
/**
 * Labels of the publication time, by their first unit; the Bengali ones as a pattern literal, whose letters a bundle
 * does not escape.
 */
const STOP_WORDS: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() =>
  byFirstUnit(patternWords([/published|প্রকাশিত|প্রকাশ|আপডেট|হালনাগাদ|updated|last updated|posted/])))();
const MAX_LINE = 400;
/** Where the letters other than spaces are, reused by every call (a byline reader is not re-entered). */
const POSITIONS = /* @__PURE__ */ (() => new Int32Array(MAX_LINE + 1))();
/** A colon or a number right after a label, a space between or not. */
const COLON_OR_NUMBER = /^ ?[:ঃ\d]/;
/** The longest byline read, in units of the matching view. */
const MAX_BYLINE = 300;
/** A later piece of a byline opened by a label of one word with "by": "; Editing by NAME", "; Writing by NAME". */
const LATER_BY_PIECE = /; ?[^\s;]+ by /;
/** The most words a byline has before its separator. */
const MAX_WORDS = 14;

function isLetter(code: number): boolean {
  return (
    (code >= 0x0980 && code <= 0x09ff) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The end of the first copy when `[start, end)` is one text repeated (with or without spaces between copies). */
export function firstCopyEnd(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end && length <= MAX_LINE; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) POSITIONS[length++] = i;
  }
  if (length > MAX_LINE) return end;
  for (let copies = 2; copies <= 8 && copies <= length; copies++) {
    if (length % copies !== 0) continue;
    const unit = length / copies;
    if (unit < 2) continue;
    // every copy equals the first: each letter equals the one a unit before it
    let same = true;
    for (let k = unit; k < length && same; k++) same = text.charCodeAt(POSITIONS[k] ?? 0) === text.charCodeAt(POSITIONS[k - unit] ?? 0);
    if (same) return (POSITIONS[unit - 1] ?? end - 1) + 1;
  }
  return end;
}

function compactOf(text: string, start: number, end: number): string {
  let compact = "";
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) compact += text[i];
  return compact;
}

/**
 * The label of a later piece of the line, of one or two words, before its colon: `; গ্রন্থনা:`, `| ছবি:`,
 * `; ভিডিও সম্পাদনা:`.
 */
export const LATER_LABEL_RE: RegExp = /[;,|/•] ?([^;,|/•:ঃ ]+(?: [^;,|/•:ঃ ]+)?) ?[:ঃ]/;

/** A locative ending that names do not take (`শহরে`, `উপজেলায়`; `দে` and `রায়` are names); its য় is য and its dot, as in the view. */
const CASE_ENDING = /..(?:ে|ায়)$/;

/**
 * Whether `[from, to)` is a name of two to four words, not a story's first words: no known place, locative ending,
 * weekday or place-name ending (`জেলার মোংলায়`, `রংপুর নগরীর`, `বৃহস্পতিবার রাজধানী`), and a known place after it and
 * a comma, if anything.
 */
function isNameUntil(text: string, from: number, to: number): boolean {
  // a known place after a comma: "NAME, রাজশাহী"
  const [name = "", place, more] = text.slice(from, to).split(",");
  if (more !== undefined || (place !== undefined && !PLACES.has(place.trim()))) return false;
  const words = name.trim().split(" ");
  return words.length > 1 && words.length < 5 && !words.some((word) => PLACES.has(word) || CASE_ENDING.test(word) || hasNonNameEnding(word));
}

/**
 * Whether the writer's piece `writer` of a line with a later labelled piece opens with a label that takes no colon:
 * an English one of one to three words (`By NAME`, `Written by NAME`, `Photo story by NAME`), a Bengali one of one or
 * two words before a name (`প্রতিবেদন NAME`, `সাক্ষাৎকার নিয়েছেন NAME`); or, before a credit's label after a bar or a
 * semicolon (`credited`), whether it is an English name (`NAME | Photo: NAME`).
 */
function opensWithLabel(writer: string, credited: boolean): boolean {
  const [first = "", second, third] = writer.split(" ");
  const two = `${first} ${second}`;
  if (writer < "\u0980") return LABELS.has(first) || LABELS.has(two) || LABELS.has(`${two} ${third}`) || (credited && isNameUntil(writer, 0, writer.length));
  const label = LABELS.has(two) ? two : first;
  return LABELS.has(label) && isNameUntil(writer, label.length + 1, writer.length);
}

/** Whether a piece names the source of a translated piece: `রয়টার্স অবলম্বনে`, `নিউইয়র্ক টাইমস থেকে নেওয়া`. */
const NAMES_SOURCE = / (?:অবলম্বনে|থেকে নেও?য়া)$/u;

/**
 * Where a later piece a known label opens starts after `at` (`রিপোর্টার: NAME, ক্যামেরা: NAME`): the end of the name
 * after a role's colon; else the line's end.
 */
function laterPieceAt(text: string, at: number, lineEnd: number): number {
  const later = LATER_LABEL_RE.exec(text.slice(at, lineEnd));
  return later && LABEL_ROLES.has(later[1] ?? "") ? at + later.index : lineEnd;
}

/** Where the last piece of `text` starts, less one: at its last semicolon, comma, bar, slash or bullet (`লেখা: NAME • ছবি: NAME`). */
function pieceStart(text: string): number {
  return Math.max(text.lastIndexOf(";"), text.lastIndexOf(","), text.lastIndexOf("|"), text.lastIndexOf("/"), text.lastIndexOf("•"));
}

/**
 * Is the colon or visarga at `at` no separator: the mark of an abbreviation inside a name (`মোঃ`, `মো:`, `ডাঃ`), or
 * of a label, or of a role whose writer's name follows to the end of the line (`নিজস্ব প্রতিবেদক: NAME`)?
 */
function isAbbreviationMark(text: string, lineStart: number, at: number, lineEnd: number): boolean {
  let wordStart = at;
  while (wordStart > lineStart && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, at);
  let next = at + 1;
  if (next < lineEnd && text[next] === " ") next++;
  const nextCode = next < lineEnd ? text.charCodeAt(next) : -1;
  // an abbreviation before a letter, or closing a bracket (`মেজর (অবঃ) NAME`)
  if (ABBREVIATIONS.has(word) && nextCode >= 0 && (isLetter(nextCode) || text[next] === ")")) return true;
  // the label of a part of an address: "NAME, গ্রাম: চরপাড়া, ডাকঘর: রামপুর"
  if (ADDRESS_START.test(text.slice(wordStart - 1))) return true;
  // a label before the byline, a space before its colon or not: "by:", "লেখা:", "লেখা :"; a role before a name
  const before = text.slice(lineStart, at).trim();
  // an email's label before its address is the byline's: "NAME, POST; Email: NAME@…", "…; ই-মেইল: NAME@…"; so is a
  // phone's before its number: "…; মোবাইল: 01711-…"; and any before a handle: "NAME | X: @NAME", "…; Twitter: @NAME"
  if ((CONTACT.test(before.slice(before.lastIndexOf(" ") + 1)) || text[next] === "@") && /^(?:[^ ]*@|\d)/.test(text.slice(next, lineEnd))) return true;
  // … or of a later piece, after a semicolon or comma, when a label opens the line: "লেখা: NAME; ছবি: NAME", "মূল: NAME,
  // অনুবাদ: NAME", "লেখা ও ছবি: NAME; গ্রন্থনা: NAME" (a caption's "…, ছবি: NAME" is no byline); with no colon before, the
  // text tried still holds the semicolon or comma, and no label does
  // … and a photographer's label opens one when a writer's label opens a later piece: "ছবি: NAME; গ্রন্থনা: NAME"
  // … after a bar or slash too: "লেখা: NAME | অলংকরণ: NAME", "লেখা: NAME / ছবি: NAME"; and after an English label
  // that takes no colon: "By NAME; Illustration: NAME"
  const pieceAt = pieceStart(before);
  const piece = before.slice(pieceAt + 1).trim();
  // the label of the piece before, at the last colon: "Written by NAME; Camera: NAME; Photo: NAME"
  const labelled = before.slice(0, Math.max(before.lastIndexOf(":"), before.lastIndexOf("ঃ")));
  return (
    // (a list of works read as its first and last: "Research, text and graphics: NAME")
    LABELS.has(before.replace(WORK_LIST, "$1 $2 $3")) ||
    // a translator's label after the outlet translated from: "আল জাজিরা থেকে অনুবাদ: NAME"
    LABELS.has(before.split(/ থেকে /)[1] ?? "") ||
    (LABEL_ROLES.has(before) && LABELS.has(LATER_LABEL_RE.exec(text.slice(at, lineEnd))?.[1] ?? "")) ||
    (piece !== before &&
      LABEL_ROLES.has(piece) &&
      (before.search(/[:ঃ]/) < 0
        // a translator's or a helper's label opens a later piece after a writer with none (a caption has neither): "NAME;
        // অনুবাদ: NAME", "NAME; সহযোগিতা: NAME"
        ? LABEL_ROLES.get(piece) === TRANSLATOR_ROLE ||
          HELPERS.has(piece) ||
          opensWithLabel(before.slice(0, pieceAt).trim(), !!LABEL_ROLES.get(piece) && ";|•".includes(before[pieceAt] ?? ",")) ||
          NAMES_SOURCE.test(before.slice(0, pieceAt).trim())
        : LABEL_ROLES.has(labelled.slice(pieceStart(labelled) + 1).trim()) || ROLES.has(labelled))) ||
    (ROLES.has(before.slice(before.lastIndexOf(" ") + 1)) && text[at + 1] === " " && isNameUntil(text, at + 1, laterPieceAt(text, at, lineEnd)))
  );
}

/**
 * Does a label of the publication time (`প্রকাশিত`, `আপডেট`, `Published`) of `words` start at `at`? One glued to the word before
 * it (`নিজস্ব প্রতিবেদকপ্রকাশিত:`), and `প্রকাশ` (also a name), count only before a colon or a number; none before
 * `by` where it opens the byline (`opening`: `Published by: NAME`).
 */
function isStopWord(words: readonly string[], text: string, at: number, glued: boolean, opening: boolean): boolean {
  for (const word of words) {
    const after = at + word.length;
    if (text.startsWith(word, at) && !isLetter(text.charCodeAt(after))) {
      // "Published by" opening the byline names who published it, not when
      if (opening && text.startsWith(" by", after)) return false;
      return (!glued && !/^প্রকাশ$/.test(word)) || COLON_OR_NUMBER.test(text.slice(after, after + 2));
    }
  }
  return false;
}

const COLON = 0x3a;
const VISARGA = 0x0983;
const DANDA = 0x0964;
/** `॥`, the double danda as one letter (`স্টাফ রিপোর্টার ॥ …`). */
const DOUBLE_DANDA = 0x0965;
const HYPHEN = 0x2d;

/** The next separator in `[from, lineEnd)`: its start and the end of the run of separator marks after it. */
function nextSeparator(text: string, lineStart: number, from: number, lineEnd: number): readonly [number, number] | null {
  for (let i = from; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    let markEnd = -1;
    let cut = i;
    if (code === COLON || code === VISARGA) {
      if (isAbbreviationMark(text, lineStart, i, lineEnd)) continue;
      markEnd = i + 1;
      // a label of one word that no role reads, or a song's (`কথা ও সুর`), after a semicolon or bar in a line a label
      // opens (`লেখা: NAME; কণ্ঠ: NAME`, `… | সুর: NAME`), is another contributor's: the byline ends before it
      const head = text.slice(lineStart, i);
      const bar = Math.max(head.lastIndexOf(";"), head.lastIndexOf("|"), head.lastIndexOf("•"));
      const label = head.slice(bar + 1).trim();
      if (bar > 0 && (!label.includes(" ") || SONG_CREDIT_LABEL.test(label)) && !PLACES.has(label) && LABEL_ROLES.has(head.split(/[:ঃ]/)[0]?.trim() ?? "")) cut = lineStart + bar;
    } else if (code === DANDA || code === DOUBLE_DANDA) {
      markEnd = text.charCodeAt(i + 1) === code ? i + 2 : i + 1;
    } else if (code === HYPHEN && text.charCodeAt(i + 1) === HYPHEN) {
      markEnd = i + 2;
    } else if (
      code === HYPHEN &&
      (text[i - 1] === " "
        ? text[i + 1] === " " || text[i - 2] === ")"
        : text[i - 1] === ")" && (text[i + 1] === " " || /^\S{4}/.test(text.slice(i + 1, i + 5))))
    ) {
      // " - " between a dateline and the story ("March 7 (Reuters) - Israel said"), or a dash after the agency's
      // bracket ("(পিটিআই)- ভারতের", "(এএফপি)–ইসরায়েলের", "(বাসস) -আজ"); a dash glued to a short word is a case
      // ending ("(ভিওএ)-এর", "(ডিএমপি)-কে", "(এএফপি)-এর।")
      markEnd = i + 1;
    } else {
      const stops = STOP_WORDS.get(code);
      if (stops !== undefined && isStopWord(stops, text, i, i !== from && isLetter(text.charCodeAt(i - 1)), i === from)) return [i, i];
      continue;
    }
    let end = markEnd;
    while (end < lineEnd && " :ঃ-।".includes(text[end] ?? "_")) end++;
    return [cut, end];
  }
  return null;
}

/**
 * Whether `[start, end)` lists a writer's posts, however many words it has: pieces of six words or fewer between commas,
 * two or more of them with a title's or an institution's word ("NAME, Professor, Department of …, University of …, and
 * Member, …") or a writer's email or phone. Prose has longer pieces.
 */
function listsPosts(text: string, start: number, end: number): boolean {
  let posts = 0;
  // (a semicolon parts pieces as a comma does: "…, BODY; ইমেইল: NAME@…")
  for (const piece of text.slice(start, end).split(/[,;]/)) {
    const words = piece.trim().split(" ");
    if (words.length > 6) return false;
    // (the writer's email or phone counts as one: "NAME: কলাম লেখক; ইমেইল: NAME@…", "…; মোবাইল: 01711-…")
    if (words.some(isPostWord) || CONTACT.test(piece.trim())) posts++;
  }
  return posts > 1;
}

/**
 * Whether `[start, end)` is a writer's post and its body, of eight words at most: a first piece of up to four words that
 * closes with a title's word, then a comma ("Executive Director, Transparency International Bangladesh", "সম্মাননীয়
 * ফেলো, সেন্টার ফর পলিসি ডায়ালগ").
 */
function opensWithPost(text: string, start: number, end: number): boolean {
  const comma = text.indexOf(",", start);
  if (comma < 0 || comma >= end || countWords(text, start, end) > 8) return false;
  const title = text.slice(start, comma).trim().split(" ");
  return title.length <= 4 && isPostWord(title.at(-1) ?? "");
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const space = isSpaceCode(code) || code === 0x2c;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Where the line holding `from` ends: its line break, or the text's end. */
function lineEndAt(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/**
 * Finds the byline at the start of `text` (a matching view).
 *
 * @param text - the matching view
 * @param isContinuation - tells whether a short segment after a separator still belongs to the byline (`name`: the
 *   text's first segment, before its colon, when the segment is the rest of the line)
 * @returns the segments and where the story starts, or `null` when the text is empty
 */
export function findBylineSpan(
  text: string,
  isContinuation: (start: number, end: number, line?: boolean, name?: readonly [number, number]) => boolean,
): BylineSpan | null {
  let start = 0;
  while (start < text.length && LEADING.includes(text[start] ?? "")) start++;
  if (start >= text.length) return null;
  let lineEnd = lineEndAt(text, start);
  // (a writer's label alone on its line, its colon last, heads the name on the next: "Text and photos:" ⏎ "NAME")
  if (lineEnd < text.length && lineEnd > start && ":ঃ".includes(text.charAt(lineEnd - 1)) && isAbbreviationMark(text, start, lineEnd - 1, lineEnd)) {
    lineEnd = lineEndAt(text, lineEnd + 1);
  }
  // a byline is short: only the start of a long line is searched, and a long line with no separator is prose
  const searchEnd = Math.min(lineEnd, start + MAX_BYLINE);
  const copyEnd = firstCopyEnd(text, start, searchEnd);
  const segments: Array<readonly [number, number]> = [];
  let end = lineEnd;
  // a byline has a handful of words before its separator; more is prose
  const separator = nextSeparator(text, start, start, copyEnd);
  // … counted up to a later piece opened by a label with "by": "Reporting by NAME and NAME in PLACE; Editing by NAME"
  const countEnd = !separator ? copyEnd : separator[0];
  const laterBy = text.slice(start, countEnd).search(LATER_BY_PIECE);
  const wordsEnd = laterBy > 0 ? start + laterBy : countEnd;
  if (countWords(text, start, wordsEnd) > MAX_WORDS && !listsPosts(text, start, wordsEnd)) return null;
  if (!separator) {
    if (lineEnd - start > MAX_BYLINE && copyEnd === searchEnd) return null;
    segments.push([start, copyEnd]);
  } else {
    segments.push([start, separator[0]]);
    end = separator[1];
    // a place, an outlet or a date after the separator still belongs to the byline: "নিজস্ব সংবাদদাতাঃ মালদহঃ"
    let from = separator[1];
    // after a dash, a role belongs to the name before it: "মো. জাকির হোসেন - স্টাফ রিপোর্টার"
    let dash = text.charCodeAt(separator[0]) === HYPHEN;
    // a piece a known label opens after another contributor's, where the byline was cut, is still the byline's:
    // "লেখা: NAME; কণ্ঠ: NAME; সম্পাদনা: NAME"
    // (only a cut is at a semicolon or bar, and only a piece's label after one matches there)
    const bar = text.indexOf(text.charAt(separator[0]), from);
    const later = LATER_LABEL_RE.exec(text.slice(bar, copyEnd));
    if (later?.index === 0 && LABEL_ROLES.has(later[1] ?? "")) {
      const next = nextSeparator(text, bar + 1, bar + later[0].length, copyEnd);
      segments.push([bar + 1, next?.[0] ?? copyEnd]);
      end = next?.[1] ?? lineEnd;
      from = next?.[1] ?? copyEnd;
    }
    while (from < copyEnd) {
      const next = nextSeparator(text, start, from, copyEnd);
      const segmentEnd = !next ? copyEnd : next[0];
      // … and so do the writer's posts after any separator: "NAME: অর্থনীতিবিদ ও সাবেক গভর্নর, বাংলাদেশ ব্যাংক"
      const posts = listsPosts(text, from, segmentEnd);
      if (segmentEnd <= from || (countWords(text, from, segmentEnd) > 4 && !posts)) break;
      // … as does a post alone after a name's colon, to the line's end, where no story can start: "NAME: কলাম লেখক"
      const alone = !next && from === separator[1] && segmentEnd === lineEnd;
      if (!isContinuation(from, segmentEnd, dash || posts, alone ? [start, separator[0]] : undefined)) break;
      segments.push([from, segmentEnd]);
      end = !next ? lineEnd : next[1];
      if (!next) break;
      from = next[1];
      dash = text.charCodeAt(next[0]) === HYPHEN;
    }
    if (end >= copyEnd && searchEnd === lineEnd) end = Math.max(end, lineEnd);
  }
  // the page repeats the byline on the next lines
  // (built only where a repeat may follow: a byline read to the end of its line, and a line after it)
  const unit =
    end >= copyEnd && searchEnd === lineEnd && lineEnd < text.length ? compactOf(text, segments[0]?.[0] ?? start, copyEnd) : "";
  if (unit.length > 0) {
    let cursor = lineEnd;
    while (cursor < text.length) {
      let nextStart = cursor;
      while (nextStart < text.length && isSpaceCode(text.charCodeAt(nextStart))) nextStart++;
      if (nextStart >= text.length) {
        cursor = nextStart;
        break;
      }
      let nextEnd = text.indexOf("\n", nextStart);
      if (nextEnd < 0) nextEnd = text.length;
      const line = compactOf(text, nextStart, nextEnd);
      if (line.length === 0 || line.length % unit.length !== 0 || line !== unit.repeat(line.length / unit.length)) {
        // a place on a line of its own under the role: "নিজস্ব প্রতিবেদক" ⏎ "ঢাকা"; a role under the name, or the
        // writer's posts: "NAME" ⏎ "অর্থনীতিবিদ ও সাবেক গভর্নর, বাংলাদেশ ব্যাংক"
        const short = countWords(text, nextStart, nextEnd) <= 4 || listsPosts(text, nextStart, nextEnd) || opensWithPost(text, nextStart, nextEnd);
        if (!separator && segments.length === 1 && short) {
          const lineCopyEnd = firstCopyEnd(text, nextStart, nextEnd);
          if (isContinuation(nextStart, lineCopyEnd, true)) {
            segments.push([nextStart, lineCopyEnd]);
            end = nextEnd;
          }
        }
        break;
      }
      cursor = nextEnd;
      end = nextEnd;
    }
  }
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  return { segments, end };
}
