/**
 * Vocabulary of desk and editor sign-offs: the initials that close a story (টিটিএন, এমআরএম/জিকেএস).
 * Initials are Bengali spellings of the names of Latin letters, so a sign-off is read by its form: a run of
 * letter names, possibly several runs joined by `/`.
 *
 * Each list is written as pattern literals of words joined by `|` and only their sources are read (see
 * `patternWords`): a bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes of
 * six characters each. So a word holds no `/`, `\`, brackets, `?`, `+`, `*`, `.`, `(`, `)` or `|`.
 */
import { patternWords } from "../_lib/patternWords.ts";

/**
 * The Bengali spellings of the names of the Latin letters A–Z, in order, with the common variant spellings after W's
 * and Z's.
 */
export const LETTER_NAMES: readonly string[] = /* @__PURE__ */ patternWords([
  /এ|বি|সি|ডি|ই|এফ|জি|এইচ|আই|জে|কে|এল|এম|এন|ও|পি|কিউ|আর|এস|টি|ইউ|ভি|ডব্লিউ|ডাব্লিউ|ডাবলিউ|ডব্লু|এক্স|ওয়াই|জেড|জেট/,
]);

/**
 * Words and acronyms that are spelled with letter names but are not initials: a line holding only one of these
 * (with no `/`) is not a sign-off; nor is a line of names whose first is one of these. Agency acronyms are not listed:
 * a bare agency name closing a story is a source line, not a desk's initials, and the sign-off reader asks the agency
 * registry about it.
 */
export const SIGN_OFF_STOPLIST: readonly string[] = /* @__PURE__ */ patternWords([
  // words; offices and ranks
  /এটি|এটিই|এমপি|ওসি|ডিসি|এসপি|এসি|ইউএনও|এডিসি|এএসপি|এসআই|এএসআই|ডিআইজি|আইজি|আইজিপি|সিইও|এমডি|জিএম|ওএসডি|সিএমএইচ/,
  // parties, forces, bodies
  /বিএনপি|বিজেপি|এনসিপি|বিজিবি|পিবিআই|সিআইডি|ডিবি|আইএস|ইসি|ইইউ|এসএসসি|এইচএসসি|জেএসসি|পিইসি|বিসিবি|আইসিসি|টিভি|এফএম|এসএমএস|আইটি|ডিএনএ|এআই|জিডিপি|আইএমএফ|এটিএম|জিপিএ|ডিএমপি|এনবিআর/,
  // currencies and units, which close a market report (`… ডলার/টাকা`, `কেজি/টন`, `শতাংশ/টাকা`), and a budget's pair
  // (`আয়/ব্যয়`); the first of a pair of common words (`আলো/আঁধার`, `সুখ/দুঃখ`)
  /আয়|ডলার|টাকা|শতাংশ|ইউরো|কেজি|টন|লিটার|আলো|সুখ|লাভ/,
  // Latin capitals after a dash that name a body, a country or an office (`-UN`, `— EU`, `-PM`), in the matching view
  /un|eu|us|uk|uae|mp|pm/,
]);

/**
 * Common sections of a site, in the matching view: a slashed line of words opening with one of them under a story
 * (`বিজ্ঞান/প্রযুক্তি`, `খেলা/ক্রিকেট`, `Education / Environment`) is the page's trail of sections, no sign-off of names;
 * one of them after a staff reporter's role is the beat (`নিজস্ব প্রতিবেদক, ক্রীড়া`).
 */
export const SECTION_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /বিজ্ঞান|প্রযুক্তি|খেলা|ক্রীড়া|কৃষি|প্রবাস|স্বাস্থ্য|শিক্ষা|বিনোদন|রাজনীতি|অর্থনীতি|education|health|science|sports/,
]);
