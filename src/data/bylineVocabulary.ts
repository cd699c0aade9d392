/**
 * Words of bylines: staff roles, correspondent roles, desk and bureau words, honorifics, labels. Vocabulary only;
 * lists may hold misspellings newsrooms print (ষ্টাফ, ডেক্স, করসপন্ডেন্ট). The reader folds every spelling to the
 * matching view.
 */
import { patternWords } from "../_lib/patternWords.ts";

/** How a role reads: a staff role of the newsroom, or a correspondent posted to a place. */
export type RoleKind = "staff" | "correspondent";

/**
 * Staff roles as they should read, Bengali and English (English roles in Bengali script too), besides those of
 * {@link ROLE_GROUPS}.
 */
export const STAFF_ROLES: readonly string[] = /* @__PURE__ */ patternWords([
  /বিশেষ প্রতিবেদন|যৌথ প্রতিবেদন|প্রতিবেদক|রিপোর্টার|প্রতিবেদন|Reporter|অতিথি লেখক|কলাম লেখক|অনুবাদক/,
]);

/** Correspondent roles (posted to a place) as they should read, besides those of {@link ROLE_GROUPS}. */
export const CORRESPONDENT_ROLES: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রতিনিধি|সংবাদদাতা|করেসপন্ডেন্ট|ব্যুরো প্রধান|ব্যুরো চিফ|District Correspondent|Upazila Correspondent|Bureau Chief/,
  /Correspondent|বার্তা পরিবেশক|সংবাদ প্রতিনিধি/,
]);

/**
 * Roles of two words, as groups: each first word is read with each last word (`নিজস্ব প্রতিবেদক`, `বিশেষ সংবাদদাতা`,
 * `Staff Reporter`, `প্রধান প্রতিবেদক`, `চিফ রিপোর্টার`: a rank, no beat; `জেলা প্রতিনিধি`, `উপজেলা করেসপন্ডেন্ট`,
 * `ইউনিভার্সিটি করেসপন্ডেন্ট`, where the correspondent is posted).
 */
export const ROLE_GROUPS: ReadonlyArray<readonly [RoleKind, readonly string[], readonly string[]]> = /* @__PURE__ */ (() => [
  ["staff", patternWords([/নিজস্ব|জ্যেষ্ঠ|বিশেষ|কূটনৈতিক|প্রধান/]), patternWords([/প্রতিবেদক|সংবাদদাতা|প্রতিনিধি|সংবাদ প্রতিনিধি/])],
  ["staff", patternWords([/স্টাফ|সিনিয়র|স্পেশাল|স্পোর্টস|ক্রীড়া|চিফ/]), patternWords([/রিপোর্টার|করেসপন্ডেন্ট/])],
  [
    "staff",
    patternWords([/Staff|Senior|Special|Sports|Chief|Entertainment|Guest|Contributing/]),
    patternWords([/Correspondent|Reporter|Writer|Columnist/]),
  ],
  [
    "staff",
    patternWords([
      /Diplomatic|Business|Own|Court|Crime|Political|Economic|Health|Legal|Climate|Foreign/,
      /Transport|Labour|Railway|Banking|Shipping|Trade|Housing|Power|Telecom|City|Metro/,
      /Parliamentary|Judiciary|Military|Science|Defence|Defense|Finance|Commerce|Justice/,
      /Weather|Markets|Tech|Arts|Film/,
    ]),
    ["Correspondent"],
  ],
  ["correspondent", patternWords([/জেলা|উপজেলা|বিশ্ববিদ্যালয়|ক্যাম্পাস|ইউনিভার্সিটি|ডিস্ট্রিক্ট/]), patternWords([/প্রতিনিধি|সংবাদদাতা|করেসপন্ডেন্ট/])],
])();

/**
 * Other wordings of a role: `[spelling, the role as it should read]`. (`Our` and `আমাদের` before a role are read by rule:
 * `Our Staff Correspondent` is a `Staff Correspondent`.)
 */
export const ROLE_ALIASES: ReadonlyArray<readonly [string, string]> = /* @__PURE__ */ (() => [patternWords([/নিজস্ব প্রতিবেদন|নিজস্ব প্রতিবেদক/]) as [string, string]])();

