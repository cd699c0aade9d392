/**
 * Words of photo credits: the markers that introduce a credit, the flags (file photo, symbolic), the phrases of
 * collected, social-media, video and courtesy credits, and placeholders that are no credit at all. Vocabulary only.
 */
import { patternWords } from "../_lib/patternWords.ts";

/**
 * Platforms a photo was taken from (`ফেসবুক থেকে নেওয়া`): the platform id (a spelling too), then its other spellings.
 */
export const SOCIAL_PLATFORMS: ReadonlyArray<readonly [string, ...string[]]> = /* @__PURE__ */ (() => [
  /facebook|ফেসবুক/,
  /x|এক্স|টুইটার|twitter/,
  /instagram|ইনস্টাগ্রাম|ইন্সটাগ্রাম/,
  /youtube|ইউটিউব/,
  /telegram|টেলিগ্রাম/,
  /linkedin|লিংকডইন|লিঙ্কডইন/,
  /tiktok|টিকটক/,
  /flickr|ফ্লিকার/,
  /website|ওয়েবসাইট/,
  /social-media|সামাজিক যোগাযোগমাধ্যম|সামাজিক যোগাযোগ মাধ্যম|সামাজিক মাধ্যম|সমাজমাধ্যম|সোশ্যাল মিডিয়া|social media/,
].map((line) => patternWords([line]) as [string, ...string[]]))();

/**
 * Nouns that make a credit a still from video (`ভিডিও থেকে নেওয়া`, `বিটিভির ফুটেজ থেকে নেওয়া`, `টিভি পর্দা থেকে
 * নেওয়া`), a television's screen too (`টিভি থেকে নেওয়া`, `টেলিভিশন থেকে`, `Taken from TV`).
 */
export const VIDEO_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ভিডিও|ভিডিয়ো|ফুটেজ|লাইভ|পর্দা|video|footage|টিভি|টেলিভিশন|tv/,
]);

/** Words of a screenshot credit. */
export const SCREENSHOT_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /স্ক্রিনশট|স্ক্রিন শট|স্ক্রিনগ্র্যাব|screenshot|screen grab|screengrab/,
]);

/**
 * Words of a collected ("from elsewhere") credit, misspellings included (`সংগৃহীত`, `সংগ্রহ`, `ইন্টারনেট`, `Sourced`), a
 * family's album too (`পারিবারিক অ্যালবাম`, `Family album`).
 */
export const COLLECTED_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সংগৃহীত|সংগৃহিত|সংগ্রহীত|সংগ্রহ|ইন্টারনেট|collected|sourced|internet|পারিবারিক অ্যালবাম|family album/,
]);

/**
 * Kinds of picture that are no source of their own, before the one that gave it and a slash (`স্যাটেলাইট ছবি/…`,
 * `Satellite image/…`).
 */
export const PICTURE_KIND_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /স্যাটেলাইট ছবি|satellite image/,
]);

/** Verbs of "taken from" (`থেকে নেওয়া`). */
export const TAKEN_FROM_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /নেওয়া|নেয়া|সংগৃহীত|সংগৃহিত|সংগ্রহ করা|প্রাপ্ত|পাওয়া/,
]);

/** Words of a courtesy credit (`পুলিশের সৌজন্যে`, `পাঠকের পাঠানো`). */
export const COURTESY_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সৌজন্যে|সৌজন্য|পাঠানো|courtesy|courtesy of|courtesy of a|courtesy of the/,
]);

/** Words that open a credit of one who sent the photo, before the sender (`Photo: Sent by a reader`). */
export const SENT_BY_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/sent by|sent by a|sent by an|sent by the/]);

/**
 * An article before one word, a sender's, no photographer's name: any small word (`Photo: A reader`, `Photo: An
 * eyewitness`), any after `An`, which is no initial (`Photo: An Onlooker`), or, in capitals, a sender's by a noun's
 * ending or one of a few (`Photo: A Villager`, `A Student`, `A Relative`, `A Witness`, `A Reader`; `A Rahman` is a name).
 */
export const ARTICLE_BEFORE_SENDER: RegExp = /^(?:An|[Aa]n?(?= (?:[a-z]+|[A-Z][a-z]+(?:[gt]er|ent|ve|ss|our)|Reader|Local)$)) /;

/** Words that close a credit of one who gave the photo, after the giver's genitive (`ছবি: পুলিশের দেওয়া`). */
export const GIVEN_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/দেওয়া|দেয়া/]);

/**
 * Credits that name no source but a handout or an organisation (kept as `name`). Names in the agency registry
 * (PID, Focus Bangla) are read there first, so they are not repeated here.
 */
