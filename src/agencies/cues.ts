import {
  AGENCY_DESCRIPTORS,
  AIRING_VERBS,
  BARAT_NOUNS,
  BASED_SUFFIX,
  BROADCAST_WORDS,
  BUREAU_CITIES,
  COUNTRY_WORDS,
  CREDIT_MARKERS,
  DESCRIPTOR_MODIFIERS,
  DESK_WORDS,
  ENGLISH_LISTENER_WORDS,
  ENGLISH_REPORTING_VERBS,
  ENGLISH_VERB_ADVERBS,
  FEELING_NOUNS,
  FOOTAGE_NOUNS,
  JOURNALIST_NOUNS,
  BARE_STAFF_NOUNS,
  KHOBOR_WORDS,
  MEDIA_DESCRIPTORS,
  NAMESAKE_NOUNS,
  ORGANISATION_NOUNS,
  NOMINATIVE_SOURCE_WORDS,
  OUTLET_PARTS,
  REPORT_FILLERS,
  REPORT_NOUNS,
  REPORTING_VERBS,
  SEEN_WORDS,
  SPEECH_VERBS,
  STAFF_NOUNS,
  SUTRO_WORDS,
  WITH_WORDS,
} from "../data/attributionCues.ts";
import { foldForMatch } from "../text/normalize.ts";
import {
  clauseEnd,
  clauseStart,
  isSentenceEnd,
  isWordChar,
  isWordUnit,
  phraseEndingAt,
  phraseList,
  phraseStartingAt,
  skipSpacesLeft,
  skipSpacesRight,
  type PhraseList,
} from "./phrases.ts";
import { inflectionOf } from "./inflection.ts";
import type { AgencyInflection, AttributionCue } from "./types.ts";

// The phrase lists of the vocabulary, built on first use (`loadVocabulary`), not at import; module variables
// rather than fields of one object, so that their names minify.
let agencyDescriptorList: PhraseList;
let mediaDescriptorList: PhraseList;
let modifierList: PhraseList;
let countryList: PhraseList;
/** The country (ISO code) of each folded country word. */
let countryOf: Map<string, string>;
let basedSuffix: string;
let khoborList: PhraseList;
let sutroList: PhraseList;
let reportingVerbList: PhraseList;
let englishVerbList: PhraseList;
let adverbList: PhraseList;
let listenerList: PhraseList;
let reportNounList: PhraseList;
let footageNounList: PhraseList;
let baratNounList: PhraseList;
let fillerList: PhraseList;
let seenList: PhraseList;
let feelingList: PhraseList;
let cityList: PhraseList;
let staffList: PhraseList;
let journalistList: PhraseList;
let broadcastList: PhraseList;
let withWordList: PhraseList;
let creditMarkerList: PhraseList;
let namesakeNounList: PhraseList;
let outletPartList: PhraseList;
let deskList: PhraseList;
let bareStaffList: PhraseList;
let nominativeSourceList: PhraseList;
/** Verbs of reporting and of speech, and which of them are of speech. */
let verbList: PhraseList;
let speechVerbs: Set<string>;
let loaded = false;

/** The end of a present perfect (`খবর দিয়েছে`), which `ছিল` makes past perfect (`খবর দিয়েছিল`). */
const PRESENT_PERFECT = /ছে$/;

/**
 * The news given, or the poll or inquiry run, as the object of a verb, which may carry `টি` ("the"): `খবরটি দেয়`,
 * `তথ্যটি দিয়েছে`, `জরিপটি চালিয়েছে`.
 */
const NEWS_OBJECT = /^(?:খবর|তথ্য|সংবাদ|জরিপ|অনুসন্ধান)(?= )/;

/** Builds the phrase lists once. */
function loadVocabulary(): void {
  if (loaded) return;
  countryOf = new Map<string, string>();
  for (const [country, words] of Object.entries(COUNTRY_WORDS)) {
    for (const word of words) countryOf.set(foldForMatch(word), country);
  }
  agencyDescriptorList = phraseList(AGENCY_DESCRIPTORS);
  mediaDescriptorList = phraseList(MEDIA_DESCRIPTORS);
  modifierList = phraseList(DESCRIPTOR_MODIFIERS);
  countryList = phraseList([...countryOf.keys()]);
  basedSuffix = foldForMatch(BASED_SUFFIX[0] ?? "");
  khoborList = phraseList(KHOBOR_WORDS);
  sutroList = phraseList(SUTRO_WORDS);
  const withObject = (verb: string): string[] => [verb, verb.replace(NEWS_OBJECT, "$&টি")];
  const reportingVerbs = [...new Set(REPORTING_VERBS.flatMap((verb) => [verb, verb.replace(PRESENT_PERFECT, "ছিল")]).flatMap(withObject))];
  // airing before a name, or after an outlet's service (`বিবিসির বাংলা সার্ভিস প্রচার করেছে`), not as a clause's verb
  reportingVerbList = phraseList([...reportingVerbs, ...new Set(AIRING_VERBS.flatMap(withObject))]);
  englishVerbList = phraseList(ENGLISH_REPORTING_VERBS);
  adverbList = phraseList(ENGLISH_VERB_ADVERBS);
  listenerList = phraseList(ENGLISH_LISTENER_WORDS);
  reportNounList = phraseList(REPORT_NOUNS);
  footageNounList = phraseList(FOOTAGE_NOUNS);
  baratNounList = phraseList(BARAT_NOUNS);
  fillerList = phraseList(REPORT_FILLERS);
  seenList = phraseList(SEEN_WORDS);
  feelingList = phraseList(FEELING_NOUNS);
  cityList = phraseList(BUREAU_CITIES);
  staffList = phraseList(STAFF_NOUNS);
  journalistList = phraseList(JOURNALIST_NOUNS);
  broadcastList = phraseList(BROADCAST_WORDS);
  withWordList = phraseList(WITH_WORDS);
  creditMarkerList = phraseList(CREDIT_MARKERS);
  namesakeNounList = phraseList([...NAMESAKE_NOUNS, ...ORGANISATION_NOUNS]);
  outletPartList = phraseList(OUTLET_PARTS);
  deskList = phraseList(DESK_WORDS);
  bareStaffList = phraseList(BARE_STAFF_NOUNS);
  nominativeSourceList = phraseList(NOMINATIVE_SOURCE_WORDS);
  verbList = phraseList([...reportingVerbs, ...SPEECH_VERBS]);
  speechVerbs = new Set(SPEECH_VERBS.map(foldForMatch));
  loaded = true;
}

