/**
 * The one door from bylines and credits to the agency registry. Everything here asks `lookupAgency`, so the
 * registry can change without touching the readers.
 */
import { findAgency } from "../agencies/findAgency.ts";
import { matchAgencyAtStart } from "../agencies/matchAgencyAt.ts";
import type { Agency } from "../agencies/types.ts";
import { foldKey } from "../_lib/alternation.ts";
import { CREDIT_OUTLET_SHORT_NAMES } from "../data/creditVocabulary.ts";

/** What the byline and credit readers need to know of a registry entry. */
export interface AgencyHit {
  /** Registry id (`reuters`, `prothom-alo`). */
  readonly id: string;
  /** A wire service or state agency (credited as `agency`), not another outlet (`outlet`). */
  readonly wire: boolean;
  /** A television or radio broadcaster: a picture taken from it is a still. */
  readonly broadcaster?: boolean;
}

/** The hit of a registry entry. */
function hitOf(agency: Agency): AgencyHit {
  const { id, type } = agency;
  return { id, wire: type === "wire" || type === "state-media", broadcaster: type === "broadcaster" };
}

/**
 * Looks a name up in the agency registry.
 *
 * @param name - a Bengali or English spelling, inflected or not
 * @returns the entry, or `null`
 */
export function lookupAgency(name: string): AgencyHit | null {
  if (name === "" || name.length > 80) return null;
  const agency = findAgency(name);
  // a phrase of the language is that phrase here (`আমার দেশ/আমার গর্ব` is a slogan), the outlet only by another spelling
  // (`দৈনিক আমার দেশ`); so is a time (`এই সময়`)
  const key = foldKey(name);
  const has = (spelling: string): boolean => key.includes(foldKey(spelling));
  if ((agency?.namesake === "phrase" || agency?.namesake === "time") && agency.ambiguous?.some(has) && !agency.bn.some((bn) => !agency.ambiguous?.includes(bn) && has(bn))) return null;
  return agency ? hitOf(agency) : null;
}

/**
 * Looks up a registry name at the start of a short text (`ডনের প্রতিবেদন` → Dawn) that a picture was taken from. A
 * spelling that is also a word is that word here: `সিসিটিভি ফুটেজ` is a security camera's, not China Central
 * Television's.
 *
 * @param text - a short phrase
 * @returns the entry, or `null`
 */
export function lookupAgencyAtStart(text: string): AgencyHit | null {
  if (text === "" || text.length > 80) return null;
  const match = matchAgencyAtStart(text);
  const word = match?.agency.namesake === "word" && match.agency.ambiguous?.includes(match.name);
  return match && !word ? hitOf(match.agency) : null;
}

/** Outlets by the short names they credit their staff with, folded → registry id. */
const SHORT_OUTLETS = /* @__PURE__ */ (() => new Map(CREDIT_OUTLET_SHORT_NAMES.map(([name, id]) => [foldKey(name), id])))();

/**
 * The outlet a short name stands for (`Star`, `HT`), as a registry hit, or `null`: asked only where a credit's label
 * or a desk or role word stands beside it.
 *
 * @param key - the name, folded
 * @returns the entry, or `null`
 */
export function shortOutlet(key: string): AgencyHit | null {
  const id = SHORT_OUTLETS.get(key);
  return id === undefined ? null : { id, wire: false };
}
