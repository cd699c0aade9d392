/**
 * Vocabulary of site boilerplate: the lines a page prints around a story that are not the story (related links,
 * advertisements, share and follow buttons, promotions, contact addresses). Phrases are grouped by the role they play,
 * so a line is recognised by its form (an invitation to the reader plus a channel of the site), not by one site's
 * wording. Spellings are folded to the matching view when the patterns are built.
 *
 * Each list is written as pattern literals of words joined by `|`, one literal a line, and only their sources are read
 * (see `patternWords`): a bundle keeps a pattern's Bengali letters as they are, where it writes a string's as escapes
 * of six characters each. So a word holds no `/`, `\`, brackets, `?`, `+`, `*`, `.`, `(`, `)` or `|`.
 */
import { patternWords } from "../_lib/patternWords.ts";

/** Social networks, e-mail and Google News: a line of them alone is a share bar; with an invitation, a channel of the site. */
export const SOCIAL: readonly string[] = /* @__PURE__ */ patternWords([
  /facebook|twitter|whatsapp|telegram|email|ফেসবুক|টুইটার|হোয়াটসঅ্যাপ|টেলিগ্রাম|ইমেইল|গুগল নিউজ|google news|ইউটিউব|ইনস্টাগ্রাম|লিংকডইন|টিকটক|youtube|instagram|tiktok/,
]);

/**
 * Words that may follow a word of {@link BOILERPLATE_LINES}: `সর্বশেষ খবর`, `পরের সংবাদ`, `Next story`, `Latest news`,
 * `Image caption`, `ব্রেকিং নিউজ`, `Live TV`, `Leave a reply`, `Write a comment`, `Watch video`, `Video gallery`,
 * `Show more results`, `Latest stories`, `পরবর্তী ছবি`.
 */
export const NEWS_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /খবর|সংবাদ|নিউজ|আপডেটস|টিভি|tv|news|story|article|caption|description|content|post|update|updates|comment|reply|results|video|live|stories|gallery|গ্যালারি|কনটেন্ট|ছবি|photo/,
]);

/** Words of an address: channels of the site, and cues of contact details. */
export const ADDRESS_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /ইমেল|মেইল|ওয়েবসাইট|ঠিকানা/,
]);

/**
 * A line that is only one of these or of {@link SOCIAL} (ignoring punctuation), each perhaps followed by one of
 * {@link NEWS_WORDS}, is boilerplate: ad slots, share bars, tabs, footer links, placeholders.
 */
export const BOILERPLATE_LINES: readonly string[] = /* @__PURE__ */ patternWords([
  // ads, share and print buttons, placeholders, tabs, an embedded post's header (`View this post on Instagram`)
  /বিজ্ঞাপন|বিজ্ঞাপন দিন|স্পন্সরড|advertisement|advertisements|sponsored|ad|শেয়ার|কপি লিংক|লিংক কপি করুন|প্রিন্ট|print|share|বিস্তারিত আসছে|বিস্তারিত পরে আসছে|image|video|ভিডিওর ক্যাপশান|linkedin|tweet|messenger|মেসেঞ্জার|ই-মেইল|ফন্ট|ফন্ট সাইজ|মন্তব্য|ই-পেপার|লোড হচ্ছে|loading|comments|পরবর্তী|পূর্ববর্তী|পরের|আগের|next|এক্স|x|সাবস্ক্রাইব|হোম|home|ভিডিও|photo gallery|ফটো গ্যালারি|ফটো গ্যালারী|copy link|লিংক কপি|link copied|রিফ্রেশ|font size|text size|allow notifications|dark mode|ডার্ক মোড|a|অ|view this post on/,
  // footer links, live blogs, app badges, log-in and comment forms
  /privacy policy|cookie policy|cookies policy|গোপনীয়তা নীতি|শর্তাবলি|শর্তাবলী|আমাদের সম্পর্কে|about us|যোগাযোগ|contact us|advertise with us|terms & conditions|terms and conditions|terms of use|terms of service|install app|install the app|get the app|sitemap|careers|archives|show more|load more|live|লাইভ|লাইভ আপডেট|key events|pinned|refresh|get it on|google play|app store|previous|back to top|log in|login|sign in|লগইন|লগ ইন|রেজিস্টার|share via|নিউজলেটার|প্রিন্ট সংস্করণ|no comments yet|register|সাইন ইন|leave a|post a|write a|cancel|watch|পাঠকের মন্তব্য|মন্তব্য করুন|মন্তব্য লিখুন|আপনার নাম|আপনার ইমেইল|আপনার মন্তব্য|পাঠান|submit|your name|your email|আপনার মতামত দিন|comments box/,
  // audio players, save buttons, AMP and print views, mobile menus, paid stories' labels, a cookie notice's buttons
  /listen to this article|listen|মুদ্রণ|today's paper|শুনুন|খবরটি শুনুন|এই খবরটি শুনুন|সংবাদটি শুনুন|অডিও শুনুন|save|bookmark|সেভ করুন|সংরক্ষণ করুন|আরও ভিডিও|আরো ভিডিও|open in app|read in app|read in bangla|show comments|see more|অ্যাপে পড়ুন|close window|menu|মেনু|search|view non-amp version|মূল সংস্করণ দেখুন|promoted|paid|accept|accept all/,
  // scorecard links of a match report
  /scorecard|full scorecard|স্কোরকার্ড|পূর্ণ স্কোরকার্ড|স্কোরকার্ড দেখুন/,
]);

