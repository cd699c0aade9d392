import { AGENCIES } from "../data/agencies.ts";
import type { Agency } from "./types.ts";

/**
 * The registry: every news agency, broadcaster, newspaper and news site the library recognises, with its
 * Bengali spellings and English names. Read-only data.
 *
 * @example
 * agencies.find((agency) => agency.id === "bss")?.name;
 * //=> "Bangladesh Sangbad Sangstha"
 */
export const agencies: readonly Agency[] = AGENCIES;
