/**
 * Vocabulary of attribution phrases in Bengali news: the words before and after an agency name that say whether
 * the story's report comes from it. Data only (NFC); the rules that use it live in `src/agencies/`.
 * The Bengali lists are written as pattern literals of alternatives (see `patternWords`): a bundle keeps their letters
 * as they are.
 */
import { patternWords } from "../_lib/patternWords.ts";

/** Descriptors that call the name a news agency: `বার্তা সংস্থা এএফপি`. They make the agency a source. */
export const AGENCY_DESCRIPTORS: readonly string[] = /* @__PURE__ */ patternWords([
  /বার্তা সংস্থা|বার্তাসংস্থা|সংবাদ সংস্থা|সংবাদসংস্থা|নিউজ এজেন্সি|নিউজ অ্যাজেন্সি|বার্তা প্রতিষ্ঠান/,
  /news agency/,
]);

/**
 * Descriptors that call the name a medium: `সংবাদমাধ্যম বিবিসি`, `দৈনিক প্রথম আলো`, `the daily Dawn`. They confirm a
 * name; after a name, they may stand before an English verb (`Al Jazeera television reported`, `AFP news agency said`).
 */
export const MEDIA_DESCRIPTORS: readonly string[] = /* @__PURE__ */ patternWords([
  /সংবাদমাধ্যম|সংবাদ মাধ্যম|গণমাধ্যম|গণ মাধ্যম|সম্প্রচারমাধ্যম|প্রচারমাধ্যম|দৈনিক|সাপ্তাহিক|পত্রিকা/,
  /সংবাদপত্র|ট্যাবলয়েড|টেলিভিশন|টিভি চ্যানেল|নিউজ চ্যানেল|চ্যানেল|ম্যাগাজিন|সাময়িকী|নিউজ পোর্টাল/,
  /অনলাইন পোর্টাল|সংবাদ পোর্টাল|নিউজ ওয়েবসাইট|সংবাদভিত্তিক ওয়েবসাইট|বেতার|রেডিও|সম্প্রচার সংস্থা/,
  /ব্রডকাস্টার|newspaper|television|news channel|news agency|agency|tv|media|broadcaster|daily|outlet|channel/,
  // an outlet's fact-check unit before its English verb: `Reuters Fact Check found`
  /fact check|fact-check/,
]);

/**
 * Words that may stand between a descriptor and the name, or before the descriptor, and confirm nothing alone; in English,
 * between a cue and the name (`according to the state-run BSS`).
 */
export const DESCRIPTOR_MODIFIERS: readonly string[] = /* @__PURE__ */ patternWords([
  /রাষ্ট্রীয়|রাষ্ট্রায়ত্ত|রাষ্ট্রায়ত্ত্ব|রাষ্ট্রনিয়ন্ত্রিত|সরকারি|সরকার নিয়ন্ত্রিত/,
  /সরকারনিয়ন্ত্রিত|প্রভাবশালী|জনপ্রিয়|শীর্ষস্থানীয়|প্রথম সারির|আন্তর্জাতিক|বিদেশি|স্থানীয়|ইংরেজি/,
  /ইংরেজি ভাষার|বাংলা|অনলাইন|গ্লোবাল|প্রখ্যাত|খ্যাতনামা|নেতৃস্থানীয়|বেসরকারি|একটি|আরেক|আরেকটি|the|a|an/,
  /state-run|state|earlier|recent|separate|previous|new/,
]);

/** The suffix of a place-based descriptor (`কাতারভিত্তিক`, `লন্ডন ভিত্তিক`), alone in its list. */
export const BASED_SUFFIX: readonly string[] = /* @__PURE__ */ patternWords([/ভিত্তিক/]);

/**
 * Country words by ISO 3166-1 code: a genitive or adjective before a name (`রাশিয়ার তাস`, `পাকিস্তানের ডন`); one country a
 * line, its code, a space and its words.
 */