export const HANDOUT_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /আইএসপিআর|বিজ্ঞপ্তি|নেভি|press release/,
  /উইকিপিডিয়া|কমন্স|কমনস|commons|handout|হ্যান্ডআউট|র্যাব|লেখক/,
  // a pool's photo, shared among outlets and sent on by an agency: `Photo: Pool via Reuters`, `Pool photo via AP`
  /pool|pool photo|পুল/,
  // organisations credited by one name, which would read as a photographer's one-word name
  /ইউনিসেফ|ইউনেসকো|ইউনেস্কো|ফিফা|উয়েফা|কনমেবল|বাফুফে|নাসা|ওয়াসা|হামাস|ন্যাটো|আসিয়ান/,
  /ইন্টারপোল|তালেবান|দুদক|রাজউক|ব্র্যাক|গুগল|অ্যাপল|মেটা|মাইক্রোসফট|স্যামসাং/,
  /পেন্টাগন|ক্রেমলিন|ইসরো|স্পেসএক্স|বেবিচক/,
  // maps and globes of a search engine, credited for their views: `গুগল ম্যাপ`, `Google Maps`, `গুগল আর্থ`
  /গুগল ম্যাপ|google maps|গুগল আর্থ/,
  // streaming services, credited on entertainment pages
  /নেটফ্লিক্স|চরকি|হইচই/,
]);

/**
 * Last words that make a credited name an organisation, not a photographer (`ডিবি পুলিশ`, `ফায়ার সার্ভিস`,
 * `সেনাবাহিনী`, `জাতিসংঘ`), or the outlet's own reporter (`ছবি: প্রতিনিধি`, `ছবি: কুড়িগ্রাম প্রতিনিধি`).
 */
export const ORGANISATION_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([
  /পুলিশ|উইং|বাহিনী|সার্ভিস|দপ্তর|ইউনিয়ন|লিগ|মন্ত্রণালয়|সংঘ|লীগ|প্রশাসন|বিশ্ববিদ্যালয়|ব্যাংক|গার্ড/,
  /ক্রিসেন্ট|মিডিয়া সেল|কমিশন|হাসপাতাল|দূতাবাস|ক্লাব|পরিষদ|বোর্ড|কার্যালয়|মিশন|করপোরেশন|সংস্থা/,
  // a department and a town's council: `বন বিভাগ`, `তথ্য বিভাগ`, `পৌরসভা`
  /বিভাগ|সভা/,
  // seats of government: `হোয়াইট হাউস`, `হোয়াইট হাউজ`, `White House`, `বঙ্গভবন`, `গণভবন`, `ডাউনিং স্ট্রিট`
  /হাউস|হাউজ|house|ভবন|স্ট্রিট/,
  // in English credits: `Bangladesh Police`, `Bangladesh Army`, `Foreign Ministry`, `Downing Street`, `Dhaka University`,
  // `Fire Service`, `Forest Department`, `Election Commission`, `Bangladesh Cricket Board`, `World Bank`, `… Trust`,
  // `Bangladesh Navy`, `Press Wing`, `Bangladesh Coast Guard`, `Bangladesh Air Force`
  /police|army|ministry|street|university|service|department|commission|board|bank|committee|council|trust|navy|wing/,
  /guard|force/,
  // companies, foundations and authorities: `বসুন্ধরা গ্রুপ`, `… লিমিটেড`, `… কোম্পানি`, `… ফাউন্ডেশন`, `পদ্মা সেতু কর্তৃপক্ষ`,
  // `Walton Group`, `… Ltd`, `Apple Inc.`, `Padma Bridge Authority`, `Samsung Corporation`, `… Corp.`, `… Company`,
  // `Gates Foundation`
  /গ্রুপ|লিমিটেড|কোম্পানি|ফাউন্ডেশন|কর্তৃপক্ষ|group|ltd|inc|authority|corporation|corp|company/,
  /foundation/,
  // museums, libraries, archives and academies, credited for the pictures they keep: `মুক্তিযুদ্ধ জাদুঘর`, `লিবারেশন
  // ওয়ার মিউজিয়াম`, `Liberation War Museum`, `ব্রিটিশ লাইব্রেরি`, `জাতীয় গ্রন্থাগার`, `জাতীয় আর্কাইভস`, `বাংলা একাডেমি`, `British Library`
  /জাদুঘর|মিউজিয়াম|museum|লাইব্রেরি|গ্রন্থাগার|আর্কাইভস|একাডেমি|library|archives|academy/,
  // the press of a place as a source: `ভারতীয় গণমাধ্যম`, `স্থানীয় সংবাদমাধ্যম`; an organisation's media office:
  // `বাফুফে মিডিয়া`, `BFF Media`
  /গণমাধ্যম|সংবাদমাধ্যম|মিডিয়া|media/,
]);

/**
 * Last words of a company that sells pictures, a satellite's too (`Maxar Technologies`, `Planet Labs PBC`): a source, no
 * photographer, named before an agency that passed the photo on (`Maxar Technologies via AP`).
 */
export const COMPANY_ENDING: RegExp = /(?:টেকনোলজিস|technologies|ল্যাবস|labs|pbc)$/i;