/**
 * Tabs of a site's lists of other stories and its ticker, boilerplate as {@link BOILERPLATE_LINES} are (`সর্বশেষ |
 * জনপ্রিয়`); one alone on a line, perhaps with a word of {@link NEWS_WORDS} (`সর্বশেষ খবর`, `ব্রেকিং নিউজ`), opens a list
 * of their headlines, as `আরও পড়ুন` does.
 */
export const LIST_TABS: readonly string[] = /* @__PURE__ */ patternWords([
  /সর্বাধিক পঠিত|সর্বশেষ|আলোচিত|জনপ্রিয়|পাঠকপ্রিয়|শীর্ষ|টপ|most read|most popular|মোস্ট রিড|most viewed|trending|ট্রেন্ডিং|মোস্ট পপুলার|সবচেয়ে বেশি পঠিত|latest|breaking|ব্রেকিং/,
]);

/** Units of a length that may close a line of {@link BOILERPLATE_LINES}: an audio player's (`খবরটি শুনুন ২ মিনিট`). */
export const LENGTH_UNITS: readonly string[] = /* @__PURE__ */ patternWords([/min|mins|মিনিট/]);

/**
 * Labels that open a list of links to other stories (`আরও পড়ুন:` and the short headline lines after it). A short line
 * that ends in one of {@link RELATED_LINK_TAILS} or of the first six here (`এই বিভাগের আরও খবর`) is a label too, so
 * such lines are not listed.
 */
export const RELATED_LINK_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /আরও পড়ুন|আরো পড়ুন|আরও পড়তে পারেন|আরো পড়তে পারেন|আরও খবর|আরো খবর|আরও পড়ুনঃ|আরও দেখুন|আরো দেখুন|সংশ্লিষ্ট খবর|সংশ্লিষ্ট সংবাদ|সম্পর্কিত খবর|সম্পর্কিত সংবাদ|আগামীকাল পড়ুন|skip|end of/,
  /এ বিষয়ে আরও পড়ুন/,
]);

/**
 * English labels of a list of links to other stories: like {@link RELATED_LINK_LABELS}, but only alone on a line or
 * before a colon (`Read more about the case …` is story).
 */
export const ENGLISH_RELATED_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /read more|more|more about|also read|related news|related articles|related stories|you may also like|you might also like|you may like|don't miss|recommended for you|more news|more stories|more from this section|read next|up next|top news|editor's pick|popular links|top stories|more on this topic/,
]);

