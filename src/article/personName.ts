import { words as alternation } from "./words.ts";
import { HONORIFIC_ABBREVIATIONS } from "../data/bylineVocabulary.ts";
import { FAMILY_NAME_NOUNS, NAME_OPENINGS, NAME_WORDS } from "../data/nameWords.ts";

let namePattern: RegExp | undefined;

/**
 * Whether a short line of the matching view (two to four words) is a person's name rather than a sub-headline: it
 * opens with a shortened honorific (`মো.`, `মোঃ`, `ডা.`), a name's first word (`আবু`, `শেখ`) or a given name in `-ুল`,
 * `-ুর` or `-উল` of three letters or more before it with no conjunct (`নুরুল`, `মিজানুর`, `রেজাউল`; not `স্কুল`, `ভুল`); one
 * of its last two words is a name's (`… হোসেন`, `… ইসলাম তুহিন`); or its last word is a family name that is a common
 * word too, after no genitive (`বিপ্লব সরকার`, not `মামলার রায়`).
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a name
 */
export function isPersonName(view: string): boolean {
  namePattern ??= new RegExp(
    `^(?:${alternation(HONORIFIC_ABBREVIATIONS)}[.ঃ:]|${alternation(NAME_OPENINGS)} |[^ ্]{3,}[ুউ][লর] )|(?:^| )${alternation(NAME_WORDS)}(?: [^ ]+)?$|[^র] ${alternation(FAMILY_NAME_NOUNS)}$`,
    "u",
  );
  return namePattern.test(view);
}