/** What stands before a name (or the first name of a list). */
export interface LeftContext {
  /** বার্তা সংস্থা / নিউজ এজেন্সি before the name. */
  readonly agencyDescriptor: boolean;
  /** সংবাদমাধ্যম / দৈনিক / টেলিভিশন … before the name. */
  readonly mediaDescriptor: boolean;
  /** Countries named right before the name (ISO codes). */
  readonly countries: readonly string[];
  /**
   * The source phrase before the name, if any; `said` for an English verb of reporting (`said the state-run BSS news
   * agency`), which gives the source only where the name closes the clause (`closesClause`).
   */
  readonly cue: "khobor" | "sutro" | "reporting-verb" | "said" | "told" | "interview" | "feeling" | undefined;
  /** The name stands right after an opening bracket. */
  readonly bracket: boolean;
  /** Where the descriptors end on the left (the start of what was skipped). */
  readonly start: number;
}

/**
 * Reads the words before a name: descriptors, modifiers and country words are skipped (and remembered), then
 * the phrase before them is checked for খবর, সূত্র:, a reporting verb or an opening bracket.
 *
 * @param text - the matching view
 * @param start - where the name starts
 * @returns what stands before it
 */
export function readLeft(text: string, start: number): LeftContext {
  loadVocabulary();
  let i = skipSpacesLeft(text, start);
  // a name in quotes is read as the name: `খবর ‘রয়টার্স’-এর`, `বার্তা সংস্থা “বাসস”`
  // (the matching view writes ‘ as ')
  const quote = text.charCodeAt(i - 1);
  if ((quote === 0x27 || quote === 0x22 || quote === 0x201c) && !isWordChar(text, i - 2)) i = skipSpacesLeft(text, i - 1);
  let agencyDescriptor = false;
  let mediaDescriptor = false;
  const countries: string[] = [];
  for (let step = 0; step < 6; step++) {
    let phrase = phraseEndingAt(text, i, agencyDescriptorList);
    if (phrase !== undefined) agencyDescriptor = true;
    else if ((phrase = phraseEndingAt(text, i, mediaDescriptorList)) !== undefined) mediaDescriptor = true;
    else if ((phrase = phraseEndingAt(text, i, countryList)) !== undefined) {
      const country = countryOf.get(phrase);
      if (country !== undefined) countries.push(country);
    } else if ((phrase = phraseEndingAt(text, i, modifierList)) === undefined) {
      phrase = basedWordEndingAt(text, i, basedSuffix);
      if (phrase === undefined) break;
    }
    i = skipSpacesLeft(text, i - phrase.length);
  }
  let cue = sourcePhraseBefore(text, i);
  // one English word more before them, when an English cue stands before it (`according to Indian media outlet NDTV`,
  // `according to local TV Somoy TV`,
  // `told Pakistani daily Dawn`), or two, or one with a hyphen or an apostrophe (`according to privately owned channel
  // Jamuna TV`, `reported by pro-government daily Sabah`, `according to Qatar's Al Jazeera`)
  for (let words = 0, before = i; words < 2 && cue === undefined && text.charCodeAt(i - 1) < 0x7b; words++) {
    before = skipSpacesLeft(text, wordStart(text, before));
    const beforeCue = sourcePhraseBefore(text, before);
    if (beforeCue === "khobor" || beforeCue === "told" || beforeCue === "interview" || beforeCue === "said") {
      cue = beforeCue;
      i = before;
    }
  }
  return { agencyDescriptor, mediaDescriptor, countries, cue, bracket: isOpeningBracket(text.charCodeAt(i - 1)), start: i };
}

/** `(` or `[`: a bracket before a name (`… বলে জানা গেছে (এএফপি)।`, `… উঠেছে [বিবিসি]।`). */
function isOpeningBracket(code: number): boolean {
  return code === 0x28 || code === 0x5b;
}

/** `কাতারভিত্তিক` or `লন্ডন ভিত্তিক` ending at `end`: the length to skip, as a string of that length. */
function basedWordEndingAt(text: string, end: number, based: string): string | undefined {
  if (!text.startsWith(based, end - based.length) || isWordChar(text, end)) return undefined;
  let i = end - based.length;
  if (!isWordChar(text, i - 1)) i = skipSpacesLeft(text, i);
  return text.slice(wordStart(text, i), end);
}

/** The start of the word that ends at `end`, hyphens and apostrophes within it (at most 40 units back). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > end - 40 && (isWordChar(text, i - 1) || ((text[i - 1] === "-" || text[i - 1] === "'") && isWordChar(text, i - 2)))) i--;
  return i;
}


function sourcePhraseBefore(text: string, end: number): LeftContext["cue"] {
  // a label may close one line and the name open the next (`সূত্র:⏎রয়টার্স`)
  let i = text.charCodeAt(end - 1) === 0x0a ? skipSpacesLeft(text, end - 1) : end;
  const colon = isLabelEnd(text.charCodeAt(i - 1));
  if (colon) i = skipSpacesLeft(text, i - 1);
  if (phraseEndingAt(text, i, khoborList) !== undefined) return "khobor";
  if (colon && phraseEndingAt(text, i, sutroList) !== undefined) return "sutro";
  // after a feeling, the outlet feels it and reports nothing: `দুঃখ প্রকাশ করেছে প্রথম আলো`
  const verb = colon ? undefined : phraseEndingAt(text, i, reportingVerbList);
  if (verb !== undefined) return isFeelingBefore(text, i - verb.length) ? "feeling" : "reporting-verb";
  if (!colon && phraseEndingAt(text, i, englishVerbList) !== undefined) return "said";
  // `told`, `with`; `interview with` (more than one word)
  const listener = phraseEndingAt(text, i, listenerList);
  return listener === undefined ? undefined : listener.includes(" ") ? "interview" : "told";
}

/**
 * Whether a name stands on a line that a source label opens, after other names: `সূত্র: বাংলাদেশ ব্যাংক, রয়টার্স`,
 * `Sources: National Board of Revenue, Reuters` (a list that no agency starts is not joined to the label).
 *
 * @param text - the matching view
 * @param start - where the name (or its descriptors) starts
 * @returns true in such a list
 */
