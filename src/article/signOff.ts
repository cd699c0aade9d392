import { words as alternation } from "./words.ts";
import { LETTER_NAMES, SIGN_OFF_STOPLIST } from "../data/signOffs.ts";
import { foldForMatch } from "../text/normalize.ts";

/**
 * Initials in Bengali: a run of 2–6 letter names, then up to four more runs after `/` (`এমআরএম/জিকেএস`); a slash
 * may open and close the line (`/এমএইচ/এএস/`).
 */
let bengaliInitials: RegExp | undefined;
/** Words that look like initials but are not. */
let stoplist: ReadonlySet<string> | undefined;

function initialsPattern(): RegExp {
  if (bengaliInitials === undefined) {
    const letter = alternation(LETTER_NAMES);
    bengaliInitials = new RegExp(`^(?:\\/ ?)?${letter}{2,6}(?: ?\\/ ?${letter}{1,6}){0,4}(?: ?\\/)?$`, "u");
  }
  return bengaliInitials;
}

function isStopword(view: string): boolean {
  stoplist ??= new Set(SIGN_OFF_STOPLIST.map((word) => foldForMatch(word)));
  return stoplist.has(view);
}

/** Initials in Latin capitals joined by `/` (`MN/SMS`), read on the input as written. */
const LATIN_INITIALS = /^(?:\/ ?)?[A-Z]{1,6}(?: ?\/ ?[A-Z]{1,6}){1,4}(?: ?\/)?$/;

/**
 * `PLACE/NAME[/X]`: short single words joined by `/`, a sign-off some outlets write with names; or a trailer with a
 * time or a date, whose name may have two words and whose outlet up to three: `NAME/OUTLET/HHMM`
 * (`রাকিব/সিএনআই নিউজ/১৬৩০`, `রাকিব হাসান/জাগোনিউজ২৪.কম/০৯:৩০`, `এমএইচ/এএস/১৪৩০ ঘ.`, `রাকিব/সিএনআই নিউজ/২৬-১১-২০২৫`),
 * `NAME/D MONTH` (`কেআর/২৬ নভেম্বর`), `OUTLET/ D MONTH, YYYY/ INITIALS`, `OUTLET/ CITY / MONTH DD, YYYY`.
 */
const NAMES_WITH_SLASHES =
  /^[\p{L}\p{M}]{2,16}(?:(?: ?\/ ?[\p{L}\p{M}]{1,16}){1,3}|(?: [\p{L}\p{M}]{2,16})?(?:(?: ?\/ ?[^ /]{1,16}(?: [^ /]{1,16}){0,2}){0,2} ?\/ ?(?:[\p{L}\p{M}]{2,9} \d{1,2}|\d{1,2}(?: ?[\p{L}\p{M}]{2,9}|[-.]\d{1,2}[-.]\d{2,4}))|(?: ?\/ ?[^ /]{1,16}(?: [^ /]{1,16}){0,2}){1,2} ?\/ ?\d{1,2}[-.:]?\d{2}(?:[-.]\d{2,4})?(?: ?ঘ[\p{L}\p{M}]{0,4}\.?)?)(?:,? \d{4})?(?: ?\/ ?[^/]{1,16})?)$/u;

/** The strength of a sign-off's form: initials are certain; slashed names only close a story. */
export type SignOffForm = "initials" | "names";

/**
 * Reads one line as a sign-off by its form.
 *
 * @param view - the line in the matching view, trimmed
 * @param text - the same line as written, trimmed
 * @param isAgency - tells whether a single word is an agency's name (a source line, not initials)
 * @returns the form of the sign-off, or `null` when the line is not one
 */
export function signOffForm(view: string, text: string, isAgency: (word: string) => boolean): SignOffForm | null {
  if (view.length > 60) return null;
  if (initialsPattern().test(view)) {
    if (!view.includes("/")) return isStopword(view) || isAgency(text) ? null : "initials";
    return onlyAgencies(text, isAgency) ? null : "initials";
  }
  if (LATIN_INITIALS.test(text)) return "initials";
  // `এএফপি/রয়টার্স`: the agencies of a story, a source line
  if (NAMES_WITH_SLASHES.test(view)) return onlyAgencies(text, isAgency) ? null : "names";
  return null;
}

/** Whether every part of a slashed line is an agency's name (a line of a few parts, read once a story). */
function onlyAgencies(text: string, isAgency: (word: string) => boolean): boolean {
  return signOffParts(text).every(isAgency);
}

/**
 * The parts of a sign-off: the initials (or names) between the slashes.
 *
 * @param text - a sign-off line as written
 * @returns its parts, trimmed
 */
export function signOffParts(text: string): string[] {
  return text.split("/").map((part) => part.trim()).filter((part) => part !== "");
}
