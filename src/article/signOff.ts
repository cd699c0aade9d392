import { words as alternation } from "./words.ts";
import { LETTER_NAMES, SIGN_OFF_STOPLIST } from "../data/signOffs.ts";
import { DAY_PART, MINUTE_WORD, OCLOCK } from "../dates/vocabulary.ts";
import { foldForMatch } from "../text/normalize.ts";
import { type BoilerplateKind, isCopyrightLine } from "./boilerplate.ts";
import type { ArticleLine } from "./lines.ts";
import { isAgencyName as isAgency } from "./parts.ts";

/**
 * Initials in Bengali: a run of 2–6 letter names, then up to four more runs after `/` (`এমআরএম/জিকেএস`); a slash
 * may open and close the line (`/এমএইচ/এএস/`); letters spaced apart (`এম এইচ/এ এস`) only beside a slash. An outlet
 * of two words may stand before the first slash (`ঢাকা টাইমস/এসএস`): a slogan has words, not initials, after it; so
 * may a site's address (`বাংলানিউজ২৪.কম/এইচএ`, `jagonews24.com/এমএস`, `সিলেটভিউ২৪ডটকম/এসডি`).
 */
let bengaliInitials: RegExp | undefined;
/**
 * One part, then four digits after a slash that may be a year or can be no time (`জিডিপি/2025`, `এসএসসি/1998`,
 * `/3000`), in the matching view; a time of filing closes initials (`এসএইচ/1630`, `এমআর/0945`; hours 19 and 20 read
 * as a year).
 */
const ONE_PART_AND_YEAR = /^\/?[^/]+\/ ?(?:19|20|[3-9]\d)\d\d ?\/?$/;
/** Words that look like initials but are not. */
let stoplist: ReadonlySet<string> | undefined;

function initialsPattern(): RegExp {
  if (bengaliInitials === undefined) {
    const letter = alternation(LETTER_NAMES);
    // a site's address of one word: a name, then `.com` (`.কম`) or `ডটকম` glued to it
    const site = /[\p{L}\p{M}\d]{2,20}(?:\.(?:com|কম)|ডটকম)/u.source;
    // an outlet's acronym with its digits (`এনএফ২৪`, `টিবিএন২৪`)
    const acronym = `(?:${letter}){2,6}\\d{1,2}`;
    // a time of filing (24-hour, four digits) may close the line (`…/এমএস/১৬৩০`), or a count of up to three digits
    // (`এসআই/১`, `এমএইচ/এএস/২`)
    bengaliInitials = new RegExp(`^(?:\\/ ?|(?:[\\p{L}\\p{M}]{2,16}(?: [\\p{L}\\p{M}\\d]{2,16})?|${site}|${acronym}) ?\\/ ?)?${letter}(?: ?${letter}){1,5}(?: ?\\/ ?${letter}(?: ?${letter}){0,5}){0,4}(?: ?\\/ ?\\d{1,4})?(?: ?\\/)?$`, "u");
  }
  return bengaliInitials;
}

/**
 * Initials written with dots, joined by `/`: short runs of letters, Bengali or Latin, a dot after each but the last
 * (`এম.এইচ/এ.এস`, `আ.দ/`, `M.H/A.S`). The slash is asked for by the caller: alone, `আ.দ` may abbreviate anything.
 */
const DOTTED_INITIALS = /^\/? ?[\p{L}\p{M}]{1,6}(?:\. ?[\p{L}\p{M}]{1,6}){1,5}\.?(?: ?\/ ?[\p{L}\p{M}]{1,6}(?:\. ?[\p{L}\p{M}]{1,6}){1,5}\.?){0,4}(?: ?\/)?$/u;

function isStopword(view: string): boolean {
  stoplist ??= new Set(SIGN_OFF_STOPLIST.map(foldForMatch));
  return stoplist.has(view);
}

/**
 * Initials in Latin capitals joined by `/` (`MN/SMS`), perhaps with a time (`MH/AS/1430 hrs`) or after a site's
 * address (`bdnews24.com/AH/MS`), read as written.
 */
