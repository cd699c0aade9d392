/**
 * Words of photo credits: the markers that introduce a credit, the flags (file photo, symbolic), the phrases of
 * collected, social-media, video and courtesy credits, and placeholders that are no credit at all. Vocabulary only.
 */

/** Platforms a photo was taken from (`ফেসবুক থেকে নেওয়া`), spelling → platform id. */
export const SOCIAL_PLATFORMS: ReadonlyArray<readonly [string, string]> = [
  ["ফেসবুক", "facebook"], ["facebook", "facebook"], ["এক্স", "x"], ["টুইটার", "x"], ["twitter", "x"], ["x.com", "x"],
  ["ইনস্টাগ্রাম", "instagram"], ["instagram", "instagram"], ["ইউটিউব", "youtube"],
  ["youtube", "youtube"], ["টেলিগ্রাম", "telegram"], ["telegram", "telegram"], ["লিংকডইন", "linkedin"],
  ["লিঙ্কডইন", "linkedin"], ["linkedin", "linkedin"], ["টিকটক", "tiktok"], ["tiktok", "tiktok"],
  ["ওয়েবসাইট", "website"], ["website", "website"], ["সামাজিক যোগাযোগমাধ্যম", "social-media"],
  ["সামাজিক যোগাযোগ মাধ্যম", "social-media"], ["সামাজিক মাধ্যম", "social-media"], ["social media", "social-media"],
];

/** Nouns that make a credit a still from video (`ভিডিও থেকে নেওয়া`, `বিটিভির ফুটেজ থেকে নেওয়া`). */
export const VIDEO_WORDS = ["ভিডিও", "ফুটেজ", "লাইভ", "video", "footage"] as const;

/** Words of a screenshot credit. */
export const SCREENSHOT_WORDS = ["স্ক্রিনশট", "স্ক্রিন শট", "স্ক্রিনগ্র্যাব", "screenshot", "screen grab", "screengrab"] as const;

/** Words of a collected ("from elsewhere") credit, misspellings included (`সংগৃহীত`, `সংগ্রহ`, `ইন্টারনেট`). */
export const COLLECTED_WORDS = ["সংগৃহীত", "সংগৃহিত", "সংগ্রহীত", "সংগ্রহ", "ইন্টারনেট", "collected", "internet"] as const;

/** Verbs of "taken from" (`থেকে নেওয়া`). */
export const TAKEN_FROM_WORDS = ["নেওয়া", "নেয়া", "সংগৃহীত", "সংগৃহিত", "সংগ্রহ করা"] as const;

/** Words of a courtesy credit (`পুলিশের সৌজন্যে`). */
export const COURTESY_WORDS = ["সৌজন্যে", "সৌজন্য", "পাঠানো", "courtesy"] as const;

/**
 * Credits that name no source but a handout or an organisation (kept as `name`). Names in the agency registry
 * (PID, Focus Bangla) are read there first, so they are not repeated here.
 */
export const HANDOUT_WORDS = [
  "আইএসপিআর", "প্রেস উইং", "প্রধানমন্ত্রীর প্রেস উইং", "প্রধান উপদেষ্টার প্রেস উইং", "বিজ্ঞপ্তি", "সংবাদ বিজ্ঞপ্তি", "ইউএস নেভি",
  "উইকিপিডিয়া", "উইকিমিডিয়া কমন্স", "wikipedia", "wikimedia commons", "handout", "পুলিশ", "র্যাব",
  "ফায়ার সার্ভিস", "সেনাবাহিনী",
] as const;

/** Medium words of a credit label, spelling → medium. */
export const MEDIUM_LABELS: ReadonlyArray<readonly [string, string]> = [
  ["অলংকরণ", "illustration"], ["অলঙ্করণ", "illustration"], ["ইলাস্ট্রেশন", "illustration"], ["illustration", "illustration"],
  ["গ্রাফিকস", "graphics"], ["গ্রাফিক্স", "graphics"], ["graphics", "graphics"], ["কোলাজ", "collage"], ["collage", "collage"],
];

/** Texts that are placeholders left by a page template, not captions or credits. */
export const CAPTION_PLACEHOLDERS = [
  "image", "image description", "image caption", "photo", "ছবি", "ছবির ক্যাপশান", "ছবির ক্যাপশন", "ছবির উৎস",
  "ছবির কপিরাইট", "বিজ্ঞাপন",
] as const;
