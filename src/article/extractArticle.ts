import { WEEKDAYS } from "../data/weekdays.ts";
import type { DateOptions, Dateline, ParsedDate } from "../dates/types.ts";
import { assertString } from "../errors.ts";
import { foldForMatch, normalizeForMatch, type NormalizedText } from "../text/normalize.ts";
import { type BoilerplateKind, boilerplateKind, DISCLAIMER, isBookDetail, isCopyrightLine, isSectionLine } from "./boilerplate.ts";
import { checkArticleOptions } from "./checkOptions.ts";
import { datelineLabelIndex, isDateOnly, isMastheadAnywhere } from "./dateLines.ts";
import { type ArticleLine, splitLines, wordCount } from "./lines.ts";
import {
  type ArticleAttribution,
  type ArticleByline,
  type ArticleContributor,
  cleanValue,
  readAttributions,
  readByline,
  courtesyAlone,
  readCaption,
  readDate,
  readDateline,
  readDates,
  readLeadByline,
  isAgencyName,
  isPlaceOnly,
  namingSomebody,
  readBylineLine,
  namesByRole,
  shiftByline,
  shiftCredit,
} from "./parts.ts";
import { isPersonName } from "./personName.ts";
import { matchStart } from "../agencies/lookup.ts";
import { isNamedSlogan, isOutletSlogan, isSourceLine, lastSignOff, signOffForm } from "./signOff.ts";
import type { Article, ArticleImage, ArticleIssue, ArticleSpan, ExtractArticleOptions } from "./types.ts";
import { words as alternation } from "./words.ts";

/** What a line of the article is. */
type LineRole = "masthead" | "headline" | "dateline" | "byline" | "caption" | "boilerplate" | "signoff" | "body";

/** A piece of the story: a paragraph (or the rest of one) and where it starts in the input. */
interface BodyPiece {
  readonly text: string;
  readonly index: number;
}

/**
 * Words of a credit (`ছবি`, `ফাইল`, `সংগৃহীত`, `থেকে নেওয়া`, `Photo`…): the Bengali and the English ones apart, as two
 * searches with the first letters of one script each skip ahead faster than one.
 */
const CREDIT_WORD = /ছবি|চিত্র|ফটো|ফাইল|কপিরাইট|উৎস|সংগৃহ|সৌজন্য|থেকে নে/u;
const ENGLISH_CREDIT_WORD = /photo|image|file|courtesy|credit|getty/;
/** A credit's dash closing a caption (`…মানুষ –রয়টার্স`), read on the last characters of the line. */
const DASH_CREDIT = /(?:^|\s)-\s?[^\s-]{2,24}\s?$/u;

/** Whether a line of the matching view may hold a photo credit: a credit word, a `/`, or a closing dash credit. */
function hasCreditCue(view: string): boolean {
  return view.includes("/") || CREDIT_WORD.test(view) || ENGLISH_CREDIT_WORD.test(view) || DASH_CREDIT.test(view.slice(-32));
}

/** `More` before a section's name alone (`More Sports`, `আরও খেলা`, `More World News`): the label of its links. */
const MORE = /^(?:more|আরও) /u;

/** A caption label that opens its line (`ছবির ক্যাপশান, …`). */
const CAPTION_LABEL = /^(?:ছবির ক্যাপশা?ন|ক্যাপশন|(?:image )?caption) ?[,:]\s*/u;

/** BBC's template labels of a byline on two lines (`Author, NAME` ⏎ `Role, OUTLET, PLACE`), in the matching view. */
const AUTHOR_LABEL = /^author,/u;
const ROLE_LABEL = /^role,/u;

/** The label of a writer's post (`লেখক: অর্থনীতিবিদ ও গবেষক`), in the matching view. */
const POST_LABEL = /^লেখক ?[:ঃ]/u;

/**
 * The label of a translator's line (`অনুবাদ:`, `ভাষান্তর:`, `Translated by`), in the matching view: under a writer's name
 * even after a blank line (`জর্জ মনবিও` ⏎⏎ `অনুবাদ: NAME`).
 */
const TRANSLATION_LABEL = /^(?:অনুবাদ|ভাষান্তর|translat)/u;

/**
 * The label of a credit of the photos (`ছবি:`, `Photos:`), of their photographer (`আলোকচিত্রী:`) or of the page's
 * sponsor (`সৌজন্যে:`), in the matching view.
 */
const PHOTOS_LABEL = /^(?:ছবি|photos?|আলোকচিত্রী?|photographer|সৌজন্যে) ?[:ঃ]/u;

/** The label of a byline that credits the photos too (`লেখা ও ছবি:`, `ছবি ও লেখা:`, `Text and photos:`), in the matching view. */
const WORDS_AND_PHOTOS = /^(?:(?:লেখা|প্রতিবেদন|text|words|story) (?:ও|and|&) (?:ছবি|photos?)|(?:ছবি|photos?) (?:ও|and|&) (?:লেখা|text|words))/u;

/** What of a line as written follows the first `length` units of its matching view (a label read in the view). */
function afterLabel(view: NormalizedText, line: ArticleLine, length: number): string {
  return line.text.slice(view.toSource(line.start + length) - line.index);
}

