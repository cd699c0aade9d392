/**
 * zod schemas for every result of `bangla-news-meta`, from the subpath `bangla-news-meta/schemas`.
 * zod is an optional peer dependency used only here, so the parsers never load it.
 *
 * @packageDocumentation
 */
export * from "./schemas/dates.ts";
export * from "./schemas/calendars.ts";
export * from "./schemas/agencies.ts";
export * from "./schemas/bylines.ts";
export * from "./schemas/article.ts";
