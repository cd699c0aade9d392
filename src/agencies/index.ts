// Public functions and types of this domain.
export { agencies } from "./registry.ts";
export { findAgency } from "./findAgency.ts";
export { matchAgencyAtEnd, matchAgencyAtStart } from "./matchAgencyAt.ts";
export type {
  Agency,
  AgencyInflection,
  AgencyMatch,
  AgencyNamesake,
  AgencyType,
  Attribution,
  AttributionCue,
  AttributionRole,
} from "./types.ts";
export { findAttributions } from "./findAttributions.ts";
