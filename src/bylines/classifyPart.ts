/**
 * Reads one part of a byline (the words between separators and conjunctions) as a contributor, a place, an
 * outlet, a date or a flag.
 */
import { byFirstUnit } from "../_lib/byFirstUnit.ts";
import { patternWords } from "../_lib/patternWords.ts";
import type { NormalizedText } from "../text/normalize.ts";
import { lookupAgency, shortOutlet, type AgencyHit } from "./agencyLookup.ts";
import { cleanValue } from "./clean.ts";
import { keyOf, valueOf, type Token } from "./tokens.ts";
import {
  ADDRESS_START,
  BODY_NAME,
  BUREAU_ENDINGS,
  CAMPUSES,
  COMPILED_REPORTS,
  DESK_CHANNELS,
  DESK_ENDINGS,
  DESK_WORD,
  DISTRICTS,
  EDITORIALS,
  EDITOR_ROLE,
  EVENT_ENDING,
  GENERIC_AGENCIES,
  INSTITUTION_ENDINGS,
  LABELS,
  LANDMARKS,
  NAME_EXCLUDING_ENDINGS,
  PLACES,
  PRESS_RELEASES,
  REPORT_VERBS,
  TRANSLATED_AFTER,
  RETURN_ENDINGS,
  ROLES,
  ROLE_MAX_WORDS,
  LABEL_ROLES,
  PHOTOGRAPHER_ROLE,
  TRANSLATOR_ROLE,
  type RoleInfo,
} from "./vocabulary.ts";

/** A contributor being built. */
export interface Draft {
  kind: "person" | "desk" | "staff" | "correspondent" | "bureau" | "agency";
  name?: string;
  role?: string;
  place?: string;
  agency?: string;
  district?: string;
  desk?: string;
  beat?: string;
  outlet?: string;
  institution?: string;
  lang?: "bn" | "en";
}

/** A place with its district. */
export interface PlaceValue {
  readonly place: string;
  readonly district?: string | undefined;
}

/** What a part of a byline is. */
export type Part =
  | {
      readonly type: "contributor";
      readonly draft: Draft;
      readonly roleOnly: boolean;
      /** A plural English role (`Staff Correspondents`; no role ends in s but a plural one): every name before it has it. */
      readonly plural?: boolean;
    }
  | {
      readonly type: "place";
      readonly value: PlaceValue;
      /** One unknown word opening the text: a place only if nothing better comes. */
      readonly weak?: boolean;
      /** The unknown word may be a one-word name (`আসাদুজ্জামান`): it has no place-name ending. */
      readonly nameLike?: boolean;
      /** The place is in the gazetteer (or has its district in brackets). */
      readonly known?: boolean;
    }
  | { readonly type: "outlet"; readonly outlet: string }
  /** A part of a street address after a name: "বাসা ২৩", "ব্লক বি". */
  | { readonly type: "address" }
  | { readonly type: "institution"; readonly institution: string }
  | {
      readonly type: "registry";
      readonly id: string;
      readonly wire: boolean;
      readonly place?: PlaceValue;
      /** A date before the agency in brackets: "March 7 (Reuters)". */
      readonly date?: string;
    }
  /** A date, after the place it was filed from if one opens it: "শিলিগুড়ি ১২ জুলাই". */
  | { readonly type: "date"; readonly text: string; readonly place?: PlaceValue }
  /** A title such as `নির্বাহী সম্পাদক`: the role of the name before it, and nothing alone. */
  | { readonly type: "title"; readonly role: string; readonly institution?: string; readonly outlet?: string }
  | { readonly type: "desk-word" }
  | { readonly type: "press-release"; readonly name: string }
  | { readonly type: "compiled" }
  /** A tournament or games a sports writer reports from: no place, but a one-word name before it is a name. */
  | { readonly type: "event" }
  | { readonly type: "unknown" };

