import { phraseAlternation, WORD_END, WORD_START } from "../_lib/alternation.ts";
import { BANGLA_MONTHS } from "../data/banglaMonths.ts";
import { NOUN_GOVERNOR, NOUN_NAME_HEAD } from "../data/attributionCues.ts";
import { GREGORIAN_MONTHS } from "../data/gregorianMonths.ts";
import { assertString } from "../errors.ts";
import { normalizeForMatch, type NormalizedText } from "../text/normalize.ts";
import { closesClause, DENIED, DESK, FELT, isDescriptorAt, isFullStop, isInCredit, isInSourcesLine, isNamesakeBefore, isRunningLine, readLeft, readRight, type LeftContext, type RightContext } from "./cues.ts";
import { inflectionOf } from "./inflection.ts";
import { endingRegex, nameAt, type ViewMatch } from "./lookup.ts";
import { agencyById } from "./names.ts";
import { isSentenceEnd, isWordUnit, skipSpacesLeft, skipSpacesRight } from "./phrases.ts";
import type { Agency, AgencyInflection, Attribution, AttributionCue } from "./types.ts";

/** An ASCII capital. */
const CAPITAL = /[A-Z]/;

/** Whether a unit is an ASCII digit (the matching view writes Bengali digits so). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A speaker of at most five words and a colon, after a name in the dative: `কে প্রধান উপদেষ্টা:`. Sticky. */
const SPEAKER_COLON = /(?: [^\s:।]+){1,5}:/y;

/**
 * `by`, a name (and its article) and its count, tally or estimate right after it: `by an AFP count`, `by Reuters' tally`, `by
 * the BBC's count`, `by AFP estimates` (not `Photo by AP`). Run on the text from `by` to a few units after the name.
 */
const BY_COUNT = /^by .*(?:count|tally|estimates?)(?![a-z])/;

/** What a quoted outlet said, after its name: `quoted AFP as saying`. Sticky. */
const QUOTED_AS = / as (?:saying|reporting|having)(?![a-z])/y;

/** `String.prototype.toWellFormed` (ES2024), where the engine has it. */
interface WellFormed {
  toWellFormed?(): string;
}

/** A name found in the view, possibly with its abbreviation in brackets after it. */
interface Hit {
  /** The name; its start moves to the bracket before a name alone in brackets with an ending after them. */
  match: ViewMatch;
  /** End of the whole span (after a bracketed abbreviation and its ending, when merged). */
  end: number;
  inflection: AgencyInflection;
}

/**
 * Joiners of a list of names: `রয়টার্স, এএফপি`, `ওয়াশিংটন পোস্ট ও রয়টার্স`, `এএফপি/রয়টার্স`, `ওয়াশিংটন পোস্ট-এবিসি নিউজের`,
 * `বার্তা সংস্থা রয়টার্স এবং সংবাদমাধ্যম আল জাজিরা`. The Bengali words (ও, এবং, আর; বার্তা সংস্থা, সংবাদ সংস্থা,
 * সংবাদমাধ্যম, গণমাধ্যম, দৈনিক, পত্রিকা) are written as letters: a pattern literal's are not escaped by the bundle.
 * `পাশাপাশি` ("alongside", captured) joins a genitive name to the next name's verb: `রয়টার্সের পাশাপাশি এএফপিও জানিয়েছে`.
 */
const LIST_JOINER =
  /^(?: ?[,/;&-] ?| (?:ও|এবং|আর|and|(পাশাপাশি)) |, ?(?:ও|এবং) )(?:(?:বার্তা ?সংস্থা|সংবাদ ?সংস্থা|সংবাদমাধ্যম|গণমাধ্যম|দৈনিক|পত্রিকা) )?$/u;