/**
 * Last words of an organisation credited only after the one whose name it completes with `ও` or `and`: civil defence,
 * `ফায়ার সার্ভিস ও সিভিল ডিফেন্স`, `Fire Service and Civil Defence` is one name, where two organisations joined so are
 * two (`পুলিশ ও ফায়ার সার্ভিস`).
 */
export const JOINED_ORGANISATION_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([/ডিফেন্স|defence/]);

/** Last words of a site or outlet the registry does not know (`ক্রিকইনফো`, `গোল ডটকম`): credited as an outlet. */
export const OUTLET_NAME_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([
  /ইনফো|ডটকম|ডট কম|নিউজ|টিভি|টাইমস|টোয়েন্টিফোর|24|পত্রিকা/,
]);
export const REPORTER_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রতিনিধি|সংবাদদাতা|প্রতিবেদক|রিপোর্টার|ডেস্ক|desk/,
]);
/** A department alone after a photo label (`ছবি: আলোকচিত্র বিভাগ`, `Photo: Photo Department`): the outlet's desk. */
export const PHOTO_DEPARTMENT_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /বিভাগ|ডিপার্টমেন্ট|department/,
]);

/** Medium words of a credit label: the medium (a spelling too), then its other spellings. */
export const MEDIUM_LABELS: ReadonlyArray<readonly [string, ...string[]]> = /* @__PURE__ */ (() => [
  /illustration|অলংকরণ|অলঙ্করণ|ইলাস্ট্রেশন|cartoon|কার্টুন|caricature|ব্যঙ্গচিত্র|ক্যারিকেচার/,
  /graphics|গ্রাফিকস|গ্রাফিক্স|গ্রাফিক|ইনফোগ্রাফ|ইনফোগ্রাফিক|ইনফোগ্রাফিক্স|infographic|infographics|মানচিত্র|map/,
  /collage|কোলাজ/,
].map((line) => patternWords([line]) as [string, ...string[]]))();

/** Texts that are placeholders left by a page template, not captions or credits. */
export const CAPTION_PLACEHOLDERS: readonly string[] = /* @__PURE__ */ patternWords([
  /image|image description|image caption|photo|ছবি|ছবির ক্যাপশান|ছবির ক্যাপশন|ছবির উৎস|ছবির কপিরাইট/,
  /বিজ্ঞাপন/,
]);

/**
 * Short names an outlet credits its own staff photographers with (`Photo: Star/ NAME` in The Daily Star) and gives its
 * own desks and services (`Star Report`, `HT Correspondent`, `TNN`, `Express News Service`, `Statesman News Service`),
 * and the short name an outlet signs its writers' bylines and its web desk with (`NAME, এই সময়`, `সময় অনলাইন`), as
 * `spelling=registry id` in a pattern literal. Read only after a credit label, before a desk or role word (`এই সময়
 * প্রতিনিধি`), before a web desk or edition, or after a writer's name: alone, "Star" names no outlet, nor `এই সময়`
 * "this time", nor `সময়` "time", nor `আজকাল` "nowadays", nor `বর্তমান` "present".
 */
export const CREDIT_OUTLET_SHORT_NAMES: ReadonlyArray<readonly [string, string]> = /* @__PURE__ */ (() =>
  patternWords([
    /star=daily-star|স্টার=daily-star|ht=hindustan-times|tnn=times-of-india|times news network=times-of-india/,
    /express=indian-express|fe=financial-express|statesman=the-statesman|এই সময়=ei-samay|আজকাল=aajkaal|বর্তমান=bartaman/,
    /sun=daily-sun|সময়=somoy-tv/,
  ]).map((entry) => entry.split("=") as [string, string]))();

/**
 * Where a person stands in a photo, in English, in brackets after a photographer's name in a credit of several
 * (`Photos: NAME (left), NAME (right)`, `(top)`, `(below)`, `(from left)`): no name of its own. In Bengali, any one word
 * in the locative, or before `থেকে`, is read so (`বাঁয়ে`, `ডানে`, `ওপরে`, `নিচে`, `মাঝে`, `বাঁ থেকে`).
 */
export const PHOTO_POSITION_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /left|right|top|bottom|above|below|centre|from left|from right/,
]);

/**
 * A place of two words or more after an agency and a comma, by its first or last word (`New York`, `Kuala Lumpur`,
 * `Kuwait City`, `Ho Chi Minh City`, `নিউ ইয়র্ক`, `কুয়েত সিটি`): the agency's place, not a photographer of two names.
 */
export const TWO_WORD_PLACE: RegExp = /^(?:new|kuala|নিউ) |(?: city| সিটি)$/;

/**
 * A handout's word after the name of the one who handed the photo out (`Police handout`, `Family handout`, `ISPR
 * হ্যান্ডআউট`): no word of that name.
 */
export const HANDOUT_AFTER_NAME: RegExp = /(?<=.) (?:handout|হ্যান্ডআউট)$/i;
