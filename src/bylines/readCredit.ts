/**
 * Reads the credit part of a caption (marker included): its flags, its sources and its kind.
 */
import { alternation, foldKey, WORD_END as E, WORD_START as B } from "../_lib/alternation.ts";
import { lazy } from "../_lib/lazy.ts";
import {
  CAPTION_PLACEHOLDERS,
  COLLECTED_WORDS,
  COMPANY_ENDING,
  PICTURE_KIND_WORDS,
  COURTESY_WORDS,
  HANDOUT_WORDS,
  JOINED_ORGANISATION_ENDINGS,
  MEDIUM_LABELS,
  ORGANISATION_ENDINGS,
  OUTLET_NAME_ENDINGS,
  PHOTO_DEPARTMENT_WORDS,
  PHOTO_POSITION_WORDS,
  REPORTER_ENDINGS,
  SCREENSHOT_WORDS,
  SOCIAL_PLATFORMS,
  TAKEN_FROM_WORDS,
  TWO_WORD_PLACE,
  HANDOUT_AFTER_NAME,
  VIDEO_WORDS,
} from "../data/creditVocabulary.ts";
import { PLACES_OF_WORDS } from "../data/places.ts";
import { LETTER_NAMES } from "../data/signOffs.ts";
import type { NormalizedText } from "../text/normalize.ts";
import { lookupAgency, lookupAgencyAtStart, shortOutlet, type AgencyHit } from "./agencyLookup.ts";
import { cleanValue } from "./clean.ts";
import type { Credit, CreditMedium } from "./types.ts";


/** Flags and labels of a credit, removed before its sources are read. */
const FILE_RE = /[/,(]? ?(?:ফাইল|আর্কাইভ) (?:ছবি|চিত্র|ফটো) ?\)?| ?file (?:photo|picture|image)|[/,:ঃ (] ?(?:ফাইল|file|(?:আর্কাইভ|archive)\)?$)(?![\p{L}\p{M}\p{Nd}])/gu;
// (an English one alone too: "Photo: Representational")
const SYMBOLIC_RE = /প্রতী?কী(?: ছবি| চিত্র)?|প্রতিকী(?: ছবি)?|symbolic (?:photo|image)|representational(?: photo| image)?/gu;
const OWN_RE = /নিজস্ব(?: চিত্র| ছবি|$)/u;
// the matchers built from vocabularies are built on the first credit read, not at import
const AI_RE = lazy(() => new RegExp(`${B}${/(?:(?:generated|created) with )?(?:এআই(?:য়ের|-এর)?|ai|কৃত্রিম বুদ্ধিমত্তার?|চ্যাটজিপিটি|chatgpt)/.source}${E}${/(?:[ -](?:\S+ )?(?:তৈরি(?: করা)?|করা|নির্মিত|প্রণীত|generated))?/.source}`, "gu"));
/**
 * A credit's label: the labels other than a medium's or a picture's kind (`স্যাটেলাইট ছবি`, `Satellite image`) are
 * written as a pattern literal and used by its source (the bundle keeps a pattern's letters as they are, where it
 * writes a string's Bengali letters as escapes of six characters each).
 */
const LABEL_RE = lazy(() => new RegExp(
  `^(?:${/ছবির উৎস|ছবির কপিরাইট|ছবি ও (?:প্রতিবেদন|লেখা|ভিডিও)|লেখা ও ছবি|ছবিটি (?:তোলেন|তুলেছেন|তুলেছিলেন)|ছবি ক্যামেরাবন্দি করেন|আলোকচিত্রটি গ্রহণ করেছেন|আলোকচিত্র|ছবি|চিত্র|ফটো|photo(?:graph)?s?|picture|image|credit|ভিডিও(?= ?[:ঃ])|handout(?: photo)? from(?: the)?|/u.source}${alternation([...MEDIUM_LABELS.flat(), ...PICTURE_KIND_WORDS])})(?:${E}|(?=ঃ))`,
  "u",
));
const MEDIA: ReadonlyMap<string, CreditMedium> = /* @__PURE__ */ (() => new Map(
  MEDIUM_LABELS.flatMap((line) => line.map((word) => [foldKey(word), line[0] as CreditMedium] as const)),
))();
const COLLECTED_RE = lazy(() => new RegExp(`${B}${alternation(COLLECTED_WORDS)}${E}`, "u"));
const COURTESY_RE = lazy(() => new RegExp(`${B}${alternation(COURTESY_WORDS)}${E}`, "u"));
/**
 * "taken from", or `থেকে` alone at the end of a credit: `ফেসবুক থেকে নেওয়া`, `ফেসবুক থেকে`, `Collected from Facebook`,
 * `Screenshot from Xinhua video`.
 */