/**
 * Lists every agency named in running text, with the role the text gives it: `source` when the story says its
 * report comes from the agency (`খবর বিবিসির`, `সূত্র: রয়টার্স`, `বার্তা সংস্থা এএফপি জানিয়েছে`,
 * `রয়টার্সের প্রতিবেদনে বলা হয়েছে`, `কেসিএনএর তথ্য অনুসারে`, `আনাদোলুর বরাতে`, the `(বাসস)` of a dateline),
 * `mention` otherwise (`ট্রাম্প এনবিসি নিউজকে বলেন`, `এনডিটিভিকে দেওয়া সাক্ষাৎকারে`, `বিবিসির সংবাদদাতা`).
 *
 * Names are matched as whole words in the matching view, with their case endings (`-র`, `-এর`, `-ের`, `-য়ের`,
 * `-কে`, `-তে`, `-য়`, `-এ`, written glued or after a hyphen or apostrophe, then `সহ`, `ও`, `ই`). Spellings that
 * also mean something else (`তাস` cards, `ডন` a name, `এপি`, `সান`) count only with a cue: a descriptor
 * (বার্তা সংস্থা, সংবাদমাধ্যম, দৈনিক …), the agency's own country right before it, a source or interview phrase
 * around it, or another agency beside it in a list. Photo credits (`ফাইল ছবি এএফপি`) are not attributions.
 *
 * @param text - running text: a sentence, a paragraph or a whole article
 * @returns the attributions in text order; `index` and `text` refer to the input as given
 * @throws {TypeError} when `text` is not a string
 * @example
 * findAttributions("রয়টার্সের এক প্রতিবেদনে বলা হয়েছে, বৈঠক হবে।");
 * //=> [{ agency: "reuters", text: "রয়টার্সের", index: 0, role: "source", cue: "report" }]
 * findAttributions("ট্রাম্প এনবিসি নিউজকে বলেন, চুক্তি হয়েছে।").map((a) => [a.agency, a.role]);
 * //=> [["nbc-news", "mention"]]
 */
export function findAttributions(text: string): Attribution[] {
  assertString(text);
  const view = normalizeForMatch(text);
  // one flat copy of the view, read unit by unit below (a string built piece by piece is slower to read in some
  // engines); a lone surrogate, which no rule matches, becomes U+FFFD in it
  const s = (view.text as WellFormed).toWellFormed?.() ?? view.text;
  const hits = scan(view, s);
  if (hits.length === 0) return [];
  const out: Attribution[] = [];
  let first = 0;
  while (first < hits.length) {
    let last = first;
    while (last + 1 < hits.length && isListJoin(s, hits[last] as Hit, hits[last + 1] as Hit)) last++;
    classifyGroup(view, s, hits.slice(first, last + 1), out);
    first = last + 1;
  }
  return linkCitations(text, out);
}

/**
 * An agency cited with বরাত/উদ্ধৃতি gets `via`: the next source in the same sentence, which passed its report on
 * (`কেসিএনএ-এর বরাত দিয়ে বার্তা সংস্থা রয়টার্স এ তথ্য জানিয়েছে` → KCNA via Reuters). Read from the end back, each
 * stretch of text looked at once: the nearest source after each attribution, and the nearest of another agency.
 */
function linkCitations(text: string, found: Attribution[]): Attribution[] {
  // most texts cite nothing with বরাত: no need to read the text between the attributions
  if (!found.some((attribution) => attribution.cue === "barat")) return found;
  let nearest: Attribution | undefined;
  let other: Attribution | undefined;
  for (let k = found.length - 2; k >= 0; k--) {
    const cited = found[k] as Attribution;
    const after = found[k + 1] as Attribution;
    // a sentence end inside the next attribution ends the links past it; one before it ends every link
    if (sentenceEndBetween(text, after.index, after.index + after.text.length)) nearest = other = undefined;
    if (after.role === "source" && after.cue !== "barat") {
      if (nearest !== undefined && nearest.agency !== after.agency) other = nearest;
      nearest = after;
    }
    if (sentenceEndBetween(text, cited.index + cited.text.length, after.index)) nearest = other = undefined;
    if (cited.cue !== "barat") continue;
    const carrier = nearest !== undefined && nearest.agency !== cited.agency ? nearest : other;
    if (carrier !== undefined) found[k] = { ...cited, via: carrier.agency };
  }
  return found;
}