/**
 * Navigation labels, and the imprint of a footer, that are boilerplate only when a `:` (or nothing) follows them:
 * `ট্যাগ: …`, `বিষয়:`, `সম্পাদক: …`, `প্রকাশক: …` (`সম্পাদক মতিউর রহমান বলেন, …` is story); an English word and `&`
 * or `and` may stand before them (`Published and printed by:`). The printer's imprint: `প্রকাশিত ও মুদ্রিত: …`.
 */
export const NAVIGATION_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /সম্পর্কিত বিষয়|সম্পর্কিত|প্রসঙ্গ|ট্যাগ|ট্যাগস|বিষয়|বিভাগ|সম্পাদক ও প্রকাশক|সম্পাদক|ভারপ্রাপ্ত সম্পাদক|নির্বাহী সম্পাদক|বার্তা সম্পাদক|প্রধান সম্পাদক|ব্যবস্থাপনা সম্পাদক|উপদেষ্টা সম্পাদক|যুগ্ম সম্পাদক|প্রকাশক|টপিক|টপিকস|editor|editor-in-chief|editor in chief|publisher|সংশ্লিষ্ট বিষয়|related|related topic|related topics|tags|topics|category|পাঠকের মতামত|পাঠকের মন্তব্য|প্রকাশক ও সম্পাদক|মুদ্রাকর ও প্রকাশক|প্রকাশিত ও মুদ্রিত|মুদ্রণ ও প্রকাশনা|printed by|চেম্বার|chamber/,
]);

/**
 * Words that close a label for more stories, besides the first six of {@link RELATED_LINK_LABELS} (`আরও খবর`, `আরো
 * পড়ুন` …): a line ending in one of them and `:` (`বিবিসি বাংলার অন্যান্য খবর:`), or a line of a few words ending in
 * one (`এ সম্পর্কিত আরও খবর`).
 */
export const RELATED_LINK_TAILS: readonly string[] = /* @__PURE__ */ patternWords([
  /অন্যান্য খবর|আরও সংবাদ|আরো সংবাদ|আরও নিউজ|আরো নিউজ/,
]);

/**
 * Invitations to the reader: a second-person imperative or offer. With a channel of the site (or on a short line)
 * they make a line boilerplate. Infinitives (`ফলো করতে`, `ডাউনলোড করতে`) are not listed: alone they make headlines
 * (`অ্যাপ ডাউনলোড করতে গিয়ে প্রতারণা`), and a real invitation has its imperative too (`… ফলো করতে ক্লিক করুন`).
 */
export const CALLS_TO_ACTION: readonly string[] = /* @__PURE__ */ patternWords([
  /ফলো করুন|সাবস্ক্রাইব করুন|শেয়ার করুন|ক্লিক করুন|ট্যাপ করুন|ডাউনলোড করুন|লাইক দিন|লাইক করুন|যুক্ত হোন|যুক্ত থাকুন|যোগ দিন|জয়েন করুন|চোখ রাখুন|সঙ্গে থাকুন|সাথে থাকুন|লিখতে পারেন|লেখা পাঠান|পাঠিয়ে দিন|পাঠিয়ে দিতে পারেন|মতামত লিখুন|মতামত জানান|মন্তব্য করুন|অনুসরণ করুন|প্রিন্ট করুন|শুধু টেক্সট পড়ুন|যোগাযোগ করুন|কল করুন|ইমেইল করুন|সাইন আপ করুন|লগইন করুন|মন্তব্য লিখুন|রিফ্রেশ করুন|অ্যাপ ব্যবহার করুন|ইমেইল দিন|enter your email|get the latest|get all the latest|straight to your inbox|follow|like us|join our|subscribe|click here|tap here|download|sign up|join us|share on|share this|print this|scroll to continue/,
]);

/**
 * Channels of a site, besides {@link SOCIAL} and {@link ADDRESS_WORDS}: where an invitation sends the reader. Matched
 * at a word start, so `চ্যানেল` finds `চ্যানেলে` too.
 */
export const SITE_CHANNELS: readonly string[] = /* @__PURE__ */ patternWords([
  /চ্যানেল|পেজ|পেইজ|অ্যাপ|পোর্টাল|সাইটে|এখানে|আমাদের|লেখা|টেক্সট|channel|page|app|newsletter|website/,
]);

