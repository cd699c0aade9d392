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
 * Builds the matching view of `text`.
 *
 * @param text - any string
 * @returns the view with a map back to the input
 */
export function normalizeForMatch(text: string): NormalizedText {
  if (!needsFolding(text)) return plainView(text);
  const out: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const next = i + 1 < length ? text.charCodeAt(i + 1) : -1;
    // Bengali two- and three-unit sequences that have one canonical code point.
    if (code >= 0x0980 && code <= 0x09ff) {
      if (code === 0x09df || code === 0x09dc || code === 0x09dd) {
        // NFC writes য় ড় ঢ় as base + nukta (they are composition exclusions); so does this view.
        out.push(code === 0x09df ? 0x09af : code === 0x09dc ? 0x09a1 : 0x09a2, NUKTA);
        from.push(i, i);
        to.push(i + 1, i + 1);
        i += 1;
        continue;
      }
      if (code === 0x09c7 && (next === 0x09be || next === 0x09d7)) {
        out.push(next === 0x09be ? 0x09cb : 0x09cc);
        from.push(i);
        to.push(i + 2);
        i += 2;
        continue;
      }
      if (code === 0x0985 && next === 0x09be) {
        out.push(0x0986);
        from.push(i);
        to.push(i + 2);
        i += 2;
        continue;
      }
      if (code === 0x09a4 && next === 0x09cd && i + 2 < length && text.charCodeAt(i + 2) === ZWJ) {
        out.push(0x09ce);
        from.push(i);
        to.push(i + 3);
        i += 3;
        continue;
      }
      if (
        code === 0x098f &&
        next === 0x09cd &&
        i + 3 < length &&
        text.charCodeAt(i + 2) === 0x09af &&
        text.charCodeAt(i + 3) === 0x09be
      ) {
        out.push(0x0985, 0x09cd, 0x09af, 0x09be);
        from.push(i, i + 1, i + 2, i + 3);
        to.push(i + 1, i + 2, i + 3, i + 4);
        i += 4;
        continue;
      }
      out.push(foldUnit(code));
      from.push(i);
      to.push(i + 1);
      i += 1;
      continue;
    }
    const folded = foldUnit(code);
    if (folded >= 0) {
      out.push(folded);
      from.push(i);
      to.push(i + 1);
    }
    i += 1;
  }
  from.push(length);
  let view = "";
  const CHUNK = 8192;
  for (let start = 0; start < out.length; start += CHUNK) {
    view += String.fromCharCode(...out.slice(start, start + CHUNK));
  }
  const toSource = (index: number): number => (index <= 0 ? 0 : (from[index] ?? length));
  return {
    text: view,
    source: text,
    toSource,
    spanToSource(start: number, end: number) {
      const first = toSource(start);
      const last = end > start ? (to[end - 1] ?? length) : first;
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
export function foldForMatch(text: string): string {
  return normalizeForMatch(text).text;
}
