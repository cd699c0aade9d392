/**
 * Vocabulary of Bengali personal names: the words a writer's name very often ends with, so that a short line above a
 * role line can be told to be a name (`নাসরিন আক্তার`) rather than a sub-headline (`মামলা দায়ের`).
 *
 * Each list is written as pattern literals of words joined by `|` and only their sources are read (see
 * `patternWords`): a bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes of
 * six characters each. So a word holds no `/`, `\`, brackets, `?`, `+`, `*`, `.`, `(`, `)` or `|`.
 */
import { patternWords } from "../_lib/patternWords.ts";

/**
 * Given and family names that are no common words, women's too (`সুলতানা`, `আফরিন`): one of them as the last or the
 * last but one word of a short line (`তৌহিদুল ইসলাম তুহিন`, `অমিত কুমার দাস`) makes the line a name.
 */
export const NAME_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /হোসেন|হোসাইন|হাসান|আলম|রহমান|ইসলাম|আহমেদ|আহমদ|চৌধুরী|চৌধূরী|মিয়া|বেগম|আক্তার|খাতুন|কবির|করিম|আলী|মাহমুদ/,
  /কামাল|জামান|মামুন|রানা|মোল্লা|ভূঁইয়া|তালুকদার|সিদ্দিকী|সাঈদ|হুদা|রশিদ|রশীদ|হাবিব|জাহান|তাহের|রাব্বি/,
  /আফরিন|সুলতানা|নাহার|পারভীন|শারমিন|আখতার/,
  /ঘোষ|সাহা|মণ্ডল|দত্ত|সেন|চক্রবর্তী|ভট্টাচার্য|নাথ|কুমার|চন্দ্র/,
]);

/** Words that open a name (`আবু তাহের`, `শেখ সাদী`, `কাজী নজরুল`), and given names that are no common words. */
export const NAME_OPENINGS: readonly string[] = /* @__PURE__ */ patternWords([
  /আবু|আব্দুল|আবদুল|শেখ|সৈয়দ|কাজী|মীর|খন্দকার|শাহ/,
  /তানিয়া|ফারজানা|নুসরাত|শাহরিয়ার|ইয়াসমিন/,
]);

/**
 * How a given name ends (`রাশেদুজ্জামান`, `মহিউদ্দিন`, `সালাহ উদ্দীন`, `আসাদুল্লাহ`), in Bengali or English (`Asaduzzaman`,
 * `Mohiuddin`, `Saifullah`): such a word anywhere in a short line makes it a name.
 */
export const NAME_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([/জ্জামান|দ্দিন|দ্দীন|ল্লাহ|zzaman|uddin|ullah/]);

/**
 * Family names that are common words too (`সরকার`, `রায়`, `বিশ্বাস`): they make a line a name only as its last word,
 * after a word that is no genitive nor adjective (`বিপ্লব সরকার`; `মামলার রায়`, `ঐতিহাসিক রায়` are sub-headlines).
 */
export const FAMILY_NAME_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  /সরকার|রায়|খান|হক|দাস|পাল|বিশ্বাস|প্রধান/,
]);

/**
 * How a word that qualifies a common word ends (`নতুন সরকার`, `বিদেশি খান`, `চূড়ান্ত রায়`, `সেনা প্রধান`): before one
 * of {@link FAMILY_NAME_NOUNS}, a word ending so makes a sub-headline, not a name. No given name ends so.
 */
export const QUALIFIER_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([/নতুন|সাবেক|বর্তমান|দেশি|সেনা|চূড়ান্ত|পূর্ণাঙ্গ|নির্বাচিত/]);
