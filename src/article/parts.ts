/**
 * The readers of the other domains that an article is made of, behind one seam: extractArticle calls them only
 * through here.
 */
import { findAgency } from "../agencies/findAgency.ts";
import { findAttributions } from "../agencies/findAttributions.ts";
import { parseDate } from "../dates/parseDate.ts";
import { parseDateline } from "../dates/parseDateline.ts";
import type { Attribution } from "../agencies/types.ts";
import type { DateOptions, Dateline, ParsedDate } from "../dates/types.ts";

/** One contributor of a byline (the bylines domain defines it in full). */
export interface PendingContributor {
  readonly kind: string;
  readonly name?: string;
  readonly role?: string;
  readonly place?: string;
  readonly agency?: string;
}

/** A parsed byline. */
export interface PendingByline {
  readonly contributors: readonly PendingContributor[];
  readonly text: string;
}

/** A photo credit. */
export interface PendingCredit {
  readonly source: string;
  readonly file: boolean;
  readonly symbolic: boolean;
  readonly text: string;
}


export type ArticleByline = PendingByline;
export type ArticleContributor = PendingContributor;
export type ArticleCredit = PendingCredit;
export type ArticleAttribution = Attribution;

/** The publication and update instants of a block of dateline lines. */
export function readDateline(text: string, options: DateOptions): Dateline {
  return parseDateline(text, options);
}

/** The first date of a short text. */
export function readDate(text: string, options: DateOptions): ParsedDate | null {
  return parseDate(text, options);
}

/** Every date mentioned in running text. */
export function readDates(_text: string, _options: DateOptions): readonly ParsedDate[] {
  return [];
}

/** A byline line read, or `null` when it names nobody. */
export function readByline(_text: string): ArticleByline | null {
  return null;
}

/** A byline fused into the first paragraph (`সদর প্রতিনিধিঃ- গতকাল…`): the byline, where the story starts, a date beside it. */
export function readLeadByline(
  _text: string,
): { readonly byline: ArticleByline; readonly end: number; readonly dateText?: string } | null {
  return null;
}

/** A caption line split from its credit, or `null` when it has no credit. */
export function readCaption(_text: string): { readonly caption: string; readonly credit: ArticleCredit } | null {
  return null;
}

/** Every agency named in running text. */
export function readAttributions(text: string): readonly ArticleAttribution[] {
  return findAttributions(text);
}

/** Whether a single word is the name of an agency. */
export function isAgencyName(text: string): boolean {
  return findAgency(text) !== null;
}

/** Checks the time zone option the way the date readers do (they throw a `RangeError` naming the value). */
export function checkDateOptions(_options: DateOptions): void {}
