/**
 * The matching view of a text: one canonical spelling for every way Bengali text is typed, so that patterns
 * are written once. It is used for matching only; spans found in it are mapped back to the input with
 * {@link NormalizedText.toSource}, so results always quote the input as it was.
 *
 * What it folds (each step is local, so offsets map back exactly):
 * - it is Unicode NFC for Bengali: the single code points য় ড় ঢ় (U+09DF, U+09DC, U+09DD) become base + nukta,
 *   as NFC writes them (so patterns typed in NFC source match both encodings);
 * - ে + া and ে + ৗ become ো and ৌ; অ + া becomes আ; এ্যা becomes অ্যা; ত্ + ZWJ becomes ৎ;
 * - zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) are dropped;
 * - no-break and other spaces and tabs become a space; dashes and the minus sign become `-`;
 *   curly and prime apostrophes become `'`; the fullwidth colon becomes `:`; ঃ is kept (it is both a colon and an
 *   abbreviation mark, and only a pattern can tell which);
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
  spanToSource(start: number, end: number): { index: number; text: string };
}

const NUKTA = 0x09bc;
const ZWJ = 0x200d;

/** Code points that vanish from the matching view. */
function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x00ad;
}

/** A code point written as a single unit of the matching view, or -1 when it is dropped. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code === 0x09 ? 0x20 : code;
  if (code >= 0x09e6 && code <= 0x09ef) return code - 0x09e6 + 0x30;
  if (isInvisible(code)) return -1;
  if (code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) {
    return 0x20;
  }
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 || code === 0xff0d) return 0x2d;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x0060 || code === 0x00b4) {
    return 0x27;
  }
  if (code === 0xff1a) return 0x3a;
  if (code === 0xff5c) return 0x7c;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10 + 0x30;
  return code;
}

/** Needs the slow path: anything but plain printable ASCII with no capitals. */
function needsFolding(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a) || code === 0x09 || code === 0x60) return true;
  }
  return false;
}

function identity(index: number): number {
  return index;
}

function plainView(text: string): NormalizedText {
  return {
    text,
    source: text,
    toSource: identity,
    spanToSource: (start, end) => ({ index: start, text: text.slice(start, end) }),
  };
}

/**
 * Whether a code unit below U+0980 or above U+09FF changes in the view (see {@link foldUnit}).
 */
function foldsOutsideBengali(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || code === 0x09;
  return foldUnit(code) !== code;
}

/**
 * The map from view indices back to the input, kept sparse: a segment starts wherever the offset between view
 * and input changes. A run segment maps unit `v` to `[from + (v - view), from + (v - view) + 1)`; a unit segment
 * (one view unit made from several input units, or one of two units made from one) has its own `[from, to)`.
 */
interface SourceMap {
  readonly view: number[];
  readonly from: number[];
  /** End in the input for a unit segment; -1 for a run. */
  readonly to: number[];
}

function addRun(map: SourceMap, viewIndex: number, from: number): void {
  const last = map.view.length - 1;
  // a run that continues the previous run needs no new segment
  if (last >= 0 && map.to[last] === -1 && (map.from[last] ?? 0) + (viewIndex - (map.view[last] ?? 0)) === from) return;
  map.view.push(viewIndex);
  map.from.push(from);
  map.to.push(-1);
}

function addUnit(map: SourceMap, viewIndex: number, from: number, to: number): void {
  map.view.push(viewIndex);
  map.from.push(from);
  map.to.push(to);
}

