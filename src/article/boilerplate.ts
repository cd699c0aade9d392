import { WORD_END } from "../_lib/alternation.ts";
import { words as alternation, searchAtWordStart } from "./words.ts";
import {
  BOILERPLATE_LINES,
  CALLS_TO_ACTION,
  CONTACT_CUES,
  COPYRIGHT_MARKS,
  NAVIGATION_LABELS,
  RELATED_LINK_LABELS,
  RELATED_LINK_TAILS,
  REPORTED_SPEECH,
  SITE_CHANNELS,
  WIDGET_LABELS,
} from "../data/boilerplate.ts";
import { wordCount } from "./lines.ts";

const EDGE = "[\\p{P}\\p{S} ]{0,8}";
const COUNTER = /^\d{1,3} ?\/ ?\d{1,3}$/;
/** A telephone number: six digits in a row (the matching view has ASCII digits). */
const PHONE = /\d{6}/;
/** An e-mail address, a hidden one (`[email protected]`), a web address or a domain. */
const ADDRESS =
  /[\w.+-]@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}|\[email ?protected\]|https?:\/\/|www\.|\.(?:com|net|org|info|news|tv|bd|in)(?![a-z])|\.কম/u;

/** The patterns built from the vocabulary, compiled once on first use (so an unused import costs nothing). */
interface BoilerplatePatterns {
  readonly wholeLine: RegExp;
  readonly relatedLabel: RegExp;
  /** A related-links or navigation label alone on its line: it opens a list of links or tags. */
  readonly labelAlone: RegExp;
  readonly navigationLabel: RegExp;
  readonly relatedTail: RegExp;
  readonly callToAction: RegExp;
  readonly channel: RegExp;
  readonly contact: RegExp;
  readonly widget: RegExp;
  readonly copyright: RegExp;
  readonly speech: RegExp;
}

let compiled: BoilerplatePatterns | undefined;

function patterns(): BoilerplatePatterns {
  compiled ??= {
    wholeLine: new RegExp(`^${EDGE}${alternation(BOILERPLATE_LINES)}${EDGE}$`, "u"),
    relatedLabel: new RegExp(`^${EDGE}${alternation(RELATED_LINK_LABELS)}${WORD_END}`, "u"),
    labelAlone: new RegExp(`^${EDGE}${alternation([...RELATED_LINK_LABELS, ...NAVIGATION_LABELS])} ?[:ঃ]?${EDGE}$`, "u"),
    navigationLabel: new RegExp(`^${EDGE}${alternation(NAVIGATION_LABELS)} ?(?:[:ঃ|]|$)`, "u"),
    relatedTail: new RegExp(`${alternation(RELATED_LINK_TAILS)}( ?[:ঃ])?${EDGE}$`, "u"),
    callToAction: new RegExp(`${alternation(CALLS_TO_ACTION)}${WORD_END}`, "gu"),
    channel: new RegExp(alternation(SITE_CHANNELS), "gu"),
    contact: new RegExp(alternation(CONTACT_CUES), "gu"),
    widget: new RegExp(`^${EDGE}${alternation(WIDGET_LABELS)}`, "u"),
    copyright: new RegExp(alternation(COPYRIGHT_MARKS), "u"),
    speech: new RegExp(`${alternation(REPORTED_SPEECH)}[^।]{0,60}।['")]?$`, "u"),
  };
  return compiled;
}

/**
 * What a boilerplate line is. `related` labels open a list of links whose short lines follow; `address` is a short
 * line with an address and nothing else that marks it (a byline may carry its outlet's domain).
 */
export type BoilerplateKind = "line" | "related" | "related-label" | "address";

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
  const p = patterns();
  if (view.length <= 60 && p.wholeLine.test(view)) return "line";
  // a sentence quoting someone (`… বলে জানান তিনি।`) is story, whatever invitation or label it holds
  if (p.relatedLabel.test(view) && !p.speech.test(view)) return p.labelAlone.test(view) ? "related-label" : "related";
  // `সম্পর্কিত বিষয়:` alone opens a list of tags on the lines after it
  if (p.navigationLabel.test(view)) return p.labelAlone.test(view) ? "related-label" : "line";
  if (p.widget.test(view) || COUNTER.test(view)) return "line";
  if (!whole && view.length > PARAGRAPH_LENGTH) return null;
  const words = wordCount(view);
  if (words <= 10) {
    const tail = p.relatedTail.exec(view);
    if (tail !== null && (tail[1] !== undefined || words <= 5)) return "related-label";
  }
  if (p.speech.test(view)) return null;
  if (words <= 16 && p.copyright.test(view)) return "line";
  const action = searchAtWordStart(p.callToAction, view) >= 0;
  const address = ADDRESS.test(view);
  if (action && (words <= 10 || address || searchAtWordStart(p.channel, view) >= 0)) return "line";
  const contact = searchAtWordStart(p.contact, view) >= 0;
  if (address && contact) return "line";
  if (contact && words <= 10 && PHONE.test(view) && !view.endsWith("।")) return "line";
  if (address && words <= 8) return "address";
  return null;
}

/**
 * Whether a line of the matching view may be the title of a related story listed after `আরও পড়ুন:`:
 * short, and not a sentence.
 *
 * @param view - a trimmed line of the matching view
 * @returns `true` for a link-like line
 */
export function isLinkTitle(view: string): boolean {
  return view.length <= 160 && !/[।?!]['"]?$/u.test(view);
}
