import { argumentTypeError, optionRangeError } from "../errors.ts";
import type { ExtractArticleOptions } from "./types.ts";

const KNOWN_ZONES: Set<string> = /* @__PURE__ */ new Set<string>();
const MAX_KNOWN_ZONES = 64;

/**
 * Checks the options of {@link extractArticle} before any work is done.
 *
 * @param options - the options as given
 * @throws TypeError when `options` is not an object; RangeError when `timeZone` is not an IANA zone or `reference`
 *   is not a valid date
 */
export function checkArticleOptions(options: unknown): asserts options is ExtractArticleOptions {
  if (options === null || typeof options !== "object") throw argumentTypeError("options", "an object", options);
  const { timeZone, reference } = options as ExtractArticleOptions;
  if (timeZone !== undefined) {
    if (typeof timeZone !== "string") throw optionRangeError("timeZone", "an IANA time zone", timeZone);
    if (!KNOWN_ZONES.has(timeZone)) {
      try {
        new Intl.DateTimeFormat("en-US", { timeZone });
      } catch {
        throw optionRangeError("timeZone", "an IANA time zone", timeZone);
      }
      if (KNOWN_ZONES.size >= MAX_KNOWN_ZONES) KNOWN_ZONES.clear();
      KNOWN_ZONES.add(timeZone);
    }
  }
  if (reference !== undefined) {
    const valid =
      reference instanceof Date ? !Number.isNaN(reference.getTime()) : typeof reference === "string" && reference.trim() !== "";
    if (!valid) throw optionRangeError("reference", "a valid Date or a date string", reference);
  }
}
