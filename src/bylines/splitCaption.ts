import { assertString } from "../errors.ts";
import { foldKey } from "../_lib/alternation.ts";
import { byFirstUnit } from "../_lib/byFirstUnit.ts";
import { patternWords } from "../_lib/patternWords.ts";
import { normalizeForMatch, type NormalizedText } from "../text/normalize.ts";
import { lookupAgency, lookupAgencyAtStart, shortOutlet } from "./agencyLookup.ts";
import { cleanValue } from "./clean.ts";
import { PLACEHOLDERS, readCredit } from "./readCredit.ts";
import type { Caption, Credit } from "./types.ts";

/**
 * Credit markers. `ছবি` counts only with a separator after it (`ছবি:`, `ছবি -`, `ছবি |`) or before a credit word
 * (`ছবি সংগৃহীত`), so `ছবিতে`, `ছবিটি` and `ছবি সামাজিক মাধ্যমে` inside a caption are not markers. A branch that looks
 * back at the letters of every script reads the unit it starts with first (a letter, or a look ahead at it), so that a
 * try where no marker starts fails at once. A satellite image's words are one too, before a colon or a copyright sign
 * (`স্যাটেলাইট ছবি: …`, `Satellite image ©2026 …`).
 */
const MARKER_RE =
  /\(? ?(?:ফাইল|আর্কাইভ) (?:ছবি|চিত্র|ফটো) ?\)?|প্রতী?কী (?:ছবি|চিত্র)|প্রতিকী ছবি|ছবির উৎস|ছবির কপিরাইট|ছবি ও (?:প্রতিবেদন|লেখা|ভিডিও)|লেখা ও ছবি|\(?ছবিটি (?:তোলেন|তুলেছেন|তুলেছিলেন)|ছবি ক্যামেরাবন্দি করেন|\(?আলোকচিত্রটি গ্রহণ করেছেন|নিজস্ব (?:চিত্র|ছবি)|(?=[ছচ])(?<![\p{L}\p{M}])(?:ছবি ?[:ঃ|-]|চিত্র ?[:ঃ])|ছ(?<=[\p{L}\p{M}].)বি ?[:ঃ]|ছবি (?=সংগৃহ|সৌজন্য|এআই)|(?:অলংকরণ|অলঙ্করণ|কোলাজ|(?:ইনফো)?গ্রাফ(?:িক(?:স|্স)?)?|মানচিত্র|ভিডিও|স্ক্রিন ?শট|কার্টুন|ব্যঙ্গচিত্র|ক্যারিকেচার|(?<![a-z])(?:illustration|collage|(?:info)?graphics?|map|cartoon|caricature)) ?[:ঃ]|(?=[fprvi])(?<![\p{L}\p{M}])(?:(?:file )?(?:photo(?:graph)?s?|image) ?:|video:(?= [^/:.]{2,40}\/[^/:.]{2,20}$)|file photo|representational (?:photo|image)|(?:photo|image) credit)|(?:স্যাটেলাইট ছবি|satellite image) ?(?:[:ঃ]|(?=©))/uy;
/**
 * The starts of the words every credit marker starts with (after an optional `(`), by their first unit: candidates are
 * the places where one of them stands, so a unit that opens none is passed over with one look-up.
 */
const MARKER_WORDS: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ (() => byFirstUnit([
  ...patternWords([/ছবি|চিত্র|লেখা|ফাইল|আর্কাইভ|প্রতী|প্রতিকী|নিজস্ব|আলোক|অল|গ্রাফ|ভিডিও|কোলাজ|স্ক্রিন|স্যাট|কার্ট|ক্যার|ব্যঙ্গ/]),
  ...["photo", "image", "file", "illustration", "collage", "info", "graph", "representational", "map", "sat", "video", "car"],
]))();
/**
 * The end of a credit before the caption: a danda, or in English a full stop after a word of three letters or more
 * (`Photo: Star. Vendors at …`, `Photo: Md. Manik. Boats …`; `Md.` is no end).
 */
const CREDIT_STOP_RE = /।|(?<=[a-z]{3})\. /gi;
/** The end of a sentence or a line. */
const SENTENCE_END = /[।.?!\n]/;
/**
 * The start of a medium's label (`কোলাজ:`, `অলংকরণ:`, `ইনফোগ্রাফ:`, `মানচিত্র:`, `Collage:`, `Map:`), tried where a
 * marker starts (or after a danda, with a space before it).
 */
const MEDIUM_MARKER_RE = / ?(?:কোলাজ|অল|(?:ইনফো)?গ্রাফ|মানচিত্র|illustration|collage|(?:info)?graph|map)/y;
/**
 * A still from video or a post (`ভিডিও থেকে নেওয়া`, `এমপির ফেসবুক থেকে নেওয়া`, `Screengrab`), or `সংগৃহীত ছবি` (group 1)
 * at the end, perhaps in brackets.
 */
const TAKEN_RE = /(?:থেকে (?:নেওয়া|নেয়া|সংগৃহীত)(?: ছবি)?|স্ক্রিন ?শট|screen ?(?:grab|shot)(?: from (?:a )?video)?|(সংগৃহীত ছবি))\)?[\s।.]*$/u;
/** A gallery counter at the end: `২ / ১১`. */
const COUNTER_RE = /\d{1,3} ?\/ ?\d{1,3}\s*$/u;
/** A gallery counter on a line of its own or before a bar or dash at the start: `১/১২`, `৫ / ১২ |`. */
const LEAD_COUNTER_RE = /\d{1,3} ?\/ ?\d{1,3}(?:\n| [|-] )/uy;
/** A file or symbolic flag that ends a caption (`ফাইল ছবি`, `(ফাইল চিত্র)`, `প্রতীকী ছবি`). */
const FLAG_TAIL_RE = /^(?:\(? ?ফাইল (?:ছবি|চিত্র|ফটো)|প্রতী?কী ছবি|file photo)[\s।.)]*$/u;
/** A credit label before the agency of a final "ফাইল ছবি" (`ছবি: এএফপি ফাইল ছবি`). */
const FILE_LABEL_RE = /^ ?(?:ছবি|photo) ?[:ঃ] ?/u;

/** A source's label: `সূত্র:`, `তথ্যসূত্র:`, `উৎস:`, `Source:`. */
const SOURCE_LABEL_RE = / ?(?:(?:তথ্য)?সূত্র|উৎস|source)/y;

/** The start of a caption after BBC's credit: `ছবির ক্যাপশান,`. */
const CAPTION_LABEL_RE = /(?:ছবির ক্যাপশা?ন|image caption)[\s,:]*/u;
/** The longest placeholder, with room for spaces. */
const PLACEHOLDER_MAX = 40;
const SEPARATOR_CHARS = /[\s/|:ঃ,([{•-]/u;

/** The start of a longer marker that covers the one at `at` (`ফাইল ছবি:` around `ছবি:`). */
function widen(text: string, start: number, at: number): number {
  for (let from = Math.max(start, at - 17); from < at; from++) {
    MARKER_RE.lastIndex = from;
    const match = MARKER_RE.exec(text);
    if (match && from + match[0].length > at) return from;
  }
  return at;
}

/**
 * Where the last credit marker in `[start, end)` starts, or -1. Candidates are the places where a word markers start
 * with stands, latest first; the marker pattern is tried (sticky) only there, so the scan stays linear.
 */
function lastMarker(text: string, start: number, end: number): number {
  for (let best = end - 1; best >= start; best--) {
    const words = MARKER_WORDS.get(text.charCodeAt(best));
    if (words === undefined || !words.some((word) => best + word.length <= end && text.startsWith(word, best))) continue;
    for (let at = Math.max(start, best - 3); at <= best; at++) {
      MARKER_RE.lastIndex = at;
      const match = MARKER_RE.exec(text);
      // (a space the marker takes after it may be one `end` leaves out: `ফাইল ছবি ` at the end of the text)
      if (match && match.index + match[0].trimEnd().length <= end) return widen(text, start, at);
    }
  }
  return -1;
}

/** The caption `[start, end)` of the view, as written, without separators before the credit. */
function captionOf(view: NormalizedText, start: number, end: number): string {
  const text = view.text;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  for (;;) {
    while (end > start && SEPARATOR_CHARS.test(text[end - 1] ?? "")) end--;
    // a Latin "l" standing in for a danda: "…ঠেঙ্গারচরে l"
    if (end - start >= 2 && text[end - 1] === "l" && text[end - 2] === " ") {
      end -= 2;
      continue;
    }
    break;
  }
  if (end <= start) return "";
  const caption = view.spanToSource(start, end).text.trim();
  return caption.length <= PLACEHOLDER_MAX && PLACEHOLDERS.has(foldKey(caption)) ? "" : caption;
}

/** The last separator (`/`, `|`, `।`, ` - `, line break) in `[start, end)`, or -1. */
function lastSeparator(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    // `/`, `|`, `।`, a line break, `-` (by code: a scan over the caption makes no string of a letter)
    if (code === 0x2f || code === 0x7c || code === 0x964 || code === 0x0a || code === 0x2d) return i;
  }
  return -1;
}

/** Where a credit with no marker at the end starts (`… হাজারো মানুষ –রয়টার্স`, `… / রয়টার্স`), or -1. */
function trailingAgency(view: NormalizedText, start: number, end: number): number {
  const text = view.text;
  const at = lastSeparator(text, Math.max(0, end - 80), end);
  if (at < 0) return -1;
  // … or, after a sentence's full stop, an agency, a slash and its photographer, as a wire's own captions credit it
  // (`… in Hue, Vietnam, November 24, 2026. REUTERS/Thinh Nguyen`); or Getty's photographer before the agency after
  // `Photo by` (`… in Dhaka. Photo by NAME/AFP via Getty Images`, `… Photo by NAME/Getty Images`)
  const dot = text.lastIndexOf(". ", at);
  // (with no sentence before it, the whole text is Getty's credit: `Photo by NAME/Getty Images`)
  if (text[at] === "/" && dot < start && text.startsWith("photo by ", start)) return start;
  if (
    text[at] === "/" &&
    dot >= end - 80 &&
    (AGENCY_AND_NAME.test(text.slice(dot + 2, end))
      ? lookupAgency(cleanValue(view.spanToSource(dot + 2, at).text))
      : text.startsWith("photo by ", dot + 2))
  ) {
    return dot + 2;
  }
  let candidate = cleanValue(view.spanToSource(at + 1, end).text);
  while (candidate !== "" && "।. ".includes(candidate.slice(-1))) candidate = candidate.slice(0, -1);
  if (candidate === "" || candidate.split(" ").length > 6) return -1;
  const parts = candidate.split(/ ?[,/] ?| ও | এবং /u);
  const first = parts[0];
  return first !== undefined && lookupAgency(first) ? at + 1 : -1;
}

/** A word, a slash and a name of one to four words to the end (`REUTERS/Thinh Nguyen`), in the matching view. */
const AGENCY_AND_NAME = /^[^\s/]+\/[^\s/]+(?: [^\s/]+){0,3}$/u;

/** An agency's or an outlet's photo word, with its photographer after `by` or a slash: ` photo`, ` photo by …`. */
const PHOTO_WORD_RE = / photos?(?:$| by | ?\/)/;

/**
 * An agency's or an outlet's photo at the end, in brackets, after a dash or a full stop or alone, as Indian English
 * captions credit it: `(PTI Photo)`, `(Express Photo by NAME)`, `— PTI Photo`, `. PTI Photo`, `(PTI Photo/NAME)`.
 * Returns where the credit starts, or -1.
 */
function trailingPhoto(view: NormalizedText, start: number, end: number): number {
  const text = view.text;
  const from = Math.max(start, end - 80);
  const word = text.indexOf("photo", from);
  if (word < 0 || word >= end) return -1;
  const bracket = text[end - 1] === ")" ? text.lastIndexOf("(", end) : -1;
  // … or after a dash or a sentence's full stop: "… Salt Lake. PTI Photo"
  const dash = text.lastIndexOf(" - ", word);
  const dot = text.lastIndexOf(". ", word);
  const at = bracket >= from ? bracket + 1 : Math.max(dash >= start ? dash + 3 : start, dot >= start ? dot + 2 : start);
  if (at < from) return -1;
  const photo = PHOTO_WORD_RE.exec(text.slice(at, bracket >= from ? end - 1 : end));
  if (!photo) return -1;
  const head = text.slice(at, at + photo.index);
  return (lookupAgency(cleanValue(view.spanToSource(at, at + photo.index).text)) ?? shortOutlet(foldKey(head))) ? at : -1;
}

/**
 * Splits a photo caption from its credit. The credit is the last credit marker to the end (`ছবি: …`, `ছবি- …`,
 * `/ ফাইল ছবি এএফপি`, `প্রতীকী ছবি`, `নিজস্ব চিত্র`, `ছবি ও প্রতিবেদন …`, `লেখা ও ছবি: …`), an agency after a dash or slash at the end
 * (`–রয়টার্স`), or BBC's `ছবির উৎস, …` before the caption. Separators `/`, `:`, `-`, `|`, `।` and line breaks
 * between them are dropped; the caption keeps its own full stop.
 *
 * @param text - a caption with or without a credit
 * @returns the caption (`''` when the text is only a credit or a placeholder such as `Image`) and the credit or `null`
 * @throws {TypeError} when `text` is not a string
 * @example
 * splitCaption("নদীভাঙনে বিলীন বসতঘর। ছবি: সংগৃহীত");
 * //=> { caption: "নদীভাঙনে বিলীন বসতঘর।", credit: { source: "collected", file: false, symbolic: false } }
 */
export function splitCaption(text: string): Caption {
  assertString(text, "text");
  return splitCaptionOf(normalizeForMatch(text));
}

/**
 * {@link splitCaption} of a text already in its matching view (the credit reader shares the view).
 *
 * @param view - the matching view of a caption
 * @returns the caption and its credit
 */
export function splitCaptionOf(view: NormalizedText): Caption {
  const v = view.text;
  let end = v.length;
  while (end > 0 && /\s/u.test(v[end - 1] ?? "")) end--;
  const counter = COUNTER_RE.exec(v.slice(Math.max(0, end - 12), end));
  if (counter) end = Math.max(0, end - 12) + counter.index;
  let start = 0;
  while (start < end && /\s/u.test(v[start] ?? "")) start++;
  LEAD_COUNTER_RE.lastIndex = start;
  if (LEAD_COUNTER_RE.test(v)) start = LEAD_COUNTER_RE.lastIndex;
  if (start >= end) return { caption: "", credit: null };

  // BBC: the credit comes first ("ছবির উৎস, …") and the caption after "ছবির ক্যাপশান,"
  if (v.startsWith("ছবির উৎস", start)) {
    const label = CAPTION_LABEL_RE.exec(v.slice(start, end));
    const newline = v.indexOf("\n", start);
    const creditEnd = label ? start + label.index : newline > 0 && newline < end ? newline : end;
    const captionStart = label ? start + label.index + label[0].length : creditEnd;
    return {
      caption: captionOf(view, captionStart, end),
      credit: readCredit(view, start, creditEnd, true),
    };
  }

  let markerAt = lastMarker(v, start, end);
  // a medium's label after a credit in the same sentence: "ছবি: রয়টার্স, কোলাজ: প্রথম আলো", "Photo: Reuters, Collage: TBS"
  MEDIUM_MARKER_RE.lastIndex = markerAt;
  const first = markerAt > start && MEDIUM_MARKER_RE.test(v) ? lastMarker(v, Math.max(start, markerAt - 40), markerAt) : -1;
  // … or right after its danda: "ছবি: রয়টার্স। গ্রাফিক্স: প্রথম আলো"
  if (first >= 0 && !SENTENCE_END.test(v.slice(first, markerAt - 2))) markerAt = first;
  if (markerAt >= 0) {
    // a file or symbolic flag just before the marker belongs to the credit: "(ফাইল চিত্র) ছবির কপিরাইট Reuters"; so does
    // a label written twice: "ছবি: ছবি: বাসস", "ছবি ছবি: বাসস"
    const before = v.slice(Math.max(start, markerAt - 16), markerAt);
    const flag = /(?:\(? ?ফাইল (?:ছবি|চিত্র) ?\)?|প্রতী?কী ছবি)[।.]? ?$|(?<![\p{L}\p{M}])ছবি ?[:ঃ-]? ?$/u.exec(before);
    const flagAt = flag ? markerAt - before.length + flag.index : markerAt;
    // a credit in brackets before the caption or inside it: "(ছবি: এএফপি) গাজায় …", "বিক্ষোভ (ছবি: রয়টার্স)
    // চলাকালে …"; a credit before the caption's sentence: "ছবি: বাসস। প্রধান উপদেষ্টার …", "Photo: Star. Vendors at …"
    // or in square brackets: "[ছবি: সংগৃহীত] কুড়িগ্রামে বন্যা"; a source's label after the danda is still the credit:
    // "ছবি: সংগৃহীত। সূত্র: বিবিসি", and so is a medium's label: "ছবি: রয়টার্স। গ্রাফিক্স: প্রথম আলো"
    // (… a label before a flag in brackets with it: "… মন্ত্রী (ছবি: নিজস্ব চিত্র)")
    const open = v[flagAt - 1];
    const close =
      markerAt === start
        ? ((CREDIT_STOP_RE.lastIndex = markerAt), CREDIT_STOP_RE.exec(v)?.index ?? -1)
        : open === "("
          ? v.indexOf(")", markerAt)
          : open === "["
            ? v.indexOf("]", markerAt)
            : -1;
    SOURCE_LABEL_RE.lastIndex = close + 1;
    MEDIUM_MARKER_RE.lastIndex = close + 1;
    if (close > 0) {
      // (one in brackets at the end ends before its closing bracket: "… মানুষ (ছবি: NAME)")
      if (!/\p{L}/u.test(v.slice(close + 1, end))) end = close;
      else if (!SOURCE_LABEL_RE.test(v) && !MEDIUM_MARKER_RE.test(v)) {
        const caption = `${captionOf(view, start, markerAt)} ${captionOf(view, close + 1, end)}`.trim();
        return { caption, credit: readCredit(view, markerAt, close, true) };
      }
    }
    if (flag) markerAt = flagAt;
    // an outlet or agency just before a final "ফাইল ছবি" or "প্রতীকী ছবি": "প্রথম আলো ফাইল ছবি", "ছবি: এআই দিয়ে তৈরি প্রতীকী ছবি";
    // so does "সংগৃহীত": "সংগৃহীত ফাইল ছবি"; and a registry or short name before "file photo": "AFP FILE PHOTO",
    // "STAR FILE PHOTO"
    const tail = v.slice(markerAt, end);
    if (FLAG_TAIL_RE.test(tail)) {
      // or, before "file photo", a sentence's full stop: "… in Cox's Bazar. STAR FILE PHOTO"
      const dot = v[markerAt] === "f" ? v.lastIndexOf(". ", markerAt) : -1;
      // … or, before a flag that closes a bracket, its opening bracket: "… beach (Star file photo)"
      const bracket = v[end - 1] === ")" ? v.lastIndexOf("(", markerAt - 1) : -1;
      const at = Math.max(lastSeparator(v, start, markerAt), start - 1, dot, bracket);

      // with its own label before it: "ছবি: এএফপি ফাইল ছবি"
      const label = FILE_LABEL_RE.exec(v.slice(at + 1, markerAt));
      const nameFrom = label ? at + 1 + label[0].length : at + 1;
      const words = v.slice(nameFrom, markerAt).trim();
      // a credit before "/ফাইল ছবি": "ছবি: রয়টার্স/ফাইল ছবি"
      const earlier = words === "" && v[at] === "/" ? lastMarker(v, start, at) : -1;
      // … or a wire's agency (and its photographer) before "/File Photo", alone or after a full stop:
      // "… in Cox's Bazar. REUTERS/NAME/File Photo", "AFP/File Photo"
      const wire = v.lastIndexOf(". ", at) + 1;
      if (earlier >= 0) markerAt = earlier;
      else if (words === "" && v[at] === "/" && lookupAgencyAtStart(v.slice(wire, at).trim())) markerAt = wire;
      else if (
        words !== "" &&
        words.split(" ").length <= 4 &&
        (label ||
          words === "সংগৃহীত" ||
          (lookupAgency(cleanValue(view.spanToSource(nameFrom, markerAt).text)) ?? shortOutlet(words)) !== null)
      ) {
        markerAt = at + 1;
        // the credit in brackets ends before its closing bracket: "… beach (Star file photo)", "… (প্রথম আলো ফাইল ছবি)"
        if (v[at] === "(") end--;
      }
    }
  } else {
    const taken = TAKEN_RE.exec(v.slice(start, end));
    if (taken) {
      const from = start + taken.index;
      // … after a sentence's full stop or in brackets: "… the nation. Screengrab", "… যুবক (ভিডিওর স্ক্রিনশট)"
      const at = Math.max(lastSeparator(v, start, from), v.lastIndexOf(". ", from), taken[0].includes(")") ? v.lastIndexOf("(", from) : -1);
      markerAt = taken[1] !== undefined ? from : at >= start ? at + 1 : start;
    } else {
      const at = trailingAgency(view, start, end);
      markerAt = at >= 0 ? at : trailingPhoto(view, start, end);
      // the credit ends before its closing bracket: "(PTI Photo)"
      if (at < 0 && v[markerAt - 1] === "(") end--;
    }
  }
  if (markerAt < 0) {
    const caption = captionOf(view, start, end);
    return { caption, credit: null };
  }
  const credit: Credit | null = readCredit(view, markerAt, end, true);
  return { caption: captionOf(view, start, markerAt), credit };
}