const LATIN_INITIALS = /^(?:\/\s?|\w{2,20}\.com\s?\/\s?)?[A-Z]{1,6}(?:\s?\/\s?[A-Z]{1,6}){1,4}(?:\s?\/\s?\d{4}(?:\s?h(?:ou)?rs?\.?)?)?(?:\s?\/)?$/;

/** A line of one run of Latin capitals after a dash, which marks it a sign-off (`-SR`, `— MH`). */
const DASHED_LATIN = /^[-–—] ?[A-Z]{2,4}$/;

/**
 * `PLACE/NAME[/X]`: short single words joined by `/`, a sign-off some outlets write with names; or a trailer with a
 * time or a date, whose name may have two words and whose outlet up to three: `NAME/OUTLET/HHMM`
 * (`রাকিব/সিএনআই নিউজ/১৬৩০`, `রাকিব/সিএনআই নিউজ/২৬/১১/২০২৫`, `রাকিব হাসান/জাগোনিউজ২৪.কম/০৯:৩০`, `এমএইচ/এএস/১৪৩০ ঘ.`, `রাকিব/সিএনআই নিউজ/২৬-১১-২০২৫`),
 * `NAME/D MONTH` (`কেআর/২৬ নভেম্বর`), `OUTLET/ D MONTH, YYYY/ INITIALS` (two of them: `ঢাকাটাইমস/২৬নভেম্বর/এআর/এফএ`),
 * `OUTLET/ CITY / MONTH DD, YYYY`.
 */
const NAMES_WITH_SLASHES =
  /^[\p{L}\p{M}]{2,16}(?:(?: ?\/ ?[\p{L}\p{M}]{1,16}){1,3}|(?: [\p{L}\p{M}]{2,16})?(?:(?: ?\/ ?[^ /]{1,16}(?: [^ /]{1,16}){0,2}){0,2} ?\/ ?(?:[\p{L}\p{M}]{2,9} \d{1,2}|\d{1,2}(?: ?[\p{L}\p{M}]{2,9}|[-./]\d{1,2}[-./]\d{2,4}))|(?: ?\/ ?[^ /]{1,16}(?: [^ /]{1,16}){0,2}){1,2} ?\/ ?\d{1,2}[-.:]?\d{2}(?:[-.]\d{2,4})?(?: ?ঘ[\p{L}\p{M}]{0,4}\.?)?)(?:,? \d{4})?(?: ?\/ ?[^/]{1,16}){0,2})$/u;

/**
 * A part of the day and an hour after a slash or a comma, closing a line (`/রাত ১০টা`, `, সকাল ১০:৪৫`, `/বিকেল ৪টা ৩০
 * মিনিট`), as written or in the matching view.
 */
const DAY_PART_TIME: RegExp = /* @__PURE__ */ (() =>
  new RegExp(`[/,] ?(?:${DAY_PART}) \\p{Nd}{1,2}(?:[:.]\\p{Nd}{2}|(?:${OCLOCK})(?: \\p{Nd}{1,2} (?:${MINUTE_WORD}))?)?$`, "u"))();

/** Two words or one abbreviation, a slash and one word: a sign-off when what stands before the slash is an outlet. */
const OUTLET_AND_NAME = /^(?:[\p{L}\p{M}]{2,16} [\p{L}\p{M}]{2,16}|[^ /]{2,12}) ?\/ ?[\p{L}\p{M}]{2,16}$/u;

/** The strength of a sign-off's form: initials are certain; slashed names only close a story. */
export type SignOffForm = "initials" | "names";

/**
 * Reads one line as a sign-off by its form.
 *
 * @param view - the line in the matching view, trimmed
 * @param text - the same line as written, trimmed
 * @returns the form of the sign-off, or `null` when the line is not one
 */
