import { WORD_END } from "../_lib/alternation.ts";
import { words as alternation, searchAtWordStart } from "./words.ts";
import {
  ADDRESS_WORDS,
  BOILERPLATE_LINES,
  BOOK_DETAIL_LABELS,
  CALLS_TO_ACTION,
  CONTACT_CUES,
  COPYRIGHT_MARKS,
  ENGLISH_RELATED_LABELS,
  LENGTH_UNITS,
  LIST_TABS,
  NAVIGATION_LABELS,
  NEWS_WORDS,
  POLL_LABELS,
  RELATED_LINK_LABELS,
  RELATED_LINK_TAILS,
  REPORTED_SPEECH,
  SECTION_NAMES,
  SITE_CHANNELS,
  SOCIAL,
  WIDGET_LABELS,
} from "../data/boilerplate.ts";
import { wordCount } from "./lines.ts";

/** Punctuation, symbols, spaces and digits around a label or a word of the site (a count: `০ মন্তব্য`, `১২ শেয়ার`). */
const EDGE = "[\\p{P}\\p{S}\\d ]{0,8}";
/**
 * A gallery counter (`১/৫`), after a picture's label if any (`ছবি ১/১২`, `ছবি: ১/৬`, `Photo 1 of 8`, `ছবি ১ এর ১২`), or a
 * count of comments with a spaced `টি` (`০ টি মন্তব্য`; `২৫টি মন্তব্য` may be a phrase).
 */
const COUNTER = /^(?:(?:ছবি|photo) ?:? )?\d{1,3}(?: ?\/ ?\d{1,3}| (?:of|এর) \d{1,3}| টি মন্তব্য)$/u;
/**
 * A count of views, reads or shares alone on a line (`১২ হাজার বার দেখা হয়েছে`, `পঠিত: ১,২৫০`, `3.4K views`, `2.3K
 * shares`, `এই সংবাদটি পড়েছেন ১২৩৪ জন`, `সংবাদটি ৫২৩ বার পঠিত হয়েছে`): a short number, perhaps in thousands or
 * lakhs, with its word before or after it (a bare number may be a figure), the story named before it or not.
 */
const VIEW_COUNT =
  /^(?:(?:এই )?(?:সংবাদ|খবর|লেখা)টি )?(?:(?:পঠিত|views) ?:? \d[\d,.]{0,9}(?: ?(?:হাজার|লাখ|k))?|\d[\d,.]{0,9}(?: ?(?:হাজার|লাখ|k))? (?:বার (?:দেখা|প\u09a1\u09bcা|পঠিত) হ\u09af\u09bcেছে|views|reads|shares)|প\u09a1\u09bcেছেন \d[\d,.]{0,9}(?: ?(?:হাজার|লাখ))? জন)$/u;
/**
 * A post embedded in the story, signed with its account's handle: a tweet's signature (`— NAME (@handle) July 13,
 * 2025`) or an Instagram post's (`A post shared by NAME (@handle)`).
 */
const EMBED_SIGNATURE = /^(?:[—-] |a post shared by )[^@]{0,80}\(@[\w.]+\)/u;
/** The words before an English invitation's verb that make it no invitation: `to` of an infinitive, `must`, `should`. */
const NOT_INVITING = /\b(?:to|must|should) $/;
/** A telephone number: six digits in a row (the matching view has ASCII digits). */
const PHONE = /\d{6}/;
/** A label's colon (`ফোন: …`, `E-mail: …`), not the one of a web address's scheme. */
const LABEL = /[:ঃ](?!\/)/;
/**
 * A line of telephone numbers alone (`+৮৮০২-৯৫৫৩৬৩৩`, `০১৭১১-৫৪৩২১০, ০২-৮৮৭০১২৩`): digits and the signs between them;
 * with {@link PHONE} and a sign or space among the digits, a footer's telephones with no word before them (a bare
 * number, `১২৫০০০০`, may be a figure).
 */
const PHONE_LINE = /^[\d()+ ,/-]{7,60}$/;
/**
 * A footer's credit to the site's makers (`Developed by: …`, `Design & Developed by …`, `Powered by …`), or a sponsor's
 * line (`Sponsored by …`): a line with no comma or danda (a short one after `Powered by`).
 */
