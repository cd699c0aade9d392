/**
 * Time-zone names written in Bengali and English datelines, with the zone each one means. A fixed offset is
 * written `±HH:MM`. Vocabulary only.
 */
export const TIME_ZONE_NAMES = [
  ["বাংলাদেশ মানক সময়", "Asia/Dhaka"],
  ["বাংলাদেশ সময়", "Asia/Dhaka"],
  ["ঢাকা সময়", "Asia/Dhaka"],
  ["bdt", "Asia/Dhaka"],
  ["বিডিটি", "Asia/Dhaka"],
  // Bangladesh Standard Time in the English of Bangladeshi outlets (not British Summer Time)
  ["bst", "Asia/Dhaka"],
  // bdnews24's BdST
  ["bdst", "Asia/Dhaka"],
  ["বিএসটি", "Asia/Dhaka"],
  ["bangladesh time", "Asia/Dhaka"],
  ["dhaka time", "Asia/Dhaka"],
  ["ভারতীয় মানক সময়", "Asia/Kolkata"],
  ["ভারতীয় সময়", "Asia/Kolkata"],
  ["ist", "Asia/Kolkata"],
  ["আইএসটি", "Asia/Kolkata"],
  ["নেপাল সময়", "Asia/Kathmandu"],
  ["স্থানাংকিত আন্তর্জাতিক সময়", "UTC"],
  ["গ্রীনিচ মিন টাইম", "UTC"],
  ["গ্রিনিচ সময়", "UTC"],
  ["জিএমটি", "UTC"],
  ["gmt", "UTC"],
  ["utc", "UTC"],
] as const;

/** Words that say a clock is the local time of a place abroad, not of the zone the reader assumes. */
export const LOCAL_TIME_WORDS = ["স্থানীয় সময়", "স্থানীয় সময়ে", "local time"] as const;

/**
 * Places abroad that keep one time zone, as Bengali and Indian news name them before `স্থানীয় সময়` (`লন্ডনের
 * স্থানীয় সময়`), with that zone: the capitals, cities and countries most quoted, each zone with its spellings joined
 * by `|`. A country with several zones (the United States, Russia, Australia, Canada, Brazil, Indonesia) is not
 * here. Vocabulary only.
 */
export const PLACE_ZONES = [
  ["Europe/London", "লন্ডন|যুক্তরাজ্য"],
  ["America/New_York", "নিউইয়র্ক|নিউ ইয়র্ক|ওয়াশিংটন"],
  ["Asia/Kolkata", "দিল্লি|নয়াদিল্লি|কলকাতা|ভারত"],
  ["Asia/Shanghai", "বেইজিং|চীন"],
  ["Asia/Dubai", "দুবাই"],
  ["Asia/Riyadh", "রিয়াদ|সৌদি আরব"],
] as const;