export const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    [
      /BD বাংলাদেশের|বাংলাদেশি|ঢাকার/,
      /IN ভারতের|ভারতীয়|কলকাতার|দিল্লির|নয়াদিল্লির/,
      /PK পাকিস্তানের|পাকিস্তানি|ইসলামাবাদের|করাচির/,
      /RU রাশিয়ার|রুশ|রাশিয়ান|মস্কোর/,
      /US যুক্তরাষ্ট্রের|মার্কিন|আমেরিকার|আমেরিকান|ওয়াশিংটনের|নিউইয়র্কের/,
      /GB যুক্তরাজ্যের|ব্রিটিশ|ব্রিটেনের|লন্ডনের|ইংল্যান্ডের/,
      /CN চীনের|চীনা|চায়নিজ|বেইজিংয়ের/,
      /JP জাপানের|জাপানি/,
      /KR দক্ষিণ কোরিয়ার|দক্ষিণ কোরীয়/,
      /KP উত্তর কোরিয়ার|উত্তর কোরীয়|পিয়ংইয়ংয়ের/,
      /QA কাতারের|কাতারি/,
      /SA সৌদি আরবের|সৌদি/,
      /AE সংযুক্ত আরব আমিরাতের|আমিরাতের|দুবাইয়ের|দুবাইভিত্তিক/,
      /IR ইরানের|ইরানি|তেহরানের/,
      /TR তুরস্কের|তুর্কি/,
      /IL ইসরায়েলের|ইসরায়েলি/,
      /FR ফ্রান্সের|ফরাসি/,
      /DE জার্মানির|জার্মান/,
      /EG মিসরের|মিশরের|মিসরীয়/,
      /MM মিয়ানমারের|মিয়ানমারভিত্তিক/,
      /AU অস্ট্রেলিয়ার|অস্ট্রেলীয়|অস্ট্রেলিয়ান/,
      /JO জর্ডানের|জর্ডানি/,
      /SY সিরিয়ার|সিরীয়/,
      /PS ফিলিস্তিনের|ফিলিস্তিনি/,
      /UA ইউক্রেনের|ইউক্রেনীয়/,
      /AF আফগানিস্তানের|আফগান/,
      /NP নেপালের|নেপালি/,
      /LB লেবাননের|লেবানিজ/,
      /ES স্পেনের|স্প্যানিশ/,
      /IT ইতালির|ইতালীয়/,
      /CA কানাডার|কানাডীয়/,
      /SG সিঙ্গাপুরের/,
      /MY মালয়েশিয়ার/,
      /ID ইন্দোনেশিয়ার/,
      /HK হংকংয়ের|হংকংভিত্তিক/,
      /KW কুয়েতের/,
      /LK শ্রীলঙ্কার|কলম্বোর/,
      /IQ ইরাকের|ইরাকি|কুর্দি/,
    ].map((line) => [line.source.slice(0, 2), line.source.slice(3).split("|")]),
  ))();

/**
 * Words that introduce the source before the name: `খবর বিবিসির`; in English, `according to AFP`, `quoted by AP`, `with
 * inputs from PTI`, `citing Reuters`, `a report by Al Jazeera`, `published by the Guardian`, `first broken by Prothom Alo`, `(a poll) conducted by
 * AP-NORC`, `per Sky Sports`, `reported earlier by AFP`, `reported exclusively by Reuters` (an article may stand between: `according to a Reuters report`).
 */
export const KHOBOR_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /খবর|সংবাদ সূত্র|according to|quoted by|reported by|broken by|cited by|inputs from|citing|quoting|report by/,
  /report in|reports in|reporting by|reported earlier by|reported first by|reported exclusively by|published by|conducted by|carried out by|per|compiled by/,
  // what an outlet aired, telecast, streamed or relayed: `The news was first aired by Doordarshan`, `telecast by BTV`, `shown live by BTV`
  /aired by|broadcast by|telecast by|streamed by|relayed by|live by/,
  // what an outlet carried, alone or first: `The report was carried exclusively by Prothom Alo`
  /carried by|carried exclusively by/,
]);

/** Labels of a source line before the name: `সূত্র: রয়টার্স`, `তথ্য: বিবিসি`. Followed by a colon, visarga or dash. */
export const SUTRO_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সূত্র|তথ্যসূত্র|সংবাদসূত্র|তথ্য|source|sources/,
]);

/**
 * Verbs of reporting with neuter agreement: the organisation reported (`এএফপি জানিয়েছে`, `জানিয়েছে বার্তা সংস্থা এএফপি`).
 * Each present perfect is read in the past perfect too (`খবর দিয়েছে`, `খবর দিয়েছিল`).
 */