const DEVELOPER = /^(?:(?:design\S* \S+ |site )?develop|power|sponsor)ed by:? [^,।]+$/;
/**
 * A sponsor's line in Bengali: a page's, a section's or an event's sponsor after `সৌজন্যে`, `পৃষ্ঠপোষক` or
 * `পৃষ্ঠপোষকতায়` (`শিক্ষা পাতার সৌজন্যে: …`, `এই বিভাগের পৃষ্ঠপোষক: …`), or after `পৃষ্ঠপোষক` with a word or none
 * before it, with no comma or danda. `সৌজন্যে: …` alone may be a photo's credit.
 */
const SPONSOR = /^(?:\S+ )?(?:(?:পাতা|বিভাগে|আ\u09af\u09bcোজনে)র (?:সৌজন্যে|পৃষ্ঠপোষক)|পৃষ্ঠপোষক)(?:তা\u09af\u09bc)? ?[:ঃ] [^,।]+$/u;
/**
 * A syndicated story's notice (`(This story has not been edited by NDTV staff and is auto-generated from a syndicated
 * feed.)`, `This article has been published from a wire agency feed without modifications to the text.`).
 */
const FEED = /(?:syndicated|agency)(?: news)? feed\b/;
/**
 * A printer's imprint with no colon: `Printed and published by …`, or `Published by … on behalf of …`, at a line's or a
 * sentence's start; or ({@link BENGALI_IMPRINT}) a line naming
 * by whom (`কর্তৃক`) it was printed that closes with the verb after a place or another verb (`… থেকে প্রকাশিত ও
 * মুদ্রিত।`, `… থেকে মুদ্রিত`, `… ভবন থেকে প্রকাশিত`): `… কর্তৃক প্রকাশিত।` and `… মুদ্রিত হয়েছে।` are story.
 */
const IMPRINT = /(?:^|\. )(?:printed|published) (?:(?:and|&) \w+ by|by [^,]{1,60} on behalf of)/u;
/** The Bengali imprint of {@link IMPRINT}, a pattern of its own: the ReDoS checker finds the two together polynomial. */
const BENGALI_IMPRINT = /কর্তৃক (?:(?!কর্তৃক ).){0,160}(?:ও|থেকে) (?:মুদ্রিত|প্রকাশিত)\W?$/u;
/**
 * An e-mail address, a hidden one (`[email protected]`), a web address, a domain, or a postal address closing with
 * its city and postcode (`…, ঢাকা-১২১৫`, `…, Dhaka 1000`; `…, June 2026` has a year). The postcode is read first, at
 * the line's end, and the comma and city looked back for from it: tried at every comma, the city's letters cost more.
 */
const ADDRESS =
  /[\w.+-]@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}|\[email ?protected\]|https?:\/\/|www\.|\.(?:com|net|org|info|news|tv|bd|in)(?![a-z])|\.কম|[- ](?!19|20)\d{4}$(?<=, ?[\p{L}\p{M}]+.{5})/u;

/**
 * An opinion page's disclaimer, at a line's start after a bracket or star if any: a label (`Disclaimer: …`), views or
 * opinions said within seven words to be personal or the author's or writer's (`Views expressed in this article are
 * the author's own.`, `The views expressed are the writer's own …`, `Views are personal.`), the piece said to reflect
 * them (`This article reflects the personal views of the author.`), or, after at most three words, the views said to
 * be the writer's (`(মতামত লেখকের নিজস্ব)`, `এই লেখার মতামত লেখকের নিজস্ব, প্রতিষ্ঠানের নয়।`, `ডিসক্লেইমার: এই লেখার
 * মতামত লেখকের ব্যক্তিগত।`, `লেখার মতামত একান্তই লেখকের ব্যক্তিগত।`, `লেখাটি লেখকের নিজস্ব মতামত।`). A story's sentence about somebody's own views opens otherwise (`The publisher
 * said the views …`), and one that quotes somebody is read as story before this is tried.
 */