export function signOffForm(view: string, text: string): SignOffForm | null {
  if (view.length > 60) return null;
  // a time of filing with its part of the day closes a sign-off as its last part, after a slash or after a comma (a
  // date's: `এমএইচ/এএস/রাত ১০টা`, `আরএ/এমএস/২৮ নভেম্বর ২০২৬, রাত ৯:৩০`): the line reads as what stands before it
  const timed = DAY_PART_TIME.exec(view);
  if (timed?.index) return signOffForm(view.slice(0, timed.index), text.replace(DAY_PART_TIME, ""));
  if (initialsPattern().test(view)) {
    // one run of initials and four digits may be an acronym and a year (`জিডিপি/২০২৫`): a time closes two parts or
    // more, or one when it can be no year (`এসএইচ/১৬৩০`)
    if (ONE_PART_AND_YEAR.test(view)) return null;
    if (!view.includes("/")) return view.includes(" ") || isStopword(view) || isAgency(text) ? null : "initials";
    return notInitials(text) ? null : "initials";
  }
  // every other form has a slash
  if (!view.includes("/")) return null;
  // (not bodies' or countries' capitals alone: `-UN/EU`, `US/UK`)
  if (LATIN_INITIALS.test(text) || DOTTED_INITIALS.test(text)) return notInitials(text) ? null : "initials";
  // `এএফপি/রয়টার্স`: the agencies of a story, a source line; `জিডিপি/২০২৫`: an acronym and a year
  // `জয়/পরাজয়`: a word and its opposite, which ends with it
  if (NAMES_WITH_SLASHES.test(view)) {
    const [first = "", second] = signOffParts(view);
    return notInitials(text) || isStopword(first) || second?.endsWith(first) ? null : "names";
  }
  // `কালের কণ্ঠ/রফিক`, `হি.স./সৌম্যজিৎ`: an outlet, then a name (`আমার দেশ/আমার গর্ব` has no outlet)
  return OUTLET_AND_NAME.test(view) && isAgency(signOffParts(text)[0] ?? "") && !notInitials(text) ? "names" : null;
}

/**
 * Whether every part of a slashed line is an agency's name or an acronym (`বিএনপি/এনসিপি`), or a first part of two
 * words, an outlet's or a party's, is followed by these alone (`আওয়ামী লীগ/বিএনপি`): a line read once a story.
 */
function notInitials(text: string): boolean {
  const parts = signOffParts(text);
  // after an outlet of the registry, a part no agency names is initials, a word elsewhere too: `বাসস/এসআই`; a count
  // alone after it is none (`এএফপি/২`)
  if (isAgency(parts[0] ?? "") && !isAgency(parts[1] ?? "")) return /^\d+$/.test(foldForMatch(parts[1] ?? ""));
  return parts.every((part, i) => (i < 1 && /\s/u.test(part)) || isAgency(part) || isStopword(foldForMatch(part)));
}

/**
 * A sign-off read from a line: its text and where it starts in the input; then what of the line is story: 0 none,
 * a positive number the length of the body before the sign-off, a negative one the length of the sources after it
 * (as `String.prototype.slice` takes it).
 */
export type SignOffRead = readonly [{ readonly text: string; readonly index: number }, number];

/**
 * Finds the sign-off among the last lines of a story, walking up from the end: lines of boilerplate are passed over;
 * a label alone (`সম্পর্কিত বিষয়:`, `আরও পড়ুন`) starts the count again, as the lines after it are its tags or links;
 * the walk stops after four lines of story. The last line may be a site's address read as boilerplate, with initials
 * after it (`jagonews24.com/এমএস`).
 *
 * @param lines - the lines of the article
 * @param kindAt - the boilerplate kind of a line, by its place
 * @param first - the first line the walk may reach
 * @returns the place of the line and the sign-off read from it, or `undefined`
 */
export function lastSignOff(
  lines: readonly ArticleLine[],
  kindAt: (i: number) => BoilerplateKind | null,
  first: number,
): readonly [number, SignOffRead] | undefined {
  let story = 0;
  for (let i = lines.length - 1; i >= first && story <= 3; i--) {
    const kind = kindAt(i);
    if (kind === "related-label") story = 0;
    else if (kind === null) {
      const found = readSignOff(lines[i] as ArticleLine, story++ === 0);
      if (found) return [i, found];
    } else if (kind === "address" && story === 0 && !/\/ ?[a-z]/.test((lines[i] as ArticleLine).text)) {
      // a site's address before initials (`jagonews24.com/এমএস`, `(বাংলানিউজ২৪.কম/এইচএ)`) reads as an address (a
      // small letter after its slash is a link's path: `bdnews24.com/sport`)
      const found = readSignOff(lines[i] as ArticleLine, true);
      if (found) return [i, found];
    }
  }
  return undefined;
}