const TAKEN_RE = lazy(() => new RegExp(`${B}${/থেকে/.source}(?: ${alternation(TAKEN_FROM_WORDS)}${E}|$)|^(?:collected|sourced|taken|screen ?(?:shot|grab)) from `, "u"));
/** Footage closing a credit, or a grab from video: a still taken from it (`ছবি: সিসিটিভি ফুটেজ`, `Photo: Video grab`). */
const FOOTAGE_END = /(?:ফুটেজ|footage|video grab|ভিডিও গ্র্যাব)$/u;
const SCREENSHOT_RE = lazy(() => new RegExp(`${B}${alternation(SCREENSHOT_WORDS)}${E}`, "u"));
// (`টিভি` also ends a channel's initials: `বিটিভি`)
const VIDEO_RE = lazy(() => new RegExp(`${B}${alternation(VIDEO_WORDS)}|${/টিভি|tv/.source}`, "u"));
// (a Latin spelling is a whole word: `x`, not the start of `Xinhua`)
const PLATFORM_RE = lazy(() => new RegExp(`${B}${alternation(SOCIAL_PLATFORMS.flat())}(?![a-z])`, "u"));
const PLATFORMS = /* @__PURE__ */ (() =>
  new Map(SOCIAL_PLATFORMS.flatMap((line) => line.map((word) => [foldKey(word), line[0]]))))();
const URL_RE = /^(?:https?:\/\/)?(?:www\.)?([a-z]{1,20})\.com/;
/** Placeholders of a page template, folded. */
export const PLACEHOLDERS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(CAPTION_PLACEHOLDERS.map(foldKey)))();
const PHOTO_DEPARTMENTS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(PHOTO_DEPARTMENT_WORDS.map(foldKey)))();
/**
 * A collected photo's words and a picture's kind, folded: no source of their own (`সংগৃহীত/ইন্টারনেট`, `স্যাটেলাইট
 * ছবি/ম্যাক্সার টেকনোলজিস`).
 */
const COLLECTED_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...COLLECTED_WORDS, ...PICTURE_KIND_WORDS].map(foldKey)))();
/** A handle with no `@`, in one word of joined capitals: `ElonMusk`. */
const HANDLE_RE = /[a-z][A-Z]/;
/** The second half of an organisation whose name joins two with `ও`: `… ও সিভিল ডিফেন্স`. */
const JOINED_ORGANISATION_RE = lazy(() => new RegExp(`(?:${alternation(JOINED_ORGANISATION_ENDINGS)})$`, "u"));
/**
 * Handouts and organisations, by their last words (`ডিবি পুলিশ`, `ফায়ার সার্ভিস`, `প্রেস উইং`), or an English one by its
 * first (`Ministry of Foreign Affairs`, `Department of Archaeology`). Read backwards from the end, so the words are tried
 * at one place rather than at every letter.
 */
const HANDOUT_RE = lazy(() => new RegExp(`$(?<=${alternation([...HANDOUT_WORDS, ...ORGANISATION_ENDINGS, ...JOINED_ORGANISATION_ENDINGS])})|^(?:ministry|department|bank) of `, "u"));
/** A handout's word alone. */
const HANDOUT_WORD = /^(?:handout|হ্যান্ডআউট)$/u;
/** One word of Latin letter names (`বিসিবি`, `আইসিসি`): an organisation's initials, not a person. */
const INITIALISM_RE = lazy(() => new RegExp(`^${alternation(LETTER_NAMES)}{2,7}$`, "u"));
/** A source's label and its colon: `সূত্র:`, `তথ্যসূত্র:`, `উৎস:`, `Source:`. */
const SOURCE_LABEL_RE = /(?:(?:তথ্য)?সূত্র|উৎস|source) ?[:ঃ] ?/uy;
/**
 * The outlet's own reporter: `প্রতিনিধি`, `কুড়িগ্রাম প্রতিনিধি`, `প্রতিবেদকের তোলা` (taken by the reporter), the
 * writer's own photo: `লেখকের তোলা`, and its own photographer: `নিজস্ব আলোকচিত্রী`, `স্টাফ ফটোগ্রাফার`, `Staff Photographer`.
 */
const REPORTER_RE = lazy(() =>
  new RegExp(
    `^(?:[^ ,]{1,20} ){0,2}(?:${alternation(REPORTER_ENDINGS)}${/(?:ে?র তোলা)?|লেখকের তোলা|(?:নিজস্ব|স্টাফ|staff) (?:আলোকচিত্রী|ফটোগ্রাফার|photographer)/.source})$`,
    "u",
  ));

/**
 * A photo word or a photographer's title after an agency, or an edition's word after an outlet: `AP Photo`, `এপি ফটো`,
 * `রয়টার্সের আলোকচিত্রী`, `এই সময় ডিজিটাল`, `Star Online`.
 */