function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceEnd(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The cheap first pass: walk the view once; at each word start, walk the trie of names from there (a few map
 * look-ups; most words stop at the first or second letter).
 */
function scan(view: NormalizedText, s: string): Hit[] {
  const hits: Hit[] = [];
  let previousIsWord = false;
  let resume = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const isWord = isWordUnit(code);
    if (!isWord || previousIsWord || i < resume) {
      previousIsWord = isWord;
      continue;
    }
    previousIsWord = true;
    const found = nameAt(s, i);
    if (found === null || (found.entry.capital && !capitalised(view, found))) continue;
    const previous = hits[hits.length - 1];
    resume = found.end;
    const hit: Hit = { match: found, end: found.end, inflection: inflectionOf(found.ending) };
    if (!mergeBracketed(s, previous, hit)) hits.push(hit);
  }
  return hits;
}

/** A small Latin letter; the article before a name in small letters. */
const SMALL = /[a-z]/;
const ARTICLE_SMALL = /^The[ .-]*[a-z]/;

/**
 * Whether a Latin spelling written with a capital has it in the input too; after an article (no registry spelling
 * starts with `The` otherwise), the name's own word too (`The Sun reported`, `ThePrint`, `The.Hindu`, not `The sun
 * set`, `The print media`); and a spelling in capitals has them all (`TIME`, not `Question Time`).
 */
function capitalised(view: NormalizedText, found: ViewMatch): boolean {
  const spelling = found.entry.spelling;
  const at = view.toSource(found.nameStart);
  const written = view.source.slice(at, at + spelling.length);
  return (
    CAPITAL.test(written.charAt(0)) &&
    (spelling !== spelling.toUpperCase() || !SMALL.test(written)) &&
    !(spelling.startsWith("The") && ARTICLE_SMALL.test(written))
  );
}

/**
 * `NAME (ABBR)` becomes one hit of NAME, taking the ending after the bracket: the bracket glosses the name
 * (`ভয়েস অব আমেরিকা (ভিওএ)-এর`, `অস্ট্রেলিয়ার ব্রডকাস্টিং করপোরেশনের (এবিসি)`), even when the abbreviation
 * alone would name another agency. A name alone in brackets or double quotes takes an ending written after them
 * (`খবর বার্তা সংস্থা (এএফপি)-এর।`, `“বিবিসি”-র প্রতিবেদনে`), and its span takes the brackets or quotes.
 */
function mergeBracketed(s: string, previous: Hit | undefined, hit: Hit): boolean {
  const found = hit.match;
  const open = skipSpacesLeft(s, found.start);
  const close = closingAt(s, found.end);
  const opener = s.charCodeAt(open - 1);
  const closer = s.charCodeAt(close);
  const quoted = (opener === 0x22 && closer === 0x22) || (opener === 0x201c && closer === 0x201d);
  if (!(quoted || (opener === 0x28 && closer === 0x29)) || found.ending !== undefined) return false;
  const glossed = !quoted && skipSpacesLeft(s, open - 1) === previous?.end;
  const target = glossed ? previous : hit;
  const pattern = endingRegex();
  // an ending after a space and a hyphen is the name's when a report or citation follows it (`(এএফপি) -র প্রতিবেদনে`)
  const spaced = !glossed && s.startsWith(" -", close + 1);
  const from = (pattern.lastIndex = close + (spaced ? 2 : 1));
  const ending = pattern.exec(s);
  const inflection = inflectionOf(ending?.[1]);
  // a name alone takes an ending written close after its bracket (`(বাসস)- এ বছর` opens a dateline's story)
  if (
    glossed
      ? target.inflection === "none"
      : ending?.[1]?.includes(" ") === false && (!spaced || readRight(s, pattern.lastIndex, inflection).role === "source")
  ) {
    hit.match = { ...found, start: open - 1 };
    target.end = from + (ending?.[0].length ?? 0);
    target.inflection = inflection;
  }
  return glossed;
}

/** Whether two names are one list: joined after a bare name, or by `পাশাপাশি` after a genitive one. */
function isListJoin(s: string, a: Hit, b: Hit): boolean {
  const gap = b.match.start - a.end;
  const joiner = gap > 0 && gap <= 24 ? LIST_JOINER.exec(s.slice(a.end, b.match.start)) : null;
  return joiner !== null && a.inflection === (joiner[1] === undefined ? "none" : "genitive");
}