/** The stop that closes a sentence, perhaps with a quote or bracket and a footnote's mark after it (`… এসেছে।¹`). */
const SENTENCE_END = /[।?!]['")]?(?:[¹²³⁴-⁹]|\[\d{1,2}\])?$/u;
/** A video's length alone (`০৩:২৪`, `1:02:15`), in the matching view. */
const VIDEO_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/**
 * A labelled credit of a video (`ভিডিও: সংগৃহীত`, `Video: YouTube`), or a link to one in the story (`Watch: Vehicles
 * stranded at the ghat`, `Watch video: First train reaches Kamalapur`, `ভিডিও দেখুন: …`, `ভিডিওটি দেখুন: …`), in the
 * matching view.
 */
const VIDEO_CREDIT = /^(?:ভিডিও|video|watch)(?: (?:the )?video|(?:টি)? দেখুন)? ?[:ঃ]/u;
/**
 * A live page's stamp over an update, alone on its line: a clock time with its half of the day (`১০:৪৫ AM`, `3:45
 * PM`); in the story, a time ago too (`১ ঘণ্টা আগে`), which in the header is the dateline.
 */
const LIVE_STAMP = /^\d{1,2}:\d\d ?(?:[ap]m|এএম|পিএম)$/u;
const DIGIT = /\d/;
/**
 * A trailer's opening in the matching view: a wire's word or two and `by` (`reporting by`, `additional reporting by`),
 * or the `as told to` of a story in its teller's words; in brackets too (`(As told to NAME)`).
 */
const WIRE_TRAILER = /^\(?(?:[a-z]+(?: [a-z]+)? by|as told to) [a-z]/;
/**
 * A full stop closing a line, perhaps before a footnote's mark (`… polluted.[1]`), or an English word's full stop before
 * more words.
 */
const SENTENCE_STOP = /\.(?:\[\d{1,2}\])?$|[a-z]{3}\. /;
/**
 * A separator near the start of a paragraph, after which a fused byline or place would end (`ঃ-`, `:`, `।।`, `॥`, ` - `,
 * a dash after a wire dateline's bracket: `(পিটিআই)— …`).
 */
const LEAD_SEPARATOR = /^[^\n]{0,90}?(?:[:ঃ॥]|।।|[ )]-)/u;
/**
 * The note about the author that closes an opinion piece (`লেখক: সাবেক সচিব…`, `লেখক পরিচিতি:`), perhaps in brackets or
 * after a dash (`(লেখক: …)`, `— লেখক: …`), or in English (`The writer is a …`, `— The writer is …`); or a star and the
 * writer's name before the colon (`*বদিউল আলম মজুমদার: সম্পাদক, …`), the name captured; in English a post may have no
 * article (`The writer is secretary of …`, `… is executive director at …`). With no colon, `লেখক` or `লেখিকা` comes
 * before a writer's role as {@link ROLE_NOTE} reads one (`লেখক অধ্যাপক, ঢাকা বিশ্ববিদ্যালয়`, `লেখক অর্থনীতিবিদ ও
 * গবেষক`) or before a former post of any kind (`লেখক সাবেক রাষ্ট্রদূত`, `লেখক অবসরপ্রাপ্ত মেজর জেনারেল`), on a line
 * that ends no sentence (`লেখক সমাজের দায় নিয়ে …।` is story).
 */
const AUTHOR_NOTE =
  /^(?:[*([—-]? ?লেখ(?:ক(?: পরিচিতি)?|িকা) ?(?:[:ঃ]|(?:(?:সাবেক|অবসরপ্রাপ্ত) |(?:[^ ,]+ )?[^ ,]*(?:[ক-হ]ক|বাদিক|ত্যিক|ন্ধিক|বিদ|জয়ী|শিল্পী|কবি|(?:ট্য|ীতি|সুর)কার)(?:[ ,)\]]|$))(?!.*[।?!]$))|\*+ ?([^:ঃ*]{4,48}?) ?[:ঃ])|^[([—-]? ?the (?:writer|author)(?: is (?:an?|the|former|(?:\p{Ll}+ ){1,2}(?:of|at))|s are) /u;

/**
 * A starred note of two to four words before the colon and a writer's role after it (the pattern reads the name, the
 * colon and the first two words after it), its first or second word ending as a role does ({@link ROLE_ENDING}): the
 * agent's `-ক` right after a consonant (`লেখক`, `অধ্যাপক`, `গবেষক`; not an adjective's `-িক`
 * such as `সাময়িক`, `মাসিক`), `সাংবাদিক`, `কথাসাহিত্যিক`, `প্রাবন্ধিক`, `-বিদ`, `-জয়ী`, `-শিল্পী` (`চিত্রশিল্পী`),
 * `কবি`, `নাট্যকার`, `গীতিকার`, `সুরকার`, `-ist` and a few English roles (`writer`, `editor`, `professor` …): `*ফারুক
 * ওয়াসিফ: লেখক ও সাংবাদিক`, `**সৌমিত্র শেখর: সাবেক অধ্যাপক`, `*মুহাম্মদ ইউনূস: নোবেলজয়ী`, `*তারেক শহীদ: চিত্রশিল্পী`,
 * `*Selim Raihan: economist`. The author's note even when the name has no word a name list knows. Read on the
 * matching view, whose Latin letters are small.
 */
const ROLE_NOTE = /^\*+ ?(?:[^ :ঃ*]+ ){1,3}[^ :ঃ*]+ ?[:ঃ] ?([^ ,]+ ?[^ ,]*)?/u;

/**
 * The ending of a word that names a writer's role, before a space, a comma or the end: tested on the first two words
 * after the colon, which {@link ROLE_NOTE} reads whole (a pattern that tried every end of the first word before the
 * second would backtrack).
 */
const ROLE_ENDING = /(?:[ক-হ]ক|বাদিক|ত্যিক|ন্ধিক|বিদ|জয়ী|শিল্পী|কবি|(?:ট্য|ীতি|সুর)কার|ist|writer|editor|author|professor|researcher|analyst|lecturer)(?:[ ,]|$)/u;

/**
 * The author's note in English with a name and its role (`Selim Raihan is a professor of economics at …`, `… is
 * secretary of …`), or a former post of any kind (`… is a former ambassador`, `… is a retired civil servant`), read on
 * the line as written, whose capitals open the name (`The minister is a professor …` is story), with no one said or
 * told it (any spaces, no-break ones too); the name captured.
 */
const ENGLISH_NOTE =
  /^\(?((?:\p{Lu}\S*\s){1,3}\p{Lu}\S*)\sis\s(?:(?:an?|the)\s)?(?:former\s|retired\s|(?:\p{Ll}+\s)?(?:\w+ist|writer|editor|author|professor|researcher|analyst|lecturer|fellow|teacher|secretary|director|chairman|president|adviser|convener|founder|planner|architect)[\s.,;])(?!.*\s(?:said|told)\b)/u;


/**
 * A footnote's mark opening a line: a superscript number or one in brackets (`² অক্সফাম প্রতিবেদন, ২০২৩`, `[1] River and
 * Delta Research Centre, 2024.`). A footnote names its source, not the page's writer.
 */
const FOOTNOTE = /^(?:[¹²³⁴-⁹]|\[\d{1,2}\])/u;

/**
 * Where the reporter writes from, on a line under the byline (`মিরপুর থেকে`, `From Chattogram`): a word or two before
 * `থেকে`, or after `From` and a capital (`From the archive` is no place), as written (any space between).
 */
const FROM_PLACE = /^(?:From\s\p{Lu}\S*(?:\s\S+)?|\S+(?:\s\S+)?\sথেকে)$/u;

/**
 * Whether a line as written is a byline to its end whose writers each have a place or a role (`আব্দুর রাজ্জাক,
 * লালমনিরহাট`, `অনুবাদ: মাহফুজুর রহমান`).
 */
function isWritersLine(text: string): boolean {
  return bylineToEnd(text, (contributor) => contributor.kind === "person" && (contributor.place !== undefined || contributor.role !== undefined)) !== null;
}

/** The most words a bare name (with no role) may have to count as a byline. */
const NAME_WORDS = 4;

/**
 * A line that may be a writer's name alone: two to four Bengali words (`মো.` may be shortened) with no other
 * punctuation or digit; whether it is a name or a sub-headline, its words tell (see {@link isPersonName}).
 */
const NAME_LINE = /^(?:[ঀ-৿]+\.? ){1,3}[ঀ-৿]+$/u;
/**
 * A writer's name alone in Latin letters, as written: two to four capitalised words (`Sheikh Rokon`, `Md. Abdul Karim`),
 * a space or a no-break space between them. No name holds `The`, `Of`, `And`, `From`, `Ahead`, `What`, `Why` or
 * `To`, nor opens with `A` before a word (an initial, `A K Azad`, `A. K. Azad`, is a name's): with one, the words are a
 * sub-headline (`A Closer Look`, `Heat Waves Ahead`, `Lessons From Sri Lanka`, `The Hidden Cost`, `What Comes Next`,
 * `Back To Class`).
 */
const LATIN_NAME_LINE = /^(?!A \w\w|.*\b(?:The|Of|And|From|Ahead|What|Why|To)\b)(?:[A-Z][A-Za-z'-]*\.?[ \u00a0]){1,3}[A-Z][A-Za-z'-]+$/;

/**
 * The title that opens a writer's name (`ড. মোস্তাফিজুর রহমান`, `ডা.লেলিন চৌধুরী`, `অধ্যাপক আইনুন নিশাত`, `প্রফেসর ড.
 * জাহাঙ্গীর আলম`): with it, a short line right under the headline is a byline, as on an opinion page, where no
 * dateline stands beside it; a line with a genitive is a sub-headline about somebody (`ড. ইউনূসের চীন সফর`).
 */
const TITLED_NAME = /^(?:ডা?\. ?|অধ্যাপক |প্রফেসর )/u;
/** A genitive word (`ইউনূসের`): a line with one is about somebody, not by them. */
const GENITIVE = /ের(?: |$)/u;

/**
 * A trail of two to five crumbs of one or two words (`Cox's Bazar`), joined by a spaced slash, bar or arrow, or a bare
 * slash (`বিশ্বকাপ / ফুটবল`, `বিশ্বকাপ/ফুটবল`, `দেশ › পশ্চিমবঙ্গ › কলকাতা`, `Cricket > Bangladesh`): above the headline a breadcrumb,
 * whatever its sections, unless its parts are initials (`এমএইচ/এএস`); so is a separator alone, a trail copied one
 * crumb a line (`Home` ⏎ `›` ⏎ `Bangladesh`).
 */
const CRUMB_TRAIL = /^[/»>›]$|^[\p{L}\p{M}\d'-]+(?: [\p{L}\p{M}\d'-]+)?(?:(?: [/»>›|] |\/)[\p{L}\p{M}\d'-]+(?: [\p{L}\p{M}\d'-]+)?){1,4}$/u;

/** Three crumbs or more joined by a spaced slash or bar (`A / B / C`, `A | B | C`). */
const THREE_TAGS = / [/|] .* [/|] /;

/** A crumb opening with a small Latin letter, or a digit: no tag of a trail. */
const NO_TAG = /(?:^|[/|] )\p{Ll}|\p{Nd}/u;

/**
 * Whether a line near the end of a page is a trail of a story's tags: three to five crumbs joined by a spaced slash or
 * bar, none opening with a small Latin letter, with no digit and no initials (`Remittance / Bangladesh Bank / Economy`,
 * `ডেঙ্গু / স্বাস্থ্য / ঢাকা`, `Benapole | Trade | India`). A story's slashes and bars are no such trail (`৫/৮ ঘটনার পর`,
 * `and/or`, `2/3`, `Science | 62 percent`), nor a table's row (`পণ্য | দাম | গত সপ্তাহ` over its rows), nor a
 * sign-off of initials or with its time (`এমআরএম / জিকেএস / এএস`, `তানভীর / সিএনআই নিউজ / ১১১৫`).
 */
function isTagTrail(line: ArticleLine, next: ArticleLine | undefined): boolean {
  return (
    CRUMB_TRAIL.test(line.view) &&
    THREE_TAGS.test(line.view) &&
    !isInTable(line, next) &&
    !NO_TAG.test(line.text) &&
    signOffForm(line.view, line.text) !== "initials"
  );
}

/**
 * Whether a line with bars stands among a table's rows: no blank line above it, or none under it (`বাজার | দেশি পেঁয়াজ
 * | আমদানি` ⏎ `কারওয়ান বাজার | ৯০ | ৭০`), where a trail of tags or sections stands apart.
 */
function isInTable(line: ArticleLine, next: ArticleLine | undefined): boolean {
  return line.view.includes("|") && (!line.afterBlank || next?.afterBlank === false);
}

let weekdayPage: RegExp | undefined;

/**
 * Whether a line above the headline is a breadcrumb: a section's name (`জাতীয়`), a weekday's page (`রবিবার`,
 * `রবিবারের পাতা`), a trail of crumbs that are no initials, a place alone (`সিলেট`, `Sylhet`) or a division (`সিলেট
 * বিভাগ`).
 */
function isBreadcrumb(line: ArticleLine): boolean {
  weekdayPage ??= new RegExp(`^(?:${alternation(WEEKDAYS.flatMap((entry) => entry.full))})(?:ের পাতা)?$`, "u");
  return (
    isSectionLine(line.view) ||
    weekdayPage.test(line.view) ||
    (CRUMB_TRAIL.test(line.view) && signOffForm(line.view, line.text) !== "initials") ||
    // (a place has at most three words, four with `বিভাগ`: the view has no more words than the clean form it is read in)
    (wordCount(line.view) <= 4 && isPlaceOnly(line.text))
  );
}

/**
 * A topic's or a column's name: one or two words with no stop, colon or comma (`ঈদযাত্রা`, `ভোটের মাঠ`), or up to three
 * that close with a year (`বাজেট ২০২৬-২৭`, `US Election 2028`).
 */
const KICKER = /^[^.,:ঃ।| ]+(?: [^.,:ঃ।| ]+)?(?: \d{4}(?:-\d{2})?)?$/u;

/**
 * Whether a line is a topic's or a column's name over the headline (`ঈদযাত্রা`, `দৃষ্টিকোণ`, `বাজেট ২০২৬-২৭`): a
 * {@link KICKER} over a line of four words or more that is no sentence nor a caption, with the dateline right under
 * that line or under one more (a byline). A headline over its sub-headline stands so too: a headline has more words
 * (`বন্যায় ক্ষতিগ্রস্ত এলাকা`) or no year after its third.
 */
function isKickerAbove(lines: readonly ArticleLine[], i: number): boolean {
  // (with a second line under it, the line and the next are there)
  const [line, next, second, third] = lines.slice(i, i + 4) as [ArticleLine, ArticleLine, ArticleLine?, ArticleLine?];
  return (
    second !== undefined &&
    KICKER.test(line.view) &&
    wordCount(next.view) >= 4 &&
    isShortLine(next.view) &&
    !hasCreditCue(next.view) &&
    !isDatelineLine(next) &&
    (isDatelineLine(second) || (third !== undefined && isShortLine(second.view) && isDatelineLine(third)))
  );
}

/** The outlet's name after a bar or a dash closing a page's title (`HEADLINE | প্রথম আলো`). */
const TITLE_TAIL = / [|–-] [^|–-]+$/u;

/**
 * Whether a line is the page's title: the headline, then the outlet's name after a bar or a dash (`HEADLINE | প্রথম
 * আলো`, `HEADLINE - কালের কণ্ঠ`), with the headline on one of the next four lines.
 */
function isPageTitle(lines: readonly ArticleLine[], i: number): boolean {
  const { view } = lines[i] as ArticleLine;
  const cut = view.search(TITLE_TAIL);
  return cut > 0 && lines.slice(i + 1, i + 5).some((later) => later.view === view.slice(0, cut));
}

/** An editor's note's title (`সম্পাদকের নোট`, `Editor's Note`). */
const NOTE_TITLE = /^(?:সম্পাদকের নোট|editor'?s'? note)$/u;

/**
 * Whether a line is an editor's note's title above a headline: a short line that is no dateline follows it. Above the
 * dateline or the story it is the page's only title (`Editor's Note` ⏎ `Published: …`).
 */
function isNoteTitleAbove(line: ArticleLine, next: ArticleLine): boolean {
  return NOTE_TITLE.test(line.view) && isShortLine(next.view) && !isDatelineLine(next);
}

/** Whether a short line is `name`, a space, then words that end with a post (`আবু আলম শহীদ খান সাবেক সচিব ও কলাম লেখক`). */
function isNameAndPost(line: string, name: string): boolean {
  return line.startsWith(`${name} `) && isShortLine(line) && ROLE_ENDING.test(line.slice(line.lastIndexOf(" ") + 1));
}

/** Where a header line stands: beside the dateline (or another byline line), right under the headline, on a page whose foot notes its writer. */
interface HeaderPlace {
  readonly besideDateline: boolean;
  readonly underHeadline: boolean;
  readonly noted: boolean;
}

/**
 * Whether a short header line that names somebody is a byline. A bare name counts only beside the dateline or another
 * byline line, or right under the headline with a title (`ড. মোস্তাফিজুর রহমান`) or a label before words that read as
 * a name (`By NAME`), or there as words that read as a name on a page whose foot has a note about its writer (an
 * opinion piece): any short phrase reads as a name. A
 * sentence of more than six words with its full stop names nobody in a byline, nor does one with a wire's name after
 * it (`… traders said. Reuters, AFP`).
 */
function isBylineLine(byline: ArticleByline, view: string, { besideDateline, underHeadline, noted }: HeaderPlace): boolean {
  // (nor does a line closing with a colon, which leads into what follows: `বাজেটের প্রধান দিকগুলো:` over a list)
  if (isSentence(view) || /[:ঃ]$/u.test(view)) return false;
  return (
    namesByRole(byline) ||
    // a writer and the upazila and district of the beat (`মো. আলমগীর হোসেন, বেগমগঞ্জ (নোয়াখালী)`), beside the dateline
    // (… or right under the headline, where each name reads as a writer's: `তৌহিদী হাসান, কুষ্টিয়া`)
    ((besideDateline || (underHeadline && byline.contributors.every(isWriterName))) && byline.contributors.every((contributor) => contributor.place)) ||
    (wordCount(view) <= NAME_WORDS && besideDateline) ||
    // (a name under its titles may run to six words: `অধ্যাপক ডা. এ কে আজাদ খান`; … or a bare name over a story whose
    // foot notes its writer: headline ⏎ `Tahmina Sultana` ⏎ … ⏎ `The writer is an urban planner.`)
    (underHeadline && !GENITIVE.test(view) && ((TITLED_NAME.test(view) && wordCount(view) <= NAME_WORDS + 2) || (noted && isNameAlone(view, byline.text)))) ||
    (besideDateline && isLabelledName(byline, view)) ||
    // (… or right under the headline when the labelled name reads as a person's: `By Tasneem Hossain`, `লেখা: NAME`)
    (underHeadline && isLabelledName(byline, view) && byline.contributors.every(isWriterName) && hasLabelWord(byline)) ||
    // two or three writers beside the dateline (`সানাউল্লাহ সাকিব ও ইফতেখার মাহমুদ`), each read as a name
    (besideDateline && byline.contributors.length > 1 && byline.contributors.every(isWriterName))
  );
}

/**
 * Whether a byline's line opens with a label the byline reader set apart before the name (`By`, `লেখা:`): a word, not
 * a dash, closed by a space or a colon; BBC's `Author, NAME` waits for its role line.
 */
function hasLabelWord(byline: ArticleByline): boolean {
  // (looked for in the matching view, where no-break spaces and joiners inside the name are as in the name)
  const text = foldForMatch(byline.text);
  const at = text.indexOf(foldForMatch(byline.contributors[0]?.name ?? ""));
  return at > 0 && LABEL_WORDS.test(text.slice(0, at));
}

/** Words of a label before a name, closed by a space or a colon (`By `, `লেখা: `). */
const LABEL_WORDS = /^\p{L}[^,]*$/u;

/** Whether a contributor is a person whose name alone reads as one (see {@link isNameAlone}). */
function isWriterName(contributor: ArticleByline["contributors"][number]): boolean {
  const name = contributor.name;
  return contributor.kind === "person" && name !== undefined && isNameAlone(foldForMatch(name), name);
}

/**
 * Whether a text is a writer's name alone: Bengali words that read as a name (see {@link isPersonName}), or capitalised
 * Latin words as written.
 *
 * @param view - its matching view
 * @param written - the text as written
 */
function isNameAlone(view: string, written: string): boolean {
  return NAME_LINE.test(view) ? isPersonName(view) : LATIN_NAME_LINE.test(written);
}

/**
 * Whether a byline line is one name after a label of one or two words the byline reader set apart (`সাক্ষাৎকার নিয়েছেন
 * শেখ সাবিহা আলম`, `Interviewed by …`): the name's words count as a bare name's, not the label's.
 */
function isLabelledName(byline: ArticleByline, view: string): boolean {
  const [writer, ...others] = byline.contributors;
  if (writer?.name === undefined || others.length > 0) return false;
  const words = wordCount(writer.name);
  return words <= NAME_WORDS && wordCount(view) - words <= 2;
}

/**
 * A line as written read as a byline of no person, to its end: an agency, a desk or an outlet's staff (`BSS, Dhaka`);
 * else `null`.
 */
function deskByline(text: string): ArticleByline | null {
  return bylineToEnd(text, (contributor) => contributor.kind !== "person");
}

/**
 * An outlet's name before a desk's, to the line's end (`The Daily Star Editorial`, `প্রথম আলো সম্পাদকীয়`): that
 * outlet's desk, named by the whole line; else `null`. The byline reader takes the two for a person's name, or for
 * nobody.
 */
function outletDesk(text: string): ArticleByline | null {
  const outlet = matchStart(text);
  return outlet && deskByline(text.slice(outlet.text.length)) && { contributors: [{ kind: "desk", name: cleanValue(text), outlet: outlet.agency.id }], text };
}

/** A line as written read as a byline to its end, whose contributors (one or more) each pass `test`; else `null`. */
function bylineToEnd(text: string, test: (contributor: ArticleByline["contributors"][number]) => boolean): ArticleByline | null {
  const byline = readBylineLine(text);
  return byline.story?.index === text.length && byline.contributors.length > 0 && byline.contributors.every(test) ? byline : null;
}

/**
 * A line read as a byline of one name after a label, to its end (`Written by Subhajit Roy`, `লিখেছেন রাকিব হাসান`);
 * else `null`.
 */
function labelledByline(line: ArticleLine): ArticleByline | null {
  const byline = readBylineLine(line.text);
  const name = byline.contributors[0]?.name;
  return byline.story?.index === line.text.length && name !== undefined && wordCount(line.view) > wordCount(name) && isLabelledName(byline, line.view) ? byline : null;
}

/** Whether a line of the matching view is a sentence: more than six words, with its full stop. */
function isSentence(view: string): boolean {
  return wordCount(view) > 6 && SENTENCE_STOP.test(view);
}

/** A word in small Latin letters, as a sentence holds and a dateline does not. */
const SMALL_WORD = /(?:^|\s)[a-z]/;

/** A day written in numbers alone on its line (`২৫.১১.২০২৬`, `25/11/2026`), in the matching view. */
const NUMERIC_DAY = /^\d{1,2}([./-])\d{1,2}\1\d{4}$/u;

/**
 * Whether a line is a dateline: a labelled one, a date alone (in words or in numbers), or a place and a date (`ঢাকা,
 * ১২ মার্চ ২০২৭`).
 */
function isDatelineLine(line: ArticleLine): boolean {
  const comma = line.view.indexOf(",");
  const label = datelineLabelIndex(line.view);
  return (
    // … or a place, and a bar if any, before a label (`Kolkata | Updated: …`, `মেদিনীপুর শেষ আপডেট: …`)
    (label > 0 && isPlaceOnly(line.view.slice(0, label).split("|")[0] as string)) ||
    label === 0 ||
    isDateOnly(line.view) ||
    NUMERIC_DAY.test(line.view) ||
    (comma > 0 && isDateOnly(line.view.slice(comma + 1).trim()) && isPlaceOnly(line.text.slice(0, line.text.indexOf(","))))
  );
}

/** An outlet's name alone above the headline (`News18 বাংলা`): one to four words of letters and digits only. */
const OUTLET_NAME = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+){0,3}$/u;
/** A daily's name: `দৈনিক` and one to three words of letters (`দৈনিক পূর্বকোণ`, `দৈনিক সিলেটের ডাক`). */
const DAILY_NAME = /^দৈনিক(?: [\p{L}\p{M}]+){1,3}$/u;

/**
 * A postal address with no postcode: a house number (after its word, `বাড়ি ১২`, `House # 45`), one to three parts
 * closed by a comma, then the last part (`১৩৬ তেজগাঁও শিল্প এলাকা, ঢাকা`, `২৭ ফার্মগেট, তেজগাঁও, ঢাকা`, `64-65 Kazi Nazrul
 * Islam Avenue, Dhaka`, `বাড়ি ১২, সড়ক ৫, ধানমন্ডি, ঢাকা`), captured; or an office's, after its label
 * (`বার্তা কার্যালয়: কারওয়ান বাজার, ঢাকা`, `Office: Kawran Bazar, Dhaka`).
 */
const HOUSE_ADDRESS = /^(?:(?:(?:বাড়ি|প্লট|house|plot)\D{1,8})?\p{Nd}[\p{Nd}/-]{0,8}\p{L}?,?|(?:[^ :]+ ){0,3}(?:কার্যালয়|অফিস|office) ?[:ঃ]) (?:[^,।:]{1,40}, ?){1,3}([^,।]{2,24})$/u;

/**
 * Whether a line of the matching view is a postal address with no postcode whose last part is a place: among a page's
 * last lines, its footer (a headline, `১৩৬ জনের মৃত্যু, ঢাকা`, reads the same: so only there).
 */
function isHouseAddress(view: string): boolean {
  const place = HOUSE_ADDRESS.exec(view)?.[1];
  return place !== undefined && isPlaceOnly(place);
}

/** A label and its colon opening a line (`প্রকাশক: …`). */
const LABELLED = /^[^:ঃ]{2,24}[:ঃ]/u;

/** The last lines of a page, where footers stand: read whole even when long. */
const TAIL_LINES = 4;

/** The most characters after a story's last sentence that may be its sources (`বাসস`, `Reuters, AFP`). */
const SOURCE_TAIL_CHARS = 62;

/** A sentence's end and a space in the story (a list's number, `২. `, ends none). */
const SENTENCE_BREAK = /(?<!\s\p{Nd})[।৷.]\s/gu;

const EMPTY_DATELINE: Dateline = { published: null, updated: null };
/** Any instant, to tell whether a line is an age that only a reference would date. */
const EPOCH = new Date(0);

/** Whether a line is an age alone (`২ ঘণ্টা আগে`, `3 hours ago`): a dateline with no instant until a reference is given. */
function isAge(text: string, options: DateOptions): boolean {
  const age = readDateline(text, { ...options, reference: EPOCH }).published;
  return age?.source === "relative" && age.text === text;
}

/** A line short enough to be a byline, a dateline or a caption rather than a paragraph. */
function isShortLine(view: string): boolean {
  return view.length <= 140 && wordCount(view) <= 14 && !SENTENCE_END.test(view);
}

function isMidnight(date: ParsedDate): boolean {
  return date.midnight === true || (date.precision !== "day" && date.precision !== "month" && date.iso.includes("T00:00:00"));
}

function contributorKey(contributor: ArticleContributor): string {
  return `${contributor.kind}|${contributor.name ?? ""}|${contributor.role ?? ""}|${contributor.place ?? ""}|${contributor.agency ?? ""}`;
}

/**
 * One byline from several lines: contributors in order, each once; the text of the lines that named someone new.
 * Its `index` is kept only when one line named everyone: the text of several lines is no single span of the input.
 */
function mergeBylines(bylines: readonly ArticleByline[]): ArticleByline | null {
  if (bylines.length === 0) return null;
  if (bylines.length === 1) return bylines[0] ?? null;
  const seen = new Set<string>();
  const contributors: ArticleContributor[] = [];
  const naming: ArticleByline[] = [];
  for (const byline of bylines) {
    let added = false;
    for (const contributor of byline.contributors) {
      const key = contributorKey(contributor);
      if (seen.has(key)) continue;
      seen.add(key);
      contributors.push(contributor);
      added = true;
    }
    if (added) naming.push(byline);
  }
  const only = naming.length === 1 ? naming[0] : undefined;
  if (only !== undefined && only.contributors.length === contributors.length) return only;
  const merged: ArticleByline = { contributors, text: naming.map((byline) => byline.text).join("\n") };
  return only?.index === undefined ? merged : { ...merged, index: only.index };
}

/** Pieces joined by a separator, with where each starts in the joined text, so spans found there map back to the input. */
function joinPieces(pieces: readonly BodyPiece[], separator: string): { readonly text: string; readonly starts: number[] } {
  let text = "";
  const starts: number[] = [];
  for (const piece of pieces) {
    if (text !== "") text += separator;
    starts.push(text.length);
    text += piece.text;
  }
  return { text, starts };
}

/** Reads the dateline of the chosen lines, with spans in the input. */
function readDatelineLines(lines: readonly ArticleLine[], options: DateOptions): Dateline {
  if (lines.length === 0) return EMPTY_DATELINE;
  const joined = joinPieces(lines, "\n");
  const dateline = readDateline(joined.text, options);
  const toInput = (date: ParsedDate | null): ParsedDate | null =>
    date === null ? null : (toInputSpans([date], lines, joined.starts)[0] ?? null);
  return { published: toInput(dateline.published), updated: toInput(dateline.updated) };
}

/** Moves the spans of results found in the joined body back to the input. */
function toInputSpans<TResult extends { readonly index: number; readonly text: string }>(
  results: readonly TResult[],
  pieces: readonly BodyPiece[],
  starts: readonly number[],
): TResult[] {
  const out: TResult[] = [];
  let piece = 0;
  for (const result of results) {
    while (piece + 1 < starts.length && (starts[piece + 1] ?? Infinity) <= result.index) piece++;
    const start = starts[piece] ?? 0;
    const source = pieces[piece];
    if (source === undefined) out.push(result);
    // a mention read across the join of two pieces is in neither: the input has no such text
    else if (result.index - start + result.text.length <= source.text.length) {
      out.push({ ...result, index: source.index + (result.index - start) });
    }
  }
  return out;
}

/**
 * Reads a whole article, as plain text copied from a news page, into its parts: headline, byline, publication and
 * update times, photo captions with their credits, the agencies the story names, the dates it mentions, the desk's
 * sign-off and the story itself free of site boilerplate.
 *
 * Lines are recognised by their form, for any outlet: a masthead or live clock (`ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, …`)
 * above the headline is set aside and never becomes `published`; a labelled dateline wins over an unlabelled one;
 * lines that read as a byline around the dateline make one byline (a desk the page repeats counts once; a bare name
 * counts only beside the dateline); a byline or wire dateline fused into the first sentence (`সদর প্রতিনিধিঃ- …`,
 * `বামাকো, ১৯ জুলাই, ২০১৯ (বাসস) : …`) leaves the story, its agency counted as the source; a line with a photo credit
 * is a caption; short lines of letter-name initials (`টিটিএন`, `এমআরএম/জিকেএস`) close the story, and what follows
 * them is the site's footer. When the header gives no publication time, a trailer (`বাংলাদেশ সময়: …`) or the date
 * opening the lead does. `dates` are the story's date mentions read against the publication time; a publication
 * time of exactly midnight is flagged in `publishedUncertain`. Every `index` in the result points into `text`.
 *
 * @param text - the article as plain text, one paragraph or page element a line
 * @param options - `timeZone` for wall-clock text (default `'Asia/Dhaka'`; a zone written in the text wins) and
 *   `reference`, "now" for the story's dates when the article has no dateline
 * @returns the parts of the article; missing parts are `null` or empty, never an exception
 * @throws TypeError when `text` is not a string or `options` not an object
 * @throws RangeError when `timeZone` is not an IANA zone or `reference` not a valid date
 * @example
 * ```ts
 * const article = extractArticle("শিরোনাম\n\nঅনলাইন ডেস্ক\nপ্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫\n\nপ্রথম অনুচ্ছেদ।\n\nটিটিএন");
 * article.headline;
 * //=> "শিরোনাম"
 * article.signOff;
 * //=> "টিটিএন"
 * article.body;
 * //=> "প্রথম অনুচ্ছেদ।"
 * ```
 */
export function extractArticle(text: string, options: ExtractArticleOptions = {}): Article {
  assertString(text);
  checkArticleOptions(options);
  const view = normalizeForMatch(text);
  const lines = splitLines(view);
  const count = lines.length;
  const roles: LineRole[] = new Array<LineRole>(count).fill("body");
  // each line's boilerplate kind, read once; long lines are read whole only near the end of the page
  const kinds: (BoilerplateKind | null | undefined)[] = new Array<BoilerplateKind | null | undefined>(count);
  const kindAt = (i: number): BoilerplateKind | null => {
    let kind = kinds[i];
    if (kind === undefined) {
      const { view } = lines[i] as ArticleLine;
      const tail = i >= count - TAIL_LINES;
      // a breadcrumb under the top line near the end of a page (`বিজ্ঞান/প্রযুক্তি`) is furniture, no sign-off; so are an
      // address closing with a place, the outlet's slogan on the last line, and the slogan of an outlet the page names
      // again, on its first line or in its copyright line; a section's name after `more` (`আরও খেলা`) heads its links
      kind = kinds[i] =
        boilerplateKind(view, tail) ??
        (MORE.test(view) && isSectionLine(view.replace(MORE, "")) ? "related-label" : null) ??
        ((tail && i > 0 && ((isSectionLine(view) && !isInTable(lines[i] as ArticleLine, lines[i + 1])) || isHouseAddress(view) || isNamedSlogan(lines, i) || isTagTrail(lines[i] as ArticleLine, lines[i + 1]))) ||
        (i === count - 1 && isOutletSlogan(view))
          ? "line"
          : null);
      // a labelled line among a book's details is the book's (`প্রকাশক: প্রথমা প্রকাশন` beside `মূল্য: ৪৫০ টাকা`)
      if (kind === "line" && LABELLED.test(view) && isAmongBookDetails(i)) kind = kinds[i] = null;
    }
    return kind;
  };
  /** Whether one of the three lines before or after a line is a book's detail. */
  const isAmongBookDetails = (at: number): boolean => {
    for (let i = Math.max(at - 3, 0); i <= at + 3 && i < count; i++) if (i !== at && isBookDetail((lines[i] as ArticleLine).view)) return true;
    return false;
  };

  /**
   * Whether a line of letters above the headline is the outlet's name (`The Daily Star`, `Bangla Patrika`): an outlet the
   * registry knows, or a name the page's copyright line repeats (`© 2026 Bangla Patrika. All rights reserved.`) or its
   * slogan opens with (`দৈনিক উত্তরবাংলা | সত্যের সন্ধানে নির্ভীক`), or a byline of the outlet in the header opens with
   * (`এই সময় ডিজিটাল ডেস্ক`); any other short line may be a headline.
   */
  const isOutletName = (at: number): boolean => {
    const { view, text } = lines[at] as ArticleLine;
    // (the words counted first: a line of more words fails the pattern only after reading them)
    if (wordCount(view) > 4 || !OUTLET_NAME.test(view)) return false;
    // (a paper's name of one word that is also a word, `বর্তমান`, is registered with `দৈনিক`)
    if (isAgencyName(text) || (!view.includes(" ") && isAgencyName(`দৈনিক ${text}`))) return true;
    // … or a daily's name over a section or place that is over no dateline (`দৈনিক করতোয়া` ⏎ `বগুড়া` ⏎ headline), where a
    // headline's place is over its dateline (`দৈনিক লোডশেডিং বাড়ছে` ⏎ `খুলনা` ⏎ `প্রকাশ: …`)
    const [below, third] = [lines[at + 1] as ArticleLine, lines[at + 2]];
    // (… or over its desk's byline, `দৈনিক আজাদী` ⏎ `আজাদী ডেস্ক` ⏎ headline)
    if (DAILY_NAME.test(view) && (isBreadcrumb(below) || isPlaceOnly(below.text) || (below.view.startsWith(view.split(" ")[1] as string) && deskByline(below.text) !== null)) && third !== undefined && !isDatelineLine(third)) return true;
    for (let i = count - 1; i > at + 1; i--) {
      const later = (lines[i] as ArticleLine).view;
      if (later.startsWith(`${view} |`) || (later.includes(view) && isCopyrightLine(later))) return true;
      // … or the outlet of a byline of no person in the header that opens with the name (`এই সময়` ⏎ headline ⏎ `এই সময়
      // ডিজিটাল ডেস্ক`, `এই সময়, বর্ধমান`): alone, the name reads as words
      if (i <= at + 7 && later.startsWith(view) && /^[ ,]/.test(later.slice(view.length)) && isShortLine(later)) {
        const outlet = deskByline((lines[i] as ArticleLine).text)?.contributors[0];
        if (outlet?.outlet !== undefined || outlet?.agency !== undefined) return true;
      }
    }
    return false;
  };

  /**
   * Whether a line is the outlet's slogan: right under its name, above the masthead's date (`দৈনিক উত্তরের আলো` ⏎
   * `সত্যের সন্ধানে সবসময়` ⏎ `ঢাকা, শুক্রবার ১২ মার্চ ২০২৭`).
   */
  const isSloganUnderName = (i: number): boolean => {
    const line = lines[i] as ArticleLine;
    return i > 0 && !line.afterBlank && roles[i - 1] === "boilerplate" && isShortLine(line.view) && isDateOnly((lines[i + 1] as ArticleLine).view) && isOutletName(i - 1);
  };

  // The headline: the first line that is not a masthead, a dateline or site furniture.
  const bylines: ArticleByline[] = [];
  let head = -1;
  let listed = false; // under a label of links or a ticker's (`ব্রেকিং নিউজ`), up to a blank line
  for (let i = 0; i < count && head < 0; i++) {
    const line = lines[i] as ArticleLine;
    listed &&= !line.afterBlank;
    // (… or a place and a bar before the label, under a byline above the headline: `Kolkata | Updated: …`)
    if (datelineLabelIndex(line.view) === 0 || (roles[i - 1] === "byline" && isDatelineLine(line))) roles[i] = "dateline";
    else if (isDateOnly(line.view)) roles[i] = "masthead";
    // a caption above the headline, the lead photo's: after its label (`Image caption:`, over it when alone) or a credit
    // alone (`ছবি: সংগৃহীত`)
    else if (i + 2 < count && (CAPTION_LABEL.test(line.view) || (PHOTOS_LABEL.test(line.view) && readCaption(line.text)?.caption === ""))) {
      roles[i] = "caption";
      if (line.view.replace(CAPTION_LABEL, "") === "" && !(lines[i + 1] as ArticleLine).afterBlank) roles[++i] = "caption";
    }
    // site furniture, or a breadcrumb or the outlet's name when a line follows it
    // (… or a writer's post alone, `লেখক: সাবেক রাষ্ট্রদূত`, which names nobody: the headline is under it)
    else if (listed || kindAt(i) !== null || (i + 1 < count && (isBreadcrumb(line) || isNoteTitleAbove(line, lines[i + 1] as ArticleLine) || isKickerAbove(lines, i) || isPageTitle(lines, i) || isOutletName(i) || isSloganUnderName(i) || POST_LABEL.test(line.view)))) {
      roles[i] = "boilerplate";
      listed ||= kinds[i] === "related-label";
    } else {
      // a byline of no person above its dateline, both above the headline (`যুগান্তর প্রতিবেদন` ⏎ `প্রকাশ: …` ⏎ headline):
      // no headline reads so
      const desk = i + 1 < count && isShortLine(line.view) && isDatelineLine(lines[i + 1] as ArticleLine) ? (deskByline(line.text) ?? (i + 2 < count ? labelledByline(line) : null)) : null;
      if (desk !== null) {
        roles[i] = "byline";
        bylines.push(shiftByline(desk, line.index));
      } else {
        roles[i] = "headline";
        head = i;
      }
    }
  }

  // The sign-off: initials among the last few lines that are not boilerplate; after it comes the footer.
  let signOffAt = -1;
  let signOff: string | null = null;
  /** Whether the sign-off was glued to the last paragraph, which keeps the rest of its line. */
  let glued = false;
  let signOffSource: ArticleAttribution | undefined;
  const last = lastSignOff(lines, kindAt, head + 1);
  if (last !== undefined) {
    const [at, [found, cut]] = last;
    const line = lines[at] as ArticleLine;
    signOffAt = at;
    signOff = found.text;
    // an outlet before the first slash (`বাসস/এমএইচ`, `হি.স./সৌম্যজিৎ`) is where the story came from, as `findSignOff`
    // reads it; two capitals (`AA/MJF`) are initials
    const outletEnd = found.text.indexOf("/");
    const outlet = outletEnd > 1 && !/^[A-Z]{2}$/.test(found.text.slice(0, outletEnd)) ? matchStart(found.text.slice(0, outletEnd)) : null;
    // (the name is all there is before the slash, but a stop and spaces: `হি.স./`)
    if (outlet !== null && /^[. ]*$/.test(found.text.slice(outlet.index + outlet.text.length, outletEnd))) {
      signOffSource = { ...outlet, agency: outlet.agency.id, index: found.index + outlet.index, role: "source" };
    }
    if (cut) {
      // the body before the sign-off, or the sources after it, stay in the story
      glued = true;
      lines[at] =
        cut > 0 ? { ...line, text: line.text.slice(0, cut) } : { ...line, text: line.text.slice(cut), index: line.index + line.text.length + cut };
    }
    // a page that prints its lines twice prints the sign-off twice: the first copy closes the story
    else while (signOffAt - 1 > head && (lines[signOffAt - 1] as ArticleLine).view === line.view) signOffAt--;
  }

  /**
   * Whether the line before is a dateline or byline, or the line after opens with a dateline label, is a date, or is a
   * place and a date (`খুলনা, ১৪ ফেব্রুয়ারি ২০২৬`).
   */
  const besideDateline = (i: number): boolean => {
    const before = roles[i - 1];
    if (before === "dateline" || before === "byline") return true;
    const after = lines[i + 1];
    if (after === undefined) return false;
    // … or above a place alone, or a credit of the photos, that stands above it (`By Mark Thompson` ⏎ `Brussels` ⏎
    // `Published: …`, `লেখা: NAME` ⏎ `ছবি: NAME` ⏎ `প্রকাশ: …`)
    const next = lines[i + 2];
    // … or where the reporter writes from (`মাসুদ আলম` ⏎ `মিরপুর থেকে` ⏎ `প্রকাশ: …`), or a second writer and place
    // right under it (`আরিফুল ইসলাম, রংপুর` ⏎ `আব্দুর রাজ্জাক, লালমনিরহাট` ⏎ `প্রকাশ: …`), or a translator (`লেখা: NAME` ⏎
    // `অনুবাদ: NAME` ⏎ `প্রকাশ: …`)
    return (
      isDatelineLine(after) ||
      // … or above a translator's line, where no dateline follows (`পল ক্রুগম্যান` ⏎ `অনুবাদ: NAME` ⏎ the story)
      (TRANSLATION_LABEL.test(after.view) && isShortLine(after.view) && isWritersLine(after.text)) ||
      (isShortLine(after.view) &&
        next !== undefined &&
        isDatelineLine(next) &&
        (isPlaceOnly(after.text) || PHOTOS_LABEL.test(after.view) || FROM_PLACE.test(after.text) || ((!after.afterBlank || TRANSLATION_LABEL.test(after.view)) && isWritersLine(after.text))))
    );
  };
  /**
   * The byline of a name on the line above `i`, left in the story by the header (the last piece) or read as a byline of
   * its own, read with line `i` as the writer's post: one person of that name with a role, or null.
   */
  const nameAndPost = (i: number): ArticleByline | null => {
    const above = lines[i - 1];
    if (above === undefined) return null;
    const alone = bylines.at(-1);
    const named =
      pieces.at(-1) === above
        ? isNameAlone(above.view, above.text)
        : roles[i - 1] === "byline" && alone?.index === above.index && alone.contributors.length === 1 && alone.contributors[0]?.role === undefined;
    if (!named) return null;
    const line = lines[i] as ArticleLine;
    const joined = readByline(text.slice(above.index, line.index + line.text.length));
    const [writer, ...others] = joined?.contributors ?? [];
    return others.length === 0 && writer?.role !== undefined && writer.name === cleanValue(above.text) ? joined : null;
  };
  /**
   * Makes the line above `i` and line `i` one byline, `joined`, in place of what the line above was read as: a piece of
   * the story the header left, or a byline of its own.
   */
  const joinWithLineAbove = (i: number, joined: ArticleByline): void => {
    if (roles[i - 1] === "byline") bylines.pop();
    else pieces.pop();
    roles[i - 1] = roles[i] = "byline";
    bylines.push(shiftByline(joined, (lines[i - 1] as ArticleLine).index));
  };
  const images: ArticleImage[] = [];
  const pieces: BodyPiece[] = [];
  let lead: BodyPiece | null = null; // a byline or place fused into the first paragraph, as written
  let inHeader = true;
  let linkTitles = -1; // ≥ 0 while reading the link list after a bare `আরও পড়ুন:`
  let pollLines = -1; // ≥ 0 while reading a poll box after its header (`অনলাইন জরিপ`)
  const storyEnd = signOffAt >= 0 ? signOffAt + (glued ? 1 : 0) : count;
  // where the page's last run of short lines that end no sentence starts: link titles there, a blank line apart, are
  // one list to the foot (`সম্পর্কিত খবর` ⏎⏎ title ⏎⏎ title)
  let titlesToEnd = storyEnd;
  for (let v; titlesToEnd > 0 && isShortLine((v = (lines[titlesToEnd - 1] as ArticleLine).view)) && !v.endsWith("."); ) titlesToEnd--;

  // a note about the writer among the story's last lines (`লেখক: শিক্ষাবিদ`, `The writer is …`, `NAME is a
  // journalist.`) or a disclaimer of the writer's views (`(মতামত লেখকের নিজস্ব)`), as an opinion piece closes; or a note
  // under the line under the headline, the writer's name (`Syed Ahmed` ⏎ `Syed Ahmed is a former secretary …`)
  // … or a note with no colon there that opens with that name (`আবু আলম শহীদ খান` ⏎ `আবু আলম শহীদ খান সাবেক সচিব ও
  // কলাম লেখক`)
  const noted =
    isPostUnder(head + 2) ||
    lines.slice(head + 2, head + 3).concat(lines.slice(Math.max(head + 2, storyEnd - 3), storyEnd)).some((line) => AUTHOR_NOTE.test(line.view) || ENGLISH_NOTE.test(line.text) || DISCLAIMER.test(line.view));
  let authorNote: string | null = null;
  /**
   * Whether a line is the post of the first byline's writer: the person's name, then words that end with a post, on a
   * short line. The line is cleaned only when a person wrote the story and it is short.
   */
  const isPostOfWriter = (line: ArticleLine): boolean => {
    const writer = bylines[0]?.contributors[0];
    if (writer?.kind !== "person" || writer.name === undefined || !isShortLine(line.view)) return false;
    return isNameAndPost(cleanValue(line.text), writer.name);
  };
  /** Whether a line opens with the line above it, a name alone, and ends with a post: a note under the name. */
  function isPostUnder(i: number): boolean {
    const line = lines[i];
    const above = lines[i - 1];
    return line !== undefined && above !== undefined && isNameAndPost(line.view, above.view);
  }
  /** Whether the line above a bare credit, left in the story or read as a byline of its own, is its caption. */
  const isCaptionAbove = (i: number, above: ArticleLine): boolean =>
    (pieces.at(-1) === above || (roles[i - 1] === "byline" && bylines.at(-1)?.index === above.index)) &&
    isShortLine(above.view) &&
    !/[:ঃ]/u.test(above.view) &&
    !isNameAlone(above.view, above.text);
  /**
   * Whether the name of an author's note in English ({@link ENGLISH_NOTE}) is someone the story has not named: a note is
   * about the writer, whom only the byline (or a line right under the headline) names; a story's closing line about
   * someone in it (`Khaleda Zia is a former prime minister.`, closing a story about her) is the story's. The whole name
   * counts: a writer may share a family name with someone in the story (`Mustafizur Rahman` writing about `Sheikh
   * Mujibur Rahman`).
   */
  const isEnglishNote = (name: string | undefined): boolean =>
    name !== undefined && !pieces.some((piece) => piece !== lines[head + 1] && cleanValue(piece.text).includes(cleanValue(name)));
  for (let i = head + 1; i < storyEnd; i++) {
    const line = lines[i] as ArticleLine;
    const v = line.view;
    // a starred note is the author's when it names a person (`*শর্ত প্রযোজ্য: …` is a footnote); among a book's details
    // a labelled line is the book's (`লেখক: জাহিদ হাসান` above `মূল্য: ৪৫০ টাকা`), neither a note nor a byline
    // (a footnote, `² অক্সফাম প্রতিবেদন, ২০২৩`, is neither)
    const foot = i >= storyEnd - 3 && !inHeader && !isAmongBookDetails(i) && !FOOTNOTE.test(line.text);
    // … or a line of the header, above more story, as some pages print the note under the headline or the byline
    // (`The writer is a professor of economics at …`, `লেখক: ভূতত্ত্ববিদ ও নদী গবেষক`), where a labelled post names
    // nobody (`লেখক: NAME` is a byline) and the byline reader joins it to no name above (`NAME` ⏎⏎ `লেখক: গবেষক` is the
    // byline's); a name and its post in English there is a story's lead (`Rokeya Begum is a former garment worker …`)
    const noteAt =
      authorNote === null &&
      (foot || (inHeader && i + 1 < storyEnd && !(POST_LABEL.test(v) && (namingSomebody(readBylineLine(line.text)) || nameAndPost(i)))));
    const note = noteAt ? AUTHOR_NOTE.exec(v) : null;
    // a labelled line (`প্রতিবেদন: রাশেদুল ইসলাম, নাটোর`, `লেখা ও ছবি: আবদুল মালেক`): the byline reader tells whether it
    // names people (`জানাজা: আজ বাদ আসর`, `সংশোধনী: …` name nobody)
    // … and a trailer with no colon that is a byline to its end (`Reporting by NAME; Editing by NAME`, `As told to NAME`)
    // (in brackets, the byline is what they hold: `(As told to NAME)`)
    const colon = foot ? line.text.search(/[:ঃ\uFF1A]/u) : -1;
    const trailer = foot && WIRE_TRAILER.test(v);
    const wrapped = trailer && v[0] === "(" && v.endsWith(")") ? 1 : 0;
    const said = line.text.slice(wrapped, line.text.length - wrapped);
    let footByline = (colon > 0 && isShortLine(v)) || (trailer && v.length <= 200) ? readByline(said) : null;
    if (trailer && footByline?.story?.index !== said.length) footByline = null;
    // (a line that names somebody is read in its clean form, as the names are: no-break spaces and joiners do not count)
    const written = footByline === null ? line.text : cleanValue(line.text);
    const writer = footByline?.contributors[0]?.name ?? "\n";
    if (
      (note !== null && (note[1] === undefined || isPersonName(note[1]) || ROLE_ENDING.test(ROLE_NOTE.exec(v)?.[1] ?? ""))) ||
      // the note opens with the byline's writer (`শেখ রোকন: লেখক ও গবেষক`), or is in English
      (foot && noteAt && (isEnglishNote(ENGLISH_NOTE.exec(written)?.[1]) || (written.startsWith(writer) && bylines.some((byline) => cleanValue(byline.text).includes(writer))))) ||
      // … or, in the header, is in English and names the byline's writer (`Syed Ahmed` ⏎ `Syed Ahmed is a former
      // secretary …`); a lead about somebody else is story
      (inHeader && noteAt && (bylines.at(-1)?.contributors[0]?.name === cleanValue(ENGLISH_NOTE.exec(written)?.[1] ?? "\n") || (roles[i - 1] === "byline" && isPostUnder(i)))) ||
      // … or, on the story's last line, with no colon, names the writer and ends with a post (`আইনুন নিশাত পানিসম্পদ
      // বিশেষজ্ঞ ও ব্র্যাক বিশ্ববিদ্যালয়ের ইমেরিটাস অধ্যাপক`)
      (noteAt && i === storyEnd - 1 && isPostOfWriter(line))
    ) {
      authorNote = line.text;
      roles[i] = "byline";
      continue;
    }
    // people after a label closing the story (`অনুবাদ: জাহিদ হোসেন`) join the byline; `*শর্ত প্রযোজ্য: …` names nobody
    if (footByline && written.indexOf(writer) > written.search(/[:ঃ]/u)) {
      roles[i] = "byline";
      bylines.push(shiftByline(footByline, line.index + wrapped));
      continue;
    }
    if (pollLines >= 0) {
      // a poll's question, its answers, buttons and counts, up to a blank line
      if ((pollLines > 0 && line.afterBlank) || pollLines >= 12 || v.length > 200) pollLines = -1;
      else {
        roles[i] = "boilerplate";
        pollLines++;
        continue;
      }
    }
    if (linkTitles >= 0) {
      // a link title is short and no sentence
      if ((linkTitles > 0 && line.afterBlank && i < titlesToEnd) || linkTitles >= 6 || v.length > 160 || SENTENCE_END.test(v)) linkTitles = -1;
      else {
        roles[i] = "boilerplate";
        linkTitles++;
        continue;
      }
    }
    let kind = kindAt(i);
    if (kind === "address" && inHeader) {
      // a byline that names its outlet by its domain (`স্টাফ করেসপন্ডেন্ট | বাংলানিউজটোয়েন্টিফোর.কম`)
      const byline = readByline(line.text);
      if (byline !== null && namesByRole(byline)) {
        roles[i] = "byline";
        bylines.push(shiftByline(byline, line.index));
        continue;
      }
    }
    // (an English caption's label alone on its line, `Image caption,`, is over its caption, as `ছবির ক্যাপশান,` is)
    if (kind !== null && !(CAPTION_LABEL.test(v) && lines[i + 1]?.afterBlank === false)) {
      roles[i] = "boilerplate";
      if (kind === "related-label") linkTitles = 0;
      else if (kind === "poll-label") pollLines = 0;
      continue;
    }
    // the credit of a video (`ভিডিও: ইউটিউব থেকে নেওয়া`, `Video: Sheikh Nasir`), or a link to one of nine words at most
    // (`Watch the video: Flames engulf the Korail slum`), is the player's, as its length is; a
    // live page's stamp is the update's
    if ((VIDEO_CREDIT.test(v) && wordCount(v) <= 9 && !SENTENCE_END.test(v)) || (!inHeader && v.length < 20 && (LIVE_STAMP.test(v) || isAge(line.text, options)))) {
      roles[i] = "boilerplate";
      continue;
    }
    const label = v.length <= 200 ? datelineLabelIndex(v) : -1;
    // (an update written as a sentence in the story, `UPDATE 2:45pm: No damage has been reported …`, is story)
    if (label === 0 && (inHeader || !isSentence(v))) {
      roles[i] = "dateline";
      continue;
    }
    // a row of a table in the story (`১ | ৯ ফেব্রুয়ারি | ৫:১২ | ৫:৫৬`) right under a row of as many cells is story, as
    // is a sentence of dates with its full stop (`আজ বুধবার, ২৫ নভেম্বর ২০২৬ ইংরেজি, … ১৪৪৮ হিজরি।`)
    if (
      isDateOnly(v) &&
      !(v.endsWith("।") && wordCount(v) > 6) &&
      !(roles[i - 1] === "body" && !line.afterBlank && v.includes("|") && v.split("|").length === lines[i - 1]?.view.split("|").length)
    ) {
      roles[i] = isMastheadAnywhere(v) ? "masthead" : "dateline";
      continue;
    }
    // a labelled byline beside the dateline or right under the headline that credits the photos too (`লেখা ও ছবি:
    // সুমন মোল্লা, কিশোরগঞ্জ`)
    if (inHeader && WORDS_AND_PHOTOS.test(v) && (i === head + 1 || besideDateline(i))) {
      const byline = namingSomebody(readBylineLine(line.text));
      if (byline !== null) {
        roles[i] = "byline";
        bylines.push(shiftByline(byline, line.index));
        continue;
      }
    }
    const labelled = CAPTION_LABEL.exec(v);
    const cue = v.length <= 400 && hasCreditCue(v) && !isSourceLine(line.text);
    if (cue || (labelled !== null && v.length <= 400)) {
      const captionText = labelled === null ? line.text : afterLabel(view, line, labelled[0].length);
      const split = cue ? (readCaption(captionText) ?? (!inHeader && i + 1 < storyEnd ? courtesyAlone(v, captionText) : null)) : null;
      if (split !== null || labelled !== null) {
        roles[i] = "caption";
        let caption = split === null ? captionText : split.caption;
        const next = lines[i + 1];
        const nextLabel = next === undefined ? null : CAPTION_LABEL.exec(next.view);
        if (split !== null && caption === "" && next !== undefined && nextLabel !== null) {
          caption = afterLabel(view, next, nextLabel[0].length);
          roles[i + 1] = "caption";
          i++;
        }
        const offset = line.index + line.text.length - captionText.length;
        const credit = split === null ? null : shiftCredit(split.credit, offset);
        // a label alone on its line (`ছবির ক্যাপশান,`), after the credit's line if any, is over its caption
        const under = lines[i + 1];
        if (caption === "" && (split === null || lines[i] !== line) && under !== undefined && !under.afterBlank) {
          roles[++i] = "caption";
          images.push({ caption: under.text, credit, text: text.slice(line.index, under.index + under.text.length), index: line.index });
          continue;
        }
        // a bare credit right under a short line that is no name nor labelled is that line's (`সেঞ্চুরির পর শান্তর
        // উদ্‌যাপন` ⏎ `ছবি: বিসিবি`)
        const above = lines[i - 1];
        if (split !== null && caption === "" && !line.afterBlank && above !== undefined && isCaptionAbove(i, above)) {
          if (roles[i - 1] === "byline") bylines.pop();
          else pieces.pop();
          roles[i - 1] = "caption";
          images.push({ caption: above.text, credit, text: text.slice(above.index, line.index + line.text.length), index: above.index });
          continue;
        }
        images.push({ caption, credit, text: line.text, index: line.index });
        continue;
      }
    }
    if (inHeader) {
      if (label > 0) {
        roles[i] = "dateline";
        const prefix = view.spanToSource(line.start, line.start + label);
        // (where the prefix starts in the input: a line cut after its sign-off keeps the view of the whole line)
        const byline = readByline(prefix.text.trim());
        if (byline !== null) bylines.push(shiftByline(byline, prefix.index));
        continue;
      }
      if (isShortLine(v) && !isSentence(v)) {
        // a credit beside the byline or dateline, the photographer's (`আলোকচিত্রী: NAME`) or a sponsor's (`সৌজন্যে:
        // ওয়ালটন`: a photo's credit stands under its caption), or right under the headline, is not the story's
        if (PHOTOS_LABEL.test(v) && (i === head + 1 || besideDateline(i))) {
          roles[i] = "caption";
          continue;
        }
        // where the reporter writes from, under the byline (`মিরপুর থেকে`, `From Chattogram`), is the byline's
        if (roles[i - 1] === "byline" && FROM_PLACE.test(line.text)) {
          roles[i] = "byline";
          continue;
        }
        // (an outlet's desk that the byline reader takes for a person's name is the desk: `The Daily Star Editorial`)
        let byline = FOOTNOTE.test(line.text) ? null : namingSomebody(readBylineLine(line.text));
        if (byline === null || !namesByRole(byline)) byline = outletDesk(line.text) ?? byline;
        if (byline !== null && isBylineLine(byline, v, { besideDateline: besideDateline(i), underHeadline: i === head + 1, noted })) {
          roles[i] = "byline";
          // a name alone on the line above a role line (`রাকিবুল হাসান` ⏎ `নিজস্ব প্রতিবেদক, ঢাকা`) is its writer; a
          // sub-headline there (`মামলা দায়ের`) has no word of a name
          const above = lines[i - 1] as ArticleLine;
          // (a line the header left in the story is the last piece)
          // BBC's template labels on two lines (`Author, NAME` ⏎ `Role, OUTLET, PLACE`) are one byline, read as one line
          if (pieces.at(-1) === above && ROLE_LABEL.test(v) && AUTHOR_LABEL.test(above.view)) {
            const both = text.slice(above.index, line.index + line.text.length);
            const read = readByline(both.replace(/\r?\n/gu, (end) => " ".repeat(end.length)));
            if (read !== null) {
              joinWithLineAbove(i, { ...read, text: both.slice(read.index ?? 0, (read.index ?? 0) + read.text.length) });
              continue;
            }
          }
          const outlet = byline.contributors[0]?.kind === "agency";
          // (… or, over an outlet's line, a name in Latin letters: `Soutik Biswas` ⏎ `BBC News, Delhi`)
          const named = roles[i - 1] === "body" && (outlet || NAME_LINE.test(above.view)) && isNameAlone(above.view, above.text);
          const both = named ? text.slice(above.index, line.index + line.text.length) : "";
          // … and over an outlet's line (`রাফিদ হাসান` ⏎ `বিবিসি নিউজ বাংলা, লন্ডন`), read as one line
          const joined = named ? readByline(outlet ? both.replace(/\n/gu, ",") : both) : null;
          const writer = joined?.contributors[0];
          // (the name in its clean form, which for a line of Bengali words is the line's view)
          if (named && (outlet || writer?.role) && writer?.name === cleanValue(above.text)) joinWithLineAbove(i, { ...(joined as ArticleByline), text: both });
          else bylines.push(shiftByline(byline, line.index));
          continue;
        }
        // a writer's post alone under the name, just above the dateline (`শেখ রোকন` ⏎ `নদী গবেষক`, `Selim Raihan` ⏎
        // `Professor of economics, University of Dhaka`): the two lines are one byline
        // (a labelled post may stand after a blank line, away from the dateline: `NAME` ⏎⏎ `লেখক: গবেষক`; so may any
        // post under a name right under the headline: `Rezaul Karim` ⏎⏎ `Professor, Department of Economics, …`)
        const post = (line.afterBlank || !besideDateline(i)) && !POST_LABEL.test(v) && i !== head + 2 ? null : nameAndPost(i);
        if (post !== null) {
          joinWithLineAbove(i, post);
          continue;
        }
        // a place alone under a byline line (`বিশেষ প্রতিনিধি` ⏎ `ঢাকা`) is that byline's place: the two lines are read
        // as one
        if (roles[i - 1] === "byline" && isPlaceOnly(line.text)) {
          roles[i] = "byline";
          // … and its contributors' place, read over both lines (`নিজস্ব সংবাদদাতা` ⏎ `কোচবিহার`); the byline's text
          // stays its own line
          const last = bylines.at(-1);
          const both =
            last?.index === undefined ? null : readByline(text.slice(last.index, line.index + line.text.length));
          if (last && both?.contributors.length === last.contributors.length) {
            bylines[bylines.length - 1] = { ...last, contributors: both.contributors };
          }
          continue;
        }
        // a sentence with its full stop (`The bridge was opened to traffic in June 2022.`) is no dateline, nor is one of
        // five or six words with a small word (`Hundreds were blinded in July 2024.`): a dateline holds a place at most
        // besides its date (`Dhaka, Bangladesh, March 12, 2025.`)
        const dated = DIGIT.test(v) && !(isSentence(v) || (wordCount(v) > 4 && SENTENCE_STOP.test(v) && SMALL_WORD.test(line.text)));
        const dateline = dated ? readDateline(line.text, options) : EMPTY_DATELINE;
        // (a place and a day with no year, `New Delhi, Nov 25`, is a dateline read nothing from without a reference; so
        // is an age alone, `২ ঘণ্টা আগে`, `3 hours ago`)
        if (
          dateline.published !== null ||
          dateline.updated !== null ||
          isDatelineLine(line) ||
          (dated && options.reference === undefined && isAge(line.text, options))
        ) {
          roles[i] = "dateline";
          continue;
        }
        // a video's length alone above a blank line (`০৩:২৪`, `2:15`) is the player's; a live blog's time has its entry
        // under it, and is the entry's stamp as in the story
        if ((VIDEO_LENGTH.test(v) && lines[i + 1]?.afterBlank !== false) || LIVE_STAMP.test(v)) {
          roles[i] = "boilerplate";
          continue;
        }
        // a short line the header does not explain (a sub-headline): part of the story, the header goes on
        pieces.push(line);
        continue;
      }
      inHeader = false;
      const fused = LEAD_SEPARATOR.test(v) ? readLeadByline(line.text) : null;
      // (not a transcript's speaker, whose label opens a later paragraph too: `প্রথম আলো: …?` ⏎ `NAME: …` ⏎ `প্রথম আলো: …`)
      if (fused !== null && !lines.slice(i + 1, i + 5).some((later) => later.text.startsWith(line.text.slice(0, fused.end)))) {
        if (fused.byline.contributors.length > 0) bylines.push(shiftByline(fused.byline, line.index));
        lead = { text: line.text.slice(0, fused.end), index: line.index };
        const rest = line.text.slice(fused.end).trimStart();
        if (rest !== "") pieces.push({ text: rest, index: line.index + line.text.length - rest.length });
        continue;
      }
    }
    // a paragraph the page prints twice in a row (a scraper joining two layouts) is read once, even where the copies
    // differ only as the matching view folds (a no-break space, a joiner, য় in the other encoding)
    const previous = pieces.at(-1);
    if (previous !== undefined && (previous.text === line.text || ("view" in previous && previous.view === line.view))) {
      roles[i] = "boilerplate";
      continue;
    }
    pieces.push(line);
  }

  // The footer: after the sign-off, only a trailing byline or dateline is kept.
  const boilerplate: ArticleSpan[] = [];
  for (let i = signOffAt + 1; signOffAt >= 0 && i < count; i++) {
    const line = lines[i] as ArticleLine;
    if (kindAt(i) === null && isShortLine(line.view)) {
      if (datelineLabelIndex(line.view) === 0) {
        roles[i] = "dateline";
        continue;
      }
      const byline = readByline(line.text);
      if (byline !== null && namesByRole(byline)) {
        roles[i] = "byline";
        bylines.push(shiftByline(byline, line.index));
        continue;
      }
    }
    roles[i] = "boilerplate";
  }
  if (signOffAt >= 0 && !glued) roles[signOffAt] = "signoff";

  const mastheads: ArticleSpan[] = [];
  const headerDatelines: ArticleLine[] = [];
  const laterDatelines: ArticleLine[] = [];
  let storyStarted = false;
  for (let i = 0; i < count; i++) {
    const line = lines[i] as ArticleLine;
    const role = roles[i];
    if (role === "body" && i > head) storyStarted = true;
    if (role === "masthead") mastheads.push({ text: line.text, index: line.index });
    else if (role === "boilerplate") boilerplate.push({ text: line.text, index: line.index });
    else if (role === "dateline") (storyStarted ? laterDatelines : headerDatelines).push(line);
  }

  // Publication: the header's datelines; else a dateline further down (a trailer); else the date of the lead.
  const dateline = readDatelineLines(headerDatelines, options);
  let published = dateline.published;
  let updated = dateline.updated;
  if (published === null) {
    // a trailer (`বাংলাদেশ সময়: ১৯৪২ ঘণ্টা, …`) or the date opening the lead (`মালদহ , ৯ মার্চ :`)
    const later = readDatelineLines(laterDatelines, options);
    published = later.published;
    updated ??= later.updated;
    if (published === null && lead !== null) {
      const date = readDate(lead.text, options);
      if (date !== null) published = { ...date, index: date.index + lead.index };
    }
  }

  const issues: ArticleIssue[] = [];
  const headline = head >= 0 ? (lines[head] as ArticleLine).text : null;
  if (headline === null && count > 0) issues.push({ code: "no_headline", message: "no line reads as a headline" });
  const publishedUncertain = published !== null && isMidnight(published);
  if (published !== null && publishedUncertain) {
    issues.push({
      code: "midnight_published",
      message: "the publication time is exactly midnight, as print editions stamp the issue date: the time is probably not real",
      index: published.index,
    });
  }
  if (published !== null && updated !== null && updated.date.getTime() < published.date.getTime()) {
    issues.push({
      code: "updated_before_published",
      message: `the update (${updated.iso}) is before the publication (${published.iso}); both are kept as written`,
      index: updated.index,
    });
  }
  if (published === null && count > 0) {
    issues.push(
      mastheads.length > 0
        ? { code: "masthead_only", message: "only a masthead date was found; it is the day the page was shown, not the article's" }
        : { code: "no_dateline", message: "no publication date was found" },
    );
  }

  // The story, and what it says: its dates (against the publication time) and the agencies it names.
  const { text: body, starts } = joinPieces(pieces, "\n\n");
  const dateOptions: DateOptions = {};
  const reference = published?.date ?? options.reference;
  const timeZone = published?.timeZone ?? options.timeZone;
  if (reference !== undefined) (dateOptions as { reference?: Date | string }).reference = reference;
  if (timeZone !== undefined) (dateOptions as { timeZone?: string }).timeZone = timeZone;
  const dates = body === "" ? [] : toInputSpans(readDates(body, dateOptions), pieces, starts);
  // a wire's name alone after the story's last sentence (`… সফল হয়েছে। বাসস।`, `… the ministry said. Reuters`) is its
  // source, as on a line of its own; the tail is read only when short enough to be one
  let cut = 0;
  // (only a break that leaves a short enough tail counts: the search starts just before the longest tail)
  SENTENCE_BREAK.lastIndex = Math.max(0, body.length - SOURCE_TAIL_CHARS - 1);
  for (let found = SENTENCE_BREAK.exec(body); found; found = SENTENCE_BREAK.exec(body)) cut = found.index + 1;
  const read =
    cut > 0 && body.length - cut < SOURCE_TAIL_CHARS && isSourceLine(body.slice(cut).replace(/[।৷.]$/u, "")) ? `${body.slice(0, cut)}\n${body.slice(cut + 1)}` : body;
  const attributions: ArticleAttribution[] = body === "" ? [] : toInputSpans(readAttributions(read), pieces, starts);
  // the agency of a wire dateline (`বামাকো, ১৯ জুলাই (বাসস) :`) is the story's source, though it left the body; so is
  // that of a wire dateline on a line of its own in the header (`Dhaka, Nov 25 (UNB)`), read as a byline
  for (const opening of [...bylines.filter((byline) => byline.dateText && byline.index !== lead?.index), lead].reverse()) {
    if (opening) attributions.unshift(...readAttributions(opening.text).map((found) => ({ ...found, index: found.index + (opening.index ?? 0) })));
  }
  if (signOffSource) attributions.push(signOffSource);

  return {
    headline,
    byline: mergeBylines(bylines),
    published,
    updated,
    publishedUncertain,
    images,
    attributions,
    dates,
    signOff,
    authorNote,
    body,
    mastheads,
    boilerplate,
    issues,
  };
}