const PHOTO_SUFFIX_RE = / (?:photo|ফটো|আলোকচিত্রী|ফটোগ্রাফার|photographer|ডিজিটাল|অনলাইন|online)$/u;
/** Positions in a photo, in English. */
const PHOTO_POSITIONS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(PHOTO_POSITION_WORDS))();
/**
 * One word in the locative, or one before `থেকে`, in brackets: a position in a photo in Bengali (`বাঁয়ে`, `ওপরে`, `নিচে`,
 * `মাঝে`, `বাঁ থেকে`).
 */
const LOCATIVE_WORD_RE = /^[^ ]+(?:ে| থেকে)$/u;
/** "… পেজ থেকে" after a platform: `ফেসবুক পেজ থেকে`. */
const PAGE_FROM_RE = /(?: পেজ| হ্যান্ডেল| অ্যাকাউন্ট)?(?: থেকে)?$/u;
/** A Latin letter: a name in English keeps its last word (`Malcolm X` is no post on X). */
const LATIN_LETTER_RE = /[a-z]/;
/** One word in Latin letters: initials (`BCB`) or a brand (`Tesla`, `Meta`); English credits name photographers in full. */
const LATIN_WORD_RE = /^[A-Za-z]+$/;
/** How a photo was taken, not who took it: `ড্রোন থেকে তোলা`, `মোবাইল ফোনে তোলা`. */
const DESCRIPTION_RE = / তোলা$/u;
/** A number in it: no photographer's name. */
const NUMBER_RE = /\p{Nd}/u;
/** A site or outlet the registry does not know, by the end of its name (`ক্রিকইনফো`, `গোল ডটকম`, `… নিউজ`). */
const OUTLET_NAME_RE = lazy(() => new RegExp(`(?:${alternation(OUTLET_NAME_ENDINGS)})$`, "u"));

/**
 * A name that is no photographer: a unit with its number (`র‍্যাব-৭`), an organisation's initials (`বিসিবি`, `BCB`) or
 * one word in Latin letters (`Tesla`). One Bengali word is a photographer's name (`ছবি: রাসেল`) unless the vocabulary
 * knows it for an organisation (`ইউনিসেফ`).
 */
function isOrganisation(name: string): boolean {
  return NUMBER_RE.test(name) || LATIN_WORD_RE.test(name) || INITIALISM_RE().test(foldKey(name)) || COMPANY_ENDING.test(name);
}
/** A handout or an organisation by its words, or by its initials. */
function isOrganisationName(name: string): boolean {
  return HANDOUT_RE().test(foldKey(name)) || isOrganisation(name);
}
/**
 * Separators between the sources of one credit: `/`, `,`, `(`, `।` before a source's or a medium's label, `.` before a
 * source's label, `ও`, `এবং`, `&`, `via`, `and`, a photographer's title, a copyright sign and its year (`Satellite image
 * ©2026 Maxar Technologies`).
 */