export const DISCLAIMER: RegExp =
  /^\W?(?:disclaimer:|(?:(?:the )?(?:views|opinions) (?:\w+ ){0,6}|this \w+ reflects the )(?:personal|author|writer)|(?:\S+ ){0,3}(?:মতামত (?:\S+ )?লেখকের|লেখকের নিজস্ব মতামত))/;

// The patterns built from the vocabulary, compiled once on first use (`compilePatterns`), so an unused import
// costs nothing; module variables rather than fields of one object, so that their names minify.
let wholeLinePattern: RegExp;
let relatedLabelPattern: RegExp;
/** A tab of a list of stories alone on its line (`সর্বশেষ`, `Most read`): it opens a list of their headlines. */
let tabAlonePattern: RegExp;
/** A related-links or navigation label alone on its line: it opens a list of links or tags. */
let labelAlonePattern: RegExp;
let navigationLabelPattern: RegExp;
let relatedTailPattern: RegExp;
let callToActionPattern: RegExp;
let channelPattern: RegExp;
let contactPattern: RegExp;
let widgetPattern: RegExp;
let copyrightPattern: RegExp;
/** A poll's header alone on its line: it opens the poll's lines. */
let pollLabelPattern: RegExp;
let speechStemPattern: RegExp;
let compiled = false;

/** Compiles the patterns once. */
function compilePatterns(): void {
  if (compiled) return;
  // one to six of them: a share bar (`ফেসবুক টুইটার হোয়াটসঅ্যাপ`), a row of tabs (`সর্বশেষ | জনপ্রিয়`), with counts
  // and a length (`Listen to this article 3 min`)
  wholeLinePattern = new RegExp(
    `^${EDGE}(?:${alternation([...BOILERPLATE_LINES, ...LIST_TABS, ...SOCIAL])}(?: ${alternation(NEWS_WORDS)})?${EDGE}){1,6}(?:${alternation(LENGTH_UNITS)}${EDGE})?$`,
    "u",
  );
  // an English label only alone, before a colon or before `from` and one to four words (`Read more from Sports`):
  // `Read more about the case …` is story
  relatedLabelPattern = new RegExp(
    `^${EDGE}(?:${alternation(RELATED_LINK_LABELS)}${WORD_END}|${alternation(ENGLISH_RELATED_LABELS)}(?: ?:|${EDGE}$| from(?: [\\p{L}\\p{M}'-]+){1,4}$))`,
    "u",
  );
  tabAlonePattern = new RegExp(`^${EDGE}${alternation(LIST_TABS)}(?: ${alternation(NEWS_WORDS)})?${EDGE}$`, "u");
  labelAlonePattern = new RegExp(
    `^${EDGE}${alternation([...RELATED_LINK_LABELS, ...ENGLISH_RELATED_LABELS, ...NAVIGATION_LABELS])} ?[:ঃ]?${EDGE}$`,
    "u",
  );
  navigationLabelPattern = new RegExp(`^${EDGE}(?:[a-z-]{4,} (?:&|and)? ?)?${alternation(NAVIGATION_LABELS)} ?(?:[:ঃ|]|$)`, "u");
  relatedTailPattern = new RegExp(`${alternation([...RELATED_LINK_TAILS, ...RELATED_LINK_LABELS.slice(0, 6)])}( ?[:ঃ])?${EDGE}$`, "u");
  // `Follow-up talks …` is no invitation
  // the invitations in Latin letters, then the others: grouped by script, their first letters let the search skip ahead
  const invitations = (latin: boolean): string => alternation(CALLS_TO_ACTION.filter((phrase) => phrase < "\u0080" === latin));
  callToActionPattern = new RegExp(`(?:${invitations(true)}|${invitations(false)})${WORD_END}(?!-)`, "gu");
  channelPattern = new RegExp(alternation([...SITE_CHANNELS, ...SOCIAL, ...ADDRESS_WORDS]), "gu");
  contactPattern = new RegExp(alternation([...CONTACT_CUES, ...ADDRESS_WORDS]), "gu");
  widgetPattern = new RegExp(`^${EDGE}(?:\\d{1,2} ?(?:${alternation(LENGTH_UNITS)} )?)?${alternation(WIDGET_LABELS)}`, "u");
  // `… স্বত্ব সংরক্ষিত রাখতে …`, `… সংরক্ষিত থাকবে`: a sentence about rights, not a copyright line; `… কুকি ব্যবহার করে
  // কি না`: a question about cookies
  copyrightPattern = new RegExp(`${alternation(COPYRIGHT_MARKS)}(?! (?:রাখ|থাক|কি))`, "u");
  speechStemPattern = new RegExp(alternation(REPORTED_SPEECH), "gu");
  pollLabelPattern = new RegExp(`^${EDGE}${alternation(POLL_LABELS)} ?[:ঃ]?${EDGE}$`, "u");
  compiled = true;
}