const LATIN = /^[a-z][a-z\d'.-]*$/;
/** "Desk report" in either spelling of desk, and the name it is read as; patterns, whose letters a bundle keeps as they are. */
const DESK_REPORT = /^(?:ডেস্ক|ডেক্স) রিপোর্ট$/;
const DESK_REPORT_NAME: string = /* @__PURE__ */ (() => /ডেস্ক রিপোর্ট/.source)();
const NUMBER = /^\d+$/;
const LETTERS = /^[\p{L}\p{M}.'-]+$/u;
const DIGITS = /\d/;
const DAY = /^\d{1,2}(?:ই|শে|লা|রা|ঠা|th|st|nd|rd)?$/u;
const DOMAIN = /(?:\.(?:com|net|org|in|bd|info|news|tv|কম)|টোয়েন্টিফোর|টুয়েন্টিফোর)$/u;
const OUTLET_HINT =
  /(?:অনলাইন|নিউজ|ডটকম|বার্তা|টাইমস|টিভি|পত্রিকা|প্রতিদিন|খবর|সংবাদ|কাগজ|কণ্ঠ|দর্পণ|news|online|times|tv|[\p{L}\p{M}]24)$/u;
const YEAR = /^\d{4}$/;
/**
 * An English month name or its short form, lower case, with an optional dot (`March`, `Sept.`): wire datelines
 * put it first (`March 7 (Reuters) -`). A pattern rather than the month table, which would bring every Bengali
 * spelling of the months into the byline reader.
 */
const ENGLISH_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/;

/**
 * Words that never belong to a name: they mark prose, or a photo credit (`নিজস্ব চিত্র`, `ফাইল ছবি`, `সংগৃহীত ছবি`, `… সৌজন্যে`), so
 * the part is not a byline.
 */
const PROSE_WORD_RE = /^(?:করেছে|করেছেন|হয়েছে|বলেন|বলেছেন|জানান|গতকাল|আজ|এই|সেই|থেকে|হবে|করে|হয়|একটি|এক|জন্য|সঙ্গে|সাথে|নিয়ে|তিনি|তারা|আমি|না|নিজস্ব|চিত্র|ফাইল|সংগৃহীত|প্রতীকী|সৌজন্যে|সাক্ষাৎকার|the|of|in|on|is|was)$/u;

/**
 * A title or profession after a name, by its last word (`নির্বাহী সম্পাদক`, `উপসম্পাদক`, `Editor`, `সভাপতি`,
 * `সহযোগী অধ্যাপক`, `চিকিৎসক`, `আইনজীবী`, `প্রধান শিক্ষক`, `শিক্ষার্থী`, `গবেষক`, `সাংবাদিক`, `মেডিসিন বিশেষজ্ঞ`,
 * `সাবেক রাষ্ট্রদূত`, `নিউজ এডিটর`, `কলামিস্ট`, `অধ্যক্ষ`, `উপাধ্যক্ষ`, `বীর মুক্তিযোদ্ধা`, `কথাসাহিত্যিক`, `প্রাবন্ধিক`, `নাট্যকার`, `চলচ্চিত্র নির্মাতা`,
 * `সাবেক নির্বাচন কমিশনার`, `উদ্যোক্তা`, `সংগীতশিল্পী`, `সাবেক সেনা কর্মকর্তা`, `ভাইরোলজিস্ট`, `Journalist`, `ব্যাংকার`, `Banker`, `সদস্য`, `Member`, `Dean`; not `ইকোনমিস্ট` or `Economist`, which the registry knows).
 * It is read only after a name: alone or before a name (`সম্পাদক: NAME` in a masthead or imprint, `লেখক: NAME`) it
 * names no writer. `প্রকাশক` and `Publisher` too (`সম্পাদক ও প্রকাশক: NAME`, `Editor & Publisher: NAME`). `প্রভাষক` by `ভাষক`, `চেয়ারম্যান` by `রম্যান` (no য় in it, so either spelling of য় matches), `ক্যামেরাম্যান`, `লাইনম্যান`, `স্টেটসম্যান`: not a surname's `ম্যান` (`টমাস ফ্রিডম্যান`, `পল ক্রুগম্যান`).
 * `কবি` and `প্রকৌশলী` are honorifics before a name; `কবি` alone after one is a title (`NAME, কবি`), as are `ঔপন্যাসিক`,
 * `গীতিকার`, `সুরকার`, `অভিনেতা` and `অভিনেত্রী`; `Secretary` (`Joint Secretary`) and `Ambassador`; a minister
 * (`সাবেক মন্ত্রী`, `প্রেস মিনিস্টার`, `Former Minister`); `Chairman`, `Chairperson` and `Chief Executive`; a founder and a
 * chair (`প্রতিষ্ঠাতা`, `Founder`, `প্রতিষ্ঠাতা চেয়ার`); a commission's `Joint Chief` (not `Chief` alone: `Bureau Chief`).
 */
const TITLE = /(?:সম্পাদক|editor|এডিটর|professor|সভাপতি|চিকিৎসক|অধ্যাপক|উপাচার্য|আইনজীবী|শিক্ষক|গবেষক|সাংবাদিক|বিশেষজ্ঞ|বিদ|বিজ্ঞানী|কর্মী|বিশ্লেষক|সচিব|উপদেষ্টা|পরিচালক|ভাষক|লেখক|প্রকাশক|গভর্নর|(?:রা?|ন|স)ম্যান|দূত|(?<!নম)িস্ট|(?:nal|mn|log|nt|vel)ist|analyst|ician|lawyer|advocate|governor|president|academic|researcher|translator|director|lecturer|fellow|ফেলো|(?:লিড|চিফ|সাবেক) ইকোনমিস্ট|(?:lead|chief|senior) economist|(?:ং|ঙ্)কার|banker|publisher|member|(?:joint|deputy) chief|সদস্য|dean|ডিন|শিক্ষার্থী|ধ্যক্ষ|যোদ্ধা|সাহিত্যিক|প্রাবন্ধিক|নাট্যকার|নির্মাতা|কমিশনার|commissioner|উদ্যোক্তা|সমন্বয়ক|সমন্বয়কারী|শিল্পী|কর্মকর্তা|নির্বাহী|(?:^| )কবি|ন্যাসিক|(?:তি|সুর)কার|অভিনে(?:তা|ত্রী)|secretary|ambassador|counsell?or|মন্ত্রী|মিনিস্টার|minister|chair(?:man|person)|executive|প্রতিষ্ঠাতা|founder|চেয়ার)$/;

/** The head of an institution, a title only after it in the genitive (`কর্মসূচির প্রধান`, `বিভাগের সাবেক প্রধান`). */
const HEAD = /^(?:সাবেক )?প্রধান$/;
/**
 * A genitive ending (`-ের`, or `-র` after a vowel sign: `সিপিডির`, `প্রথম আলোর`; after an initialism's last vowel letter,
 * `-র` or `-য়ের`: `বিজিএমইএর`, `এফবিসিসিআইয়ের`); not a word's own `র` after a consonant (`সিনিয়র`). Many words end in
 * `র` after other vowel signs (`সরকার`, `মানবাধিকার`, `কিশোর`, `ফরিদপুর`), so a body the registry or the list of bodies
 * does not know is read only by `-ের`, `-ির`, `-ীর` or after a vowel letter.
 */
const GENITIVE_END = /(?:(?<=[অ-ঔ])য়ে|ে|(?<=[া-ৌঅ-ঔ]))র$/u;
/** A teacher's or a scholar's title, whose genitive before it is a subject (`আইনের অধ্যাপক`, `ইতিহাসের গবেষক`). */
const SUBJECT_TITLE = /(?:অধ্যাপক|শিক্ষক|ভাষক|গবেষক|শেষজ্ঞ|শ্লেষক|র্থী)$/;

/**
 * Whether a word is a title's or an institution's (`professor`, `অধ্যাপক`, `university`, `বিভাগ`): a piece of a writer's
 * post.
 *
 * @param word - a word of the matching view
 * @returns whether it is one
 */
export function isPostWord(word: string): boolean {
  return TITLE.test(word) || INSTITUTION_ENDINGS.has(word);
}

/**
 * Whether a word ends like a place name or a weekday (`কালীগঞ্জ`, `সোমবার`): such a word is no one-word name.
 *
 * @param word - a word of the matching view
 * @returns whether it ends so
 */
export function hasNonNameEnding(word: string): boolean {
  for (const ending of NAME_EXCLUDING_ENDINGS) if (word.endsWith(ending)) return true;
  return false;
}

/** Whether the words are English: Latin words, and numbers among them (`Zee 24 Ghanta Digital Desk`). */
function isLatin(tokens: readonly Token[]): boolean {
  return tokens.some((token) => LATIN.test(token.k)) && tokens.every((token) => LATIN.test(token.k) || NUMBER.test(token.k));
}

/**
 * The longest run of words at the end of `tokens` that is a known place, as a count of words (0 when none). A
 * place with a genitive or locative ending (`ঢাকার`, `সিলেটে`) is not one: bylines use bare names.
 */
function trailingPlaceWords(tokens: readonly Token[]): number {
  for (let count = Math.min(3, tokens.length); count >= 1; count--) {
    if (PLACES.has(keyOf(tokens.slice(tokens.length - count)))) return count;
  }
  return 0;
}

/** The count of words of a known place that opens `tokens` (0 when none): "New Delhi March 3". */
function leadingPlaceWords(tokens: readonly Token[]): number {
  for (let count = Math.min(3, tokens.length); count >= 1; count--) {
    if (PLACES.has(keyOf(tokens.slice(0, count)))) return count;
  }
  return 0;
}

/**
 * Splits bracketed words off: `সোনাগাজী (ফেনী)` → words `সোনাগাজী`, bracket `ফেনী`. "Retired" after a rank (`(অব.)`,
 * `(অবসরপ্রাপ্ত)`, `(retd)`) stays in the name.
 */
const RETIRED = /^(?:অব|retd|retired)/;

function splitBracket(tokens: readonly Token[]): { words: Token[]; bracket: Token[]; bracketAt: number } {
  const words: Token[] = [];
  const bracket: Token[] = [];
  let inside = false;
  let bracketAt = -1;
  for (const token of tokens) {
    // skipped, it still stands in the name's text, which runs from its first word to its last
    if (token.open && RETIRED.test(token.k)) continue;
    if (token.open && bracketAt < 0) {
      inside = true;
      bracketAt = words.length;
    }
    if (inside) bracket.push(token);
    else words.push(token);
    if (token.close) inside = false;
  }
  return { words, bracket, bracketAt };
}

/** A title's words without its "retired" in brackets: `অধ্যাপক (অব.)` → `অধ্যাপক`. */
function withoutRetired(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => !(token.open && RETIRED.test(token.k)));
}

/** A place written as words with an optional bracket: `সোনাগাজী (ফেনী)`, `(শ্রীনগর মুন্সিগঞ্জ)`, `খুলনা`. */
function readPlace(view: NormalizedText, words: readonly Token[], bracket: readonly Token[]): PlaceValue | null {
  if (words.length > 0) {
    if (bracket.length > 0) return { place: valueOf(view, words), district: valueOf(view, bracket) };
    return { place: valueOf(view, words) };
  }
  if (bracket.length === 0) return null;
  const inside = trailingPlaceWords(bracket);
  if (inside > 0 && inside < bracket.length) {
    return {
      place: valueOf(view, bracket.slice(0, bracket.length - inside)),
      district: valueOf(view, bracket.slice(bracket.length - inside)),
    };
  }
  return { place: valueOf(view, bracket) };
}

/** Case and verb endings of prose (`রাজধানীতে`, `তাকে`, `করেছে`, `দেবে`) that names do not take. */
const PROSE_ENDING = /(?:তে|কে|ছে|ছেন|বে|িলেন)$/u;

/** A Bengali initial of one letter, as in `আ ন ম`, or of one letter and its vowel sign, as in `এ কে`, `বি ডি`. */
const INITIAL = /^[অ-হ][া-ৌ]?$/;

/** A name has at most six words; an initial counts half (`মেজর জেনারেল আ ল ম ফজলুর রহমান`). */
function isNameLike(tokens: readonly Token[]): boolean {
  let halves = 0;
  for (const token of tokens) halves += INITIAL.test(token.k) ? 1 : 2;
  if (halves === 0 || halves > 12) return false;
  for (const token of tokens) {
    if (DIGITS.test(token.k) || !LETTERS.test(token.k) || PROSE_WORD_RE.test(token.k)) return false;
    if (token.k.length > 3 && PROSE_ENDING.test(token.k)) return false;
  }
  return true;
}

/** The first words of the roles, folded: a role can start only at one of them. */
const ROLE_FIRST_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...ROLES.keys()].map((key) => key.split(" ")[0] ?? "")))();