/**
 * One word after a bare name and a comma closing the clause: with a verb of report read after the name, the word is the
 * verb, and the name its subject (`বর্তমান জানিয়েছে, …`), which a time word is not (`এই সময় তিনি জানান`).
 */
const VERB_CLOSING = /^ [^\s,]+,/;

/** Decides the role of a list of names (or one name) from the words before the first and after the last. */
function classifyGroup(view: NormalizedText, s: string, group: readonly Hit[], out: Attribution[]): void {
  const head = group[0] as Hit;
  const tail = group[group.length - 1] as Hit;
  if (group.length === 1 && isInCredit(s, head.match.start, head.end)) return;
  const left = readLeft(s, head.match.start);
  // a modifier before the names, an article or a descriptor (`a Reuters fact-check found`)
  const right = readRight(s, tail.end, tail.inflection, left.start < head.match.start - 1);
  const [role, roleCue] = decideRole(s, left, right, tail);
  // `Citing Reuters, Al Jazeera said`: a last name after a comma alone, before its own reporting verb, is the subject
  // that passes on what the cited names before it reported, a source by its verb (both are sources)
  const passesOn = left.cue === "khobor" && right.cue === "reporting-verb" && s.slice(tail.match.start - 2, tail.match.start).includes(",");
  const anyPlain = group.some((hit) => !hit.match.entry.ambiguous);
  for (const hit of group) {
    let cue: AttributionCue | undefined = passesOn && hit === tail ? right.cue : roleCue;
    const agency = agencyIn(hit.match.entry.agency, left);
    if (hit.inflection === "none" && isNamesakeBefore(s, hit.end, hit.match.entry.ambiguous)) continue;
    if (hit.match.entry.ambiguous) {
      // `Dawn Butler`, `Tasnim Jara`: a capitalised word (no descriptor) right after a Latin name that is also a
      // person's makes it the person's
      if (hit.match.entry.capital && agency.namesake === "person" && hit.inflection === "none" && s.charCodeAt(hit.end) === 0x20) {
        if (CAPITAL.test(view.source.charAt(view.toSource(hit.end + 1))) && !isDescriptorAt(s, hit.end + 1)) continue;
      }
      // `ইমরান খানের দল পিটিআই`: a party of the name, not the agency
      if (s.startsWith("দল", left.start - 2) && !isWordUnit(s.charCodeAt(left.start - 3))) continue;
      // a desk after the name (`প্রথম আলো ডেস্ক`) is a byline's, and does not confirm it
      // a name marked as one: its ending set off by a hyphen (`এই সময়-এর`), or the subject of its own verb (`বর্তমান জানিয়েছে, …`)
      const named = hit.match.ending?.charCodeAt(0) === 0x2d || (roleCue === "reporting-verb" && hit.inflection === "none" && VERB_CLOSING.test(s.slice(hit.end, hit.end + 24)));
      const confirmedBy = confirm(agency, left, hit.inflection, right === DESK ? undefined : roleCue, anyPlain && group.length > 1, right, named);
      if (confirmedBy === undefined) continue;
      cue ??= confirmedBy ?? undefined;
    } else if (cue === undefined && (left.agencyDescriptor || left.mediaDescriptor)) {
      cue = "descriptor";
    }
    // a name opening with a common noun is the noun after a word that governs it, no cue reading the name: `অনেক সময়
    // টিভি দেখে` ("watching TV much of the time"), not `সময় টিভিতে যোগ দেন`
    if (cue === undefined && NOUN_NAME_HEAD.test(hit.match.entry.spelling) && nounGoverned(s, hit.match.start)) continue;
    const span = view.spanToSource(hit.match.start, hit.end);
    out.push({
      agency: agency.id,
      text: span.text,
      index: span.index,
      role,
      name: hit.match.entry.spelling,
      inflection: hit.inflection,
      ...(cue === undefined ? {} : { cue }),
    });
  }
}

/** Whether the word before `start`, on its line, governs a name's first word as the noun ({@link NOUN_GOVERNOR}). */
function nounGoverned(s: string, start: number): boolean {
  const end = skipSpacesLeft(s, start);
  let from = end;
  while (isWordUnit(s.charCodeAt(from - 1))) from--;
  return NOUN_GOVERNOR.test(s.slice(from, end));
}

