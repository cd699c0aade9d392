/**
 * Bengali (Bangla) news metadata into clean, typed data.
 *
 * @packageDocumentation
 */
// (a bundle keeps this order: with the registry's table first, it and the code after it compress smaller)
export * from "./agencies/index.ts";
export * from "./digits/index.ts";
export * from "./bylines/index.ts";
export * from "./article/index.ts";
export * from "./dates/index.ts";
export * from "./calendars/index.ts";
export type { BanglaNewsMetaErrorCode, CodedError } from "./errors.ts";
export { normalizeForMatch } from "./text/normalize.ts";
export type { NormalizedText, SourceSpan } from "./text/normalize.ts";