export const REPORTING_VERBS: readonly string[] = /* @__PURE__ */ patternWords([
  /জানিয়েছে|জানায়|জানাচ্ছে|জানাল|বলছে|বলেছে|বলল|লিখেছে|লিখছে|নিশ্চিত করেছে/,
  /প্রকাশ করেছে|রিপোর্ট করেছে|প্রতিবেদন করেছে|উল্লেখ করেছে|দাবি করেছে|খবর দিয়েছে|তথ্য দিয়েছে/,
  /সংবাদ দিয়েছে/,
  // what the outlet found out: `রয়টার্স পাঁচটি সূত্রের সঙ্গে কথা বলে জানতে পেরেছে`
  /জানতে পেরেছে/,
  // the simple past of publishing: `এ তথ্য প্রকাশ করে রয়টার্স`, `জরিপের ফল প্রকাশ করল বিবিসি`
  /প্রকাশ করে|প্রকাশ করল/,
  // the simple present and past of `খবর দেওয়া`: `রয়টার্স বুধবার খবর দেয়`, `এপি পরে খবর দিল`
  /খবর দেয়|খবর দিল/,
]);

/**
 * Nouns of a feeling right before a verb of reporting, which then expresses it and reports nothing (`ভুল তথ্যের জন্য
 * দুঃখ প্রকাশ করেছে প্রথম আলো`, `বিবিসি উদ্বেগ জানিয়েছে`): an outlet's own condemnation, protest or grief too (`হামলার
 * তীব্র নিন্দা জানিয়েছে আল জাজিরা`).
 */
export const FEELING_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  /দুঃখ|উদ্বেগ|নিন্দা|প্রতিবাদ|ক্ষোভ|শোক/,
]);

/**
 * Verbs of airing, read only before a name: `একটি ভিডিও প্রচার করে আল জাজিরা`. After a name they say no more than that it
 * carried the news (`বিবিসি ও সিএনএন খবরটি প্রচার করেছে`), and the clause's verbs after a name leave them out.
 */
export const AIRING_VERBS: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রচার করে|প্রচার করেছে|প্রচার করল/,
  // a poll or an inquiry the outlet ran, before its name: `জরিপটি চালিয়েছে প্রথম আলো`
  /জরিপ চালিয়েছে|জরিপ চালায়|জরিপ করেছে|জরিপ পরিচালনা করেছে|অনুসন্ধান চালিয়েছে|অনুসন্ধান পরিচালনা করেছে/,
]);

/** English verbs of reporting right after a name, in Bengali pages and English-language outlets: `AFP said`. */
export const ENGLISH_REPORTING_VERBS: readonly string[] = [
  "said", "says", "reported", "reports", "wrote", "writes", "learned", "learnt", "quoted", "added", "adds",
  // a transfer desk's own reporting: `Sky Sports understands …`
  "understands",
  // `The Hindu cited PTI as saying …`
  "cited",
  // a scoop: `Variety was first to report …`
  "was first to report", "was the first to report",
  // a finding: `Reuters found …`, `AFP Fact Check found …`, a headline's `Reuters reveals …`; what a report or a tally showed: `an AFP tally showed …`;
  // a claim, as `দাবি করেছে` is one: `an NDTV report claimed …`; what a poll foresaw: `an NDTV exit poll predicted …`;
  // what it reckoned: `Reuters estimates the loss at $3bn`
  "found", "showed", "revealed", "reveals", "claimed", "predicted", "suggested", "projected", "indicated", "estimated", "estimates",
  // what its figures show, in the plural alone (`Reuters calculations show …`; not `CNN shows the debate`)
  "show",
  // what a fact check concluded, a tally's toll: `an AP fact-check concluded …`, `Reuters' own tally put the toll at 40`
  "concluded", "put the toll",
];

/** Words that may stand between an English name (or its descriptor) and its verb: `KCNA later said`, `Reuters has learned`,
 * `Reuters has since reported`. */
export const ENGLISH_VERB_ADVERBS: readonly string[] = ["has", "had", "also", "later", "earlier", "first", "previously", "since"];