function decideRole(
  s: string,
  left: LeftContext,
  right: RightContext,
  tail: Hit,
): readonly ["source" | "mention", AttributionCue | undefined] {
  const bare = tail.inflection === "none";
  if (bare && (left.bracket || s.charCodeAt(left.start - 1) === 0x2c) && isDateline(s, left.start, tail.end)) return ["source", "dateline"];
  if (left.cue === "khobor" || left.cue === "sutro") return ["source", left.cue];
  if (isInSourcesLine(s, left.start)) return ["source", "sutro"];
  const entry = tail.match.entry;
  const line = lineCue(s, left.start, tail.end, bare, !entry.ambiguous || entry.agency.type === "wire" || entry.agency.type === "state-media");
  if (line !== undefined) return ["source", line];
  // `by an AFP count`, `by a Reuters tally`, `by an AFP estimate`: the outlet counted (not `Photo by AP`, which credits it)
  if (BY_COUNT.test(s.slice(left.start - 2, tail.end + 12))) return ["source", "khobor"];
  // `বিবিসিসহ বিভিন্ন সংবাদমাধ্যম … প্রকাশ করেছে`: a name with সহ is one of the subject's list, not the subject
  if (right.role !== undefined && !(tail.match.including && right.cue === "reporting-verb")) return [right.role, right.cue];
  if (left.bracket && bare && closesSentence(s, tail.end)) return ["source", "bracket"];
  // `quoted AFP as saying`, `cited PTI as saying`: the outlet quoted is the source
  QUOTED_AS.lastIndex = tail.end;
  if (left.cue === "said" && QUOTED_AS.test(s)) return ["source", "barat"];
  if (bare && (left.cue === "reporting-verb" || (left.cue === "said" && closesClause(s, tail.end)))) return ["source", "reporting-verb"];
  // `the minister told news agency ANI`: the agency listens; so does a name in the dative opening a line whose
  // speaker, before a colon, says what follows (`রয়টার্সকে প্রধান উপদেষ্টা: …`)
  SPEAKER_COLON.lastIndex = tail.end;
  if (left.cue === "interview") return ["mention", "interview"];
  if (left.cue === "told" || (tail.inflection === "dative" && s.charCodeAt(left.start - 1) !== 0x20 && SPEAKER_COLON.test(s))) {
    return ["mention", "told"];
  }
  if (left.agencyDescriptor && (bare || tail.inflection === "genitive")) return ["source", "agency-descriptor"];
  return ["mention", undefined];
}

/**
 * `ঢাকা, ১২ মার্চ (বাসস) :`, `(ঢাকা, ১২ মার্চ, বাসস) :`, `কলকাতা, ১২ সেপ্টেম্বর (হি.স.):` — a name closing a
 * bracket, after a place, a comma and a date (or opening one before a colon or dash).
 */
function isDateline(s: string, open: number, end: number): boolean {
  const close = closingAt(s, end);
  if (s.charCodeAt(close) !== 0x29) return false;
  const after = s.charCodeAt(skipSpacesRight(s, close + 1));
  if (after === 0x3a || after === 0x0983 || after === 0x2d) return true;
  // a date of at most four words before the bracket or the comma, after a comma or an opening bracket, on the same
  // line (`… ২০২৪ সালে ১০ জন (বিবিসি)` is no dateline)
  let digit = false;
  for (let i = open - 2, spaces = 0; i >= 0 && i >= open - 60; i--) {
    const code = s.charCodeAt(i);
    if (code === 0x0a || code === 0x0964 || (code === 0x20 && ++spaces > 4)) return false;
    if (code >= 0x30 && code <= 0x39) digit = true;
    else if ((code === 0x2c || code === 0x28) && digit) {
      const words = s.slice(i + 1, open - 1);
      return !COUNT.test(words) || MONTH_WORD.test(words);
    }
  }
  return false;
}

