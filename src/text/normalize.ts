import { assertString } from "../errors.ts";

/** A span of the input: where it starts and the text exactly as it stands there. */
export interface SourceSpan {
  /** Where the span starts in the input. */
  readonly index: number;
  /** The span as written in the input. */
  readonly text: string;
}

/**
 * The matching view of a text: one canonical spelling for every way Bengali text is typed, so that patterns
 * are written once. It is used for matching only; spans found in it are mapped back to the input with
 * {@link NormalizedText.toSource}, so results always quote the input as it was.
 *
 * What it folds (each step is local, so offsets map back exactly):
 * - it is Unicode NFC for Bengali: the single code points য় ড় ঢ় (U+09DF, U+09DC, U+09DD) become base + nukta,
 *   as NFC writes them (so patterns typed in NFC source match both encodings);
 * - ে + া and ে + ৗ become ো and ৌ; অ + া becomes আ; এ্যা becomes অ্যা; ত্ + ZWJ or ZWNJ becomes ৎ (older sites type
 *   khanda ta so);
 * - zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) are dropped;
 * - the carriage return of a `\r\n` line end is dropped;
 * - no-break and other spaces and tabs become a space; dashes and the minus sign become `-`;
 *   curly and prime apostrophes become `'`; the fullwidth colon becomes `:`; ঃ is kept (it is both a colon and an
 *   abbreviation mark, and only a pattern can tell which); ৷ (the currency numerator four, typed for a danda)
 *   becomes `।`;
 * - Bengali digits become ASCII digits; ASCII capitals become small letters.
 */
export interface NormalizedText {
  /** The matching view. */
  readonly text: string;
  /** The text as given. */
  readonly source: string;
  /** Maps an index of the matching view (0…text.length) to the index of the input it came from. */
  toSource(index: number): number;
  /** Maps a span `[start, end)` of the matching view to the span of the input it came from. */
  spanToSource(start: number, end: number): SourceSpan;
}

const NUKTA = 0x09bc;

/** A code unit as a single unit of the matching view (a Bengali letter stays itself), or -1 when it is dropped. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x09 ? 0x20 : code;
  if (code >= 0x09e6 && code <= 0x09ef) return code - 0x09b6;
  // the currency numerator four, typed for a danda by many sites (`খেলছে৷`)
  if (code === 0x09f7) return 0x0964;
  // zero-width characters and the soft hyphen vanish
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad) return -1;
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) {
    return 0x20;
  }
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63) return 0x2d;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x00b4) return 0x27;
  // the fullwidth hyphen-minus, digits, colon and vertical line are their ASCII selves, 0xfee0 up
  return code === 0xff0d || code === 0xff5c || (code >= 0xff10 && code <= 0xff1a) ? code - 0xfee0 : code;
}

/**
 * The fold that ends at the unit at `i` (a unit {@link foldUnit} leaves as it is, or drops): its replacement in the view
 * and the input units `[start, stop)` it takes, or undefined when nothing folds there. য় ড় ঢ় become base + nukta (NFC
 * writes them so: they are composition exclusions); the `\r` of `\r\n` is dropped; ে + া and ে + ৗ become ো and ৌ;
 * অ + া becomes আ; ত্ + ZWJ or ZWNJ becomes ৎ; the এ of এ্যা becomes অ (and a joiner after its virama is dropped with
 * it); any other zero-width unit is dropped. A fold of more than one unit is found by its last.
 */
function foldAt(text: string, i: number, code: number): readonly [string, number, number] | undefined {
  const previous = text.charCodeAt(i - 1);
  // (startsWith reads a negative position as 0, where the unit at `i` cannot end the sequence: it is never ত, ্, এ or য)
  if ((code === 0x200d || code === 0x200c) && text.startsWith("\u09A4\u09CD", i - 2)) return ["\u09CE", i - 2, i + 1];
  // a zero-width unit is dropped, and so is the `\r` of `\r\n`
  if (foldUnit(code) < 0 || (code === 0x0d && text.charCodeAt(i + 1) === 0x0a)) {
    // a joiner (or a run of them) after the virama of এ্যা goes with the fold of its এ, which comes before it; the run
    // is read only after এ্, so a long run of joiners is read once, not once per joiner
    if (!text.startsWith("\u098F\u09CD", i - 2)) return ["", i, i + 1];
    let stop = i + 1;
    while (foldUnit(text.charCodeAt(stop)) < 0) stop++;
    return text.startsWith("\u09AF\u09BE", stop) ? ["\u0985\u09CD", i - 2, stop] : ["", i, i + 1];
  }
  if (code === 0x09df || code === 0x09dc || code === 0x09dd) {
    return [String.fromCharCode(code === 0x09df ? 0x09af : code - 0x3b, NUKTA), i, i + 1];
  }
  if (previous === 0x09c7 && (code === 0x09be || code === 0x09d7)) return [code === 0x09be ? "\u09CB" : "\u09CC", i - 1, i + 1];
  if (previous === 0x0985 && code === 0x09be) return ["\u0986", i - 1, i + 1];
  if (text.startsWith("\u098F\u09CD\u09AF\u09BE", i - 3)) return ["\u0985", i - 3, i - 2];
  return undefined;
}

/**
 * The units the matching view may change (a superset: a unit that needs nothing is left as it is): ASCII capitals,
 * tabs and carriage returns, everything outside ASCII and the Bengali block but the dandas, Bengali digits and the last units of the
 * folds of {@link foldAt} (the lookbehind tells a া or ৗ that may fold), so that one class decides at each unit. The
 * letters and ASCII that make up most of a text are skipped by the regular-expression engine, which reads a string
 * built by concatenation or slicing as fast as any other.
 */