/**
 * English words before a name (after `according to` and the other cues are looked for) that make it the listener, not
 * the source: `the minister told news agency ANI`, `speaking to broadcaster NHK`; those of more than one word mark an
 * interview: `in an interview with the daily Dawn`, `gave an interview to Reuters`.
 */
export const ENGLISH_LISTENER_WORDS: readonly string[] = ["told", "to", "with", "interview with", "interview to"];

/**
 * Verbs with honorific (human) or first-person agreement: a person, not the organisation, speaks (`… এনবিসি নিউজকে
 * বলেন`, `আমরা এএফপিকে জানিয়েছি`).
 */
export const SPEECH_VERBS: readonly string[] = /* @__PURE__ */ patternWords([
  /বলেন|বলেছেন|বলছেন|বলেছিলেন|জানান|জানিয়েছেন|জানাচ্ছেন|জানিয়েছিলেন|দাবি করেন|দাবি করেছেন|উল্লেখ করেন/,
  /উল্লেখ করেছেন|স্বীকার করেন|স্বীকার করেছেন|নিশ্চিত করেন|নিশ্চিত করেছেন|মন্তব্য করেন|মন্তব্য করেছেন/,
  /বলেছি|জানিয়েছি|জানাই/,
]);

/**
 * Stems of the nouns of a report after a genitive name, matched at the start of a word with any ending:
 * `রয়টার্সের প্রতিবেদনে`, `কেসিএনএর তথ্য অনুসারে`, `এএফপির হিসাবমতে`, an inquiry, blog or documentary
 * (`বিবিসির তদন্তে`, `বিবিসির এক প্রামাণ্যচিত্রে`), a statement (`আল জাজিরার এক বিবৃতিতে`). Words that start like them but name people
 * (`রিপোর্টার`, `সংবাদকর্মী`) are staff nouns, read first.
 */
export const REPORT_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রতিবেদন|খবর|সংবাদ|রিপোর্ট|তথ্য|সূত্র|বিশ্লেষণ|হিসাব|হিসেব|দাবি|ভাষ্য|জরিপ|অনুসন্ধান|আপডেট|তদন্ত|ব্লগ/,
  /সম্পাদকীয়|পোস্ট|বলা হয়|poll|survey|নথি|যাচাই|ফ্যাক্টচেক|বিজ্ঞপ্তি|পরিসংখ্যান|গণনা|পর্যালোচনা|প্রামাণ্যচিত্র|সংশোধনী|বিবৃতি/,
  // a fact check in the locative or genitive, its two words spaced or hyphenated (`এএফপির ফ্যাক্ট-চেকে দেখা গেছে`); in the
  // nominative it is the unit's name, which may only check (`রয়টার্সের ফ্যাক্ট চেক দল ছবিটি যাচাই করেছে`)
  /ফ্যাক্ট চেকে|ফ্যাক্ট-চেকে/,
  // a tweet in the locative or genitive (`এএনআই-এর টুইটে`), not the service's name (`টুইটার অ্যাকাউন্ট`)
  /টুইটে/,
]);

/**
 * Stems of what an outlet filmed or photographed, after its genitive name only (in its medium, `সিএনএনে প্রকাশিত এক
 * ভিডিওতে`, a video may be anyone's): `এএনআই-এর প্রকাশিত ভিডিওতে দেখা যাচ্ছে`, `এএফপির তোলা ছবিতে`, `বিটিভির ফুটেজ থেকে`;
 * a photo in the locative or genitive only (`সিএনএন’র অনলাইন সংস্করণে ছবিগুলো ছাপা হয়েছে` prints photos there).
 */
export const FOOTAGE_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([/ভিডিও|ফুটেজ|ছবিতে|ছবির/]);

/**
 * Parts of an outlet in the genitive after a bare name: `বিবিসি অনলাইনের প্রতিবেদনে`, `সিএনএন ওয়েবসাইটের খবরে`, a
 * magazine's: `ইকোনমিস্ট সাময়িকীর এক প্রতিবেদনে`; its
 * online edition in the locative, where a report appeared: `বিবিসি অনলাইনে প্রকাশিত এক প্রতিবেদনে`.
 */