export function isInSourcesLine(text: string, start: number): boolean {
  // the vocabulary is loaded: `readLeft` has read the same name
  // the label opens the line, or stands 120 units back at most
  const j = skipSpacesRight(text, clauseStart(text, start, 120));
  const label = phraseStartingAt(text, j, sutroList);
  return label !== undefined && isLabelEnd(text.charCodeAt(skipSpacesRight(text, j + label.length)));
}

/** A colon, visarga or dash closing a label (`সূত্র:`, `সূত্রঃ`, `সূত্র-`). */
function isLabelEnd(code: number): boolean {
  return code === 0x3a || code === 0x0983 || code === 0x2d;
}

/** A newspaper, magazine or television word with a case ending, right after a bare name. */
const CASED_MEDIUM = /^(?:পত্রিকা|সাময়িকী|ম্যাগাজিন|টেলিভিশন)(কে|র|ের|তে|য়|ে)/;

/** What follows a name (or the last name of a list). */
export interface RightContext {
  /** The role the words after the name give, if they give one. */
  readonly role: "source" | "mention" | undefined;
  /** The phrase that gave it. */
  readonly cue: AttributionCue | undefined;
  /** Staff named after a bureau or city of the outlet (`ডনের করাচি প্রতিনিধি`). */
  readonly posted?: boolean;
}

const NONE: RightContext = { role: undefined, cue: undefined };

/** What the words after a name most often give: an interview, a report, a citation (shared, never changed). */
const INTERVIEW: RightContext = { role: "mention", cue: "interview" };
const REPORT: RightContext = { role: "source", cue: "report" };
const BARAT: RightContext = { role: "source", cue: "barat" };

/**
 * The outlet's own team or desk after its name (`আনন্দবাজার অনলাইন ডেস্ক`): it names the outlet, but confirms no
 * ambiguous name (`প্রথম আলো ডেস্ক` is a byline's). One object, told apart by identity.
 */
export const DESK: RightContext = { role: "mention", cue: "staff" };

/** The end of a byline's role: the end of its line or the text, or a comma before its place. Run on the text after it. */
const BYLINE_END = /^[ \t]*(?:[,\n]|$)/;

/** A journalist or the editor of an outlet after its bare name: a staff noun, which confirms a name that is also a word. */
const STAFF: RightContext = { role: "mention", cue: "staff" };

/**
 * An outlet's own feeling after its name (`প্রথম আলো এ ঘটনায় দুঃখ প্রকাশ করেছে`): it names the outlet, confirming a name
 * that is also a word, and reports nothing. One object, told apart by identity.
 */
export const FELT: RightContext = { role: "mention", cue: undefined };

/**
 * Reads the words after a name, by the case it carries: a dative told or interviewed (`mention`), a genitive
 * followed by a report, a citation (`source`) or a staff noun (`mention`), a locative followed by a broadcast
 * (`mention`) or a published report (`source`), a bare name followed by a reporting verb with neuter agreement
 * (`source`).
 *
 * @param text - the matching view
 * @param end - where the name and its ending end
 * @param inflection - the case of the name
 * @param articled - whether an English article stands before the name, which makes a fact check one report of it
 * @returns the role and cue the words give, if any
 */
