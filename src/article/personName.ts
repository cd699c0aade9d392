import { words as alternation } from "./words.ts";
import { HONORIFIC_ABBREVIATIONS } from "../data/bylineVocabulary.ts";
import { FAMILY_NAME_NOUNS, NAME_ENDINGS, NAME_OPENINGS, NAME_WORDS, QUALIFIER_ENDINGS } from "../data/nameWords.ts";

let namePattern: RegExp | undefined;

/**
 * Whether a short line of the matching view (two to four words) is a person's name rather than a sub-headline: it
 * opens with a shortened honorific (`মো.`, `মোঃ`, `ডা.`), a name's first word (`আবু`, `শেখ`, `তানিয়া`) or a given
 * name in `-ুল`, `-ুর` or `-উল` (`নুরুল`, `মিজানুর`, `রেজাউল`); one of its last two words is a name's (`… হোসেন`,
 * `… ইসলাম তুহিন`); a word ends as a given name does (`রাশেদুজ্জামান`, `মহিউদ্দিন`); or its last word is a family name
 * that is a common word too, after no genitive nor adjective (`বিপ্লব সরকার`, not `মামলার রায়`, `ঐতিহাসিক রায়`,
 * `নতুন সরকার`).
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a name
 */
export function isPersonName(view: string): boolean {
  namePattern ??= new RegExp(
    `^(?:${alternation(HONORIFIC_ABBREVIATIONS)}[.ঃ:]|${alternation(NAME_OPENINGS)} |[^ ্]{2,}(?:[^ ্][ুউ]ল|[^ ্কপ][ুউ]র) )|(?:^| )${alternation(NAME_WORDS)}(?: [^ ]+)?$|${alternation(NAME_ENDINGS)}(?: |$)|[^ র](?<![^ ]{4}িক|ীয়|র্তী|${alternation(QUALIFIER_ENDINGS)}) ${alternation(FAMILY_NAME_NOUNS)}$`,
    "u",
  );
  return namePattern.test(view);
}