const MAY_CHANGE = /[\t\rA-Z\u0080-\u0963\u0966-\u097F\u09BE\u09D7\u09DC-\u09DF\u09E6-\uFFFF](?<=[^\u09BE\u09D7]|[\u0985\u09C7].|\u098F\u09CD\u09AF.)/g;

/** Printable ASCII: its capitals fold to small letters and nothing else in it changes. */
const ASCII_RUN = /[ -~]*/y;

/**
 * Builds the matching view of `text`.
 *
 * @param text - any string
 * @returns the view with a map back to the input
 * @throws TypeError when `text` is not a string
 */
/* @__NO_SIDE_EFFECTS__ */
export function normalizeForMatch(text: string): NormalizedText {
  assertString(text);
  // The map back to the input is kept sparse, as triples: segment k starts at view index map[3k]; a run
  // (map[3k + 2] = -1) maps view unit v to input unit map[3k + 1] + v - map[3k]; a unit that does not map one to one
  // has its own input span [map[3k + 1], map[3k + 2]).
  const map = [0, 0, -1];
  let view = "";
  let kept = 0; // input index where the unchanged stretch starts
  MAY_CHANGE.lastIndex = 0;
  while (MAY_CHANGE.test(text)) {
    const i = MAY_CHANGE.lastIndex - 1;
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) {
      // a capital and the printable ASCII after it are small letters in one step (`WASHINGTON, Jan 9 (AP)`)
      ASCII_RUN.lastIndex = i;
      ASCII_RUN.test(text);
      view += text.slice(kept, i) + text.slice(i, ASCII_RUN.lastIndex).toLowerCase();
      kept = MAY_CHANGE.lastIndex = ASCII_RUN.lastIndex;
      continue;
    }
    let folded = foldUnit(code);
    if (folded >= 0 && folded !== code) {
      // one unit for one: a digit, a capital, a space, a dash or a quote (the map needs no new segment), with the
      // like units after it (the digits of a number)
      view += text.slice(kept, i);
      kept = i;
      do {
        view += String.fromCharCode(folded);
        code = text.charCodeAt(++kept);
        folded = foldUnit(code);
      } while (folded >= 0 && folded !== code);
      MAY_CHANGE.lastIndex = kept;
      continue;
    }
    const fold = foldAt(text, i, code);
    if (fold === undefined) continue;
    const [replacement, start, stop] = fold;
    view += text.slice(kept, start);
    // expanded (য়: two units from one), contracted (ো: one from two) or dropped (a joiner); এ for এ is one for one
    if (replacement.length !== stop - start) {
      for (let k = 0; k < replacement.length; k++) map.push(view.length + k, start, stop);
      map.push(view.length + replacement.length, stop, -1);
    }
    view += replacement;
    kept = stop;
    // (a fold may take units after the one found: the joiners of এ্যা)
    if (stop > MAY_CHANGE.lastIndex) MAY_CHANGE.lastIndex = stop;
  }
  view += text.slice(kept);
  const viewLength = view.length;
  const toSource = (index: number): number => {
    if (index < 0) return 0;
    if (index >= viewLength) return text.length;
    const k = segmentAt(map, index);
    return (map[k + 2] as number) < 0 ? (map[k + 1] as number) + index - (map[k] as number) : (map[k + 1] as number);
  };
  return {
    text: view,
    source: text,
    toSource,
    spanToSource(start: number, end: number) {
      const first = toSource(start);
      let last = first;
      if (end > viewLength) last = text.length;
      else if (end > start) {
        const k = segmentAt(map, end - 1);
        const stop = map[k + 2] as number;
        last = stop < 0 ? (map[k + 1] as number) + end - (map[k] as number) : stop;
      }
      return { index: first, text: text.slice(first, last) };
    },
  };
}

/** The segment of a map of {@link normalizeForMatch} that holds view index `index` (where its triple starts). */
function segmentAt(map: readonly number[], index: number): number {
  let low = 0;
  let high = map.length / 3 - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((map[middle * 3] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return low * 3;
}

/**
 * Where the matching view of `text` may first differ from it: the first unit at or after `from` that a rule of the view
 * may change (with the units after it), or `text.length`. Every unit before it stands in the view as it is.
 *
 * @param text - any string
 * @param from - where to start looking
 * @returns an index from `from` to `text.length`
 */
/* @__NO_SIDE_EFFECTS__ */
export function firstChangeAt(text: string, from: number): number {
  MAY_CHANGE.lastIndex = from;
  if (!MAY_CHANGE.test(text)) return text.length;
  const i = MAY_CHANGE.lastIndex - 1;
  return Math.max(from, foldAt(text, i, text.charCodeAt(i))?.[1] ?? i);
}

/**
 * The matching view of a vocabulary entry or a pattern fragment (no map kept). Most spellings are already in the
 * view (the vocabularies fold some 1,500 of them at import, and fewer than one in twenty changes): those are
 * returned as they are, without building a view and its map.
 *
 * @param text - a spelling as written in a data file
 * @returns the same spelling in the matching view
 */
/* @__NO_SIDE_EFFECTS__ */
export function foldForMatch(text: string): string {
  return firstChangeAt(text, 0) < text.length ? normalizeForMatch(text).text : text;
}
