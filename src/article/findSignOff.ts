import { assertString } from "../errors.ts";
import { findAgency } from "../agencies/findAgency.ts";
import { SECTION_WORDS } from "../data/signOffs.ts";
import { normalizeForMatch } from "../text/normalize.ts";
import { boilerplateKind } from "./boilerplate.ts";
import { words as alternation } from "./words.ts";
import { type ArticleLine, splitLines } from "./lines.ts";
import { isNamedSlogan, isOutletSlogan, lastSignOff, signOffParts } from "./signOff.ts";
import type { SignOffMatch } from "./types.ts";

let sectionTrail: RegExp | undefined;

/** Whether a line of the matching view opens with a common section before a slash (`বিজ্ঞান/প্রযুক্তি`). */
function isSectionTrail(view: string): boolean {
  sectionTrail ??= new RegExp(`^${alternation(SECTION_WORDS)} ?\\/`, "u");
  return sectionTrail.test(view);
}

/**
 * Finds the desk or editor sign-off that closes a story: a line of its own made of the Bengali names of Latin
 * letters (`টিটিএন`, `এমআরএম/জিকেএস`, `কেএএ/এএসএম`), or Latin capitals joined by `/` (`MN/SMS`), among the last
 * lines that are not site boilerplate. Initials are recognised by their form, not from a list; words and acronyms
 * that look like initials (`এটি`, `এমপি`, `বিএনপি`, agency names) are not sign-offs unless a `/` joins them to more.
 * The last line may also be names joined by `/` (`ঢাকা/ফিরোজ`), but not a trail of sections (`বিজ্ঞান/প্রযুক্তি`,
 * `স্বাস্থ্য / শিক্ষা`); the outlet's slogan on the page's last line (`প্রথম আলো | সত্য প্রকাশে আপসহীন`) is
 * passed over. Brackets or a dash around the sign-off are left out (`(এমএইচ/এএস)`), and initials joined by `/`
 * that a scraper glued to the end of the last paragraph are read from it (`…বলে জানান তিনি। এমএইচ/এএস`): the span
 * is the sign-off alone. An outlet of the registry before the first slash (`বাসস/এমএইচ`, `হি.স./সৌম্যজিৎ`, its site's
 * address: `jagonews24.com/এমএস`) is the sign-off's `source`, not one of its initials.
 *
 * @param text - an article or the end of one
 * @returns the sign-off with its span in the input and its parts, or `null`
 * @throws TypeError when `text` is not a string
 * @example
 * ```ts
 * findSignOff("…শেষ অনুচ্ছেদ।\n\nএমআরএম/জিকেএস\n\nআমাদের ফেসবুক পেজ ফলো করুন");
 * //=> { text: "এমআরএম/জিকেএস", index: 16, initials: ["এমআরএম", "জিকেএস"] }
 * findSignOff("…বলে জানান তিনি।এসআর/জিকেএস");
 * //=> { text: "এসআর/জিকেএস", index: 16, initials: ["এসআর", "জিকেএস"] }
 * findSignOff("এটি");
 * //=> null
 * ```
 */
export function findSignOff(text: string): SignOffMatch | null {
  assertString(text);
  const lines = splitLines(normalizeForMatch(text));
  // the outlet's slogan on the last line is the page's footer, as extractArticle reads it
  if (isOutletSlogan(lines.at(-1)?.view ?? "")) lines.pop();
  // a trail of sections under the first line (`বিজ্ঞান/প্রযুক্তি`) is furniture, no sign-off of names
  const kindAt = (i: number) => {
    const { view } = lines[i] as ArticleLine;
    return boilerplateKind(view) ?? (i > 0 && (isSectionTrail(view) || isNamedSlogan(lines, i)) ? "line" : null);
  };
  const found = lastSignOff(lines, kindAt, 0)?.[1][0];
  if (!found) return null;
  const { text: line, index } = found;
  const [head = "", ...rest] = signOffParts(line);
  // an outlet before the first slash (`বাসস/এমএইচ`) is the story's source, not initials; two capitals (`AA/MJF`) are
  const source = rest[0] && !/^[A-Z]{2}$/.test(head) ? findAgency(head)?.id : undefined;
  return source ? { text: line, index, initials: rest, source } : { text: line, index, initials: [head, ...rest] };
}