const SOURCE_SPLIT_RE =
  / ?[/,;&+(] ?| ?© ?(?:\d{4} )?|\.(?= ?(?:(?:তথ্য)?সূত্র|source) ?[:ঃ])|।(?= ?(?:(?:তথ্য)?সূত্র|[^\s।]{1,20} ?[:ঃ]))| (?:ও|এবং|and|via|with|photo by) | ?(?:আলোকচিত্রী|ফটোগ্রাফার|সাংবাদিক|photographer|for) /gu;
/** A separator that joins two names: `ও`, `এবং`, `and`, `&`. */
const CONJUNCTION_RE = /ও|এবং|and|&/u;
const TRIM_CHARS = " \t\n\r\u00A0:ঃ,;|/.()।'\"-";

/** `text` without separators at either end (a loop: a `[…]+$` pattern would be quadratic). */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && TRIM_CHARS.includes(text[start] ?? "")) start++;
  while (end > start && TRIM_CHARS.includes(text[end - 1] ?? "")) end--;
  return text.slice(start, end);
}
/** Marks before a credit's sources (and, with `.`, after them). */
const LEADING_MARK = /[\s:ঃ,;|/()।'"-]/u;
/** Marks before a credit (its marker included) and after it. */
const CREDIT_START_MARK = /[\s/|:ঃ।,-]/u;
const CREDIT_END_MARK = /[\s।.,;|/-]/u;
/** Marks after a credit's sources. */
const TRAILING_MARK = /[\s:ঃ,;|/()[\]।'".-]/u;
const NAME_RE = /^[\p{L}\p{M}\p{Nd}.' -]{2,60}$/u;
/** The genitive of a courtesy credit: `-এর`, `-ের`, `-র`; `-য়ের` after `ং` (`স্যামসাংয়ের`); `-র` after `ওয়ে` (`হুয়াওয়ের`, `নরওয়ের`); its য় is written as
 * য and its dot, as the values it is tried on are in NFC. The plural `-দের` of a common noun of people (`আয়োজকদের`,
 * `শিক্ষার্থীদের`, `এলাকাবাসীদের`, `প্রত্যক্ষদর্শীদের`, `স্বজনদের`, `কর্মীদের`, `কর্মকর্তাদের`, `বাসিন্দাদের`, `সদস্যদের`,
 * `ভক্তদের`, `নেতাদের`, `শিল্পীদের`, `ভুক্তভোগীদের`, `মুক্তিযোদ্ধাদের`, `ছাত্রদের`, `যাত্রীদের`, `বন্ধুদের`,
 * `জেলেদের`, `ছেলেদের`, `মেয়েদের`, `নারীদের`, `মানুষদের`, `শিশুদের`, `প্রতিবেশীদের`, `স্বেচ্ছাসেবীদের`, `ডাক্তারদের`, `হকারদের`,
 * `চাষিদের`, `মাঝিদের`, `মুসল্লিদের`, `পাহাড়িদের`, `বাংলাদেশিদের`, `সহপাঠীদের`, `তরুণদের`, `আহতদের`, `ব্যবসায়ীদের`,
 * `পথচারীদের`, `বিদ্রোহীদের`, `বিরোধীদের`, `বীরাঙ্গনাদের`; after `ড়` or `ীয়`, `খেলোয়াড়দের`, `স্থানীয়দের`; after
 * `দ`, `শহীদদের`), whose endings no name has
 * (a name's `-দ` with `-ের` follows a vowel sign, as in `রশিদের`, `খালেদের`, `ফরহাদের`, `মাহমুদের`, or `ম`/`য়`, as in
 * `আহমদের`, `সৈয়দের`). */
const GENITIVE_RE = /(?:(?<=[কণতদ]|ড়|ীয়|জেলে|ছেলে|মেয়ে|নারী|নুষ|শু|ষি|ঝি|ল্লি|ড়ি|দেশি|ঠী|বেশী|সেবী|ার|বাসী|বসায়ী|র্থী|র্মী|র্শী|কারী|চারী|োহী|োধী|জন|র্তা|ন্দা|স্য|েতা|ল্পী|োগী|দ্ধা|ত্রী?|ন্ধু|ঙ্গনা)দের|'?-?এর|(?<=ং)য়ের|(?<!ওয়)ের|'র|র)$/u;

/**
 * A photographer's title, an institution or an outlet by its first or last word, or a place with `থেকে` or `from`: no second
 * photographer's name.
 */
const TITLE_OR_OUTLET_RE = /(?:আলোকচিত্রী|ফটোগ্রাফার|সাংবাদিক|প্রতিনিধি|সংবাদদাতা|প্রতিবেদক|সম্পাদক|বিশ্ববিদ্যালয়|সদর| থেকে|photographer)$|^(?:দৈনিক|সাপ্তাহিক|from) /u;

/** A label and its value in one source: `কোলাজ: প্রথম আলো`. */
const LABELLED_SOURCE_RE = /^([^:ঃ]{1,20})[:ঃ] ?(.+)$/;

interface Sources {
  ids: string[];
  wire: boolean;
  name?: string;
  /** Every name credited, when more than one is: `ছবি: রফিক ও শামীম`. */
  names: string[];
  handout?: string;
  /** Every organisation credited, when two are joined: `ছবি: পুলিশ ও র‍্যাব`. */
  handouts: string[];
  /** Whether the outlet's own reporter or desk is a source: `নিজস্ব প্রতিবেদক, বাংলাদেশ প্রতিদিন`. */
  own?: boolean;
  /** A medium written as one of the sources: `ছবি: এএফপি/কোলাজ`. */
  medium?: CreditMedium;
  /** The platform a photo was posted on, before a slash and the one who posted it: `Flickr/NASA`. */
  platform?: string;
}

function readSources(view: NormalizedText, start: number, end: number, marked: boolean): Sources {
  const sources: Sources = { ids: [], wire: false, names: [], handouts: [] };
  const text = view.text;
  let from = start;
  let joined = false;
  // each piece, and whether a conjunction joins it to the one before (`রফিক ও শামীম`, `A and B`)
  const pieces: Array<readonly [number, number, boolean]> = [];
  SOURCE_SPLIT_RE.lastIndex = start;
  for (;;) {
    const match = SOURCE_SPLIT_RE.exec(text);
    if (!match || match.index >= end) break;
    // (a copyright sign parts a credit only after its label: a page's footer is none, "© ২০২৫ প্রথম আলো")
    if (!marked && match[0].includes("©")) continue;
    pieces.push([from, match.index, joined]);
    joined = CONJUNCTION_RE.test(match[0]);
    from = match.index + match[0].length;
  }
  pieces.push([from, end, joined]);
  // names after the first count up to the last one a conjunction joins: not a place after a comma (`NAME, ঢাকা`)
  let lastJoined = 0;
  let lastListed = 0;
  const lastJoinedPiece = pieces.findLastIndex((piece) => piece[2]);
  let index = -1;
  // where the pieces a conjunction joins start: "ফায়ার সার্ভিস ও সিভিল ডিফেন্স" is one organisation
  let joinedFrom = start;
  // the piece before: an organisation joined to another is a source of its own ("পুলিশ ও র‍্যাব" are two)
  let previous = "";
  // what the piece before was: 1, an agency or outlet of the registry; 2, an agency's place, so that one joined to it
  // is a place too ("বাসস, ঢাকা ও চট্টগ্রাম"); 0, neither
  let after = 0;
  for (const [s, e, conjoined] of pieces) {
    index++;
    // (… and after an agency: "রয়টার্স ও ফায়ার সার্ভিস ও সিভিল ডিফেন্স")
    if (!conjoined || after === 1) joinedFrom = s;
    if (e <= s) continue;
    let value = trimSeparators(cleanValue(view.spanToSource(s, e).text));
    // a medium with its own source: "ছবি: রয়টার্স/কোলাজ: প্রথম আলো"
    const labelled = LABELLED_SOURCE_RE.exec(value);
    const labelMedium = labelled && MEDIA.get(foldKey(labelled[1] ?? ""));
    if (labelMedium) {
      sources.medium ??= labelMedium;
      value = labelled?.[2] ?? "";
    }
    if (value === "") continue;
    const before = previous;
    previous = value;
    const joinedToAgency = conjoined && after === 1;
    // (one word after an agency and a comma is the agency's place, no photographer: "ছবি: এএফপি, দুবাই")
    const agencyPlace = after === 1 && text.slice(s - 2, s).includes(",");
    const joinedToPlace: boolean = conjoined && after === 2;
    after = 0;
    const key = foldKey(value);
    // a position in brackets after a name counts as no piece: "NAME (বাঁয়ে), NAME (ডানে)", "NAME (ওপরে), NAME (নিচে)"
    if (PHOTO_POSITIONS.has(key) || (text[s - 1] === "(" && LOCATIVE_WORD_RE.test(key))) {
      index--;
      continue;
    }
    const medium = MEDIA.get(key);
    if (medium !== undefined) {
      sources.medium ??= medium;
      continue;
    }
    // (… and a handout's word among other sources, which name the one who handed the photo out: "Handout/ISPR")
    if (COLLECTED_KEYS.has(key) || (pieces.length > 1 && HANDOUT_WORD.test(key))) continue;
    // a photo word after an agency: "AP Photo", "এপি ফটো"
    const photo = PHOTO_SUFFIX_RE.exec(key);
    // (… or its digital or online edition, unless the registry knows the whole: "এই সময় ডিজিটাল", "যমুনা অনলাইন")
    const hit =
      lookupAgency(value) ??
      (photo && lookupAgency(value.slice(0, value.length - photo[0].length))) ??
      (marked ? shortOutlet(photo ? key.slice(0, photo.index) : key) : null);
    if (hit) {
      after = 1;
      // (… before it too: "ফিফা ও রয়টার্স", "X and Reuters")
      if (conjoined && (before === sources.handout || PLATFORMS.has(foldKey(before)))) sources.name ??= before;
      if (!sources.ids.includes(hit.id)) {
        if (sources.ids.length === 0) sources.wire = hit.wire;
        sources.ids.push(hit.id);
      }
      continue;
    }
    // a platform, one of one letter too, joined to an agency or before a handle: "Photo: Reuters and X", "Photo: X/@NAME"
    const platform = PLATFORMS.get(key);
    if (platform) {
      // … or first, before a slash and the one who posted the photo on it: "Flickr/NASA" (not a handle: "X/@NAME")
      if (index === 0 && text[e] === "/" && text[e + 1] !== "@") sources.platform = platform;
      else sources.name ??= value;
      continue;
    }
    // an organisation joined to another one is a source of its own: "বিজিবি ও কোস্টগার্ড", "আইএসপিআর ও বিজিবি"
    // (not one joined to an agency: "এএফপি ও বিসিবি" credits the agency and names the body)
    if (conjoined && isOrganisationName(before) && isOrganisationName(value) && !JOINED_ORGANISATION_RE().test(key) && !lookupAgency(before)) {
      if (sources.handouts.length === 0) sources.handouts.push((sources.handout ??= before));
      sources.handouts.push(value);
      continue;
    }
    // … and one joined to an agency is named as a second source, as initials are: "রয়টার্স ও ফিফা" (not one after a
    // slash or a comma, which passed the photo on or is a place: "নাসা/রয়টার্স", "হ্যান্ডআউট/বাসস")
    if (HANDOUT_RE().test(key) && !joinedToAgency) {
      // an organisation named with `ও` is one: "তথ্য ও সম্প্রচার মন্ত্রণালয়", "ফায়ার সার্ভিস ও সিভিল ডিফেন্স"
      sources.handout = conjoined
        ? trimSeparators(cleanValue(view.spanToSource(joinedFrom, e).text))
        : (sources.handout ?? value);
      // … the body named as an agency's second source too
      if (conjoined && sources.name === before) sources.name = sources.names[sources.names.length - 1] = sources.handout;
      continue;
    }
    // the outlet's own reporter or desk is no name: "ফটো ডেস্ক, প্রথম আলো", "নিজস্ব প্রতিবেদক, বাংলাদেশ প্রতিদিন"
    if (REPORTER_RE().test(key)) {
      sources.own = true;
      continue;
    }
    // a name after the last joined piece is dropped below: not tested (story lines have many pieces)
    const words = spaceCount(value) + 1;
    // … unless names of two to four words, and no number, follow each other from the first: "ছবি: NAME, NAME", not
    // "ছবি: NAME, ঢাকা" (a place of one word), "NAME, নিজস্ব আলোকচিত্রী", "NAME, দৈনিক আজাদী" or "ঢাকা, ১৩ জুলাই"
    const listed =
      index === sources.names.length && words > 1 && words < 5 && !NUMBER_RE.test(value) && !TITLE_OR_OUTLET_RE.test(key) && (index === 0 || lastListed === index);
    // one word after a comma, after a name of more or a reporter, is their place: "ছবি: NAME, কক্সবাজার ও NAME,
    // টেকনাফ", "জ্যেষ্ঠ প্রতিবেদক, প্রথম আলো, ঢাকা"
    const afterName = agencyPlace || sources.own === true || sources.names[0]?.includes(" ") === true;
    // (… and a place of more words after an agency: "Reuters, New York", "AP, Abu Dhabi"; one joined to an agency's
    // place)
    const place: boolean =
      (words === 1 && index > 0 && (conjoined ? joinedToPlace : afterName)) ||
      (agencyPlace && (TWO_WORD_PLACE.test(key) || PLACES_OF_WORDS.test(key)));
    if (place && (agencyPlace || joinedToPlace)) after = 2;
    if ((sources.name === undefined || index <= lastJoinedPiece || listed) && !place && words <= 5 && NAME_RE.test(value) && !(sources.ids.length > 0 && NUMBER_RE.test(value))) {
      sources.name ??= value;
      sources.names.push(value);
      if (conjoined) lastJoined = sources.names.length;
      if (listed) lastListed = sources.names.length;
    }
  }
  // names listed with commas only are photographers' where no agency or outlet is credited
  sources.names.length = sources.ids.length > 0 || lastListed < 2 ? lastJoined : Math.max(lastJoined, lastListed);
  return sources;
}


/** How many spaces `text` has (its words less one, counted with no array of them). */
function spaceCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

/** Spaces as long as a match: blanks a flag out so offsets still map to the input. */
function blank(match: string): string {
  return " ".repeat(match.length);
}

/** Credits one agency or outlet of the registry. */
function setAgency(credit: { -readonly [K in keyof Credit]: Credit[K] }, hit: AgencyHit): void {
  credit.source = hit.wire ? "agency" : "outlet";
  credit.agency = hit.id;
  credit.agencies = [hit.id];
}

function stripGenitive(value: string): string {
  const stripped = value.replace(GENITIVE_RE, "");
  return stripped.length >= 2 ? stripped : value;
}

/**
 * Reads a credit from `[start, end)` of the view.
 *
 * @param view - the matching view of the input
 * @param start - where the credit starts (its marker included)
 * @param end - where it ends
 * @param marked - the caller found a credit marker, so an unreadable credit is still a credit
 * @returns the credit, or `null` when the span holds none
 */
export function readCredit(view: NormalizedText, start: number, end: number, marked: boolean): Credit | null {
  const text = view.text;
  while (start < end && CREDIT_START_MARK.test(text[start] ?? "")) start++;
  while (end > start && CREDIT_END_MARK.test(text[end - 1] ?? "")) end--;
  if (end <= start) return null;
  const body = text.slice(start, end);
  if (body.length <= 40 && PLACEHOLDERS.has(foldKey(body))) return null;

  const source = view.spanToSource(start, end);
  const file = FILE_RE.test(body);
  FILE_RE.lastIndex = 0;
  const symbolic = SYMBOLIC_RE.test(body);
  SYMBOLIC_RE.lastIndex = 0;
  let medium: CreditMedium | undefined;
  let hasAi = false;
  // the rest without flags: blank them out so offsets still map to the input
  let rest = file ? body.replace(FILE_RE, blank) : body;
  if (symbolic) rest = rest.replace(SYMBOLIC_RE, blank);
  rest = rest.replace(AI_RE(), (m) => {
    hasAi = true;
    return blank(m);
  });
  if (hasAi) medium = "ai";
  let restStart = 0;
  while (restStart < rest.length && LEADING_MARK.test(rest[restStart] ?? "")) restStart++;
  let label = false;
  // a label may be written twice: "ছবি: ছবি: বাসস"
  for (let labelMatch; (labelMatch = LABEL_RE().exec(rest.slice(restStart))) !== null; ) {
    label = true;
    const mediumOfLabel = MEDIA.get(foldKey(labelMatch[0]));
    if (mediumOfLabel !== undefined) medium = mediumOfLabel;
    restStart += labelMatch[0].length;
    while (restStart < rest.length && LEADING_MARK.test(rest[restStart] ?? "")) restStart++;
  }
  // a source's label names no kind of picture: "সূত্র: বিবিসি, রয়টার্স", "Source: Reuters, AP"
  SOURCE_LABEL_RE.lastIndex = restStart;
  if (SOURCE_LABEL_RE.test(rest)) restStart = SOURCE_LABEL_RE.lastIndex;
  let restEnd = rest.length;
  while (restEnd > restStart && TRAILING_MARK.test(rest[restEnd - 1] ?? "")) restEnd--;
  // a trailing "ছবি" ("ভিডিও থেকে নেওয়া ছবি")
  if (rest.slice(restStart, restEnd).endsWith(" ছবি")) restEnd -= 4;
  const restText = rest.slice(restStart, restEnd).trim();
  const own = OWN_RE.test(body);
  const anyMark = marked || label || file || symbolic || own || hasAi;

  const credit: { -readonly [K in keyof Credit]: Credit[K] } = {
    source: "unknown",
    file,
    symbolic,
    text: source.text,
    index: source.index,
  };
  const finish = (): Credit => {
    if (medium !== undefined) credit.medium = medium;
    return credit;
  };
  if (own) {
    credit.source = "outlet";
    return finish();
  }
  const restKey = foldKey(restText);
  if (restText === "" || (restText.length <= 40 && PLACEHOLDERS.has(restKey))) return anyMark ? finish() : null;

  const restMedium = MEDIA.get(restKey);
  if (restMedium !== undefined) {
    medium = restMedium;
    return finish();
  }
  const absStart = start + restStart;
  const absEnd = start + restEnd;
  if (SCREENSHOT_RE().test(restText)) {
    credit.source = "video";
    medium = "screenshot";
    const platform = PLATFORM_RE().exec(restText);
    if (platform) credit.platform = PLATFORMS.get(foldKey(platform[0])) ?? "website";
    // the video it was taken from is read on: "Screenshot from Xinhua video"
    if (platform || !TAKEN_RE().test(restText)) return finish();
  }
  const url = URL_RE.exec(restText);
  if (url) {
    credit.source = "social";
    // the domain names the platform: "x.com/…", "facebook.com/…"
    credit.platform = PLATFORMS.get(url[1] ?? "") ?? "website";
    return finish();
  }
  const courtesy = COURTESY_RE().exec(restText);
  if (courtesy) {
    credit.courtesy = true;
    // (… sent from it: "প্রেস উইং থেকে পাঠানো", "আইএসপিআর থেকে পাঠানো", whose name has no genitive to strip)
    const sent = / থেকে ?$/u.exec(restText.slice(0, courtesy.index));
    const before = restText.slice(0, sent?.index ?? courtesy.index).trim();
    // the courtesy word as a label: "ছবি সৌজন্য: আইএসপিআর"
    const whose = before || trimSeparators(restText.slice(courtesy.index + courtesy[0].length));
    const from = before ? absStart : absEnd - whose.length;
    const whoseValue = cleanValue(view.spanToSource(from, from + whose.length).text);
    const hit = lookupAgency(whoseValue);
    if (hit) setAgency(credit, hit);
    else if (whose !== "") credit.name = before && !sent ? stripGenitive(whoseValue) : whoseValue;
    return finish();
  }
  const taken = TAKEN_RE().exec(restText);
  // footage after a label is a still taken from it ("ছবি: সিসিটিভি ফুটেজ", not "… could not verify the footage")
  const footage = !taken && anyMark && FOOTAGE_END.test(restText);
  // a place the photographer was at, after a comma, is no source: "ছবি: NAME, মিরপুর থেকে"
  if ((taken && !(/^থেকে$/.test(taken[0]) && restText.includes(","))) || footage) {
    // the source before `থেকে`, or after `collected from`; all of the footage
    const at = taken?.index ? 0 : (taken?.[0].length ?? 0);
    const to = taken?.index || restText.length;
    const noun = restText.slice(at, to);
    const platform = PLATFORM_RE().exec(noun);
    const hit = lookupAgencyAtStart(cleanValue(view.spanToSource(absStart + at, absStart + to).text));
    // a channel's still: "চ্যানেল আই থেকে নেওয়া", "যমুনা টিভির ভিডিও থেকে"; a still from a state channel's or
    // an agency's video names it ("বিটিভি থেকে নেওয়া", "শিনহুয়ার ভিডিও থেকে নেওয়া"); "সিসিটিভি ফুটেজ" is a
    // security camera's
    if (hit?.broadcaster || VIDEO_RE().test(noun)) {
      credit.source = "video";
      if (medium !== "screenshot") medium = "video-still";
    } else if (platform) {
      credit.source = "social";
      credit.platform = PLATFORMS.get(foldKey(platform[0])) ?? "website";
    } else credit.source = "collected";
    if (hit && (hit.broadcaster || credit.source === "collected")) setAgency(credit, hit);
    else if (hit && credit.source === "video") credit.agencies = [(credit.agency = hit.id)];
    return finish();
  }
  if (REPORTER_RE().test(restKey) || (label && PHOTO_DEPARTMENTS.has(restKey))) {
    credit.source = "outlet";
    return finish();
  }
  const collected = COLLECTED_RE().exec(restText);
  // … joined to a source by ও, before or after it: "এপি ও সংগৃহীত", "সংগৃহীত ও এএফপি" (the source is read)
  const joined = collected && (collected.index > 0 ? / ও ?$/.exec(restText.slice(0, collected.index)) : /^ ?ও /.exec(restText.slice(collected[0].length)));
  if (collected) {
    credit.source = "collected";
    // a source after it in brackets or a slash is read on: "সংগৃহীত (বিজিবি)", "সংগৃহীত/ফেসবুক"
    if (!joined && (collected.index > 0 || !/^ ?[(/]/.test(restText.slice(collected[0].length)))) return finish();
  }
  const before = joined && collected?.index;
  const sources = readSources(view, before ? absStart : absStart + (collected?.[0].length ?? 0) + (joined?.[0].length ?? 0), before ? absStart + joined.index : absEnd, anyMark);
  medium ??= sources.medium;
  if (sources.ids.length > 0) {
    // an agency or outlet after `সংগৃহীত` passed the photo on: "Photo: Collected/Star" stays collected
    if (!collected || joined) credit.source = sources.wire ? "agency" : "outlet";
    credit.agency = sources.ids[0] ?? "";
    credit.agencies = sources.ids;
    // a platform joined to an agency: "ছবি: সিএনএন ও এক্স"
    const platform = PLATFORMS.get(foldKey(sources.name ?? ""));
    if (platform !== undefined) credit.platform = platform;
    else if (sources.name !== undefined) credit.name = sources.name;
    if (sources.names.length > 1 && sources.names.length < 5) credit.names = sources.names;
    return finish();
  }
  if (!anyMark) return null;
  // a handout or an organisation, or a photographer
  const named = sources.handout ?? sources.name;
  if (named !== undefined && !DESCRIPTION_RE.test(named)) {
    // a platform alone: "ছবি: ফেসবুক", "ছবি: সোশ্যাল মিডিয়া", "ছবির উৎস, Facebook"
    const key = foldKey(named).replace(PAGE_FROM_RE, "");
    // … or a body's page on it, in Bengali letters: "ছবি: ফিফা ওয়েবসাইট", "ছবি: বিসিসিআই এক্স হ্যান্ডেল"
    const platform = PLATFORMS.get(key) ?? (LATIN_LETTER_RE.test(key) ? undefined : PLATFORMS.get(key.slice(key.lastIndexOf(" ") + 1)));
    // (after `সংগৃহীত`, the platform it was collected from: "সংগৃহীত/ফেসবুক")
    // … or the one who posted the photo on a platform: "Flickr/NASA" (not a handle: "X/ElonMusk")
    const posted = platform ?? sources.platform;
    if (posted) {
      if (!collected) credit.source = "social";
      credit.platform = posted;
      if (!platform && !HANDLE_RE.test(named)) credit.name = named;
      return finish();
    }
    // (a handout's word after the name is none of it: "Family handout", "Police handout")
    credit.name = named.replace(HANDOUT_AFTER_NAME, "");
    if (named === sources.handout) {
      if (sources.handouts.length > 1) credit.names = sources.handouts;
      return finish();
    }
    if (collected) return finish();
    if (OUTLET_NAME_RE().test(foldKey(named))) credit.source = "outlet";
    else if (!isOrganisation(named)) credit.source = "photographer";
    if (sources.names.length > 1 && sources.names.length < 5) credit.names = sources.names;
    return finish();
  }
  // the outlet's own reporter at a place: "ছবি: জ্যেষ্ঠ প্রতিবেদক, ঢাকা"
  if (sources.own === true) credit.source = "outlet";
  return finish();
}