/** Words that announce contact details (`যোগাযোগ: …@…`, `ফোন: ০২-…`), besides {@link ADDRESS_WORDS}. */
export const CONTACT_CUES: readonly string[] = /* @__PURE__ */ patternWords([
  /যোগাযোগ|ইমেইল|ফোন|বিজ্ঞাপন|contact|email|e-mail|web|phone|tel/,
]);

/**
 * Marks of a copyright line (`© ২০২৫ …`, `সর্বস্বত্ব সংরক্ষিত`, `Copyright 2025 …`, `Copyright: 2025 …`: the word and
 * the first digits of a year) or of a cookie notice of the site (`We use cookies …`, `This website uses cookies …`,
 * `আমরা কুকি ব্যবহার করি`, `এই ওয়েবসাইট কুকি ব্যবহার করে`), found anywhere in a line.
 */
export const COPYRIGHT_MARKS: readonly string[] = /* @__PURE__ */ (() =>
  patternWords([
    /©|স্বত্ব সংরক্ষিত|অনুমতি ছাড়া ব্যবহার বেআইনি|punishable by copyright|স্বত্বাধিকার সংরক্ষিত|all rights reserved|copyright 20|copyright: 20|কপিরাইট 20|we use cookies/,
    /site uses cookies|কুকি ব্যবহার করি|এই ওয়েবসাইট কুকি ব্যবহার করে|এই সাইট কুকি ব্যবহার করে/,
    // brackets have no place in a pattern's line
  ]).concat("copyright (c) 20"))();

/**
 * Verbs of reported speech (as stems): a line that ends a sentence (with a danda or a full stop) after one of them is
 * the story quoting someone (`… ডাউনলোড করতে পারবেন বলে জানিয়েছে প্রতিষ্ঠানটি।`, `… follow her on Instagram, local
 * media reported.`), not an invitation to the reader. `জানান` is left out: it is
 * also the imperative (`আপনার মতামত আমাদের জানান।`).
 */
export const REPORTED_SPEECH: readonly string[] = /* @__PURE__ */ patternWords([
  /বলে|বলছ|জানায়|জানিয়ে|লিখেছ|said|reported|told/,
]);

/**
 * Headers of a site's poll box (`অনলাইন জরিপ`, `আজকের প্রশ্ন`, `Online poll`): alone on a line, each opens the poll's
 * question, answers, buttons and counts on the lines under it.
 */
export const POLL_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /অনলাইন জরিপ|পাঠক জরিপ|আজকের জরিপ|আজকের প্রশ্ন|online poll|poll|জরিপ/,
]);

/** Page furniture that opens a line, after a number of minutes if any: reading time, counters and similar widgets. */
export const WIDGET_LABELS: readonly string[] = /* @__PURE__ */ patternWords([
  /পড়ার সময়|পড়তে সময় লাগবে|reading time|min read|মিনিটে পড়ুন/,
]);

/**
 * Names of a site's sections: a line of one to three of them alone above the headline (`জাতীয়`, `খেলা / বিনোদন`,
 * `National`), perhaps with places after them (`হোম / সারাদেশ / রাজশাহী`), is the page's breadcrumb, not the headline;
 * so are two of them joined by `ও` or `and` (`বিজ্ঞান ও প্রযুক্তি`). `হোম` and `Home` open a trail as a section does.
 */