/** The segment holding view unit `index` (the last one that starts at or before it). */
function segmentOf(map: SourceMap, index: number): number {
  let low = 0;
  let high = map.view.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((map.view[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Builds the matching view of `text`.
 *
 * @param text - any string
 * @returns the view with a map back to the input
 */
/* @__NO_SIDE_EFFECTS__ */
export function normalizeForMatch(text: string): NormalizedText {
  if (!needsFolding(text)) return plainView(text);
  const length = text.length;
  const map: SourceMap = { view: [], from: [], to: [] };
  let view = "";
  let runStart = 0; // input index where the current unchanged stretch starts
  let viewLength = 0; // units of the view written before the current stretch
  addRun(map, 0, 0);
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let replacement: string;
    let consumed = 1;
    let unit = false; // the replacement does not map one to one
    if (code >= 0x0980 && code <= 0x09ff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (code === 0x09df || code === 0x09dc || code === 0x09dd) {
        // NFC writes য় ড় ঢ় as base + nukta (they are composition exclusions); so does this view.
        replacement = String.fromCharCode(code === 0x09df ? 0x09af : code === 0x09dc ? 0x09a1 : 0x09a2, NUKTA);
        unit = true;
      } else if (code === 0x09c7 && (next === 0x09be || next === 0x09d7)) {
        replacement = next === 0x09be ? "\u09CB" : "\u09CC";
        consumed = 2;
        unit = true;
      } else if (code === 0x0985 && next === 0x09be) {
        replacement = "\u0986";
        consumed = 2;
        unit = true;
      } else if (code === 0x09a4 && next === 0x09cd && i + 2 < length && text.charCodeAt(i + 2) === ZWJ) {
        replacement = "\u09CE";
        consumed = 3;
        unit = true;
      } else if (
        code === 0x098f &&
        next === 0x09cd &&
        i + 3 < length &&
        text.charCodeAt(i + 2) === 0x09af &&
        text.charCodeAt(i + 3) === 0x09be
      ) {
        replacement = "\u0985";
      } else if (code >= 0x09e6 && code <= 0x09ef) {
        replacement = String.fromCharCode(code - 0x09e6 + 0x30);
      } else {
        i += 1;
        continue;
      }
    } else if (!foldsOutsideBengali(code)) {
      i += 1;
      continue;
    } else {
      const folded = foldUnit(code);
      replacement = folded >= 0 ? String.fromCharCode(folded) : "";
      unit = folded < 0;
    }
    // flush the unchanged stretch, then write the replacement
    if (runStart < i) {
      view += text.slice(runStart, i);
      viewLength += i - runStart;
    }
    if (unit) {
      for (let k = 0; k < replacement.length; k++) {
        addUnit(map, viewLength + k, i, i + (replacement.length > 1 ? 1 : consumed));
      }
    }
    view += replacement;
    viewLength += replacement.length;
    i += consumed;
    runStart = i;
    if (unit) addRun(map, viewLength, i);
  }
  if (runStart < length) {
    view += text.slice(runStart);
    viewLength += length - runStart;
  }
  const viewEnd = viewLength;
  const toSource = (index: number): number => {
    if (index <= 0) return 0;
    if (index >= viewEnd) return length;
    const k = segmentOf(map, index);
    const to = map.to[k] ?? -1;
    const from = map.from[k] ?? 0;
    return to === -1 ? from + (index - (map.view[k] ?? 0)) : from;
  };
  const endOf = (index: number): number => {
    const k = segmentOf(map, index);
    const to = map.to[k] ?? -1;
    return to === -1 ? (map.from[k] ?? 0) + (index - (map.view[k] ?? 0)) + 1 : to;
  };
  return {
    text: view,
    source: text,
    toSource,
    spanToSource(start: number, end: number) {
      const first = toSource(start);
      const last = end > start ? (end - 1 < viewEnd ? endOf(end - 1) : length) : first;
      return { index: first, text: text.slice(first, last) };
    },
  };
}

/**
 * The matching view of a vocabulary entry or a pattern fragment (no map kept).
 *
 * @param text - a spelling as written in a data file
 * @returns the same spelling in the matching view
 */
/* @__NO_SIDE_EFFECTS__ */
export function foldForMatch(text: string): string {
  return normalizeForMatch(text).text;
}
