/** Words of relative dates: units of `N … আগে` / `N … ago` and the named days. Vocabulary only. */
export const RELATIVE_UNITS = [
  { unit: "second", spellings: ["সেকেন্ড", "second", "seconds", "sec", "secs"] },
  { unit: "minute", spellings: ["মিনিট", "মি.", "minute", "minutes", "min", "mins"] },
  { unit: "hour", spellings: ["ঘণ্টা", "ঘন্টা", "hour", "hours", "hr", "hrs"] },
  { unit: "day", spellings: ["দিন", "day", "days"] },
  { unit: "week", spellings: ["সপ্তাহ", "week", "weeks"] },
  { unit: "month", spellings: ["মাস", "month", "months"] },
] as const;

/**
 * Small numbers in words before a unit of `N … আগে` (`দুই দিন আগে`, `দেড় ঘণ্টা আগে`): one to ten as sites print them,
 * half, one and a half, two and a half, and English one to ten and a half (`three days ago`, `half an hour ago`). The matching view reads `ছয়` and
 * `নয়` with either form of `য়`.
 */
export const AMOUNT_WORDS = [
  ["এক", 1], ["দুই", 2], ["দু", 2], ["তিন", 3], ["চার", 4], ["পাঁচ", 5], ["ছয়", 6], ["সাত", 7], ["আট", 8],
  ["নয়", 9], ["দশ", 10], ["আধা", 0.5], ["আধ", 0.5], ["দেড়", 1.5], ["আড়াই", 2.5],
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9],
  ["ten", 10], ["half an", 0.5], ["half a", 0.5],
] as const;

/** "Just now": the reference itself, at minute precision. */
export const JUST_NOW_WORDS = ["এইমাত্র", "এই মাত্র", "just now"] as const;

/** Words for "ago". */
export const AGO_WORDS = ["আগে", "পূর্বে", "ago"] as const;

/** Named days, as an offset from the reference day. */
export const RELATIVE_DAYS = [
  { offset: 0, spellings: ["আজ", "আজকে", "today"] },
  { offset: -1, spellings: ["গতকাল", "গত কাল", "yesterday"] },
  { offset: -2, spellings: ["গত পরশু"] },
  { offset: 1, spellings: ["আগামীকাল", "আগামী কাল", "tomorrow"] },
  { offset: 2, spellings: ["আগামী পরশু"] },
] as const;

/** Ordinal suffixes of day numbers: ১লা ২রা ৩রা ৪ঠা ৫ই … ১৮ই ১৯শে … ৩১শে, English 1st 2nd 3rd 4th. */
export const DAY_ORDINAL_SUFFIXES = ["লা", "রা", "ঠা", "ই", "শে", "st", "nd", "rd", "th"] as const;

/** Words after a year that mark it as Gregorian (ICU writes খ্রিস্টাব্দ; papers ইং, ইংরেজি). */
export const GREGORIAN_ERA_WORDS = ["খ্রিস্টাব্দ", "খ্রিষ্টাব্দ", "খৃষ্টাব্দ", "খৃস্টাব্দ", "খ্রি.", "খ্রিঃ", "খ্রি", "ইং", "ইং.", "ইংরেজি", "ad", "a.d."] as const;
