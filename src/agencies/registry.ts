import { AGENCY_TABLE } from "../data/agencies.ts";
import type { Agency, AgencyNamesake, AgencyType } from "./types.ts";

/**
 * The first field of a line of the table: the type's letter, country, namesake, then an alternate, an id and a name
 * where given.
 */
const KIND = /^(\S) (\S+)(?: ([a-z]+))?(?: alt=(\S+))?(?: id=(\S+))?(?: name=(.+))?$/;

/** The types of agency, each written in the table as its first letter. */
const TYPES: readonly AgencyType[] = ["wire", "broadcaster", "newspaper", "online", "state-media"];

/** The default id of an agency: its first English spelling in kebab case, without "The" or a web domain. */
function defaultId(spelling: string): string {
  return spelling
    .toLowerCase()
    .replace(/\.[a-z]+$|'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-?(?:the-)?|-$/g, "");
}

/** A spelling without its marks: `=` before the name, `*` after an ambiguous spelling. */
function unmarked(spelling: string): string {
  return spelling.replace(/^=|\*$/g, "");
}

/**
 * Reads the lines of the registry's table (the format is described in `src/data/agencies.ts`) into records.
 *
 * @param table - the table
 * @returns the agencies, in the order of the table
 * @example
 * readTable("w BD|UNB,=United News of Bangladesh|ইউএনবি")[0]?.id;
 * //=> "unb"
 */
/* @__NO_SIDE_EFFECTS__ */
export function readTable(table: string): Agency[] {
  const list: Agency[] = [];
  for (const line of table.split("\n")) {
    if (line === "") continue;
    const [kind = "", english = "", bengali = ""] = line.split("|");
    const [, type, country = "", namesake, alternate, id, name] = KIND.exec(kind) ?? [];
    const englishMarked = english.split(",");
    const bengaliMarked = bengali.split(",");
    const en = englishMarked.map(unmarked);
    const bn = bengaliMarked.map(unmarked);
    const first = en[0] ?? "";
    const named = name ?? unmarked(englishMarked.find((spelling) => spelling.startsWith("=")) ?? first);
    // `ambiguous` lists the Bengali spellings first
    const ambiguous = [...bengaliMarked, ...englishMarked].filter((spelling) => spelling.endsWith("*")).map(unmarked);
    let agency: Agency = { id: id ?? defaultId(first), name: named, type: TYPES.find((name) => name[0] === type) as AgencyType, country, bn, en };
    if (namesake !== undefined) agency = { ...agency, ambiguous, namesake: namesake as AgencyNamesake };
    list.push(alternate === undefined ? agency : { ...agency, alternate });
  }
  return list;
}

/**
 * The registry: every news agency, broadcaster, newspaper and news site the library recognises, with its
 * Bengali spellings and English names. Read-only data.
 *
 * @example
 * agencies.find((agency) => agency.id === "bss")?.name;
 * //=> "Bangladesh Sangbad Sangstha"
 */
export const agencies: readonly Agency[] = /* @__PURE__ */ readTable(AGENCY_TABLE);