/**
 * What a boilerplate line is. `related` labels open a list of links whose short lines follow; `poll-label` opens a
 * poll box (its question, answers and counts, up to a blank line); `address` is a short line with an address and
 * nothing else that marks it (a byline may carry its outlet's domain).
 */
export type BoilerplateKind = "line" | "related" | "related-label" | "poll-label" | "address";

/** Lines longer than this are paragraphs: in the middle of a story only their opening is checked. */
const PARAGRAPH_LENGTH = 320;

/**
 * Classifies one line of the matching view as site boilerplate.
 *
 * @param view - a trimmed line of the matching view
 * @param whole - read a long line whole (near the end of a page, where footers stand); else a long line is a
 *   paragraph and only its opening is checked
 * @returns the kind of boilerplate, or `null` when the line is not boilerplate
 */
export function boilerplateKind(view: string, whole = true): BoilerplateKind | null {
  compilePatterns();
  if (view.length <= 60) {
    if (wholeLinePattern.test(view)) return tabAlonePattern.test(view) ? "related-label" : "line";
    if (pollLabelPattern.test(view)) return "poll-label";
  }
  // a sentence quoting someone (`… বলে জানান তিনি।`) is story, whatever invitation or label it holds
  if (relatedLabelPattern.test(view) && !isReportedSpeech(view)) {
    return labelAlonePattern.test(view) ? "related-label" : "related";
  }
  // `সম্পর্কিত বিষয়:` alone opens a list of tags on the lines after it
  if (navigationLabelPattern.test(view)) return labelAlonePattern.test(view) ? "related-label" : "line";
  // (a counter or a line of telephone numbers is never longer than 60 units)
  if ((view.length <= 60 && (COUNTER.test(view) || VIEW_COUNT.test(view) || (PHONE_LINE.test(view) && PHONE.test(view) && /\D/.test(view)))) || DEVELOPER.test(view) || EMBED_SIGNATURE.test(view) || SPONSOR.test(view) || FEED.test(view)) {
    return "line";
  }
  if (!whole && view.length > PARAGRAPH_LENGTH) return null;
  const words = wordCount(view);
  // a reading time is a few words (`১ মিনিট পড়ার সময়`); a headline may open like one
  if (words <= 6 && widgetPattern.test(view)) return "line";
  if (words <= 10) {
    const tail = relatedTailPattern.exec(view);
    if (tail !== null && (tail[1] !== undefined || words <= 5)) return "related-label";
  }
  if (isReportedSpeech(view)) return null;
  if ((words <= 16 && copyrightPattern.test(view)) || IMPRINT.test(view) || BENGALI_IMPRINT.test(view) || DISCLAIMER.test(view)) return "line";
  const at = searchAtWordStart(callToActionPattern, view);
  const address = ADDRESS.test(view);
  // an English infinitive (`He asked readers to follow the rules.`), or a verb after `must` or `should` (`Promotions
  // must follow merit.`), invites nobody unless it names a channel; a line closing with the invitation may run to 16
  // words (`… দেশ বিদেশের সব খবর জানতে চোখ রাখুন`)
  if (at >= 0 && (((words <= 10 || (words <= 16 && callToActionPattern.lastIndex === view.length)) && !NOT_INVITING.test(view.slice(0, at))) || address || searchAtWordStart(channelPattern, view) >= 0)) {
    return "line";
  }
  // a sentence with no label of contact details in it tells where to find something (`… admission.du.ac.bd ওয়েবসাইটে
  // পাওয়া যাবে।`, `উত্তর: অনলাইনে epassport.gov.bd ওয়েবসাইটে আবেদন করতে হয়।`)
  if (view.endsWith("।")) {
    const colon = view.search(LABEL);
    if (colon < 0 || searchAtWordStart(contactPattern, view.slice(0, colon)) < 0) return null;
  }
  // contact words count with an address, or on a short line with a telephone number
  if ((address || (words <= 10 && PHONE.test(view))) && searchAtWordStart(contactPattern, view) >= 0) return "line";
  if (address && words <= 8) return "address";
  return null;
}