/**
 * Up to three Bengali words and a number between a comma and the bracket, with its classifier or not and up to two
 * words after it: a headline's count (`…, নিহত ১২ (পিটিআই)`, `…, নিহত অন্তত ৭ (রয়টার্স)`, `…, নিহত ১২ জন (এএফপি)`,
 * `…, নিহত ৩ শিশু (এএফপি)`); in English, a number and one or two words (`…, 3 killed (Reuters)`, `…, 5 arrested
 * (UNB)`, `…, 20 feared dead (AFP)`). A date puts the day before the month (`ঢাকা, ১২ মার্চ (বাসস)`) or names a
 * month ({@link MONTH_WORD}: `ঢাকা, মার্চ ১২ (বাসস)`, `Dhaka, 12 March (UNB)`, the view's letters being small).
 */
const COUNT = /^ *(?:(?:[\u0980-\u09ff]+ +){1,3}\d+(?: *(?:জন|টি))?(?: +[\u0980-\u09ff]+){0,2}|\d+(?: [a-z]+){1,2}) *$/;

/**
 * A month's name as a word: Gregorian, in Bengali or English, or of the Bangla calendar by its standard name (`সিলেট,
 * বৈশাখ ১ (বাসস)`). A count before a bracket that names one is a date.
 */
const MONTH_WORD = /* @__PURE__ */ (() => {
  const names = [...GREGORIAN_MONTHS.flatMap((month) => [...month.bn, ...month.en]), ...BANGLA_MONTHS.flatMap((month) => month.spellings)];
  return new RegExp(`${WORD_START}${phraseAlternation(names)}${WORD_END}`, "u");
})();

/** Where the bracket closing a name would be: after space, and after the last dot of initials (`(হি.স.)`). */
function closingAt(s: string, end: number): number {
  const close = skipSpacesRight(s, end);
  return s.charCodeAt(close) === 0x2e ? close + 1 : close;
}

/**
 * `… বলে জানা গেছে (এএফপি)।`, `… উঠেছে [বিবিসি]।`, `… উপস্থিত ছিলেন। (হি.স.)` — a bracketed name (initials with
 * their last dot) closing a sentence or a paragraph.
 */
function closesSentence(s: string, end: number): boolean {
  const close = closingAt(s, end);
  if (s.charCodeAt(close) !== 0x29 && s.charCodeAt(close) !== 0x5d) return false;
  const after = skipSpacesRight(s, close + 1);
  return after >= s.length || isSentenceEnd(s.charCodeAt(after)) || s.charCodeAt(after) === 0x2e;
}

/** Space, closing brackets and full stops up to the end of the text: run on the text after a name. */
const TO_END = /^[\s).।]*$/;

/** Space, closing brackets and full stops up to the end of the line: run on the text after a name. */
const TO_LINE_END = /^[ \t\r).।]*(?:\n|$)/;

/**
 * Names that a line gives as the story's sources: alone on the text's last line (of at most 60 units), after a line break, a dash or a
 * bracket (`– রয়টার্স`, `—এএফপি`, `রয়টার্স/এএফপি`, `(বাসস)`), or a bare name alone at the start of a line before
 * a colon (`বিবিসি বাংলা: <body>`).
 */
function lineCue(s: string, start: number, end: number, bare: boolean, signs: boolean): AttributionCue | undefined {
  let before = skipSpacesLeft(s, start);
  const opener = s.charCodeAt(before - 1);
  // where the sentence before the name ends, or before its dash (`… নিহত। -Reuters`)
  const stop = opener === 0x2d ? skipSpacesLeft(s, before - 1) : before;
  const opened = opener === 0x2d || opener === 0x28;
  if (opened) before = skipSpacesLeft(s, before - 1);
  // the last sentence of its line: `… সফল হয়েছে। বাসস।`, `… died in 2024. AFP`, not a list's number (`১. বিবিসি`);
  // a name that also means something else signs a story there only as a wire's (`… পড়ুন। প্রথম আলো` is no source)
  // a dash after a paragraph of running text with no full stop signs it too (`… ছাড়িয়েছে — রয়টার্স`)
  const ended = isFullStop(s, stop) ? !numbersList(s, stop - 1) : opener === 0x2d && isRunningLine(s, stop);
  if (ended && signs && TO_LINE_END.test(s.slice(end))) return "sutro";
  if (before > 0 && s.charCodeAt(before - 1) !== 0x0a) return undefined;
  if ((before > 0 || opener === 0x2d) && end - before <= 60 && TO_END.test(s.slice(end))) return "sutro";
  const colon = skipSpacesRight(s, end);
  const code = s.charCodeAt(colon);
  return bare && !opened && (code === 0x3a || code === 0x0983) && !asksOnLine(s, colon) ? "dateline" : undefined;
}