/**
 * Misspelt words of roles that newsrooms print: the right word first, then its misspellings. Every role (and
 * alias) with the word is also read with each misspelling (`ষ্টাফ রিপোর্টার`, `স্টাফ করসপন্ডেন্ট`).
 */
export const ROLE_WORD_MISSPELLINGS: ReadonlyArray<readonly [string, ...string[]]> = /* @__PURE__ */ (() => [
  /স্টাফ|ষ্টাফ/,
  /করেসপন্ডেন্ট|করসপন্ডেন্ট|করেসপনডেন্ট/,
  /রিপোর্টার|রিপোটার/,
  /সংবাদদাতা|সংবাদাদাতা/,
].map((line) => patternWords([line]) as [string, ...string[]]))();

/** Words that end a desk byline (`আন্তর্জাতিক ডেস্ক`), misspellings included; canonical first. */
export const DESK_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ডেস্ক|ডেক্স|ডেস্ক্|desk/,
]);

/** Words between an outlet and its desk word (`এবিপি আনন্দ ওয়েব ডেস্ক`, `Dhaka Tribune Online Desk`). */
export const DESK_CHANNEL_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ওয়েব|অনলাইন|ডিজিটাল|web|online|digital/,
]);

/** Whole desk bylines that do not end in a desk word (`ডেস্ক রিপোর্ট`, `Star Online Report`-style reports). */
export const DESK_REPORT_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ডেস্ক রিপোর্ট|ডেক্স রিপোর্ট|desk report|online report|report/,
]);

/** Words that end a bureau byline (`চট্টগ্রাম ব্যুরো`, `ঢাকা অফিস`); canonical first. */
export const BUREAU_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ব্যুরো|বুরো|অফিস|bureau|office/,
]);

/**
 * Honorifics and abbreviations that stay inside a person's name, written without the `ঃ`, `:` or `.` that follows
 * them. They are the reason a byline is not cut at every colon: `মোঃ`, `মো:`, `ডাঃ` abbreviate, they do not separate.
 */
export const HONORIFIC_ABBREVIATIONS: readonly string[] = /* @__PURE__ */ patternWords([
  /মো|মোহা|মুহা|মোছা|মোসা|ডা|ড|আ|আব্দু|অব|অ্যাড|এড|মি|মিসেস|প্রফে|md|dr|mr|mrs|ms|prof|adv|retd/,
]);

/** Honorific words before a name (kept in the name). */
export const HONORIFIC_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /মোহাম্মদ|মুহাম্মদ|মুহম্মদ|মোহাম্মাদ|অধ্যাপক|প্রফেসর|অ্যাডভোকেট|এডভোকেট|মাওলানা|মুফতি|শাঈখ|শায়খ/,
  /ব্যারিস্টার|প্রকৌশলী|ইঞ্জিনিয়ার|কবি|হাজী|আলহাজ্ব|সৈয়দ/,
]);

/** A translator's "translated by" (`অনুবাদ করেছেন NAME`): labels of two words, read as one. */
const TRANSLATED_BY_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/অনুবাদ করেছেন|ভাষান্তর করেছেন/]);

/**
 * A translator's labels that name the language of the original (`ইংরেজি থেকে অনুবাদ`, `আরবি থেকে ভাষান্তর`,
 * `ইংরেজি থেকে অনুবাদ করেছেন`): each language with each label, "translated by" first, as a label read as one word is
 * the first that opens the text.
 */
const TRANSLATED_FROM_LABELS: readonly string[] = /* @__PURE__ */ (() =>
  patternWords([/ইংরেজি|আরবি|ফারসি|ফরাসি|হিন্দি|উর্দু|রুশ/]).flatMap((language) =>
    [...TRANSLATED_BY_LABELS, ...patternWords([/অনুবাদ|ভাষান্তর/])].map(
      (label) => `${language} থেকে ${label}`,
    ),
  ))();