function findRole(tokens: readonly Token[]): { at: number; length: number; info: RoleInfo } | null {
  for (const [at, { k: word }] of tokens.entries()) {
    // an English beat by its ending before Correspondent, no known place: "Aviation Correspondent", "Judiciary
    // Correspondents", "Tourism Correspondent"
    const next = tokens[at + 1]?.k;
    const beat = next?.startsWith("correspondent") ? BEAT_ROLE.exec(`${word} ${next}`) : null;
    if (beat?.[1] && !PLACES.has(word)) {
      return { at, length: 2, info: { canonical: beat[1].replace(/\b[a-z]/g, (letter) => letter.toUpperCase()), kind: "staff" } };
    }
    // an English role in the plural, last: "Our Correspondents" (not "told reporters CNN had…")
    if (!ROLE_FIRST_WORDS.has(word) && (tokens[at + 1] || !ROLE_FIRST_WORDS.has(word.slice(0, -1)))) continue;
    for (let length = Math.min(ROLE_MAX_WORDS, tokens.length - at); length >= 1; length--) {
      const key = keyOf(tokens.slice(at, at + length));
      // an English role in the plural: "Staff Correspondents"
      const info = ROLES.get(key) ?? (key.endsWith("s") ? ROLES.get(key.slice(0, -1)) : undefined);
      // a name before "বিশ্ববিদ্যালয় প্রতিনিধি" is the university's: "ইসলামী বিশ্ববিদ্যালয় প্রতিনিধি"
      if (info !== undefined && !(at > 0 && INSTITUTION_ENDINGS.has(word))) return { at, length, info };
    }
  }
  return null;
}

/**
 * An English beat's word by its ending (-ion, -ics, -ment, -ure, -ive, -gy, -try, -ism), then Correspondent. Not -ary
 * or -ce, which end places too (`Hungary`, `Calgary`, `France`, `Greece`, `Venice`): such beats are listed.
 */
const BEAT_ROLE = /^([a-z]+(?:ion|ics|ment|ure|ive|gy|try|ism) correspondent)s?$/;

const GENERIC_STAFF_ROLES = /* @__PURE__ */ (() => new Set(patternWords([/প্রতিবেদক|রিপোর্টার|প্রতিবেদন|reporter/])))();

function isInstitution(tokens: readonly Token[]): boolean {
  if (tokens.length <= 2 && CAMPUSES.has(keyOf(tokens))) return true;
  const last = tokens.at(-1)?.k ?? "";
  // a department (`অর্থনীতি বিভাগ`, `Finance Division`), not a division of the country (`ঢাকা বিভাগ`, `Sylhet Division`)
  // … or an English one named by the word before "of": "University of Dhaka", "Bangladesh Institute of Development Studies"
  return (
    (INSTITUTION_ENDINGS.has(last) && !(/^(?:বিভাগ|division)$/.test(last) && trailingPlaceWords(tokens.slice(0, -1)) > 0)) ||
    INSTITUTION_ENDINGS.has(tokens[tokens.findIndex((token) => token.k === "of") - 1]?.k ?? "")
  );
}

/** Where an English title's "of", "to" or "at" stands before its subject, body or country (-1 when none). */
function joinAt(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => token.k === "of" || token.k === "to" || token.k === "at");
}

/** Words each capitalised but for the small ones between them: a body's name (`Transparency International Bangladesh`). */
const NAMED_BODY = /^[A-Z][\w'-]*(?: (?:of|and|for|on|&|[A-Z][\w'-]*))+$/;

/** A university's initials in capitals (`DU`, `SUST`, `JnU`, `BAU`, `KUET`): its last letters are its University's. */
const CAMPUS_INITIALS = /^[A-Z][A-Za-z]{0,2}(?:U|UET|UST)$/;

/** Reads what stands before or after a role: a place, a district, an institution, a beat, an outlet or a name. */
function readRoleContext(view: NormalizedText, draft: Draft, tokens: readonly Token[], before: boolean, generic: boolean): void {
  const { words, bracket } = splitBracket(tokens);
  if (words.length === 0 && bracket.length === 0) return;
  // a district in the genitive (`ের`, `এর`, `র`) before the upazila: "বগুড়ার শেরপুর প্রতিনিধি", "সিরাজগঞ্জের কাজীপুর প্রতিনিধি"
  // … or first, before an upazila of two words: "বগুড়ার শেরপুর সদর প্রতিনিধি"
  for (const at of words.length === 3 ? [1, 0] : [words.length - 2]) {
    if (draft.district !== undefined) break;
    const genitive = words[at];
    for (let cut = 1; genitive?.k.endsWith("র") && cut < 3; cut++) {
      if (DISTRICTS.has(genitive.k.slice(0, -cut))) {
        draft.district = cleanValue(view.spanToSource(genitive.s, genitive.e - cut).text);
        words.splice(at, 1);
        break;
      }
    }
    if (at === 0 && draft.district !== undefined && before && bracket.length === 0) {
      draft.place = valueOf(view, words);
      return;
    }
  }
  // … or a university's initials in capitals before the role, the last for University, or for University of
  // Engineering or of Science and Technology: "SUST Correspondent", "JnU Correspondent", "KUET Correspondent"
  if ((isInstitution(words) || (before && words.length === 1 && CAMPUS_INITIALS.test(valueOf(view, words)))) && bracket.length === 0) {
    draft.institution = valueOf(view, words);
    return;
  }
  const placeWords = trailingPlaceWords(words);
  const allPlace = placeWords === words.length;
  if (before && words.length > 0 && bracket.length === 0) {
    const last = words.at(-1);
    // a genitive ending (`ের`, `এর`, `'র`, `-এর`): every one of them ends in র
    if (last?.k.endsWith("র")) {
      // "প্রথম আলোর বিশেষ প্রতিনিধি", "ঢাকা প্রথম আলোর বিশেষ প্রতিনিধি"
      for (let count = Math.min(words.length, 4); count >= 1; count--) {
        const hit = lookupAgency(valueOf(view, words.slice(words.length - count)));
        if (hit === null) continue;
        draft.outlet = hit.id;
        const rest = words.slice(0, words.length - count);
        if (rest.length > 0 && rest.length <= 2) draft.place = valueOf(view, rest);
        return;
      }
    }
    // an outlet before the role: "দৈনিক সমকাল প্রতিনিধি"; a beat before a generic role: "অর্থনীতি প্রতিবেদক"
    if (generic || (words.length <= 4 && !allPlace)) {
      const hit = lookupAgency(valueOf(view, words)) ?? shortOutlet(keyOf(words));
      if (hit !== null) {
        draft.outlet = hit.id;
        return;
      }
    }
    // an outlet in the genitive, then the place it posted the correspondent to, whatever its last letter:
    // "ডনের পেশোয়ার প্রতিনিধি", "আল জাজিরার জয়পুর প্রতিনিধি"
    for (let count = Math.min(words.length - 1, 4); count >= 1 && words.length - count <= 2; count--) {
      const place = words.slice(count);
      const hit = words[count - 1]?.k.endsWith("র") && !place.some((word) => PROSE_WORD_RE.test(word.k))
        ? lookupAgency(valueOf(view, words.slice(0, count)))
        : null;
      if (hit === null) continue;
      draft.outlet = hit.id;
      draft.place = valueOf(view, place);
      return;
    }
    if (generic && !allPlace && words.length <= 2) {
      draft.beat = valueOf(view, words);
      return;
    }
  }
  if (bracket.length > 0 || allPlace) {
    const place = readPlace(view, words, bracket);
    if (place !== null) {
      draft.place = place.place;
      if (place.district !== undefined) draft.district = place.district;
    }
    return;
  }
  if (placeWords > 0) {
    draft.place = valueOf(view, words.slice(words.length - placeWords));
    const name = words.slice(0, words.length - placeWords);
    // an outlet before the place: "প্রথম আলোর নিউইয়র্ক প্রতিনিধি"
    const outlet = before ? lookupAgency(valueOf(view, name)) : null;
    if (outlet) draft.outlet = outlet.id;
    else if (isNameLike(name)) draft.name = valueOf(view, name);
    return;
  }
  // Nothing known: an unknown upazila before a correspondent's role, a name otherwise.
  if (before && draft.kind === "correspondent") {
    if (words.length <= 2) {
      draft.place = valueOf(view, words);
      return;
    }
    const lastWord = words.slice(-1);
    const name = words.slice(0, -1);
    if (isNameLike(name)) draft.name = valueOf(view, name);
    draft.place = valueOf(view, lastWord);
    return;
  }
  if (!before && words.length === 1) {
    draft.place = valueOf(view, words);
    return;
  }
  if (isNameLike(words)) draft.name = valueOf(view, words);
}