export const OUTLET_PARTS: readonly string[] = /* @__PURE__ */ patternWords([
  /অনলাইনের|অনলাইনে|ওয়েবসাইটের|অনলাইন সংস্করণের|বাংলা বিভাগের|বাংলা সার্ভিসের|টেলিভিশনের|টিভির|চ্যানেলের|এজেন্সির/,
  /নিউজ এজেন্সির|বার্তা সংস্থার|সংবাদ সংস্থার|পত্রিকার|সাময়িকীর|ম্যাগাজিনের|সংবাদমাধ্যমের|কর্তৃক/,
]);

/** Words right after a bare name that make it the source: `বিবিসি সূত্রে জানা গেছে`, `রয়টার্স অবলম্বনে`. */
export const NOMINATIVE_SOURCE_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সূত্রে|সূত্রমতে|সূত্র জানায়|সূত্র জানিয়েছে|অবলম্বনে|থেকে অনুবাদ|থেকে ভাষান্তর|থেকে নেয়া/,
  /থেকে নেওয়া|থেকে জানা|সূত্রের খবর/,
]);

/**
 * An outlet's own team or desk right after its bare name, or after one word of its edition (one of
 * {@link REPORT_FILLERS}): `ETV Bharat Bengali Team`, `ইটিভি ভারত বাংলা টিম`, `আনন্দবাজার অনলাইন ডেস্ক`.
 */
export const DESK_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/টিম|ডেস্ক|team|desk/]);

/** Words after a genitive or dative name that cite it: `আনাদোলুর বরাত দিয়ে`, `রয়টার্সের বরাতে`, `রয়টার্সকে উদ্ধৃত করে`. */
export const BARAT_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  /বরাত|বরাতে|উদ্ধৃতি|উদ্ধৃত করে|উদ্ধৃত করেছে|কোট করে/,
]);

/** What an outlet got hold of or saw, as one line of {@link REPORT_FILLERS}. */
const SEEN_LINE = /হাতে আসা|হাতে পাওয়া|দেখা|কাছে থাকা|প্রাপ্ত/;

/**
 * What an outlet got hold of or saw after its genitive name: what follows is its report, whatever words describe it
 * (`ওয়াশিংটন পোস্টের হাতে আসা গোপন নথিতে`, `রয়টার্সের দেখা অভ্যন্তরীণ এক ইমেইলে`, `আল জাজিরার হাতে পাওয়া একটি অডিও
 * রেকর্ডিংয়ে`), where an outlet's e-mail alone may be one sent to it (`রয়টার্সের ইমেইলের জবাব`).
 */
export const SEEN_WORDS: readonly string[] = /* @__PURE__ */ patternWords([SEEN_LINE]);

/** A bureau, and cities outlets post staff to, as one line of {@link REPORT_FILLERS}. */
const BUREAU_CITY_LINE = /ব্যুরো|ঢাকা|দিল্লি|কলকাতা|করাচি|ইসলামাবাদ|লন্ডন|ওয়াশিংটন|দুবাই/;

/**
 * A bureau and the cities of an outlet's staff between its genitive name and them (`এএফপির ঢাকা ব্যুরো প্রধান`,
 * `বিবিসির দিল্লি সংবাদদাতা`): such staff are the outlet's, even where its name is also a man's (`ডনের করাচি প্রতিনিধি`).
 */
export const BUREAU_CITIES: readonly string[] = /* @__PURE__ */ patternWords([BUREAU_CITY_LINE]);

/**
 * Words between a genitive name and its report noun: `রয়টার্সের এক প্রতিবেদনে`, `বিবিসির অনলাইন সংস্করণের প্রতিবেদনে`,
 * `আরএফএর বার্মিজ সার্ভিসের খবরে`,
 * `আল জাজিরার এক্স অ্যাকাউন্টে দেওয়া পোস্টে`; its podcast before `বলা হয়` (`বিবিসির এক পডকাস্টে বলা হয়েছে`; a guest's words
 * on it stay the guest's); a service or edition before a verb: `বিবিসির বাংলা সার্ভিস জানিয়েছে`;
 * a day's time: `রয়টার্সের গতকালের প্রতিবেদনে`, `বিবিসির বাংলা সার্ভিস গতকাল খবর দিয়েছিল`; an edition before a desk;
 * a bureau's city before its staff ({@link BUREAU_CITIES}).
 */