/**
 * The English translator's label that names the language of the original (`Translated from Bengali by NAME`,
 * `Translated from the Bangla by NAME`, `Translated from the original Spanish by NAME`), read as one word.
 */
const TRANSLATED_FROM_BY_LABELS: readonly string[] = /* @__PURE__ */ (() =>
  patternWords([/bengali|bangla|urdu|hindi|arabic|persian|french|spanish|german|russian/]).flatMap((language) =>
    [`translated from ${language} by`, `translated from the ${language} by`, `translated from the original ${language} by`],
  ))();

/**
 * A photo story's labels (`Photo story by NAME`, `Photo story: NAME`, `ছবির গল্প: NAME`): its author took the photos,
 * and is read as its photographer where a later piece names the writer (`Photo story by NAME; Text: NAME`).
 */
export const PHOTO_STORY_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /photo story by|photo essay by|photo story|photo essay|ছবির গল্প|ফটো স্টোরি/,
]);

/**
 * Labels of a helper who gathered facts for the writer (`NAME; সহযোগিতা: NAME`, `সহায়তা: NAME`, `তথ্য সহায়তা:`), read as a writer's
 * plain label, as `Additional reporting by` is.
 */
export const HELPER_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/সহযোগিতা|সহায়তা|তথ্য সহায়তা|তথ্য সহযোগিতা/]);

/** Labels that introduce a byline and are not part of it. */
export const BYLINE_LABELS: readonly string[] = /* @__PURE__ */ (() => [
  ...patternWords([
    /by|author|text|words|story|reporting|শব্দে|উপস্থাপনা|সঞ্চালনা|লিখছেন|লিখেছেন|লেখা|লেখক|কলমে|রিপোর্ট|প্রতিবেদন|গ্রন্থনা|অনুলিখন|শ্রুতিলিখন|শ্রুতলিখন|সংকলন|ধারাভাষ্য|স্ক্রিপ্ট|script/,
  ]),
  ...HELPER_LABELS,
])();

/**
 * Labels that introduce a translator (`অনুবাদ: NAME`, `ইংরেজি থেকে অনুবাদ: NAME`, `রূপান্তর: NAME`, `অনুবাদ ও সম্পাদনা:
 * NAME`, `Translation: NAME`): the person named after them is read with the role `অনুবাদক`.
 */
export const TRANSLATION_LABELS: readonly string[] = /* @__PURE__ */ (() => [
  ...patternWords([/অনুবাদ|ভাষান্তর|রূপান্তর|অনূদিত|গ্রন্থনা ও অনুবাদ|অনুবাদ ও গ্রন্থনা|অনুবাদ ও সম্পাদনা|translated|translation/]),
  ...TRANSLATED_BY_LABELS,
  ...TRANSLATED_FROM_LABELS,
  ...TRANSLATED_FROM_BY_LABELS,
])();

/** A translator's word after the name, "translated" (`NAME অনূদিত`): the person named before it is the translator. */
export const TRANSLATED_AFTER_NAME: readonly string[] = /* @__PURE__ */ patternWords([/অনূদিত|ভাষান্তরিত/]);

/** Labels that introduce the author of the original of a translation (`মূল: NAME`), read with the role `মূল লেখক`. */
export const ORIGINAL_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/মূল|মূল লেখা/]);

/**
 * Labels that introduce a photographer after the writer, before a colon (`লেখা: NAME; ছবি: NAME`), read with the role
 * `আলোকচিত্রী`. They open no byline: alone, `ছবি: NAME` is a photo credit.
 */
export const PHOTOGRAPHER_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/ছবি|ছবিতে|আলোকচিত্র|photo|photos|photo by|photos by/]);

/**
 * Labels that introduce the one who filmed a story, after the writer (`লেখা: NAME; ভিডিও: NAME`, `রিপোর্টার: NAME,
 * ক্যামেরাপারসন: NAME`), read with the role
 * `ভিডিওগ্রাফার`. Alone, `ভিডিও: NAME` is a credit.
 */
export const VIDEO_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/ভিডিও|ভিডিওচিত্র|ক্যামেরা|ক্যামেরাপারসন|video|camera/]);