/** Words of one word, longest first (grouped by their first unit, only a word's own group can start it). */
function oneWordsLongestFirst(words: Iterable<string>): string[] {
  return [...words].filter((word) => !word.includes(" ")).sort((a, b) => b.length - a.length);
}

const PLACE_LIST: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstUnit(oneWordsLongestFirst(PLACES)))();
const ROLE_WORDS: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstUnit(oneWordsLongestFirst(ROLES.keys())))();
const NO_WORDS: readonly string[] = [];
const STARTS_WITH_MARK = /^\p{M}/u;

const VIRAMA = 0x09cd;

/**
 * The length of a known place glued to the end of the last word of a name (`আনোয়ারঢাকা` → 4), or 0. The place has
 * three units or more and is no word ending (`নগর`); what stays of the word has two or more and ends in no virama
 * (which would cut a conjunct).
 */
function gluedPlaceLength(word: string): number {
  for (let length = word.length - 2; length >= 3; length--) {
    const place = word.slice(word.length - length);
    if (PLACES.has(place) && !NAME_EXCLUDING_ENDINGS.includes(place) && word.charCodeAt(word.length - length - 1) !== VIRAMA) return length;
  }
  return 0;
}

function splitToken(token: Token, at: number): [Token, Token] {
  return [
    { s: token.s, e: token.s + at, k: token.k.slice(0, at), open: token.open, close: false },
    { s: token.s + at, e: token.e, k: token.k.slice(at), open: false, close: token.close },
  ];
}

/**
 * Splits words that extraction glued together around a role: `প্রতিবেদকঢাকা` (role + place) and, before a role,
 * `ঢাকাপ্রথম` (place + the next word).
 */
function unglue(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((token, i) => {
    if (PLACES.has(token.k) || ROLES.has(token.k)) {
      out.push(token);
      return;
    }
    const first = token.k.charCodeAt(0);
    for (const role of ROLE_WORDS.get(first) ?? NO_WORDS) {
      if (token.k.startsWith(role) && PLACES.has(token.k.slice(role.length))) {
        out.push(...splitToken(token, role.length));
        return;
      }
    }
    if (i === 0 && tokens.length > 1) {
      for (const place of PLACE_LIST.get(first) ?? NO_WORDS) {
        const rest = token.k.slice(place.length);
        if (token.k.startsWith(place) && rest.length >= 2 && !STARTS_WITH_MARK.test(rest)) {
          out.push(...splitToken(token, place.length));
          return;
        }
      }
    }
    out.push(token);
  });
  return out;
}

/**
 * A writer's email address after the byline, or its label (`ইমেইল`, `ই-মেইল`, `ইমেল`, `Email`, `E-mail`); or a phone's
 * label and its number, or the label alone (`মোবাইল: 01711-…`, `ফোন 02-…`, `Phone: 01711…`, `Mob`, `Cell`, `Tel`, `Contact`):
 * it names no one, and ends no byline.
 */
export const CONTACT: RegExp = /^(?:ই-?মেই?ল|e-?mail)(?: |$)|@|^(?:মোবাইল|ফোন|phone|mob(?:ile)?|cell|tel|contact)(?:[:ঃ]? \d[\d -]*)?$/;

/** The original's language after an English translator's name (`from the Arabic`, `from the original Japanese`). */
const FROM_LANGUAGE = /^from (the )?(original )?[a-z]+$/;

/** A rank before a role, or "our" (group 1), which the role does not keep. */
const RANK = /^(?:senior|chief|সিনিয়র|জ্যেষ্ঠ|চিফ|নিজস্ব|(our|আমাদের))$/;

/** The word that makes a title a former one, which the title's length does not count ("সাবেক", "Former"). */
const FORMER = /^(?:সাবেক|প্রাক্তন|former)$/;

/** The number of a title's words, its opening "former" not counted. */
function titleLength(words: readonly Token[]): number {
  return FORMER.test(words[0]?.k ?? "") ? words.length - 1 : words.length;
}

function readRole(view: NormalizedText, input: readonly Token[]): Part | null {
  let tokens: readonly Token[] = input;
  let role = findRole(tokens);
  if (role === null || role.at > 0 || role.at + role.length < tokens.length) {
    const unglued = unglue(tokens);
    if (unglued.length !== tokens.length) {
      const again = findRole(unglued);
      if (again !== null) {
        tokens = unglued;
        role = again;
      }
    }
  }
  if (role === null) return null;
  let { at, info } = role;
  // a rank or "our" before a role: "Senior Staff Correspondent", "সিনিয়র স্পোর্টস রিপোর্টার", "আমাদের বিশেষ প্রতিনিধি"
  const rank = RANK.exec(tokens[at - 1]?.k ?? "");
  if (rank) {
    at--;
    if (rank[1] === undefined) info = { ...info, canonical: `${valueOf(view, tokens.slice(at, at + 1))} ${info.canonical}` };
  }
  const roleTokens = tokens.slice(at, role.at + role.length);
  const draft: Draft = { kind: info.kind, role: info.canonical };
  if (isLatin(roleTokens)) {
    // as written, unless an alias was written ("Our Correspondent" reads as "Correspondent") or all in capitals ("BY
    // STAFF CORRESPONDENT" reads as "Staff Correspondent")
    const written = valueOf(view, roleTokens);
    draft.role = written.toLowerCase() === info.canonical.toLowerCase() && written !== written.toUpperCase() ? written : info.canonical;
    draft.lang = "en";
  }
  const before = tokens.slice(0, at);
  // "our" before a place and its role: "আমাদের শ্রীমঙ্গল সংবাদদাতা", "Our Sylhet Correspondent"
  if (before.length > 1 && RANK.exec(before[0]?.k ?? "")?.[1]) before.shift();
  const after = tokens.slice(role.at + role.length);
  // a title joined by ও to a writer's role, before it or after it, is one post: "NAME, রাজনীতিবিদ ও কলাম লেখক", "NAME,
  // কলাম লেখক ও রাজনীতিবিদ", a retired one too: "NAME, অধ্যাপক (অব.) ও কলাম লেখক"
  if (TITLE.test(roleTokens.at(-1)?.k ?? "") && TITLE.test(keyOf(withoutRetired(before.length > 0 ? before : after)))) return null;
  // a role word that opens a sentence: "প্রতিনিধি পরিষদের সভায় এ সিদ্ধান্ত হয়"
  if (after.length > 1 && !isNameLike(after) && !trailingPlaceWords(after) && !after.some((token) => token.open)) return null;
  // … or a report's word in a body's name, the body in the genitive before a title: "NAME, জাতিসংঘের মানব উন্নয়ন
  // প্রতিবেদন দপ্তরের সাবেক পরিচালক"
  if (after.length > 1 && after.length < 4 && GENITIVE_END.test(after[0]?.k ?? "") && TITLE.test(after.at(-1)?.k ?? "")) return null;
  const generic = GENERIC_STAFF_ROLES.has(keyOf(roleTokens));
  // a rank before a beat stays in the role, not in the beat: "জ্যেষ্ঠ ক্রীড়া প্রতিবেদক"
  const beatRank = generic && before.length === 2 && RANK.exec(before[0]?.k ?? "") ? before.shift() : undefined;
  readRoleContext(view, draft, before, true, generic);
  readRoleContext(view, draft, after, false, false);
  if (draft.beat !== undefined) draft.role = `${draft.beat} ${draft.role ?? ""}`.trim();
  if (beatRank && !RANK.exec(beatRank.k)?.[1]) draft.role = `${valueOf(view, [beatRank])} ${draft.role}`;
  if (draft.name !== undefined) draft.kind = "person";
  return { type: "contributor", draft, roleOnly: draft.name === undefined, plural: !!roleTokens.at(-1)?.k.endsWith("s") };
}

/** A contributor part that is not a role alone. */
function contributor(draft: Draft): Part {
  return { type: "contributor", draft, roleOnly: false };
}

/** A team word, which names an outlet's desk before or after the outlet's name. */
const TEAM = /^(?:টিম|team)$/;