/**
 * Reads the sign-off a line among the last lines of a story holds: the whole line, if it is initials, or slashed
 * names on the story's last line (`last`); or, on the last line, the line in brackets or after a dash
 * (`(এমএইচ/এএস)`, `[এমআর/এসএস]`, `— এমএইচ/এএস`; Latin capitals alone only after a dash: `-SR`), or a sign-off with a `/` after the last sentence of the paragraph it was glued to
 * (`…জানান তিনি। এমএইচ/এএস`, `…জানা গেছে।এসআর/জিকেএস`), or after an editor's label (`এডিট: এমআর`); or initials (on the last line, names too) with a bracket after
 * them (the story's sources: `এসবি/কেএম (রয়টার্স, এএফপি)`), which stays story.
 *
 * @param line - the line
 * @param last - whether the line closes the story, where names may sign off and a sign-off may be wrapped or glued to
 *   a paragraph
 * @returns the sign-off as written (its text and where it starts in the input) and what of the line as written is
 *   story (see {@link SignOffRead}); or `null`
 */
function readSignOff(line: ArticleLine, last: boolean): SignOffRead | null {
  // (an editor's label is no initials of the line's: `এডিটঃ এমআর/এসএস` is read after it, below)
  // (… nor is it one part of a slashed run: `এসএস/এডিট: এমআর` reads as `এসএস/এমআর`)
  const form = EDIT_LABEL.test(line.view) ? null : signOffForm(line.view.replace(SLASHED_EDIT_LABEL, "/"), line.text.replace(SLASHED_EDIT_LABEL, "/"));
  if (form === "initials" || (form !== null && last)) return [line, 0];
  // `এসবি/কেএম (রয়টার্স, এএফপি)`: the bracket (the sources) stays story
  const open = line.text.lastIndexOf("(");
  if (open > 0) {
    const text = line.text.slice(0, open).trimEnd();
    const before = signOffForm(foldForMatch(text), text);
    if (before === "initials" || (before && last)) return [{ text, index: line.index }, open - line.text.length];
  }
  // a paragraph that ends with its sentence has no sign-off glued on (৷ is typed for a danda)
  const found = last && !"।৷?!.".includes(line.text.slice(-1)) ? CLOSING.exec(line.text) : null;
  const closing = found?.[2] ?? "";
  if (found == null || (found.index > 0 && !closing.includes("/"))) return null;
  // Latin capitals alone after a dash, no agency's name or body's, on a line of their own: `-SR`, `— MH` (not `-UN`)
  return ((DASHED_LATIN.test(line.text) && !isAgency(closing) && !isStopword(foldForMatch(closing))) || signOffForm(foldForMatch(closing), closing)) && [
    { text: closing, index: line.index + found.index + found[0].indexOf(closing) },
    found.index + (found[1] as string).length,
  ];
}

/** An outlet's name, ` | ` and one to six words with no stop, colon or digit: `New Age | The Outspoken Daily`. */
const SLOGAN = /^([^|]{2,40}) \|(?: [^ |.।?!:\p{N}]+){1,6}$/u;

/** A name an outlet's words open or close (`দৈনিক সবুজ বাংলা`, `সিএনআই নিউজ`, `The Daily Sun`), in the matching view. */
const OUTLET_WORDS = /^(?:দৈনিক|(?:the )?daily) |(?:নিউজ|টাইমস|\D24|news|times)$/u;

/**
 * Whether a line is an outlet's slogan (`প্রথম আলো | সত্য প্রকাশে আপসহীন`): a name the registry knows, or one an
 * outlet's words open or close (`দৈনিক সবুজ বাংলা | সত্যের পথে অবিচল`), then a short phrase. On a page's last line it
 * is the footer (`Sylhet | Floods Worsen Again` names no outlet).
 *
 * @param text - a trimmed line of the matching view
 * @returns `true` for a slogan
 */
