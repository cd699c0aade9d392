import { FIRST_MS, LAST_MS } from "../dates/isoYears.ts";
import { checkTimeZone } from "../dates/zone.ts";
import { argumentTypeError, optionRangeError } from "../errors.ts";
import type { ExtractArticleOptions } from "./types.ts";

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
    // any zone the date readers take (they check it the same way, with their own bounded cache)
    try {
      checkTimeZone(timeZone);
    } catch {
      throw optionRangeError("timeZone", "an IANA time zone", timeZone);
    }
  }
  if (reference !== undefined) {
    const valid =
      reference instanceof Date
        ? reference.getTime() >= FIRST_MS && reference.getTime() <= LAST_MS
        : typeof reference === "string" && reference.trim() !== "";
    if (!valid) throw optionRangeError("reference", "a valid Date of the years 1 to 9999 or a date string", reference);
  }
}