/**
 * Whether a line of the matching view closes with reported speech: a stem, then a clause of at most 60 units with no
 * danda, the full stop and a quote if any. The clause is measured here, not by a pattern: a pattern that tried every
 * length of it after every stem would backtrack.
 */
function isReportedSpeech(view: string): boolean {
  // the closing stop is the last unit, or the one before a closing quote
  const stop = view.length - ("'\")".includes(view.at(-1) ?? "।") ? 2 : 1);
  if (!"।.".includes(view[stop] ?? "'")) return false;
  // a stem that ends within reach of the stop, with no danda between
  speechStemPattern.lastIndex = Math.max(stop - 70, 0);
  for (let found; (found = speechStemPattern.exec(view)) !== null && found.index < stop; ) {
    const end = speechStemPattern.lastIndex;
    const danda = view.indexOf("।", end);
    if (end >= stop - 60 && (danda < 0 || danda >= stop)) return true;
  }
  return false;
}

/**
 * Whether a line of the matching view holds a copyright mark (`© 2026 Bangla Patrika`, `সর্বস্বত্ব সংরক্ষিত`).
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a copyright line
 */
export function isCopyrightLine(view: string): boolean {
  compilePatterns();
  return copyrightPattern.test(view);
}

let bookDetailPattern: RegExp | undefined;

/**
 * Whether a line of the matching view is a detail of a book under its review (`মূল্য: ৪৫০ টাকা`, `প্রচ্ছদ: মাসুক
 * হেলাল`, `ISBN: …`): a label of {@link BOOK_DETAIL_LABELS} and its colon.
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a book's detail
 */
export function isBookDetail(view: string): boolean {
  bookDetailPattern ??= new RegExp(`^${alternation(BOOK_DETAIL_LABELS)} ?[:ঃ]`, "u");
  return bookDetailPattern.test(view);
}

let sectionPattern: RegExp | undefined;

/**
 * Whether a line of the matching view is only the names of a site's sections (`জাতীয়`, `হোম > খেলা`): a breadcrumb.
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a breadcrumb
 */
export function isSectionLine(view: string): boolean {
  // two sections joined by `ও` or `and` are one (`শিক্ষা ও ক্যাম্পাস`, `Science and Technology`); one or two crumbs
  // of one or two words after a slash or an arrow may be places (`হোম / সারাদেশ / রাজশাহী`, `Home »
  // Bangladesh » Dhaka`, `হোম > সারাদেশ > চট্টগ্রাম বিভাগ`)
  sectionPattern ??= new RegExp(`^${EDGE}(?:${alternation(SECTION_NAMES)}${EDGE}(?:(?:ও|and) )?){1,3}(?:(?<=[/»>›|] ?)[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?${EDGE}){0,2}$`, "u");
  return sectionPattern.test(view);
}

/**
 * A postal address with no postcode that names a house and its road, each with its number (`বাড়ি ১২, সড়ক ৫, ধানমন্ডি,
 * ঢাকা`, `House 12/A, Block C, Road 5, Banani`), after a label if any: a count of houses and roads (`বাড়ি ৫টি, সড়ক ২টি,
 * …`) has a unit after its number.
 */
export const HOUSE_AND_ROAD: RegExp =
  /(?:^|[:ঃ] )(?:বাড়ি|প্লট|house|plot)[^,\d]{0,8}\d[\d/a-zঅ-হ-]{0,4}, ?(?:[^,]{2,30}, ?)?(?:সড়ক|রোড|road)[^,\d]{0,8}\d[\d/a-zঅ-হ-]{0,4},/u;