/** A question closing its text, after a quotation mark or bracket if any. */
const QUESTION_END = /[?？]["'”’)]?\s*$/u;

/** Whether a text closes with a question: after an outlet's name and a colon, an interview's (`TBS: What …?`). */
export function asks(text: string): boolean {
  return QUESTION_END.test(text);
}

/**
 * Whether the line after a colon at `colon` is a question: the outlet before the colon asks it
 * (`প্রথম আলো: আপনি কি মনে করেন …?`, `The Daily Star: How do you see …?`), a label of the interviewer, no source.
 */
function asksOnLine(s: string, colon: number): boolean {
  const end = s.indexOf("\n", colon);
  return asks(s.slice(colon, end < 0 ? s.length : end));
}

/** Whether the dot at `dot` ends a list's number that opens its line (`১. বিবিসি`, `⏎  2. Reuters`). */
function numbersList(s: string, dot: number): boolean {
  let i = dot;
  while (isDigit(s.charCodeAt(i - 1))) i--;
  if (i === dot) return false;
  while (s.charCodeAt(i - 1) === 0x20 || s.charCodeAt(i - 1) === 0x09) i--;
  return i === 0 || s.charCodeAt(i - 1) === 0x0a;
}

/**
 * The agency a name stands for where it stands: its registry entry, or the entry's alternate when the alternate's
 * country is named right before it (`অস্ট্রেলিয়ার সম্প্রচারমাধ্যম এবিসি` is ABC Australia, not ABC News).
 */
function agencyIn(agency: Agency, left: LeftContext): Agency {
  if (agency.alternate === undefined || left.countries.length === 0) return agency;
  const alternate = agencyById(agency.alternate);
  return alternate !== undefined && left.countries.includes(alternate.country) ? alternate : agency;
}

/**
 * The cue that lets an ambiguous spelling count; null where the outlet's own feeling, before or after it (`right`),
 * or its report denied or withdrawn lets it count with no cue (`দুঃখ প্রকাশ করেছে প্রথম আলো`, `সমকালে প্রকাশিত সংবাদটি
 * প্রত্যাহার করা হয়েছে`); undefined where nothing does.
 */
function confirm(
  agency: Agency,
  left: LeftContext,
  inflection: AgencyInflection,
  roleCue: AttributionCue | undefined,
  inList: boolean,
  right: RightContext,
  named = false,
): AttributionCue | null | undefined {
  const namesake = agency.namesake;
  const described = left.agencyDescriptor || left.mediaDescriptor;
  // a phrase in the locative is the phrase, no descriptor before it: `আমার দেশে প্রকাশিত হয়নি` ("not published in my country")
  if (namesake === "phrase" && inflection === "locative" && !described) return undefined;
  // a time is the time, no medium's word before it, no ending set off by a hyphen, which marks a name, and no verb of
  // its own: `এই সময়ের সাংবাদিকেরা` ("journalists of this time"), but `এই সময়-এর প্রতিবেদনে`, `বর্তমান জানিয়েছে, …`
  if (namesake === "time" && !described && !named) return undefined;
  // a man's men are no staff, unless posted to a city: `ডনের কর্মীরা`, but `ডনের করাচি প্রতিনিধি`
  if (roleCue !== undefined && !((roleCue === "told" || (roleCue === "staff" && right.posted !== true)) && namesake === "person")) return roleCue;
  if (described) return "descriptor";
  // a place's own country before it names the place (`জর্ডানের পেট্রা`), not the agency
  if (inflection !== "genitive" && namesake !== "place" && left.countries.includes(agency.country)) return "country";
  if (inList) return "list";
  // … or its report denied or withdrawn, unless a man's words are meant (`সমকালের প্রতিবেদন সঠিক নয়`)
  return right === FELT || left.cue === "feeling" || (right === DENIED && namesake !== "person") ? null : undefined;
}
