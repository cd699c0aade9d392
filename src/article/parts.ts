/**
 * The readers of the other domains that an article is made of, behind one seam: extractArticle calls them only
 * through here.
 */
import { asks } from "../agencies/findAttributions.ts";
import { findAgency } from "../agencies/findAgency.ts";
import { cleanValue } from "../bylines/clean.ts";
import { parseByline } from "../bylines/parseByline.ts";
import { readCredit } from "../bylines/readCredit.ts";
import { splitCaption } from "../bylines/splitCaption.ts";
import type { Byline, Contributor, Credit } from "../bylines/types.ts";
import type { Attribution } from "../agencies/types.ts";
import { normalizeForMatch } from "../text/normalize.ts";
import { wordCount } from "./lines.ts";

/** The publication and update instants of a block of dateline lines. */
export { parseDateline as readDateline } from "../dates/parseDateline.ts";
/** The first date of a short text. */
export { parseDate as readDate } from "../dates/parseDate.ts";
/** Every date mentioned in running text. */
export { findDates as readDates } from "../dates/findDates.ts";
/** Every agency named in running text. */
export { findAttributions as readAttributions } from "../agencies/findAttributions.ts";

export type ArticleByline = Byline;
export type ArticleContributor = Contributor;
export type ArticleCredit = Credit;
export type ArticleAttribution = Attribution;

/** A byline line read, or `null` when it names nobody. */
export function readByline(text: string): ArticleByline | null {
  return namingSomebody(parseByline(text));
}

/** The clean form of a slice of the input, as a byline's names are given (joiners dropped, spaces folded). */
export { cleanValue } from "../bylines/clean.ts";

/** A line read as a byline, whether or not it names anybody. */
export { parseByline as readBylineLine } from "../bylines/parseByline.ts";

/** The byline, or `null` when it names nobody. */
export function namingSomebody(byline: ArticleByline): ArticleByline | null {
  return byline.contributors.length > 0 ? byline : null;
}

/** The word after a division's or a city's place (`সিলেট বিভাগ`, `Chattogram Division`, `ঢাকা মহানগর`). */
const DIVISION_WORD = / (?:বিভাগ|মহানগর|Division)$/u;

/** At most three words: no place the byline reader knows is longer (`উত্তর ২৪ পরগনা`), so longer lines skip it. */
const FEW_WORDS = /^[^ ]+(?: [^ ]+){0,2}$/u;

/**
 * Whether a trimmed line as written is a place alone (`ঢাকা`, `হাওড়া`) or two or three joined (`Khulna and Barishal`),
 * as under a byline line, or a division's name (`সিলেট বিভাগ`), as above a headline.
 */
export function isPlaceOnly(text: string): boolean {
  // (read in its clean form, as the byline reader gives a place: NFC, no joiners, plain spaces)
  const place = cleanValue(text).replace(DIVISION_WORD, "");
  return (FEW_WORDS.test(place) && isOnePlace(place)) || (PLACES.test(place) && place.split(PLACE_JOINT).every(isOnePlace));
}

/** Two or three places joined (`Khulna and Barishal`, `রংপুর ও দিনাজপুর`, `খুলনা, যশোর ও সাতক্ষীরা`), of a word or two each. */
const PLACES = /^[^ ,]+(?: [^ ,]+)?(?:(?:,| ও| and| &) [^ ,]+(?: [^ ,]+)?){1,2}$/u;
const PLACE_JOINT = /,? (?:ও|and|&) |, /u;

/** Whether a text in its clean form is one place the byline reader knows, and nothing else. */
function isOnePlace(place: string): boolean {
  const byline = parseByline(place);
  return byline.contributors.length === 0 && byline.place === place;
}

/** A byline fused into the first paragraph (`সদর প্রতিনিধিঃ- গতকাল…`): the byline and where the story starts. */
export function readLeadByline(text: string): { readonly byline: ArticleByline; readonly end: number } | null {
  const byline = parseByline(text);
  const end = byline.story?.index;
  if (end === undefined || end <= 0 || end >= text.length) return null;
  // a name before a question is the interviewer's label (`প্রথম আলো: আপনি কি মনে করেন …?`), no byline
  if (asks(text)) return null;
  // a byline that names nobody by a role counts when a date stands beside it (`মালদহ , ৯ মার্চ :`)
  return namesByRole(byline) || byline.dateText !== undefined ? { byline, end } : null;
}

/**
 * Whether a byline names someone by a role (a desk, staff, a correspondent, a bureau, an agency, or a person with a
 * role), not only by what might be a name: any short phrase reads as a person's name, so that alone proves little.
 */
export function namesByRole(byline: ArticleByline): boolean {
  return byline.contributors.some((contributor) => contributor.kind !== "person" || contributor.role !== undefined);
}

/** A credit read from a line, with its offset moved from the line to the input. */
export function shiftCredit(credit: ArticleCredit, offset: number): ArticleCredit {
  return offset === 0 || credit.index === undefined ? credit : { ...credit, index: credit.index + offset };
}

/** A byline read from a line, with its offsets moved from the line to the input. */
export function shiftByline(byline: ArticleByline, offset: number): ArticleByline {
  if (offset === 0) return byline;
  const shifted: { -readonly [TKey in keyof ArticleByline]: ArticleByline[TKey] } = { ...byline };
  shifted.index = (byline.index ?? 0) + offset;
  if (byline.story !== undefined) shifted.story = { index: byline.story.index + offset };
  return shifted;
}

/** A caption line split from its credit, or `null` when it has no credit. */
export function readCaption(text: string): { readonly caption: string; readonly credit: ArticleCredit } | null {
  const split = splitCaption(text);
  return split.credit === null ? null : { caption: split.caption, credit: split.credit };
}

/** A courtesy's label opening a line, in the matching view. */
const COURTESY_LABEL = /^সৌজন্যে ?[:ঃ]/u;

/**
 * A courtesy's label and a few words alone on a line (`সৌজন্যে: জেলা প্রশাসন`) as a bare credit, or `null`: read so
 * inside the story, under a photo's caption (over the story it is a sponsor's line, at its foot the story's source).
 */
export function courtesyAlone(view: string, text: string): { readonly caption: string; readonly credit: ArticleCredit } | null {
  const credit = COURTESY_LABEL.test(view) && wordCount(view) <= 6 ? readCredit(normalizeForMatch(text), 0, text.length, false) : null;
  return credit?.text === text ? { caption: "", credit } : null;
}

/** Whether a single word is the name of an agency. */
export function isAgencyName(text: string): boolean {
  let known = agencyNames.get(text);
  if (known === undefined) {
    known = findAgency(text) !== null;
    if (agencyNames.size >= AGENCY_NAME_CACHE) agencyNames.clear();
    agencyNames.set(text, known);
  }
  return known;
}

/** Sign-off lines repeat across a corpus (the same desks sign every day): their agency lookups are kept, bounded. */
const AGENCY_NAME_CACHE = 512;
const agencyNames: Map<string, boolean> = /* @__PURE__ */ new Map<string, boolean>();
