import { AGENCY_TABLE } from "../data/agencies.ts";
import type { Agency, AgencyNamesake, AgencyType } from "./types.ts";

/** The first field of a line of the table: type, country, namesake, then an id and a name where given. */
const KIND = /^(\S+) (\S+)(?: (word|person|organisation|acronym))?(?: id=(\S+))?(?: name=(.+))?$/;

/** The default id of an agency: its first English spelling in kebab case, without "The" or a web domain. */
function defaultId(spelling: string): string {
  return spelling
    .toLowerCase()
    .replace(/\.[a-z]+$/, "")
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .replace(/^the-/, "");
}

/** A spelling without its ambiguity mark. */
function unmarked(spelling: string): string {
  return spelling.endsWith("*") ? spelling.slice(0, -1) : spelling;
}

/**
 * Reads the lines of the registry's table (the format is described in `src/data/agencies.ts`) into records.
 *
 * @param table - the table
 * @returns the agencies, in the order of the table
 */
/* @__NO_SIDE_EFFECTS__ */
function readTable(table: string): Agency[] {
  const list: Agency[] = [];
  for (const line of table.split("\n")) {
    if (line === "") continue;
    const [kind = "", english = "", bengali = ""] = line.split(" | ");
    const [, type, country = "", namesake, id, name] = KIND.exec(kind) ?? [];
    const marked = [...bengali.split(", "), ...english.split(", ")].filter((spelling) => spelling.endsWith("*"));
    const en = english.split(", ").map(unmarked);
    const bn = bengali.split(", ").map(unmarked);
    const first = en[0] ?? "";
    const agency: Agency = { id: id ?? defaultId(first), name: name ?? first, type: type as AgencyType, country, bn, en };
    list.push(namesake === undefined ? agency : { ...agency, ambiguous: marked.map(unmarked), namesake: namesake as AgencyNamesake });
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