/**
 * Labels that introduce an illustrator after the writer (`লেখা: NAME; অলংকরণ: NAME`, `…; ইনফোগ্রাফিক: NAME`, `Text: NAME; Design: NAME`), read with the role
 * `অলংকরণশিল্পী`. Alone, `অলংকরণ: NAME` is a credit.
 */
export const ILLUSTRATOR_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /অলংকরণ|অলঙ্করণ|অলংকরণে|অলঙ্করণে|প্রচ্ছদ|ইলাস্ট্রেশন|illustration|গ্রাফিক্স|গ্রাফিকস|graphics|ইনফোগ্রাফিক|infographic|design|ডিজাইন|visualisation|visualization/,
]);

/** Labels that introduce the editor of a video or a compilation after its author (`…; সম্পাদনা: NAME`), read with the role `সম্পাদক`. */
export const EDITOR_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/সম্পাদনা|ভিডিও সম্পাদনা|editing|edited by|editing by/]);

/**
 * Labels that introduce one who took both the photos and the video, after the writer (`লেখা: NAME; ছবি ও ভিডিও:
 * NAME`), read with the role `আলোকচিত্রী ও ভিডিওগ্রাফার`, and as one word, as {@link CONJOINED_LABELS} are.
 */
export const PHOTO_VIDEO_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/ছবি ও ভিডিও|ভিডিও ও ছবি/]);

/**
 * Labels that introduce one who filmed a video and edited it, after its author (`লেখা: NAME; ক্যামেরা ও সম্পাদনা:
 * NAME`), read with the role `ভিডিওগ্রাফার ও সম্পাদক`, and as one word.
 */
export const VIDEO_EDITOR_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /ক্যামেরা ও সম্পাদনা|ভিডিও ও সম্পাদনা|চিত্রগ্রহণ ও সম্পাদনা|camera and editing|camera & editing|video and editing/,
]);

/**
 * A writer's works (`লেখা`, `গ্রন্থনা`, `Reporting`, `Script`): one joined by `ও`, `and` or `&` to another work, the
 * writer's or a picture's, a film's, a design's or a voice's, makes one label of the writer (`গবেষণা ও লেখা: NAME`,
 * `লেখা ও গ্রন্থনা: NAME`, `Text and graphics: NAME`, `Reporting and photos: NAME`, `Script and narration: NAME`).
 */
const WORK_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /লেখা|গবেষণা|বিশ্লেষণ|ধারাভাষ্য|প্রতিবেদন|গ্রন্থনা|সংকলন|অনুলিখন|স্ক্রিপ্ট|চিত্রনাট্য|ধারণা|তথ্য|সাক্ষাৎকার|text|story|writing|research|reporting|words|script|concept|data|interview/,
]);

/** Each writer's work joined to each work of one word of the same script, the writer's or another's, before or after it. */
const WORK_PAIRS: readonly string[] = /* @__PURE__ */ (() => {
  const works = [
    ...WORK_WORDS,
    ...[...PHOTOGRAPHER_LABELS, ...VIDEO_LABELS, ...ILLUSTRATOR_LABELS, ...EDITOR_LABELS].filter((word) => !word.includes(" ")),
    ...patternWords([/উপস্থাপনা|narration|presentation|pictures/]),
  ];
  // (a Latin word is one before the Bengali block)
  return [" ও ", " and ", " & "].flatMap((and) =>
    WORK_WORDS.flatMap((a) => works.flatMap((b) => ((a < "\u0980") === (b < "\u0980") && (a < "\u0980") !== (and === " ও ") ? [a + and + b, b + and + a] : []))),
  );
})();

/**
 * Labels of more than one word, read as one word where a piece opens with them: a writer's work joined to another
 * ({@link WORK_PAIRS}), a writer who also took the photos
 * (`লেখা ও ছবি: NAME`, `ছবি ও লেখা: NAME`, `ছবি ও প্রতিবেদন NAME`, `প্রতিবেদন ও ছবি: NAME`, whose `ও` joins no two
 * contributors), `reported by`, `written by`, `প্রতিবেদন করেছেন`, a translator's `অনুবাদ করেছেন`, a compiler's (`সংকলন ও
 * গ্রন্থনা`, `compiled by`, `produced by`, `transcribed by`), `as told to` before the writer of a story told in its teller's words, and
 * `লেখক পরিচিতি` (about the writer) before a writer's name and posts.
 */