export function readRight(text: string, end: number, inflection: AgencyInflection, articled = false): RightContext {
  loadVocabulary();
  const j = skipBracket(text, skipSpacesRight(text, end));
  // a medium's word after a bare name carries its case: `ডন পত্রিকাকে দেওয়া সাক্ষাৎকারে`, `ফরেন পলিসি সাময়িকীতে প্রকাশিত`
  const medium = inflection === "none" ? CASED_MEDIUM.exec(text.slice(j, j + 20)) : null;
  if (medium) return readRight(text, j + medium[0].length, inflectionOf(medium[1]));
  if (inflection === "dative") {
    if (GIVEN_STATEMENT.test(text.slice(j))) return INTERVIEW;
    // the agency quoted: "রয়টার্সকে উদ্ধৃত করে"
    if (phraseStartingAt(text, j, baratNounList) !== undefined) return BARAT;
    // someone told the agency: "… এনবিসি নিউজকে বলেন", "পুলিশ রয়টার্সকে জানিয়েছে"
    // or a message given or sent to it: "এএফপিকে দেওয়া এক ই-মেইল বার্তায় মন্ত্রণালয় অভিযোগ অস্বীকার করেছে"
    const told = firstVerb(text.slice(j, clauseEnd(text, j, 80))) !== undefined || GIVEN_MESSAGE.test(text.slice(j));
    return told ? { role: "mention", cue: "told" } : NONE;
  }
  if (inflection === "genitive") return afterGenitive(text, j);
  if (inflection === "locative") {
    // the time or topic of what appeared there may come first, up to six words: `সমকালে গত সোমবার এ নিয়ে প্রতিবেদন প্রকাশিত হয়`
    let at = j;
    for (let n = LOCATIVE_LEAD.test(text.slice(j)) ? 6 : 0; n-- > 0 && !phraseStartingAt(text, afterFiller(text, at), reportNounList, false) && !phraseStartingAt(text, at, broadcastList); ) {
      // within its clause: a word before a comma or a full stop ends the search
      const word = WORD.exec(text.slice(at, at + WORD_REACH));
      if (word === null) break;
      at += word[0].length;
    }
    const word = phraseStartingAt(text, at, broadcastList);
    if (word === undefined) {
      // a report that appeared there, one filler word before it: `প্রথম আলোতে প্রতিবেদন প্রকাশিত হওয়ার পর`, `কালের কণ্ঠে এক
      // প্রতিবেদন প্রকাশিত হয়েছে`; one not published there (`প্রথম আলোতে খবর পড়ে`) gives nothing
      const k = afterFiller(text, at);
      return phraseStartingAt(text, k, reportNounList, false) !== undefined && PUBLISHED.test(text.slice(k)) ? reportRole(text.slice(k)) : NONE;
    }
    const report = reportAfter(text, skipSpacesRight(text, at + word.length));
    return report ?? { role: "mention", cue: "broadcast" };
  }
  // A bare name: "বিবিসি অনলাইনের প্রতিবেদনে", a partner sharing its report ("রয়টার্স ও ইপসোসের জরিপে",
  // "এপি-এনওআরসি জরিপে"), "বিবিসি সূত্রে", or a reporting verb in the clause.
  // the outlet's own team or desk: `ETV Bharat Bengali Team`, `আনন্দবাজার অনলাইন ডেস্ক`
  if ((phraseStartingAt(text, j, deskList) ?? phraseStartingAt(text, afterFiller(text, j), deskList)) !== undefined) {
    return DESK;
  }
  // its journalist or editor: `প্রথম আলো প্রতিনিধি জানান`, `ডেইলি স্টার সম্পাদক মাহফুজ আনাম`; closing its line or
  // before a comma, a byline's (`সমকাল প্রতিবেদক⏎`, `কালের কণ্ঠ প্রতিনিধি, নোয়াখালী`), which confirms no name
  const staff = phraseStartingAt(text, afterFiller(text, j), bareStaffList);
  if (staff !== undefined) return BYLINE_END.test(text.slice(afterFiller(text, j) + staff.length)) ? DESK : STAFF;
  // what the outlet says (`যা`, "what"), denied: `এএফপি যা বলছে তা ঠিক নয়`; the pattern's time of what followed is a
  // report's, so a bare name before another word (`রয়টার্স যুদ্ধের পর জানিয়েছে`) is no denial
  const denial = text.charCodeAt(j) === 0x09af && text.charCodeAt(j + 1) === 0x09be ? DENIAL.exec(text.slice(j)) : null;
  if (denial && denial[1] === undefined) return DENIED;
  const part = phraseStartingAt(text, j, outletPartList);
  const partner = part === undefined ? PARTNER.exec(text.slice(j))?.[0] : undefined;
  // a part in the genitive is the outlet's, and so is what it filmed: `রয়টার্স টিভির ফুটেজে দেখা যায়`
  const report =
    part !== undefined ? reportAfter(text, skipSpacesRight(text, j + part.length), part.endsWith("র")) : partner !== undefined ? reportAfter(text, j + partner.length) : undefined;
  if (report !== undefined) return report;
  if (phraseStartingAt(text, j, nominativeSourceList) !== undefined) return REPORT;
  // English word order: the verb right after the name or its descriptor (`Reuters reported`, `AFP news agency said`),
  // or after a clause between commas (`Reuters, citing two sources, reported`)
  let verbAt = j;
  if (text.charCodeAt(j) === 0x2c) {
    const comma = text.indexOf(",", j + 1);
    if (comma > 0 && clauseEnd(text, j, 80) > comma) verbAt = skipSpacesRight(text, comma + 1);
  }
  // or after a possessive and a part of the outlet (`the BBC's Bengali service reported`); `the BBC's correspondent said`
  // is the correspondent's word, and names the outlet as a staff noun does (`AP's photographer`, `an AP photographer`)
  if (POSSESSIVE_STAFF.test(text.slice(verbAt))) return { role: "mention", cue: "staff" };
  let possessive = POSSESSIVE_PART.exec(text.slice(verbAt));
  // a fact check after an article is one report of the outlet (`a Reuters fact-check found`); with none, the unit's name
  // before its verb (`AFP Fact Check found`), or a headline's before its colon (`AFP Fact Check: …`)
  if (possessive?.[1]?.startsWith("fact") && !possessive[3] && !articled) possessive = null;
  verbAt += possessive?.[0].length ?? 0;
  verbAt = skipSpacesRight(text, verbAt + (phraseStartingAt(text, verbAt, mediaDescriptorList)?.length ?? 0));
  // and up to two words before it (`KCNA news agency later said`, `Reuters has also learned`)
  // or an adverb in -ly (`Reuters quickly reported`, `Bloomberg exclusively reported`)
  for (let k = 0; k < 2; k++) {
    verbAt = skipSpacesRight(text, verbAt + (phraseStartingAt(text, verbAt, adverbList) ?? LY_ADVERB.exec(text.slice(verbAt))?.[0] ?? "").length);
  }
  // what the outlet's report, inquiry or tally said is its report (`a BSS report said`, `the Guardian's report said`), or
  // what follows its colon opening a headline or a caption (`Reuters analysis: …`, `AFP Fact Check: …`)
  if (possessive?.[3] || phraseStartingAt(text, verbAt, englishVerbList) !== undefined) return possessive?.[1] === undefined ? { role: "source", cue: "reporting-verb" } : REPORT;
  // … and what it read, up to three words after `of`, `into` or `based on`, before the verb (`a Reuters analysis of
  // shipping data found`, `an AFP count based on official figures showed`)
  for (let k = possessive?.[2] === undefined ? 0 : 3; k-- > 0 && (verbAt = text.indexOf(" ", verbAt) + 1) > 0; ) {
    if (phraseStartingAt(text, verbAt, englishVerbList) !== undefined) return REPORT;
  }
  // its report with no verb of its own is acted on, not quoted: `The ministry dismissed an AP report as propaganda`
  if (possessive?.[1] !== undefined) return DENIED;
  const verb = firstVerb(text.slice(j, clauseEnd(text, j, 100)));
  return verb ? { role: "source", cue: "reporting-verb" } : verb === null ? FELT : NONE;
}

/**
 * An English possessive, up to two words and a part of the outlet that reports (`'s Bengali service `, `' website `, `'s live page `,
 * `'s English edition `, `'s Delhi bureau `, `'s report on Monday `), or such a part right after the name (`report `,
 * `investigation `); captured, a report, an inquiry, a tally, an analysis, its calculations, a documentary, an editorial, a poll, a fact check or explainer before a colon or what it
 * photographed or filmed (`a Dawn editorial said`, `AFP photos showed`), then what it read (`of `, `into `,
 * `based on `), and then a headline's colon or bar (`analysis: `, `Fact Check | `); or such a part closing its clause (`the AP
 * report.`). Run on the text after a name.
 */