function readDesk(view: NormalizedText, tokens: readonly Token[], position: number): Part | null {
  const last = tokens.at(-1);
  if (!last) return null;
  const lastTwo = keyOf(tokens.slice(-2));
  // "desk report" in either spelling of desk; a named desk's report is read as that desk, the word kept in its name:
  // "অনলাইন ডেস্ক রিপোর্ট", "আন্তর্জাতিক ডেস্ক রিপোর্ট"
  if (DESK_REPORT.test(lastTwo)) {
    const desk = tokens.length > 2 ? readDesk(view, tokens.slice(0, -1), position) : null;
    return contributor(desk?.type === "contributor" ? { ...desk.draft, name: `${desk.draft.name ?? ""} ${valueOf(view, [last])}` } : { kind: "desk", name: DESK_REPORT_NAME });
  }
  const english = (): Part => {
    const draft: Draft = { kind: "desk", name: valueOf(view, tokens), lang: "en" };
    // the outlet before its desk, its channel or `News`: "Ekhon TV Online Desk", "The Daily Star Online Report", "HT News
    // Desk", "Express News Service", or its service alone: "TNN"
    // (two words at most after it: "NDTV Sports Desk")
    for (let n = tokens.length; n > 0 && n >= tokens.length - 2; n--) {
      const words = tokens.slice(0, n);
      const hit: AgencyHit | null = lookupAgency(valueOf(view, words)) ?? shortOutlet(keyOf(words));
      if (hit !== null) {
        // a service after a name is the writer's outlet: "NAME, TNN"
        if (position > 0 && !/^(?:desk|report)$/.test(last.k)) return { type: "registry", ...hit };
        draft.outlet = hit.id;
        break;
      }
    }
    return contributor(draft);
  };
  if (
    lastTwo === "desk report" ||
    // an outlet's own service, not an agency's name ("Indo-Asian News Service")
    ((lastTwo === "news service" || lastTwo === "news network") && lookupAgency(valueOf(view, tokens)) === null) ||
    (last.k === "report" && tokens.length >= 2 && isLatin(tokens)) ||
    (tokens.length === 1 && /^[A-Z]{2,4}$/.test(valueOf(view, tokens)) && shortOutlet(last.k) !== null)
  ) {
    return english();
  }
  if (/^রিপোর্ট$/.test(last.k) && tokens.length >= 2 && tokens.length <= 4) {
    const hit = lookupAgency(valueOf(view, tokens.slice(0, -1)));
    if (hit !== null) return contributor({ kind: "desk", name: valueOf(view, tokens), outlet: hit.id });
  }
  // a team word after an outlet's name is its desk: "ETV Bharat Bengali Team", "ইটিভি ভারত বাংলা টিম"; or before it:
  // "Team Anandabazar", "টিম আনন্দবাজার"
  const team = TEAM.test(last.k);
  if (TEAM.test(tokens[0]?.k ?? "")) {
    // (an outlet by its short name too: "টিম এই সময়")
    const hit = lookupAgency(valueOf(view, tokens.slice(1))) ?? shortOutlet(keyOf(tokens.slice(1)));
    // (after a writer's name, the writer's outlet: "লিখছেন NAME, টিম আনন্দবাজার")
    if (hit !== null && position > 0) return { type: "registry", ...hit };
    if (hit !== null) return contributor({ kind: "desk", name: valueOf(view, tokens), outlet: hit.id, ...(isLatin(tokens) && { lang: "en" }) });
  }
  if (!team && !DESK_ENDINGS.has(last.k)) return null;
  const subject = tokens.slice(0, -1);
  if (subject.length === 0) return team ? null : { type: "desk-word" };
  if (subject.length > 4) return null;
  if (isLatin(tokens)) {
    const part = english();
    return team && part.type === "contributor" && !part.draft.outlet ? null : part;
  }
  const subjectText = valueOf(view, subject);
  const draft: Draft = { kind: "desk", name: team ? valueOf(view, tokens) : `${subjectText} ${DESK_WORD}` };
  // an outlet's own web or online desk: "এবিপি আনন্দ ওয়েব ডেস্ক"; or its news desk or Bengali service's: "আরটিভি নিউজ ডেস্ক",
  // "ইটিভি ভারত বাংলা ডেস্ক"
  const channelWord = subject.length > 1 ? (subject.at(-1)?.k ?? "") : "";
  const channel = DESK_CHANNELS.has(channelWord);
  // … or by the short name it signs with, which alone is a word: "সময় ডেস্ক", "সময় অনলাইন ডেস্ক", "বর্তমান ডিজিটাল ডেস্ক"
  const hit =
    lookupAgency(subjectText) ??
    (channel || /^(?:নিউজ|বাংলা)$/.test(channelWord) ? lookupAgency(valueOf(view, subject.slice(0, -1))) : null) ??
    shortOutlet(keyOf(channel ? subject.slice(0, -1) : subject));
  // (the team after a writer's name is the writer's outlet: "NAME, আনন্দবাজার অনলাইন টিম")
  if (hit !== null && team && position > 0) return { type: "registry", ...hit };
  if (hit !== null) draft.outlet = hit.id;
  else if (team) return null;
  // an outlet by the short name it signs with, or one the registry does not know, before its web or digital channel:
  // "এই সময় ডিজিটাল ডেস্ক"; before অনলাইন it is a beat: "খেলা অনলাইন ডেস্ক"
  else if (channel && !/^অনলাইন$/.test(subject.at(-1)?.k ?? "")) {
    const outlet = subject.slice(0, -1);
    draft.outlet = shortOutlet(keyOf(outlet))?.id ?? valueOf(view, outlet);
  }
  else draft.desk = subjectText;
  return contributor(draft);
}

function readBureau(view: NormalizedText, tokens: readonly Token[]): Part | null {
  const last = tokens.at(-1);
  if (!last || !BUREAU_ENDINGS.has(last.k) || tokens.length < 2 || tokens.length > 6) return null;
  const head = tokens.slice(0, -1);
  // an institution's office in a city is no bureau: "World Bank Dhaka office"
  if (isInstitution(head.slice(0, head.length - trailingPlaceWords(head)))) return null;
  // "our" names no place: "Our Bureau", "Our Chattogram Bureau"
  const own = RANK.exec(head[0]?.k ?? "")?.[1] ? 1 : 0;
  const draft: Draft = { kind: "bureau" };
  const headLast = head.at(-1);
  if (headLast && /^(?:ডিজিটাল|digital)$/.test(headLast.k)) {
    const channel = head.slice(0, -1);
    draft.name = valueOf(view, tokens);
    if (channel.length > 0) {
      draft.outlet = (lookupAgency(valueOf(view, channel)) ?? shortOutlet(keyOf(channel)))?.id ?? valueOf(view, channel);
    }
  } else {
    // an outlet's bureau: "The Hindu Bureau", "আনন্দবাজার ব্যুরো", "এই সময় ব্যুরো"
    const hit = lookupAgency(valueOf(view, head)) ?? shortOutlet(keyOf(head));
    if (hit) draft.outlet = hit.id;
    else if (head.length > own) draft.place = valueOf(view, head.slice(own));
  }
  if (isLatin(tokens)) draft.lang = "en";
  return contributor(draft);
}

/** The text of a date of two or three words, day first (`১৯ জুলাই`) or an English month first (`March 7`), or `null`. */
function readDate(view: NormalizedText, tokens: readonly Token[]): string | null {
  const first = tokens[0];
  const second = tokens[1];
  if (!first || !second || tokens.length > 3) return null;
  const monthFirst = ENGLISH_MONTH.test(first.k) && DAY.test(second.k);
  return monthFirst || (DAY.test(first.k) && !DIGITS.test(second.k)) ? valueOf(view, tokens) : null;
}

/** "taken" after `থেকে`: `নিউইয়র্ক টাইমস থেকে নেওয়া`, folded. */
const TAKEN = /^নেও?য়া$/u;

/**
 * Reads one part of a byline.
 *
 * @param view - the matching view of the input
 * @param input - the tokens of the part
 * @param position - 0 for the first part of the byline, else its position
 * @param beforePlace - a known place is the next part
 * @returns what the part is
 */
