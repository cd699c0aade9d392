import { extractArticle } from "../article/extractArticle.ts";
import type { ExtractArticleOptions } from "../article/types.ts";

/** Copies a value with every `Date` written as an ISO-8601 string (UTC, as `Date#toJSON` writes it). */
export function toJsonSafe(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toJsonSafe(item);
    return out;
  }
  return value;
}

/** What the command line prints for one article: everything `extractArticle` reads, JSON-safe. */
export function articleMetadata(text: string, options: ExtractArticleOptions = {}): Record<string, unknown> {
  return toJsonSafe(extractArticle(text, options)) as Record<string, unknown>;
}