export const CONJOINED_LABELS: readonly string[] = /* @__PURE__ */ (() => [
  ...WORK_PAIRS,
  ...patternWords([
    /প্রতিবেদন করেছেন|সাক্ষাৎকার নিয়েছেন|সাক্ষাৎকার গ্রহণে|সাক্ষাৎকার গ্রহণ করেছেন|সাক্ষাৎকার গ্রহণ|গ্রন্থনা ও অনুবাদ|অনুবাদ ও গ্রন্থনা|অনুবাদ ও সম্পাদনা|reported by|reporting by|additional reporting by|written by|writing by|authored by|published by|edited by|story by|story and photos by|interviewed by|interview by|presented by|as told to|লেখক পরিচিতি|compiled by|produced by|transcribed by/,
  ]),
  ...PHOTO_STORY_LABELS,
  ...TRANSLATED_BY_LABELS,
  ...TRANSLATED_FROM_LABELS,
  ...TRANSLATED_FROM_BY_LABELS,
])();

/**
 * The roles of persons named after those labels: a translator, the original's author, a photographer, a
 * videographer, an illustrator. Pattern literals, as a bundle keeps their letters as they are.
 */
export const TRANSLATOR_ROLE: string = /* @__PURE__ */ (() => /অনুবাদক/.source)();
export const ORIGINAL_AUTHOR_ROLE: string = /* @__PURE__ */ (() => /মূল লেখক/.source)();
export const PHOTOGRAPHER_ROLE: string = /* @__PURE__ */ (() => /আলোকচিত্রী/.source)();
export const VIDEOGRAPHER_ROLE: string = /* @__PURE__ */ (() => /ভিডিওগ্রাফার/.source)();
export const ILLUSTRATOR_ROLE: string = /* @__PURE__ */ (() => /অলংকরণশিল্পী/.source)();
export const EDITOR_ROLE: string = /* @__PURE__ */ (() => /সম্পাদক/.source)();
export const PHOTO_VIDEO_ROLE: string = /* @__PURE__ */ (() => /আলোকচিত্রী ও ভিডিওগ্রাফার/.source)();
export const VIDEO_EDITOR_ROLE: string = /* @__PURE__ */ (() => /ভিডিওগ্রাফার ও সম্পাদক/.source)();

/** Bylines that are press releases rather than reporting. */
export const PRESS_RELEASE_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রেসবিজ্ঞপ্তি|প্রেস বিজ্ঞপ্তি|সংবাদ বিজ্ঞপ্তি|সংবাদবিজ্ঞপ্তি|বিজ্ঞপ্তি|press release|প্রেস রিলিজ/,
]);

/** Bylines that are an editorial, an advertorial or the newsroom (kept as a desk). */
export const EDITORIAL_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সম্পাদকীয়|বিজ্ঞাপন বার্তা|editorial|বার্তাকক্ষ|বার্তা কক্ষ|নিউজরুম|নিউজ রুম|newsroom/,
]);

/**
 * A label of a song's credits, or several joined that open with one (`কথা: NAME; সুর: NAME`, `কথা ও সুর: NAME`,
 * `কথা, সুর ও কণ্ঠ: NAME`, `সুর ও সংগীত: NAME`): a lyricist or a composer is no story's writer.
 */
export const SONG_CREDIT_LABEL: RegExp = /^(?:কথা|সুর)(?![^ ,])/;

/** Bylines of reports compiled from several correspondents (`প্রতিনিধিদের পাঠানো খবর`). */
export const COMPILED_REPORT_PATTERNS: readonly string[] = /* @__PURE__ */ patternWords([
  /প্রতিনিধিদের পাঠানো খবর|প্রতিনিধিদের পাঠানো তথ্য|সংবাদদাতাদের পাঠানো খবর|প্রতিনিধিদের খবর/,
  /ডেস্ক ও প্রতিনিধি/,
]);