export function classifyPart(view: NormalizedText, input: readonly Token[], position: number, strict = false, beforePlace = false): Part {
  let tokens = input;
  // labels: "by", "লিখছেন", "Author"; a translator's: "অনুবাদ"
  const label = tokens[0];
  const labelRole = LABEL_ROLES.get(label?.k ?? "");
  while (position === 0 && tokens.length > 1 && LABELS.has(tokens[0]?.k ?? "")) tokens = tokens.slice(1);
  // a label of a later piece, before its colon: "লেখা: NAME; ছবি: NAME", "মূল: NAME, অনুবাদ: NAME", "…; গ্রন্থনা: NAME"
  // … or one in the locative or with "by", which takes no colon: "…, অলংকরণে NAME", "…; Photos by NAME"; alone it opens a
  // credit, as with a colon
  const locative = labelRole !== undefined && /(?:ে| by)$/.test(label?.k ?? "");
  if (label && labelRole !== undefined && tokens === input && tokens.length > 1 && (locative || ":ঃ".includes(view.text[label.e] ?? "_"))) {
    if (locative && position === 0 && labelRole !== EDITOR_ROLE) return { type: "unknown" };
    tokens = tokens.slice(1);
  }
  // one word after a label is a name, not a place: "By Asaduzzaman", "লিখেছেন শাহনাজ"
  const labelled = tokens !== input;
  // a photographer's label before the writer's word: "লেখা: NAME, ছবি: লেখক" (the writer took the photos)
  if (labelled && labelRole && tokens.length === 1 && LABELS.has(tokens[0]?.k ?? "")) return { type: "unknown" };
  // "… জানান" after a byline in body text; a translator's word after the name: "NAME অনূদিত"
  const verb = tokens.length > 1 ? tokens.at(-1)?.k ?? "" : "";
  const translated = TRANSLATED_AFTER.has(verb);
  if (translated || REPORT_VERBS.has(verb)) tokens = tokens.slice(0, -1);
  // a year belongs to the date before it: "১৯ জুলাই, ২০১৯ (বাসস)"
  while (tokens.length > 1 && YEAR.test(tokens[0]?.k ?? "")) tokens = tokens.slice(1);
  if (tokens.length === 0) return { type: "unknown" };
  // "in" before a known place after a label or a name is no word of the name: "Reporting by NAME in Dhaka", "… and
  // NAME in Dhaka"; nor is "from", the place a report comes from, after a name alone too: "NAME from Doha"
  const inAt = tokens.findIndex((token) => token.k === "from" || (token.k === "in" && (labelled || position)));
  if (inAt > 0 && inAt < tokens.length - 1 && inAt + 1 + trailingPlaceWords(tokens) === tokens.length) tokens = tokens.filter((_, i) => i !== inAt);
  // … and after a comma it opens the place, as `থেকে` closes one: "By NAME, from Doha", "Sports Reporter, from Lord's"
  if (position && tokens[0]?.k === "from" && tokens.length < 5 && /^\p{Lu}/u.test(valueOf(view, tokens.slice(1, 2)))) return { type: "place", value: { place: valueOf(view, tokens.slice(1)) } };
  // … and so do English words closed by "City" after a comma, which end no one's name: "AFP, Gaza City", "…, Mexico City"
  if (position && tokens.length > 1 && tokens.length < 5 && tokens.at(-1)?.k === "city" && isLatin(tokens)) return { type: "place", value: { place: valueOf(view, tokens) } };
  // the original's language after a translator's name: "Translated by NAME from the Arabic", "… from the original Japanese"
  const languageAt = labelRole === TRANSLATOR_ROLE ? tokens.findIndex((token) => token.k === "from") : -1;
  if (languageAt > 0 && FROM_LANGUAGE.test(keyOf(tokens.slice(languageAt)))) tokens = tokens.slice(0, languageAt);
  const key = keyOf(tokens);
  // a tournament a sports writer reports from is no place: "NAME, চ্যাম্পিয়নস ট্রফি থেকে, দুবাই",
  // "ক্রীড়া ডেস্ক, বিপিএল"
  if (position > 0 && EVENT_ENDING.test(key)) return { type: "event" };
  // an email address or a phone, with its label or none: "…; ইমেইল: NAME@…", "…; Email: NAME@…"; what stands before it after a full
  // stop is read alone: "…, Jagannath University. E-mail: NAME@…"
  if (CONTACT.test(key)) {
    const at = tokens.findIndex((token) => CONTACT.test(token.k));
    const before = tokens[at - 1];
    // … and so is what stands before it in brackets: "NAME (NAME@…)", "NAME (ইমেইল: NAME@…)"
    if (before !== undefined && tokens[at]?.open) return classifyPart(view, tokens.slice(0, at), position, strict);
    return before?.k.endsWith(".")
      ? classifyPart(view, [...tokens.slice(0, at - 1), splitToken(before, before.k.length - 1)[0]], position, strict)
      : { type: "unknown" };
  }
  if (PRESS_RELEASES.has(key)) return { type: "press-release", name: valueOf(view, tokens) };
  if (COMPILED_REPORTS.has(key)) return { type: "compiled" };
  if (EDITORIALS.has(key)) {
    return contributor({ kind: "desk", name: valueOf(view, tokens) });
  }
  if (GENERIC_AGENCIES.has(key)) {
    const draft: Draft = { kind: "agency", name: valueOf(view, tokens) };
    if (isLatin(tokens)) draft.lang = "en";
    return contributor(draft);
  }
  // "X থেকে …": a place the report comes from
  const fromAt = tokens.findIndex((token) => /^থেকে$/.test(token.k));
  if (fromAt >= 0) {
    const head = tokens.slice(0, fromAt);
    const after = tokens.slice(fromAt + 1);
    // "X থেকে নেওয়া" (taken from X) names an agency or outlet X as "X অবলম্বনে" does
    if (after.length === 1 && TAKEN.test(after[0]?.k ?? "")) {
      const source = classifyPart(view, head, position);
      if (source.type === "registry" || source.type === "outlet") return source;
    }
    // "X থেকে ফিরে" (back from X) says no more than "X থেকে"
    const returnWords = RETURN_ENDINGS.has(keyOf(after.slice(0, 2))) ? 2 : RETURN_ENDINGS.has(keyOf(after.slice(0, 1))) ? 1 : 0;
    const tail = after.slice(returnWords);
    if (tail.length === 0) {
      const inner = classifyPart(view, head, position);
      if (inner.type === "contributor" && inner.draft.kind === "person" && inner.draft.place === undefined) {
        // "NAME PLACE থেকে": the last word is the place
        const placeWords = trailingPlaceWords(head);
        if (placeWords > 0 && placeWords < head.length) {
          const draft: Draft = {
            ...inner.draft,
            name: valueOf(view, head.slice(0, head.length - placeWords)),
            place: valueOf(view, head.slice(head.length - placeWords)),
          };
          return contributor(draft);
        }
        // "NAME, X থেকে": X is a place even when the gazetteer does not know it ("মিয়ানমার সীমান্ত থেকে")
        if (position > 0 && inner.draft.role === undefined) return { type: "place", value: { place: inner.draft.name ?? "" } };
      }
      if (inner.type === "unknown" && head.length <= 3 && head.length > 0) {
        return { type: "place", value: { place: valueOf(view, head) } };
      }
      return inner;
    }
    if (head.length > 0 && head.length <= 3) {
      const inner = classifyPart(view, tail, position);
      if (inner.type === "contributor" && inner.draft.place === undefined) {
        const draft = { ...inner.draft };
        const headValue = valueOf(view, head);
        // … but a translator's is the outlet the translation is from, or a language: "আল জাজিরা থেকে অনুবাদ: NAME"
        if (draft.role !== TRANSLATOR_ROLE) draft.place = headValue;
        else {
          const hit = lookupAgency(headValue);
          if (hit) draft.outlet = hit.id;
        }
        return { ...inner, draft };
      }
      return inner;
    }
  }
  const desk = readDesk(view, tokens, position);
  if (desk !== null) return desk;
  const bureau = readBureau(view, tokens);
  if (bureau !== null) return bureau;
  const role = readRole(view, tokens);
  if (role !== null) return role;
  // a part of a street address after a name: "NAME, বাসা ২৩, লেন ৪, ধানমন্ডি, ঢাকা", "NAME, House 12, Road 3, Gulshan"
  // (not a body named by its work: "Road Transport and Highways Division")
  if (position > 0 && LANDMARKS.has(tokens[0]?.k ?? "") && !INSTITUTION_ENDINGS.has(tokens.at(-1)?.k ?? "")) return { type: "address" };
  // a title after a name: "NAME, নির্বাহী সম্পাদক", "NAME, উপসম্পাদক", "NAME, Editor"; an English one with its subject:
  // "NAME, Professor of Economics"
  const { words, bracket, bracketAt } = splitBracket(tokens);
  // (a title's "retired" in brackets is no word of it, nor its branch at its end: "অধ্যাপক (অব.)", "Minister (Press)")
  const unretired = bracket[0] && (bracketAt < words.length || !words[0]) ? tokens : words;
  // … or the country it is to: "NAME, former ambassador to the US"; or a body it is at, read below
  const of = joinAt(unretired);
  const title = of > 0 ? unretired.slice(0, of) : unretired;
  // a title after an institution in the genitive: "NAME, যুক্তরাষ্ট্রের ইলিনয় স্টেট ইউনিভার্সিটির অধ্যাপক"; its head too, a
  // word that is no title alone: "NAME, ব্র্যাক অভিবাসন কর্মসূচির প্রধান"
  // … or after any body's name in the genitive, its initials too, the nearest genitive before the title: "NAME, সিপিডির
  // গবেষণা পরিচালক", "NAME, ব্র্যাকের প্রধান", "NAME, বিএনপির স্থায়ী কমিটির সদস্য"; an outlet's is the writer's outlet:
  // "NAME, প্রথম আলোর যুগ্ম সম্পাদক". Not an office, a title of its own ("NAME, প্রধানমন্ত্রীর প্রেস সচিব"), a place
  // ("NAME, সিলেটের সাংবাদিক"), nor a teacher's or a scholar's subject ("NAME, আইনের অধ্যাপক")
  // … after a first title joined by ও, which is the person's too: "NAME, অর্থনীতিবিদ ও সিপিডির চেয়ারম্যান"
  const and = tokens.findIndex((token, i) => /^ ও $/.test(view.text.slice(tokens[i - 1]?.e, token.s)));
  const lead = and > 0 && TITLE.test(keyOf(tokens.slice(0, and))) ? and : 0;
  for (let at = tokens.length - 1; at > 0 && at >= tokens.length - 3; at--) {
    const genitive = tokens[at - 1];
    const word = genitive?.k ?? "";
    const cut = GENITIVE_END.exec(word)?.[0].length ?? 0;
    const post = keyOf(tokens.slice(at));
    if (!genitive || !cut || !(TITLE.test(post) || HEAD.test(post))) continue;
    const stem = word.slice(0, -cut);
    // (not a title joined after the body's: "প্রথম আলোর সম্পাদক ও প্রকাশক")
    const from = lead < at ? lead : 0;
    const role = cleanValue(`${view.spanToSource(tokens[0]?.s ?? 0, tokens[from]?.s ?? 0).text} ${valueOf(view, tokens.slice(at))}`);
    const institution = cleanValue(view.spanToSource(tokens[from]?.s ?? 0, genitive.e - cut).text);
    if (INSTITUTION_ENDINGS.has(stem)) return { type: "title", role, institution };
    if (position === 0 || at > 6) continue;
    const outlet = lookupAgency(institution)?.id;
    if (outlet) return { type: "title", role, outlet };
    if (stem.length > 2 && (/[েিীঅ-ঔ]র$/.test(word) || BODY_NAME.test(stem)) && !TITLE.test(stem) && !PLACES.has(stem) && !SUBJECT_TITLE.test(post)) {
      return { type: "title", role, institution };
    }
  }
  // an English post at a body, or of one: "NAME, professor of economics at Dhaka University", "NAME, executive director of
  // CPD", "NAME, lead economist of the World Bank's Dhaka office", "NAME, editor of The Daily Star"; after "of", not a
  // subject ("Professor of Law", "professor of development studies") nor a country ("foreign secretary of Bangladesh"):
  // an outlet of the registry, an institution, one after "the", or initials
  const at = tokens.findIndex((token) => token.k === "at");
  const joint = at > 0 ? at : of;
  if (of > 0 && tokens[joint]?.k !== "to" && isLatin(tokens) && TITLE.test(keyOf(title))) {
    const the = +(tokens[joint + 1]?.k === "the");
    const body = tokens.slice(joint + 1 + the);
    const institution = valueOf(view, body);
    const role = valueOf(view, tokens.slice(0, joint));
    const outlet = lookupAgency(institution)?.id;
    if (outlet) return { type: "title", role, outlet };
    // … or a body by its capitalised words, after a title that takes no subject and not a place alone: "executive
    // director of Transparency International Bangladesh" (not "professor of Development Studies", "… of Saudi Arabia")
    const named = NAMED_BODY.test(institution) && !/(?:professor|lecturer)$/.test(keyOf(title)) && trailingPlaceWords(body) < body.length;
    if (/^[A-Z]/.test(institution) && (at > 0 || the || isInstitution(body) || !/[a-z]/.test(institution) || named)) return { type: "title", role, institution };
  }
  if (titleLength(title) <= 5 && TITLE.test(keyOf(title)) && isNameLike(title)) return { type: "title", role: valueOf(view, tokens) };
  // a date with the agency in brackets after it: "১৯ জুলাই (বাসস)", "March 7 (Reuters)"
  // … after a known place with no comma: "ঢাকা ১২ জুলাই (বাসস)", "Dhaka Jul 12 (UNB)", "New Delhi March 3 (PTI)"
  let datedAt = words.length > 2 ? leadingPlaceWords(words) : 0;
  // … or before an agency in brackets, any place: "Kuala Lumpur May 5 (AFP)", "Colombo May 5 (AFP)"
  for (let at = 1; !datedAt && bracket.length > 0 && at < words.length; at++) if (readDate(view, words.slice(at))) datedAt = at;
  // (with neither a place nor an agency, the date is read from the whole part below)
  const dated = datedAt > 0 || bracket.length > 0 ? readDate(view, words.slice(datedAt)) : null;
  const datedPlace = datedAt > 0 && { place: { place: valueOf(view, words.slice(0, datedAt)) } };
  // … or a known place: "ইসলামাবাদ (এএফপি)", "LONDON (Reuters)"
  if (bracket.length > 0 && bracketAt === words.length) {
    const hit = lookupAgency(valueOf(view, bracket));
    if (hit !== null && dated !== null) return { type: "registry", ...hit, date: dated, ...datedPlace };
    if (hit?.wire && words.length > 0 && trailingPlaceWords(words) === words.length) return { type: "registry", ...hit, place: { place: valueOf(view, words) } };
  }
  const date = readDate(view, tokens);
  if (date !== null) return { type: "date", text: date };
  // a known place and a date with no comma, an own correspondent's dateline: "শিলিগুড়ি ১২ জুলাই:"
  if (datedPlace && dated !== null && bracket.length === 0) return { type: "date", text: dated, ...datedPlace };
  if (tokens.length === 1 && YEAR.test(tokens[0]?.k ?? "")) return { type: "unknown" };
  // an address after a name that opens with a house's number or a labelled village or post office: "NAME, ১২/এ, পুরানা
  // পল্টন, ঢাকা", "NAME, গ্রাম: চরপাড়া, ডাকঘর: রামপুর, দিনাজপুর"; an upazila's or a district's label before its place is
  // no word of it: "…, উপজেলা: পীরগঞ্জ, জেলা: রংপুর"
  const address = position > 0 ? ADDRESS_START.exec(view.text.slice((tokens[0]?.s ?? 0) - 1)) : null;
  if (address) return address[1] ? classifyPart(view, tokens.slice(1), position) : { type: "address" };

  const placeWords = trailingPlaceWords(words);
  if (words.length > 0 && ((words.length <= 3 && DOMAIN.test(words.at(-1)?.k ?? "")) || (words.length <= 4 && /ডট কম$/.test(keyOf(words))))) {
    return { type: "outlet", outlet: lookupAgency(valueOf(view, words))?.id ?? valueOf(view, words) };
  }
  // a news agency or outlet, alone or with a place: "বাসস", "ইউএনবি ঢাকা", "ডন ইসলামাবাদ"
  if (bracket.length === 0 && words.length <= 6) {
    // "বার্তা সংস্থা এএফপি": the words "news agency" before the agency's name
    const prefix = words.length > 2 && GENERIC_AGENCIES.has(keyOf(words.slice(0, 2))) ? 2 : 0;
    // … or its online edition: "দেশ টিভি অনলাইন", "Desh TV Online"
    const edition = words.length > 1 && DESK_CHANNELS.has(words.at(-1)?.k ?? "");
    // … or its short name after a name or before a place: "NAME, এই সময়", "এই সময়, শিলিগুড়ি"; before its online edition,
    // anywhere: "সময় অনলাইন"
    const hit =
      lookupAgency(valueOf(view, words.slice(prefix))) ??
      (edition ? lookupAgency(valueOf(view, words.slice(prefix, -1))) ?? shortOutlet(keyOf(words.slice(prefix, -1))) : null) ??
      (position > 0 || beforePlace ? shortOutlet(keyOf(words)) : null);
    // an outlet after a credit's label gave the photo, not the writer's outlet: "NAME; Photo: Star", "…; ছবি: প্রথম আলো"
    if (hit !== null) return labelled && labelRole ? { type: "unknown" } : { type: "registry", ...hit };
    if (placeWords > 0 && placeWords < words.length) {
      const withoutPlace = lookupAgency(valueOf(view, words.slice(0, words.length - placeWords)));
      if (withoutPlace !== null) {
        return { type: "registry", ...withoutPlace, place: { place: valueOf(view, words.slice(words.length - placeWords)) } };
      }
    }
  }
  // a campus after a name: "…, জাবি"; an English body's name ends in a capital, or in a word after one: "…, Government of
  // Bangladesh", "…, World Bank Dhaka office", not "… - The state government"
  const last = words.at(-1);
  const lower = (token = last): boolean => !!token && isLatin(words) && view.spanToSource(token.s, token.e).text >= "a";
  const lowerLatin = lower();
  if (position > 0 && bracket.length === 0 && isInstitution(words) && !(lowerLatin && lower(words.at(-2)))) {
    return { type: "institution", institution: valueOf(view, words) };
  }
  // an agency in brackets, as in a wire dateline: "(বাসস)"
  if (words.length === 0 && bracket.length > 0) {
    const hit = lookupAgency(valueOf(view, bracket));
    if (hit !== null) return { type: "registry", ...hit };
  }
  // a name with its place in brackets: "আবদুল্লাহ আল মাসুম (কক্সবাজার)"
  if (
    words.length >= 2 &&
    bracket.length > 0 &&
    trailingPlaceWords(bracket) === bracket.length &&
    placeWords !== words.length &&
    isNameLike(words)
  ) {
    // a known place between the name and the bracket is the place, the bracket its district: "NAME সাভার (ঢাকা)"
    if (placeWords > 0 && words.length - placeWords >= 2) {
      return contributor({
        kind: "person",
        name: valueOf(view, words.slice(0, words.length - placeWords)),
        place: valueOf(view, words.slice(words.length - placeWords)),
        district: valueOf(view, bracket),
      });
    }
    const draft: Draft = { kind: "person", name: valueOf(view, words), place: valueOf(view, bracket) };
    return contributor(draft);
  }
  // a body with its initials in brackets after a name: "…, ট্রান্সপারেন্সি ইন্টারন্যাশনাল বাংলাদেশ (টিআইবি)"
  if (
    position > 0 &&
    words.length >= 2 &&
    bracket[0]?.close &&
    bracket.length === 1 &&
    placeWords < words.length &&
    !trailingPlaceWords(bracket)
  ) {
    return { type: "institution", institution: valueOf(view, tokens) };
  }
  // a place alone: "খুলনা", "হাকিমপুর (দিনাজপুর)" (not a bracket closed inside a word, before a case ending: "(এএফপি)-এর")
  if ((bracket.length > 0 && !keyOf(bracket).includes(")")) || (words.length > 0 && placeWords === words.length)) {
    const place = readPlace(view, words, bracket);
    if (place !== null && words.length <= 3) return { type: "place", value: place, known: true };
  }
  // a label alone names no one and no place: "ছবি: NAME" is a photo credit
  if (strict || (labelRole !== undefined && input.length === 1)) return { type: "unknown" };
  // an outlet by its last word, or by a first word of a paper (`দৈনিক আজাদী`, `সাপ্তাহিক বিচিত্রা`, `The Daily X`)
  if (bracket.length === 0 && words.length <= 3 && (OUTLET_HINT.test(words.at(-1)?.k ?? "") || /^(?:দৈনিক|সাপ্তাহিক|পাক্ষিক|মাসিক|(?:the )?daily)(?: |$)/.test(keyOf(words)))) {
    return { type: "outlet", outlet: valueOf(view, words) };
  }
  if (!labelled && words.length === 1 && bracket.length === 0 && isNameLike(words)) {
    const word = words[0]?.k ?? "";
    // one unknown word: a place (names have two words or more): "মান্দা", "বামাকো"; weak when it opens the text
    const value = { place: valueOf(view, words) };
    const nameLike = !hasNonNameEnding(word) && !OUTLET_HINT.test(word);
    return { type: "place", value, weak: position === 0, nameLike };
  }
  // a photographer's label before a credit's word, not a name: "…; ছবি: সংগৃহীত", "…; ছবি ও ভিডিও: সংগৃহীত"
  // an English name ends in a capital: one in lower case is the page's chrome ("Text size", "Font size"); a street or a
  // landmark is no name ("…, Kuakata, Beach Road", "…, কুয়াকাটা, সৈকত সড়ক")
  if (last && (lowerLatin || LANDMARKS.has(last.k))) return { type: "unknown" };
  if (bracket.length === 0 && isNameLike(words) && !(labelled && labelRole?.startsWith(PHOTOGRAPHER_ROLE) && words.length < 2)) {
    const draft: Draft = { kind: "person" };
    const glued = placeWords === 0 && words.length >= 2 && last ? gluedPlaceLength(last.k) : 0;
    if (placeWords > 0 && words.length - placeWords >= 2) {
      draft.name = valueOf(view, words.slice(0, words.length - placeWords));
      draft.place = valueOf(view, words.slice(words.length - placeWords));
    } else if (glued > 0 && last) {
      // the place line glued to the name line by extraction: "তানজিম আনোয়ারঢাকা"
      const [rest, place] = splitToken(last, last.k.length - glued);
      draft.name = valueOf(view, [...words.slice(0, -1), rest]);
      draft.place = valueOf(view, [place]);
    } else {
      draft.name = valueOf(view, words);
    }
    if (labelled && labelRole) draft.role = labelRole;
    else if (translated) draft.role = TRANSLATOR_ROLE;
    if (isLatin(words)) draft.lang = "en";
    return contributor(draft);
  }
  return { type: "unknown" };
}

