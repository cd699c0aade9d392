/**
 * Numbers in words, one to fifty-nine: the counts before a unit of `N … আগে` (`বারো ঘণ্টা আগে`, `twenty days ago`)
 * and the minutes before মিনিট (`দুপুর একটা তেইশ মিনিটে`). Vocabulary only. The Bengali words are pattern literals
 * of alternatives (a bundle keeps a pattern's Bengali letters as they are), with the spellings sites print
 * (`এগারো`/`এগার`, `ঊনত্রিশ`/`উনত্রিশ`). `বার` ("times", "day") and `তের` are read only where the pattern that takes
 * them makes them a count: before a unit or মিনিট.
 */

/**
 * Bengali one to fifty-nine, ten a line: a line's numbers are parted by commas, each number's spellings by `|`.
 */
const BENGALI_DECADES: readonly RegExp[] = [
  /এক,দুই|দু,তিন,চার,পাঁচ,ছয়,সাত,আট,নয়,দশ/,
  /এগারো|এগার,বারো|বার,তেরো|তের,চৌদ্দ|চোদ্দ,পনেরো|পনের,ষোলো|ষোল,সতেরো|সতের,আঠারো|আঠার,উনিশ|ঊনিশ,বিশ|কুড়ি/,
  /একুশ,বাইশ,তেইশ,চব্বিশ,পঁচিশ,ছাব্বিশ,সাতাশ,আটাশ,ঊনত্রিশ|উনত্রিশ,ত্রিশ|তিরিশ/,
  /একত্রিশ,বত্রিশ,তেত্রিশ,চৌত্রিশ,পঁয়ত্রিশ,ছত্রিশ,সাঁইত্রিশ,আটত্রিশ,ঊনচল্লিশ|উনচল্লিশ,চল্লিশ/,
  /একচল্লিশ,বিয়াল্লিশ,তেতাল্লিশ,চুয়াল্লিশ,পঁয়তাল্লিশ,ছেচল্লিশ,সাতচল্লিশ,আটচল্লিশ,ঊনপঞ্চাশ|উনপঞ্চাশ,পঞ্চাশ/,
  /একান্ন,বায়ান্ন,তিপ্পান্ন,চুয়ান্ন,পঞ্চান্ন,ছাপ্পান্ন,সাতান্ন,আটান্ন,ঊনষাট|উনষাট/,
];

/** Each Bengali spelling of one to fifty-nine and its number. */
export const NUMBER_WORDS: readonly (readonly [string, number])[] = /* @__PURE__ */ (() =>
  BENGALI_DECADES.flatMap((line, decade) =>
    line.source.split(",").flatMap((words, unit) => words.split("|").map((word) => [word, decade * 10 + unit + 1] as const)),
  ))();

/** English one to nineteen, the n-th word being n + 1. */
export const ENGLISH_NUMBER_WORDS: readonly string[] = /* @__PURE__ */ (() =>
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" "))();

/** English tens from twenty to fifty, the n-th word being 10·(n + 2); a unit may follow after a hyphen or a space (`twenty-four`). */
export const ENGLISH_TENS: readonly string[] = /* @__PURE__ */ (() => "twenty thirty forty fifty".split(" "))();
