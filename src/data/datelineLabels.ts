import { patternWords } from "../_lib/patternWords.ts";

/**
 * Labels of the publication and update lines of a news page, Bengali and English (an English label may go on with
 * `on`, `at`, `time` or `date`: `Published on`, `Updated at`, `Update Time`, `Publish Date`). Vocabulary only. The
 * labels are written as pattern literals of alternatives (read by `patternWords`): a bundle keeps a pattern's Bengali
 * letters as they are, where it writes a string's as escapes of six characters each.
 */
export const DATELINE_LABELS: { readonly published: readonly string[]; readonly updated: readonly string[] } = {
  published: patternWords([/প্রকাশিত|প্রকাশ|প্রকাশের সময়|প্রকাশিত হয়েছে|published|publish|posted|প্রকাশিত সময়|প্রকাশের তারিখ/]),
  updated: patternWords([/আপডেট|আপডেট টাইম|হালনাগাদ|সর্বশেষ আপডেট|শেষ আপডেট|updated|update|last updated|last update|আপডেট সময়|আপডেটের সময়|হালনাগাদ সময়|হালনাগাদের সময়|আপডেটেড|আপডেট করা হয়েছে|আপডেট হয়েছে|হালনাগাদ করা হয়েছে|modified|edited|last modified|সর্বশেষ সম্পাদনা|পরিবর্তিত|সর্বশেষ পরিবর্তন/]),
};
