/**
 * The clean form of a value taken from the input (a name, a place): Unicode NFC, joiners dropped, look-alike
 * letters folded and spaces collapsed, but letter case and digits kept. Two spellings of the same name that differ
 * only in encoding (precomposed or decomposed য়, a stray ZWNJ, a no-break space) give the same value.
 */
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * What the steps of {@link cleanValue} after NFC might change: a character neither printable ASCII nor Bengali (joiners,
 * dashes, curly quotes, other spaces), `অা` or `এ্`, two spaces, or a space at either end.
 */
const NEEDS_CLEANING = /[^ -~\u0980-\u09FF]|\u0985\u09BE|\u098F\u09CD| {2}|^ | $/;

/**
 * What NFC may change in a string of printable ASCII and Bengali: a nukta letter it decomposes (`ড়`, `ঢ়`, `য়`), the
 * sandhi mark or a nukta after a virama (reordered), `ে` before the second part of `ো` or `ৌ` (composed).
 */
const CHANGED_BY_NFC = /[\u09DC-\u09DF\u09FE]|\u09C7[\u09BE\u09D7]|\u09CD\u09BC/;

/**
 * Cleans a value for output.
 *
 * @param text - a slice of the input
 * @returns the value in NFC with joiners, look-alikes and extra spaces folded
 */
export function cleanValue(text: string): string {
  // NFC changes nothing else of printable ASCII and Bengali; the steps below start again from the text as given
  const nfc = CHANGED_BY_NFC.test(text) ? text.normalize("NFC") : text;
  // most values need no more than NFC: nothing below would change them
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return text
    .replace(/\u09A4\u09CD[\u200C\u200D]/g, "\u09CE")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/\u0985\u09BE/g, "\u0986")
    .replace(/\u098F\u09CD\u09AF\u09BE/g, "\u0985\u09CD\u09AF\u09BE")
    .replace(/\uFF1A/g, ":")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(SPACES, " ")
    .trim();
}