/** Wire bylines that name no single agency (`Agencies`, `সংস্থা`). */
export const GENERIC_AGENCY_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /agencies|এজেন্সি|বিভিন্ন সংবাদ সংস্থা|বার্তা সংস্থা|সংবাদ সংস্থা/,
]);

/**
 * Words after a byline that say "reports" (`রাজশাহী থেকে নিজস্ব প্রতিবেদক জানান`), "writes" (`NAME লিখছেন`, as
 * Anandabazar puts its label after the name too) or "after" a source (`রয়টার্স অবলম্বনে`).
 */
export const REPORTS_VERBS: readonly string[] = /* @__PURE__ */ patternWords([
  /জানান|জানিয়েছেন|জানাচ্ছেন|জানাচ্ছে|লিখছেন|অবলম্বনে/,
]);

/** Words after `থেকে` that make it "back from" a place (`NAME, ভোলা থেকে ফিরে`, `কক্সবাজার থেকে ঘুরে এসে NAME`). */
export const RETURN_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ফিরে|ফিরে এসে|ঘুরে|ঘুরে এসে/,
]);

/**
 * The end of a tournament's, a league's or games' name, with থেকে or none (`চ্যাম্পিয়নস ট্রফি থেকে`, `এশিয়া কাপ`, `বিপিএল`,
 * `IPL`, `Champions Trophy`, `অলিম্পিক গেমস`, `প্যারিস অলিম্পিক`, `Asian Games`): the event a sports writer reports from, which is no place
 * and no name.
 */
export const EVENT_ENDING: RegExp = /(?:কাপ|ট্রফি|লিগ|পিএল|গেমস|অলিম্পিক|cup|trophy|pl|games|olympics)(?: থেকে)?$/;

/**
 * The start of a part of an address after a writer's name, with the space or comma before it: a house's number
 * (`১২/এ`, `১৪৫`; not a date's or a time's, `১৩/০৭/২০২৫`, `১০:২৬`, `২৫.০৭.২০২৫`) or the label of a village or a post
 * office or a union before its colon (`গ্রাম: চরপাড়া`, `ডাকঘর: রামপুর`, `পোঃ রামপুর`, `ইউনিয়ন: চরকলমী`), which are the address; or the label of an
 * upazila, a police station or a district, the group (`উপজেলা: পীরগঞ্জ`, `থানা: সাভার`, `জেলা: রংপুর`), whose place is
 * read.
 */
export const ADDRESS_START: RegExp = /^[ ,](?:\d+(?![\d:.])|(?:গ্রাম|ইউনিয়ন|ডাকঘর|পো|((?:উপ)?জেলা|থানা))[:ঃ])/;

/**
 * Words of a street address or a landmark: last words of a spot written after a correspondent's place (`Kuakata, Beach
 * Road`, `কুয়াকাটা, সৈকত সড়ক`, `কক্সবাজার, কলাতলী মোড়`, `Cox's Bazar, Sugandha Point`), not a name; and first words
 * of a part of an address after a writer's name (`বাসা ২৩`, `রোড নং ৫`, `House 12`, `Block B`), after
 * which the parts up to the known places are the address too.
 */
export const LANDMARK_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /সড়ক|রোড|লেন|মোড়|চত্বর|পয়েন্ট|বাসা|বাড়ি|road|street|point|beach|drive|house|block/,
]);

/**
 * Endings of words that are no one-word name, so that one unknown word before a place stays a place: Bengali place
 * names (`কালীগঞ্জ`, `শিবপুর`, `লালমনিরহাট`) and weekdays (`সোমবার`, `বৃহস্পতিবার`).
 */
export const NON_NAME_ENDINGS: readonly string[] = /* @__PURE__ */ patternWords([
  /গঞ্জ|পুর|হাট|ঘাট|নগর|বাজার|কান্দি|খালী|ছড়ি|ডাঙ্গা|বাড়ী|বাড়ি|গাঁও|বার|তলী|পাড়া|পুকুর|গাছা/,
]);