/**
 * Joins parts that `ও` split inside one name: a desk (`ধর্ম ও জীবন ডেস্ক`, `নারী ও শিশু ডেস্ক`) or an institution
 * (`শাহজালাল বিজ্ঞান ও প্রযুক্তি বিশ্ববিদ্যালয়`): the half before has no role or desk word and is not a known place.
 * The joined part spans the `ও`, so its value keeps it.
 *
 * @param parts - the parts of one piece, in order (joined in place)
 * @returns the same parts
 */
export function joinCompounds(parts: Token[][]): Token[][] {
  for (let i = parts.length - 2; i >= 0; i--) {
    const part = parts[i] ?? [];
    const next = parts[i + 1] ?? [];
    // (a title's "retired" in brackets, or its branch, is not its last word: "অধ্যাপক (অব.)", "Minister (Press)"; nor
    // the body an English one is of or at: "editor and publisher of The Daily Star", "founder and chairman of …")
    const { words } = splitBracket(next);
    const of = joinAt(words);
    const last = words.at(of > 0 ? of - 1 : -1)?.k ?? "";
    // two titles joined by ও are one person's: "শিশুরোগ বিশেষজ্ঞ ও চিকিৎসক", "শিক্ষক ও গবেষক"
    // … as are the subjects of an English body: "Department of Government and Politics"
    const subject =
      next.length <= 2 &&
      INSTITUTION_ENDINGS.has(part[part.findLastIndex((token) => token.k === "of") - 1]?.k ?? "") &&
      !TITLE.test(last) &&
      !trailingPlaceWords(next);
    // (… nor the first title's: "অধ্যাপক (অব.) ও অর্থনীতিবিদ"); a body's head after a title: "নগরবিদ ও … বিভাগের প্রধান"
    const titled = TITLE.test(keyOf(withoutRetired(part)));
    const most =
      next.length === 2 && DESK_ENDINGS.has(last) ? 1 : (next.length <= 3 && INSTITUTION_ENDINGS.has(last)) || subject ? 8 : TITLE.test(last) ? (titled ? 3 : 1) : HEAD.test(last) && titled && next.slice(0, -1).some((token) => GENITIVE_END.test(token.k)) ? 3 : 0;
    // (a title's "former" is not counted in its length: "সাবেক অতিরিক্ত সচিব ও কলাম লেখক")
    if (
      titleLength(part) <= most &&
      trailingPlaceWords(part) < part.length &&
      part.every((token) => !ROLES.has(token.k) && !DESK_ENDINGS.has(token.k))
    ) {
      parts.splice(i, 2, [...part, ...next]);
    }
  }
  return parts;
}