export function isOutletSlogan(text: string): boolean {
  const name = sloganName(text);
  return name !== undefined && (OUTLET_WORDS.test(name) || isAgency(name));
}

/**
 * The name before a slogan's bar (`সবুজ বাংলা` of `সবুজ বাংলা | সত্যের পথে অবিচল`), or `undefined` when the line is
 * no slogan.
 *
 * @param text - a trimmed line of the matching view
 * @returns the name, in the matching view
 */
export function sloganName(text: string): string | undefined {
  // (most lines have no bar: the pattern is tried only on those that do)
  return text.includes(" |") ? SLOGAN.exec(text)?.[1] : undefined;
}

/**
 * Whether a line of a page is the slogan of an outlet no word names (`সবুজ বাংলা | সত্যের পথে অবিচল`) that the page
 * names again, alone on its first line (`সবুজ বাংলা` ⏎ headline …) or in its copyright line (`© ২০২৭ সবুজ বাংলা`): a
 * page's own name, its footer (`Sylhet | Floods Worsen Again` under a story named nowhere else stays story).
 *
 * @param lines - the lines of the page
 * @param at - the line's place
 * @returns `true` for the slogan
 */
export function isNamedSlogan(lines: readonly ArticleLine[], at: number): boolean {
  const name = sloganName((lines[at] as ArticleLine).view);
  return name !== undefined && (lines[0]?.view === name || lines.some(({ view }) => view.includes(name) && isCopyrightLine(view)));
}

/**
 * Whether a line as written is agency names alone (`রয়টার্স/এএফপি`, `এএফপি, রয়টার্স`, `(রয়টার্স, এএফপি)`): the
 * story's sources.
 *
 * @param text - a trimmed line as written
 * @returns `true` when every part between `/` and `,` names an agency
 */
export function isSourceLine(text: string): boolean {
  return text.length <= 60 && text.split(/[/,]/).every((part) => isAgency(part.trim()));
}

/** An editor's label opening a line (`এডিট:`, `এডিটঃ`), in the matching view. */
const EDIT_LABEL = /^এডিট ?[:ঃ\uFF1A]/;

/** An editor's label after a slash (`/এডিট: `), as written or in the matching view. */
const SLASHED_EDIT_LABEL = /\/\s?এডিট\s?[:ঃ\uFF1A]\s?/u;

/**
 * The end of a line as written that may be a sign-off: after a sentence end (৷ typed for a danda is one) and a closing
 * quote (group 1), or the whole line; then a dash, an opening bracket, round or square, or an editor's label (`এডিট:`),
 * the sign-off (group 2, whose dots are followed by a letter or digit: `এম.এইচ/এ.এস`; a short line's `said.-MH/SS`
 * is a sentence's stop and a dash) and a closing bracket.
 */
const CLOSING = /(^|[।৷?!.][\p{Pf}'"]?)\s?(?:[-–—([]|এডিট ?[:ঃ\uFF1A])?\s?([^।৷?!.()[\]\s](?:[^।৷?!.()[\]]|\.(?=[\p{L}\p{N}])){0,59})[)\]]?$/u;

/**
 * What parts a sign-off: a slash, but not a date's (`২৬/১১/২০২৫` stays in its part), and an editor's label after a
 * slash with it ({@link SLASHED_EDIT_LABEL}: `এসএস/এডিট: এমআর`).
 */
const PART_SEPARATOR: RegExp = /* @__PURE__ */ (() => new RegExp(`${SLASHED_EDIT_LABEL.source}|(?<!\\p{Nd})\\/|\\/(?!\\p{Nd})`, "u"))();

/**
 * The parts of a sign-off: the initials (or names) between the slashes.
 *
 * @param text - a sign-off line as written
 * @returns its parts, trimmed
 */
export function signOffParts(text: string): string[] {
  return text.split(PART_SEPARATOR).map((part) => part.trim()).filter((part) => part !== "");
}
