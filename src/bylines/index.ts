// Public functions and types of this domain are re-exported here.
export { parseByline } from "./parseByline.ts";
export { parseCredit } from "./parseCredit.ts";
export { splitCaption } from "./splitCaption.ts";
export type { Byline, Caption, Contributor, ContributorKind, Credit, CreditMedium, CreditSource } from "./types.ts";