export const REPORT_FILLERS: readonly string[] = /* @__PURE__ */ patternWords([
  /এক|একটি|আরেক|আরেকটি|একাধিক|নিজস্ব|সাম্প্রতিক|সর্বশেষ|বিশেষ|অনলাইন|অনলাইনের|ওয়েবসাইটের|ওয়েবসাইটে|প্রকাশিত|প্রচারিত|অনলাইনে|পডকাস্টে/,
  /সম্প্রচারিত|অনুসন্ধানী|বিশ্লেষণী|দীর্ঘ|এ|এই|এক্সক্লুসিভ|লাইভ|যৌথ|শেয়ার করা/,
  /চালানো|তোলা|সংকলিত|জনমত|বুথফেরত|দল|ফ্যাক্ট চেক|ফ্যাক্ট-চেক|সংস্করণে|দেওয়া|দেয়া|এক্স|ফেসবুক|অ্যাকাউন্টে|হ্যান্ডেলে|হ্যান্ডলে|পেজে|ইউটিউব|চ্যানেলে|অ্যাপে|অ্যাপের/,
  /ইনস্টাগ্রাম|টেলিগ্রাম|বাংলা|ইংরেজি|হিন্দি|উর্দু|আরবি|বার্মিজ|বর্মি|সার্ভিস|সার্ভিসের|সংস্করণ|সংস্করণের|বিভাগ|বিভাগের|ওয়েবসাইট/,
  /আজ|আজকের|গতকাল|গতকালের|সকালে|সন্ধ্যায়|রাতে|সম্প্রতি/,
  // an edition before an outlet's desk: `ABP Ananda Web Desk`, `এবিপি আনন্দ ডিজিটাল টিম`
  /ডিজিটাল|ওয়েব|bengali|online|digital|web|ফ্যাক্টচেক/,
  // a team (`এএফপির ফ্যাক্ট-চেক টিম জানিয়েছে`), where right after a bare name it is the desk's (`আনন্দবাজার অনলাইন টিম`)
  /টিম|টিমের/,
  BUREAU_CITY_LINE,
  SEEN_LINE,
]);

/** Journalists and analysts of an outlet (`আল জাজিরার জ্যেষ্ঠ রাজনৈতিক বিশ্লেষক`), as one line of {@link STAFF_NOUNS}. */
const JOURNALIST_LINE = /সাংবাদিক|সংবাদদাতা|প্রতিনিধি|প্রতিবেদক|বিশ্লেষক/;

/**
 * Journalists of an outlet after up to three words that are not in the genitive, the city they are posted to (`রয়টার্সের
 * কাবুল প্রতিনিধি`, `এএফপির জেরুজালেম সংবাদদাতা`), or the beat of its correspondent or editor (`বিবিসির মধ্যপ্রাচ্য
 * সম্পাদক`, `আল জাজিরার কূটনৈতিক সম্পাদক`, `বিবিসির দক্ষিণ এশিয়া বিষয়ক সংবাদদাতা`); a man's people are no such (`ডনের
 * দলের কর্মীরা`).
 */
export const JOURNALIST_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([JOURNALIST_LINE, /সম্পাদক/]);

/**
 * Journalists and the editor of an outlet right after its bare name, or after one word of its edition or city (one
 * of {@link REPORT_FILLERS}): `প্রথম আলো প্রতিনিধি জানান`, `ডেইলি স্টার সম্পাদক মাহফুজ আনাম`, `বিবিসি ঢাকা সংবাদদাতা`.
 */
export const BARE_STAFF_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([JOURNALIST_LINE, /সম্পাদক/]);

/**
 * People and offices of an outlet after a genitive name: `বিবিসির সংবাদদাতা`, `এএফপির আলোকচিত্রী`; their case and plural
 * endings are read by rule (`সাংবাদিকদের`, `অফিসে`, `কর্মীরা`).
 */
export const STAFF_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  JOURNALIST_LINE,
  /আলোকচিত্রী|ফটোগ্রাফার|ফটো সাংবাদিক|ফটোসাংবাদিক|উপস্থাপক|উপস্থাপিকা|সম্পাদক|প্রকাশক|কর্মী/,
  /অফিস|কার্যালয়|প্রধান|ব্যুরোপ্রধান|মালিক/,
  // and the news desk's editor and head: `যুগান্তরের বার্তা সম্পাদক`, `সময় টিভির বার্তা প্রধান`
  /ক্যামেরাম্যান|ক্রু|রিপোর্টার|সংবাদকর্মী|তদন্ত দল|কলামিস্ট|বার্তা সম্পাদক|বার্তা প্রধান/,
]);

