import { assertString } from "../errors.ts";
import { normalizeForMatch } from "../text/normalize.ts";
import { boilerplateKind, HOUSE_AND_ROAD } from "./boilerplate.ts";

/**
 * Tells whether one line of a news page is site boilerplate rather than story: an ad slot (`বিজ্ঞাপন`), a related-links
 * label (`আরও পড়ুন:`), a share, follow or subscribe line, a promotion inviting readers to write for the site, an
 * e-mail or web address with contact words, a reading-time widget or a gallery counter. It reads the form of the
 * line (an invitation to the reader together with a channel of the site), not one site's wording, so a story
 * sentence that only names Facebook or Telegram is not boilerplate.
 *
 * @param line - one line of text
 * @returns `true` for boilerplate
 * @throws TypeError when `line` is not a string
 * @example
 * ```ts
 * isBoilerplate("আরও পড়ুন:");
 * //=> true
 * isBoilerplate("সব খবর পেতে আমাদের ফেসবুক পেজ ফলো করুন");
 * //=> true
 * isBoilerplate("টেলিগ্রামে রাশিয়ার পররাষ্ট্র মন্ত্রণালয় একটি ভিডিও পোস্ট করেছে।");
 * //=> false
 * ```
 */
export function isBoilerplate(line: string): boolean {
  assertString(line, "line");
  const view = normalizeForMatch(line).text.trim();
  return view !== "" && (boilerplateKind(view) !== null || HOUSE_AND_ROAD.test(view));
}