export const SECTION_NAMES: readonly string[] = /* @__PURE__ */ patternWords([
  /জাতীয়|খেলা|বিনোদন|আন্তর্জাতিক|সারাদেশ|অর্থনীতি|মতামত|রাজনীতি|শিক্ষা|বিশ্ব|বাণিজ্য|প্রবাস|লাইফস্টাইল|ক্রিকেট|national|sports|opinion|world|business|tech|entertainment|lifestyle|হোম|home|economy|metro|city|editorial|interview|সাক্ষাৎকার|সম্পাদকীয়|উপসম্পাদকীয়|রাজ্য|প্রথম পাতা|শেষ পাতা|স্বাস্থ্য|ফিচার/,
  /science|politics|technology|health|education|environment|প্রযুক্তি|বিজ্ঞান|পরিবেশ|কৃষি|আইন-আদালত|চাকরি|ধর্ম|শিল্প-সাহিত্য|শিল্প ও সাহিত্য|ক্যাম্পাস/,
  /weather|football|bangladesh|আবহাওয়া|ফুটবল|শেয়ারবাজার|শোক সংবাদ|রাশিফল|ফ্যাক্টচেক|রেসিপি|বই|মৃত্যুবার্ষিকী|সংবাদ বিজ্ঞপ্তি|press release|obituary|career|ভ্রমণ|travel|চিঠিপত্র/,
  /অপরাধ|columns|amp|দেশ|বিদেশ|ফটো স্টোরি|photo story|photo stories|কলাম|ছবিঘর|nation|feature|cricket|রবিবাসরীয়|রোববার/,
  /fact check|ইসলাম|ইসলাম ও জীবন|ধর্ম ও জীবন|নির্বাচন|election|elections|বলিউড|হলিউড|শিশু-কিশোর|নারী|সাহিত্য|আদালত|সংসদ|ত্রিপুরা|উত্তর-পূর্ব|বরাক উপত্যকা|ব্যাখ্যা|explainer|stock|stocks|পডকাস্ট|podcast/,
  /op-ed|international|বাংলাদেশ|ছবি|প্রশ্নোত্তর|কর্পোরেট|করপোরেট|কর্পোরেট সংবাদ|corporate|অর্থ-বাণিজ্য|অর্থ ও বাণিজ্য|শিল্প ও বাণিজ্য|ব্যাংক-বিমা|রাজধানী|মহানগর|নগর|জীবনযাপন|জীবনধারা|তারুণ্য|চাকরির খবর|দূর পরবাস|মুক্তমত|খোলা কলম|গণমাধ্যম|বাজেট|পর্যটন|অফবিট|ভাইরাল|ফ্যাশন|বিশ্লেষণ|বিশেষ প্রতিবেদন|analysis|sci-tech|জেলার খবর|তথ্যপ্রযুক্তি|শিল্পাঙ্গন|books|বই আলোচনা|শোক|obituaries/,
  /india|asia|south asia|europe|americas|middle east|africa|ভারত|এশিয়া|ইউরোপ|মধ্যপ্রাচ্য|আফ্রিকা|উপমহাদেশ|টেনিস|অন্যান্য|হকি|tennis|others|জেলা|দেশজুড়ে|মফস্বল|english|voices|শেষের পাতা|ভেতরের পাতা|পেছনের পাতা|খেলাধুলা|প্রেস বিজ্ঞপ্তি|প্রেস রিলিজ|sport|videos|in pictures|thoughts|front page|country|cities|court|jobs|বাজার|ফ্যাক্ট চেক|দুর্যোগ|ধারাবাহিক|investigation|at a glance|letters|letters to the editor|পাঠকের কথা|পাঠকের চিঠি|wildlife|climate|জলবায়ু|diaspora|প্রবাস জীবন|প্রচ্ছদ|ছবিতে খবর|ফটো ফিচার|exam results|news|trade|print edition|long read|উত্তরবঙ্গ|শহর|culture|সংস্কৃতি|arts/,
  /গ্রাম-গঞ্জ|গ্রামগঞ্জ|youth|star youth|survey|multimedia|star multimedia|perspective|viewpoint/,
]);

/**
 * Labels of a book's details under a review (`মূল্য: ৪৫০ টাকা`, `প্রচ্ছদ: …`, `Price: Tk 450`): beside one of them, a
 * labelled line (`প্রকাশক: প্রথমা প্রকাশন`) is the book's, not the site's imprint.
 */
export const BOOK_DETAIL_LABELS: readonly string[] = /* @__PURE__ */ patternWords([/মূল্য|দাম|প্রচ্ছদ|পৃষ্ঠা|isbn|price|pages/]);