/**
 * An outlet's name that opens with a common noun (`সময়`, "time", of `সময় টিভি`), and the word before it that makes
 * it the noun where no cue reads the name: a determiner or quantifier (`অনেক সময় টিভি দেখে`, "watching TV much of the
 * time", `বহু সময় টিভি দেখে`, `সেই সময় টিভি ছিল না`), not `আবার` ("again"); a verbal noun's or a time's genitive
 * (`খাওয়ার সময় টিভি বন্ধ রাখুন`, `রাতের সময় টিভি`) by its shape, `-ার` or `-োর`: a place's in `-ের` is not one
 * (`বাংলাদেশের সময় টিভি`), but a place's in `-ার` is read so too (`ঢাকার সময় টিভি`).
 */
export const NOUN_NAME_HEAD: RegExp = /^সময় /;
export const NOUN_GOVERNOR: RegExp = /^(?:অনেক|কিছু|সেই|যে|কোনো|সব|অবসর|বহু|(?!আবার$)\S*[াো]র(?:ের)?|রাতের|ছুটির)$/;

/** Words after a locative name that mark a broadcast or publication there: `সিবিএস নিউজে প্রচারিত`. */
export const BROADCAST_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রচারিত|প্রকাশিত|সম্প্রচারিত|দেওয়া|দেয়া/,
]);

/**
 * Words after a genitive name that mark talking with it: `আল জাজিরার সঙ্গে এক সাক্ষাৎকারে`; its question answered:
 * `প্রথম আলোর প্রশ্নের উত্তরে তিনি বলেন`.
 */
export const WITH_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সঙ্গে|সাথে|সাক্ষাৎকারে|সাক্ষাৎকার|প্রশ্নের উত্তরে|প্রশ্নের জবাবে/,
]);

/**
 * Nouns right after an ambiguous bare name that make it the common word it also is, whatever cue stands before it
 * (`জাপানের নিক্কেই সূচক`, `চীনের সিসিটিভি ক্যামেরায়`, `রাশিয়ার স্পুটনিক টিকা`): stems, matched with any ending.
 */
export const NAMESAKE_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  /সূচক|টিকা|ভ্যাকসিন|ক্যামেরা|ফুটেজ|নগরী|নদী/,
]);

/**
 * Stems of the nouns of an organisation, an event, a venue or a line right after a bare name, which make the two
 * another thing, not the agency (`রয়টার্স ইনস্টিটিউটের গবেষণা`, `এএফপি ফাউন্ডেশন`, `বিবিসি ভবনে`, `Reuters Institute`,
 * `ইরান ইন্টারন্যাশনাল এক্সপো`, `হেলথলাইন নম্বরে`, `লাইভ সায়েন্স শোতে`, `ডেইলি স্টার সেন্টারে`): matched with any ending (a stem of two
 * letters, `শো`, only alone), and after one other word too (`আফগানিস্তান ইন্টারন্যাশনাল ক্রিকেট স্টেডিয়ামে`).
 */
export const ORGANISATION_NOUNS: readonly string[] = /* @__PURE__ */ patternWords([
  /ইনস্টিটি|ফাউন্ডেশ|একাডেম|অ্যাকাডেম|ভবন|ট্রাস্ট|মিডিয়া ইনস্টিটি|মিডিয়া অ্যাকশ|institut|foundation/,
  /academ|trust|এক্সপো|স্টেডিয়া|নম্বর|শো|শোতে|সেন্টার|centre|center/,
]);

/** Markers of a photo credit before a name on the same line: `ফাইল ছবি এএফপি`, `ছবি: রয়টার্স`. */
export const CREDIT_MARKERS: readonly string[] = /* @__PURE__ */ patternWords([
  /ছবি|ফাইল ছবি|ছবির উৎস|ছবির কপিরাইট|চিত্র|ফাইল চিত্র|ফটো|ভিডিও|photo|image|file photo/,
]);
