/**
 * Words for the parts of the day that turn a 12-hour clock reading into a 24-hour one (রাত ২টা = 02:00,
 * রাত ১০টা = 22:00, দুপুর ১টা = 13:00), in the forms sites and CLDR/ICU write (রাত্রিবেলায়, ভোরবেলায় …).
 * `nextDay` marks দিবাগত রাত, the night after the named day. Vocabulary only; the hour rule is in the dates code.
 */
export const DAY_PARTS = [
  { part: "dawn", spellings: ["ভোর", "ভোরে", "ভোরবেলা", "ভোরবেলায়", "ভোররাত", "ভোররাতে"] },
  { part: "morning", spellings: ["সকাল", "সকালে", "সকালবেলা", "সকালবেলায়"] },
  { part: "noon", spellings: ["দুপুর", "দুপুরে", "দুপুরবেলা", "দুপুরবেলায়", "বেলা"] },
  { part: "afternoon", spellings: ["বিকেল", "বিকাল", "বিকেলে", "বিকালে", "বিকেলবেলা", "বিকালবেলা"] },
  { part: "evening", spellings: ["সন্ধ্যা", "সন্ধ্যায়", "সন্ধ্যাবেলা", "সন্ধ্যাবেলায়", "সন্ধে", "সন্ধেয়", "সন্ধ্যে", "সন্ধ্যেয়"] },
  { part: "night", spellings: ["রাত", "রাতে", "রাত্রি", "রাত্রে", "রাত্রিবেলা", "রাত্রিবেলায়", "মধ্যরাত", "মধ্যরাতে", "গভীর রাতে"] },
  { part: "nextNight", spellings: ["দিবাগত রাত", "দিবাগত রাতে"] },
] as const;

/**
 * English day parts and the parts they name; a night's small hours fall on the next date (`Friday night at 1 am`), as
 * after দিবাগত রাত. Vocabulary only.
 */
export const ENGLISH_DAY_PARTS = [["morning", "morning"], ["afternoon", "afternoon"], ["evening", "evening"], ["night", "nextNight"]] as const;

/** Clock markers: before noon and after noon, Bengali and Latin (any case and dots are folded by the pattern). */
export const CLOCK_MARKERS = {
  am: ["এএম", "এ এম", "এ.এম.", "এ.এম", "am", "a.m.", "a.m", "পূর্বাহ্ণ", "পূর্বাহ্ন", "পূর্বাহ্ণে", "পূর্বাহ্নে", "midnight"],
  pm: ["পিএম", "পি এম", "পি.এম.", "পি.এম", "pm", "p.m.", "p.m", "অপরাহ্ণ", "অপরাহ্ন", "অপরাহ্ণে", "অপরাহ্নে", "noon"],
} as const;

/**
 * Units after a dotted number that make it a quantity, not a time (`৩.৫০ শতাংশ`, `৫.৩০ কোটি`, `9.50 percent`):
 * a prefix of the word is enough (`শতাংশে`, `টাকায়`). Vocabulary only.
 */
export const QUANTITY_UNITS = ["%", "শতাংশ", "টাকা", "কোটি", "লাখ", "ডলার", "মিলিয়ন", "percent"] as const;

/**
 * Words that may follow a dotted time written without a day part or a clock marker (`১০.৩০ মিনিটে`, `১০.১৫ মিঃ`, `১০.৩০ থেকে`,
 * `১০.৩০ বাংলাদেশ সময়`): any other word after it makes the number a quantity (`৬.২৫ মাত্রার`, `২০.২৫ সেন্টিমিটার`,
 * `১.২০ কোটি`). Whole words (with the minute, o'clock, hours and ঘটিকা words, read as prefixes). Vocabulary only.
 */
export const DOTTED_TIME_FOLLOWERS = ["এ", "তে", "এর", "থেকে", "পর্যন্ত", "নাগাদ", "মি", "মিঃ"] as const;

/**
 * Hours in words before টা/টায়/টো/টে (`রাত নয়টায়`, `ন'টা`, `দুটো`, `এগারোটার`): one to twelve in the spellings sites
 * print (an apostrophe may follow: `ন'টা`, `ছ'টায়`). Read only after a day part or সাড়ে/সোয়া/পৌনে, since `দুটো গাড়ি` and `একটা কথা` are counts. Vocabulary only.
 */
export const HOUR_WORDS = [
  ["এক", 1], ["দুই", 2], ["দু", 2], ["তিন", 3], ["চার", 4], ["পাঁচ", 5], ["ছয়", 6], ["ছ", 6], ["সাত", 7], ["আট", 8], ["নয়", 9],
  ["ন", 9], ["দশ", 10], ["এগারো", 11], ["এগার", 11], ["বারো", 12], ["বার", 12],
] as const;

/**
 * Minutes in words before মিনিট after an hour (`রাত নয়টা পনেরো মিনিটে`): the multiples of five, the n-th entry
 * (spellings split by a space) being 5·n minutes. Vocabulary only.
 */
export const MINUTE_WORDS = [
  "পাঁচ", "দশ", "পনেরো পনের", "কুড়ি বিশ", "পঁচিশ", "ত্রিশ তিরিশ", "পঁয়ত্রিশ", "চল্লিশ", "পঁয়তাল্লিশ", "পঞ্চাশ", "পঞ্চান্ন",
] as const;