const POSSESSIVE_PART =
  /^(?:'s? (?:[a-z]+ ){0,2}?|tv )?(?:service|edition|website|site|page|channel|(report|investigation|tally|analysis|review|count|data|figures|calculations|documentary|editorial|(?:exit |opinion )?poll|survey|photos?|images?|video|footage|explainer|fact[ -]check(?: team| unit)?)( of| into| based on)?|network|bureau|desk|programme|program)( ?[:|])?(?: (?:on [a-z]+ )?|(?=[.,]))/;

/**
 * A person of the outlet after its English possessive, up to two words between (`'s correspondent`, `' chief
 * photographer`, `'s prime-time host`, `'s South Asia correspondent`, `'s Dhaka bureau chief`), or right after its name
 * (`AP photographer`, `a BBC presenter`, `AFP bureau chief`); a host in the singular only, since
 * `CNN hosts the debate` is the verb. Run on the text after a name.
 */
const POSSESSIVE_STAFF = /^(?:'s? (?:[a-z-]+ ){0,2}?)?(?:bureau )?(?:(?:correspondent|reporter|photographer|journalist|cameraman|editor|producer|columnist|witness|anchor|presenter|chief)s?|host)(?![a-z])/;

/**
 * Whether a sentence's full stop (`।`, `.`, `?`, `!`) ends the text at `end`, or a bracket closed after it: a note in
 * brackets is a sentence of its own (`(… from a syndicated feed.) — IANS`).
 *
 * @param text - the matching view
 * @param end - where the sentence would end
 * @returns true after a full stop
 */
export function isFullStop(text: string, end: number): boolean {
  const code = text.charCodeAt(insideBracket(text, end) - 1);
  return code === 0x0964 || code === 0x2e || code === 0x3f || code === 0x21;
}

/** Where a sentence ends before `end`: inside one closing bracket there (a run of them is no note), else at `end`. */
function insideBracket(text: string, end: number): number {
  return text.charCodeAt(end - 1) === 0x29 ? end - 1 : end;
}

/** An English adverb in -ly after a name, before its verb; four letters before the ending at least (not `Italy`). */
const LY_ADVERB = /^[a-z]{4,}ly(?![a-z])/;

/**
 * Whether a medium's descriptor starts at `start`: `Dawn newspaper`, `দৈনিক`.
 *
 * @param text - the matching view
 * @param start - where to look
 * @returns true when one does
 */
export function isDescriptorAt(text: string, start: number): boolean {
  loadVocabulary();
  return phraseStartingAt(text, start, mediaDescriptorList) !== undefined;
}

/**
 * Whether a name (and an English descriptor after it) closes its clause: `said Reuters.`, `reported the state-run BSS
 * news agency,` — after an English verb, the name is its subject; before more words (`said CNN was biased`), its object.
 *
 * @param text - the matching view
 * @param end - where the name ends
 * @returns true before a comma, a full stop, a semicolon, a colon, a daari, a line end or the text's end
 */
export function closesClause(text: string, end: number): boolean {
  loadVocabulary();
  const j = skipSpacesRight(text, end);
  const after = skipSpacesRight(text, j + (phraseStartingAt(text, j, mediaDescriptorList)?.length ?? 0));
  // `charAt` past the end is "", which every string includes
  return ",.;:।\n".includes(text.charAt(after));
}

/**
 * The quotative `বলে` at the end of what comes before a verb, with one word between if any (the verb's subject), not a
 * time (`বলে আজ`, `বলে বুধবার`, `বলে সম্প্রতি`, `বলে আবার`), an adverb in `-এ` (`বলে পরে`, `বলে রাতে`, `বলে
 * আনুষ্ঠানিকভাবে`) or the outlet itself (`বলে সংস্থাটি`, `বলে পত্রিকাটি`).
 */
const QUOTATIVE_BEFORE =
  /বলে ((?!আজ |গতকাল |\S*বার |\S\S+ে |সম্প্রতি |আবার |(?:সংস্থা|সংবাদমাধ্যম|গণমাধ্যম|পত্রিকা|চ্যানেল|টেলিভিশন)টি )\S+ )?$/;

/**
 * The first verb of a clause, read at word starts: true for a verb of reporting with neuter agreement (the
 * organisation reported), false for a verb of speech with honorific agreement (a person spoke) or for one after the
 * quotative `বলে` with its subject right after it or right before it (`খাতে বুম চলছে বলে জানিয়েছে ব্যবসায়ীরা`,
 * `… বলে ব্যবসায়ীরা জানিয়েছে`: what came before is said).
 */
function firstVerb(clause: string): boolean | null | undefined {
  let previousIsWord = false;
  for (let i = 0; i < clause.length; i++) {
    const isWord = isWordUnit(clause.charCodeAt(i));
    if (isWord && !previousIsWord) {
      const verb = phraseStartingAt(clause, i, verbList);
      if (verb !== undefined) {
        // the quotative right before the verb, or with one word between, the verb's subject
        const said = QUOTATIVE_BEFORE.exec(clause.slice(0, i));
        if (speechVerbs.has(verb)) return false;
        // a feeling expressed (`দুঃখ প্রকাশ করেছে`) reports nothing, but the outlet that feels it is the one named
        if (isFeelingBefore(clause, i)) return null;
        return !(said && (said[1] || isWordUnit(clause.charCodeAt(i + verb.length + 1))));
      }
    }
    previousIsWord = isWord;
  }
  return undefined;
}

/** Whether a noun of a feeling ends right before `start` (a verb's start): `দুঃখ প্রকাশ করেছে`, `উদ্বেগ জানিয়েছে`. */
function isFeelingBefore(text: string, start: number): boolean {
  return phraseEndingAt(text, skipSpacesLeft(text, start), feelingList) !== undefined;
}

/**
 * The partner of a joint report after a bare name: a word glued on with a hyphen or slash (`-ইপসোস `, `/ইপসোসের `,
 * `-এনওআরসি `), or a joiner and then, within three words, a word in the genitive (ending in `র`) and spaces
 * (`ও ইপসোসের `, `ও অন্যান্য সংবাদমাধ্যমের `). The nearest such word is the partner, so that a report noun ending in `র` is
 * not taken for it (`ও অন্যান্য গণমাধ্যমের খবর অনুযায়ী`). Run on the text after a name.
 */
const PARTNER = /^(?:[-/][^\s,।]{1,24} +|(?:ও |এবং |[,/&-] ?)(?:[^\s,।]{1,24} ){0,2}?[^\s,।]{1,24}র +)/u;

/**
 * A model name right after a name, after a space or a hyphen (`স্পুটনিক ভি`, `স্পুটনিক-ভি`, `স্পুটনিক লাইট`,
 * `Sputnik V`): the name is a product's. Sticky.
 */
const MODEL = /[- ](?:ভি|লাইট|v)(?![\p{L}\p{M}\p{Nd}])/uy;

/** Skips a short bracketed gloss after a name: `করপোরেশনের (এবিসি) এক প্রতিবেদনে`. */
function skipBracket(text: string, start: number): number {
  if (text.charCodeAt(start) !== 0x28) return start;
  const stop = Math.min(text.length, start + 30);
  for (let i = start + 1; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x29) return skipSpacesRight(text, i + 1);
    if (code === 0x28 || code === 0x0a) break;
  }
  return start;
}

function afterGenitive(text: string, j: number): RightContext {
  // right after the name, or after one filler (`বিবিসির এক প্রশ্নের জবাবে`, `রয়টার্সের একটি সাক্ষাৎকারে`)
  const k = afterFiller(text, j);
  if (phraseStartingAt(text, k, withWordList) !== undefined) return INTERVIEW;
  return reportAfter(text, j, true) ?? (GIVEN_STATEMENT.test(text.slice(j)) ? INTERVIEW : NONE);
}

/**
 * An interview, or an interview or a statement given (`দেওয়া`, `দেয়া`, then within two words: `দেওয়া এক টেলিভিশন
 * সাক্ষাৎকারে`, `দেয়া বিবৃতিতে`; not a licence or a permit: `আল জাজিরাকে দেওয়া সম্প্রচারের অনুমতি`), after an outlet's
 * name in the dative; after its name in the genitive, given to its programme (up to five words before `দেওয়া`: `বিবিসির হার্ডটক
 * অনুষ্ঠানে দেওয়া সাক্ষাৎকারে`), or one on its programme (`অনুষ্ঠানে` for `দেওয়া`: `বিবিসির হার্ডটক অনুষ্ঠানে এক
 * সাক্ষাৎকারে`). Run on the text after the name, anchored there.
 */
const GIVEN_STATEMENT =
  /^(?:(?:[^\s,।]+ ){0,5}?(?:দেও?য়া|অনুষ্ঠানে) (?:[^\s,।]+ ){0,2}?(?:বিবৃতি|বক্তব্য|প্রতিক্রি|সাক্ষাৎকার|মন্তব্য)|(?:[^\s,।]+ ){0,3}?সাক্ষাৎকার)/u;

/**
 * A message given or sent (`দেওয়া`, `দেয়া`, `পাঠানো`, then within two words an e-mail, a message or a letter), after an
 * outlet's name in the dative: `এএফপিকে দেওয়া এক ই-মেইল বার্তায়`, `রয়টার্সকে পাঠানো এক ইমেইলে`, `বিবিসিকে দেওয়া এক চিঠিতে`. Run on the text after the name,
 * anchored there.
 */
const GIVEN_MESSAGE = /^(?:দেও?য়া|পাঠানো) (?:[^\s,।]+ ){0,2}?(?:ই-?মেইল|বার্তা|চিঠি)/u;

/** The news media, not a report though its first word is one: `আমার দেশের সংবাদমাধ্যমগুলো` ("my country's media"). */
const MEDIA = /^সংবাদমাধ্যম/;

/**
 * `সাবেক`, `প্রাক্তন` ("former"), or a rank of the desk, `যুগ্ম` ("joint"), `সহকারী` ("assistant"), `ভারপ্রাপ্ত`
 * ("acting"), `নির্বাহী` ("executive"), `উপদেষ্টা` ("advisory"), `সিনিয়র`, `উপ` ("deputy", also joined by a hyphen), and
 * the space after it, before a staff noun: `সমকালের যুগ্ম বার্তা সম্পাদক`, `প্রথম আলোর উপদেষ্টা সম্পাদক`.
 */
const FORMER = /^(?:(?:সাবেক|প্রাক্তন|যুগ্ম|সহকারী|ভারপ্রাপ্ত|নির্বাহী|উপদেষ্টা|সিনিয়র) |উপ[- ])/;

/**
 * One word not in the genitive and the spaces after it: the city or beat of a journalist after it (`কাবুল প্রতিনিধি`,
 * `অর্থনীতি সম্পাদক`); not a party's or a union's offices (`সাধারণ সম্পাদক`, `সাংগঠনিক সম্পাদক`). Sticky.
 */
const POST = /(?!সাধারণ |সাংগঠনিক )[^\s,।]{0,23}[^\s,।র] +/uy;

/**
 * A report or citation noun (or a staff noun), after up to four filler words and then one other word before a journalist;
 * after a genitive name, what it filmed too.
 */
function reportAfter(text: string, start: number, genitive?: boolean): RightContext | undefined {
  let j = start;
  let posted = false;
  let seen = false;
  for (let step = 0; step < 5; step++) {
    // former staff too (`সমকালের সাবেক সম্পাদক`), but only before a staff noun: `বিবিসির সাবেক সংবাদ পাঠিকা`
    if (staffAt(text, j + (FORMER.exec(text.slice(j, j + 12))?.[0].length ?? 0))) return { role: "mention", cue: "staff", posted };
    if (phraseStartingAt(text, j, baratNounList) !== undefined) return BARAT;
    if (!MEDIA.test(text.slice(j, j + 11)) && (phraseStartingAt(text, j, reportNounList, false) ?? (genitive && phraseStartingAt(text, j, footageNounList, false)))) {
      return reportRole(text.slice(j));
    }
    // a service or edition of the outlet, then its verb: "বিবিসির বাংলা সার্ভিস জানিয়েছে"
    if (step > 0 && phraseStartingAt(text, j, reportingVerbList) !== undefined) return REPORT;
    const filler = phraseStartingAt(text, j, fillerList) ?? WEEKDAY.exec(text.slice(j))?.[0];
    if (filler === undefined) {
      // … or one word not in the genitive, a city the fillers do not list: "রয়টার্সের কাবুল প্রতিনিধি"
      POST.lastIndex = j;
      // or two or three (`বিবিসির দক্ষিণ এশিয়া সংবাদদাতা`, `বিবিসির দক্ষিণ এশিয়া বিষয়ক সম্পাদক`)
      posted = false;
      for (let k = 0; k < 3 && !posted && POST.test(text); k++) posted = phraseStartingAt(text, POST.lastIndex, journalistList, false) !== undefined;
      // after what the outlet got hold of or saw, any words: `হাতে আসা গোপন নথিতে`
      return posted ? { role: "mention", cue: "staff", posted } : seen ? REPORT : undefined;
    }
    posted ||= phraseStartingAt(text, j, cityList) !== undefined;
    seen ||= phraseStartingAt(text, j, seenList) !== undefined;
    j = skipSpacesRight(text, j + filler.length);
    // the outlet's work opening a headline, a filler before its colon: `রয়টার্সের এক্সক্লুসিভ: …`, `বিবিসির ফ্যাক্ট চেক: …`
    if (genitive && text[j] === ":") return REPORT;
  }
  return undefined;
}

/**
 * Whether a staff noun starts at `k`, bare, in a case or in the plural (`বার্তা প্রধানকে`, `সম্পাদকের`, `কর্মীদের`, `অফিসে`,
 * `সাংবাদিকেরা`, `কর্মীরা`), so the list writes each noun once: no other word that opens with one (`অফিসার`).
 */
function staffAt(text: string, k: number): boolean {
  const noun = phraseStartingAt(text, k, staffList, false);
  return noun !== undefined && (!isWordChar(text, k + noun.length) || STAFF_CASE.test(text.slice(k + noun.length, k + noun.length + 4)));
}

/** A case or plural ending of a staff noun, and nothing after it in the word. */
const STAFF_CASE = /^(?:কে|ে?রা?|দের|ে)(?![\u0980-\u09ff])/u;

/** Where the word after `j` starts when that word is a filler (`এক`, `একটি`, `গতকাল`), else `j`. */
function afterFiller(text: string, j: number): number {
  return skipSpacesRight(text, j + (phraseStartingAt(text, j, fillerList)?.length ?? 0));
}

/** What the words after a report noun make of it: the source, or only named when denied or named as a time. */
function reportRole(report: string): RightContext {
  const denial = DENIAL.exec(report);
  return denial === null ? REPORT : denial[1] === undefined ? DENIED : TIME_REPORT;
}

/**
 * The time or topic of a report, after an outlet in the locative and before the report: `গত` ("last") and `গতকাল`
 * ("yesterday"), `এ নিয়ে`, `এ বিষয়ে` ("on this"), and `প্রথম` ("first": `কালের কণ্ঠেই প্রথম এ খবর প্রকাশিত হয়`).
 * Run on the text after the name.
 */
const LOCATIVE_LEAD = /^(?:গত|প্রথম|এই? (?:নিয়ে|বিষয়ে))/;

/** One word and the spaces after it, no comma or daari in it, at the start of what it is run on. */
const WORD = /^[^\s,।]+ +/u;
/** The most units {@link WORD} is run on: no word is longer. */
const WORD_REACH = 80;

/** A report noun and its publishing, printing or airing after it, the noun's ending between (`খবরটি ছাপা হয়`). Run on the text from the noun. */
const PUBLISHED = /^[^\s,।]* +(?:প্রকাশ|প্রচার|ছাপা)/u;

/** An outlet's report or words that the text denies, or its English report with no verb of its own: named, not its source. */
export const DENIED: RightContext = { role: "mention", cue: undefined };

/** An outlet's report named as the time or cause of what followed it: it names the outlet, and is not the source. */
const TIME_REPORT: RightContext = { role: "mention", cue: "report" };

/**
 * A report noun in the dative and one word that the text calls it, whatever the word (`প্রতিবেদনকে পক্ষপাতদুষ্ট বলেছে`,
 * `খবরকে ভুয়া বলে`, `প্রতিবেদনকে ‘একপেশে’ আখ্যা`): the outlet is named, not quoted. Or a denial right after an outlet's report noun not in the locative (`প্রতিবেদনে` opens what it says), or after `যা`
 * ("what"), its verb and `তা` ("that"), the noun in the locative before them (`খবরে যা বলা হয়েছে, তা`) and one word after
 * them (`তা সম্পূর্ণ`): a word and `নয়` ("is not": `প্রতিবেদন সঠিক নয়`, `যা বলছে তা ঠিক নয়`), or a word that calls it
 * false, made up or a rumour, rejects, denies, criticises, protests, condemns, answers or goes against it, or questions it
 * (`নিয়ে প্রশ্ন`), after a word of degree or its adverb or not and a single opening quote or not
 * (`প্রতিবেদনকে ভিত্তিহীন বলে`, `খবরটি বানোয়াট`, `খবর নাকচ করে`, `প্রতিবেদনটি পুরোপুরি ভিত্তিহীন`, `প্রতিবেদন অস্বীকার করেছে`,
 * `প্রতিবেদনটির সমালোচনা`, `প্রতিবেদনের তীব্র সমালোচনা`, `খবরের কড়া প্রতিবাদ`, `প্রতিবেদনের জবাব`, `খবরটিকে গুজব বলে`,
 * `প্রতিবেদনটি তীব্রভাবে প্রত্যাখ্যান`, `প্রতিবেদনের বিরুদ্ধে`, `প্রতিবেদন নিয়ে প্রশ্ন তুলেছে`, `প্রতিবেদনকে ‘মিথ্যা’ বলে`: the matching view writes ‘ as '); or its screening or airing, or its showing stopped or refused, a word of where between
 * (`প্রামাণ্যচিত্রের প্রদর্শন আটকে দিয়েছে`, `প্রামাণ্যচিত্রটি নেটফ্লিক্সে দেখানো হয়নি`: the film acted on, not quoted). Captured: the time or cause of what
 * followed, after its publishing or airing or not (`প্রতিবেদন প্রকাশের পর`, `প্রকাশিত হওয়ার পর`, `খবর প্রকাশের পরদিন`,
 * `প্রচারের পরপরই`, `প্রতিবেদনের জেরে`, `পরিপ্রেক্ষিতে`, `প্রেক্ষাপটে`; not `প্রতিবেদনের পরবর্তী অংশে`), when it was
 * published or printed, though it was or because it was (`প্রকাশিত হলে`, `প্রকাশ হলে`, `ছাপা হলে`, `প্রকাশিত হলেও`, `প্রকাশিত হওয়ায়`), or up to two words after its publishing,
 * before or within a while of it (`প্রকাশের দুই দিন পর`, `প্রকাশের আগেই`, `প্রকাশের কয়েক ঘণ্টার মধ্যে`). Run on the text from where the noun ends, anchored there.
 */
const DENIAL =
  /^(?:[^\s,।]*কে +[^\s,।]+ +(?:বল|আখ্যা)|(?:(?:[^\s,।]*ে +)?যা +(?:বলা +)?[^\s,।]+,? +তা(?: +[^\s,।]+)?|[^\s,।]*(?:[^\s,।ে]|কে)) +(?:(?:পরে +)?প্রত্যাহার|(?:[^\s,।]+ +নয়|((?:প্রকাশ|প্রচার|ছাপা)\S* +(?:[^\s,।]+ +){0,2}?(?:হলেও?|হওয়ায়|(?:পর|আগে|মধ্যে)\S{0,3})|পর\S{0,3}|জেরে|(?:পরি)?প্রেক্ষিতে|প্রেক্ষাপটে))(?![\p{L}\p{M}\p{Nd}])|(?:(?:পুরোপুরি|সম্পূর্ণ|একেবারে|সর্বৈব|তীব্র|কড়া|কঠোর|জোরালো|দৃঢ়)(?:ভাবে)? +)?'?(?:মিথ্যা|ভিত্তিহীন|নাকচ|প্রত্যাখ্যান|অস্বীকার|সমালোচনা|প্রতিবাদ|নিন্দা|জবাব|অপপ্রচার|গুজব|মনগড়া|বিরুদ্ধে|নিয়ে +প্রশ্ন|বানোয়াট|বিভ্রান্তিকর|অসত্য|উদ্দেশ্যপ্র)|সম্প্রচার|প্রদর্শন|(?:[^\s,।]+ +)?দেখানো +(?:হয়নি|হবে না|বন্ধ)))/u;

/**
 * A weekday or a year between a genitive name and its report (`রয়টার্সের শনিবারের প্রতিবেদনে`, `রয়টার্সের ২০২২ সালের একটি
 * প্রতিবেদনে`). The dates' weekday vocabulary is not
 * used: it would bring its English and colloquial spellings into every attribution bundle (about 0.2 KB gzipped). The
 * matching view writes Bengali digits as ASCII ones.
 */
const WEEKDAY = /^(?:(?:শনি|রবি|রোব|সোম|মঙ্গল|বুধ|বৃহস্পতি|শুক্র)বার|\d{4} সাল)(?:ের|ে)?(?![\p{L}\p{M}\p{Nd}])/u;

/**
 * Whether a bare name is part of another body's name, the noun of an organisation after it (`রয়টার্স ইনস্টিটিউটের`,
 * `বিবিসি ভবনে`), or, for an ambiguous name, its namesake used as a modifier of the noun after it (`নিক্কেই সূচক`,
 * `সিসিটিভি ফুটেজে`) or the name of a product with its model (`স্পুটনিক ভি`).
 *
 * @param text - the matching view
 * @param end - where the name ends
 * @param ambiguous - whether the name also means something else
 * @returns true when the name is not the agency's here
 */
export function isNamesakeBefore(text: string, end: number, ambiguous: boolean): boolean {
  loadVocabulary();
  const at = skipSpacesRight(text, end);
  const noun = namesakeNounAt(text, at);
  MODEL.lastIndex = end;
  if (ambiguous ? noun !== undefined || MODEL.test(text) : ORGANISATION_NOUNS.includes(noun as string)) return true;
  // one word between, not a verb (`আফগানিস্তান ইন্টারন্যাশনাল ক্রিকেট স্টেডিয়ামে`, not `রয়টার্স জানায় স্টেডিয়ামে`)
  POST.lastIndex = at;
  const venue = POST.test(text) ? namesakeNounAt(text, POST.lastIndex) : undefined;
  return venue !== undefined && ORGANISATION_NOUNS.includes(venue) && phraseStartingAt(text, at, verbList) === undefined;
}

/** A namesake or organisation noun (a stem) at `at`; a stem of two units only as a whole word (`শো`, not `শোনা`). */
function namesakeNounAt(text: string, at: number): string | undefined {
  const noun = phraseStartingAt(text, at, namesakeNounList, false);
  return noun !== undefined && noun.length < 3 && isWordChar(text, at + noun.length) ? undefined : noun;
}

/**
 * Whether a name is the source of a photo credit on its line (`ফাইল ছবি এএফপি`, `ছবি: রয়টার্স`, `… –রয়টার্স`):
 * a credit marker with a separator shortly before it, and the line ending soon after.
 *
 * @param text - the matching view
 * @param start - where the name starts
 * @param end - where it ends
 * @returns true inside a credit
 */
export function isInCredit(text: string, start: number, end: number): boolean {
  loadVocabulary();
  const after = clauseEnd(text, end, 40);
  if (after - end >= 30) return false;
  // `–রয়টার্স`, `— রয়টার্স` at the end of a caption (with a caption before it: spaces alone open no caption); after a
  // sentence's full stop (`… নিহত। -রয়টার্স`) or running text (`isRunningLine`) it signs the story, unless a photo word
  // ends that sentence, in brackets too (`ফাইল ছবি। -এএফপি`, `(ফাইল ছবি।) — এএফপি`)
  const dash = skipSpacesLeft(text, start) - 1;
  const before = skipSpacesLeft(text, dash);
  if (text.charCodeAt(dash) === 0x2d && text.charCodeAt(dash - 1) === 0x20 && before > 0) {
    if (phraseEndingAt(text, insideBracket(text, before) - 1, creditMarkerList) !== undefined) return true;
    if (!isFullStop(text, before) && !isRunningLine(text, before)) return true;
  }
  const adjoining = skipSpacesLeft(text, start);
  // a marker counts before a separator or right before the name: other ends are not looked up; the clause is read back
  // to its start, at most 60 units
  for (let i = start, stop = Math.max(0, start - 60); i > stop && !isSentenceEnd(text.charCodeAt(i - 1)); i--) {
    const next = text.charCodeAt(i);
    const separated = isLabelEnd(next) || next === 0x2c || next === 0x2f;
    if (!separated && i !== adjoining) continue;
    const marker = phraseEndingAt(text, i, creditMarkerList);
    if (marker !== undefined && (separated || marker.includes(" ") || after - end <= 2)) return true;
  }
  return false;
}

/**
 * Running text, not a caption: eight words at least and a verb in the present perfect (`-েছে`, `-েছেন`) on the line.
 * Run on the line.
 */
const RUNNING = /^(?=.*\Sেছেন?(?![\p{L}\p{M}]))(?:\S+ +){7}/u;

/**
 * Whether the line that ends at `end` (its last word's end) is a paragraph of running text, which a wire's name
 * after a dash signs (`… ছাড়িয়েছে বলে জানিয়েছে স্বাস্থ্য মন্ত্রণালয় — রয়টার্স`), not a caption, which it credits
 * (`শিশুরা খেলছে — রয়টার্স`).
 *
 * @param text - the matching view
 * @param end - where the line's text ends
 * @returns true for running text
 */
export function isRunningLine(text: string, end: number): boolean {
  return RUNNING.test(text.slice(text.lastIndexOf("\n", end - 1) + 1, end));
}
