import { WORD_END, WORD_START } from "../_lib/alternation.ts";
import { words as alternation } from "./words.ts";
import {
  BOILERPLATE_LINES,
  CALLS_TO_ACTION,
  CONTACT_CUES,
  NAVIGATION_LABELS,
  RELATED_LINK_LABELS,
  RELATED_LINK_TAILS,
  SITE_CHANNELS,
  WIDGET_LABELS,
} from "../data/boilerplate.ts";
import { wordCount } from "./lines.ts";

const EDGE = "[\\p{P}\\p{S} ]{0,8}";
const COUNTER = /^\d{1,3} ?\/ ?\d{1,3}$/;
/** An e-mail address, a hidden one (`[email protected]`), a web address or a domain. */
const ADDRESS =
  /[\w.+-]@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}|\[email ?protected\]|https?:\/\/|www\.|\.(?:com|net|org|info|news|tv|bd|in)(?![a-z])|\.কম/u;

/** The patterns built from the vocabulary, compiled once on first use (so an unused import costs nothing). */
interface BoilerplatePatterns {
  readonly wholeLine: RegExp;
  readonly relatedLabel: RegExp;
  readonly relatedLabelAlone: RegExp;
  readonly navigationLabel: RegExp;
  readonly relatedTail: RegExp;
  readonly callToAction: RegExp;
  readonly channel: RegExp;
  readonly contact: RegExp;
  readonly widget: RegExp;
}

let compiled: BoilerplatePatterns | undefined;

function patterns(): BoilerplatePatterns {
  compiled ??= {
    wholeLine: new RegExp(`^${EDGE}${alternation(BOILERPLATE_LINES)}${EDGE}$`, "u"),
    relatedLabel: new RegExp(`^${EDGE}${alternation(RELATED_LINK_LABELS)}${WORD_END}`, "u"),
    relatedLabelAlone: new RegExp(`^${EDGE}${alternation(RELATED_LINK_LABELS)} ?[:ঃ]?${EDGE}$`, "u"),
    navigationLabel: new RegExp(`^${EDGE}${alternation(NAVIGATION_LABELS)} ?(?:[:ঃ|]|$)`, "u"),
    relatedTail: new RegExp(`${alternation(RELATED_LINK_TAILS)} ?[:ঃ]${EDGE}$`, "u"),
    callToAction: new RegExp(`${WORD_START}${alternation(CALLS_TO_ACTION)}${WORD_END}`, "u"),
    channel: new RegExp(`${WORD_START}${alternation(SITE_CHANNELS)}`, "u"),
    contact: new RegExp(`${WORD_START}${alternation(CONTACT_CUES)}`, "u"),
    widget: new RegExp(`^${EDGE}${alternation(WIDGET_LABELS)}`, "u"),
  };
  return compiled;
}

/** What a boilerplate line is. `related` labels open a list of links whose short lines follow. */
export type BoilerplateKind = "line" | "related" | "related-label";

/**
 * Classifies one line of the matching view as site boilerplate.
 *
 * @param view - a trimmed line of the matching view
 * @returns the kind of boilerplate, or `null` when the line is not boilerplate
 */
export function boilerplateKind(view: string): BoilerplateKind | null {
  const p = patterns();
  if (view.length <= 60 && p.wholeLine.test(view)) return "line";
  if (p.relatedLabel.test(view)) return p.relatedLabelAlone.test(view) ? "related-label" : "related";
  if (p.navigationLabel.test(view)) return "line";
  if (p.widget.test(view) || COUNTER.test(view)) return "line";
  const words = wordCount(view);
  if (words <= 10 && p.relatedTail.test(view)) return "related-label";
  const action = p.callToAction.test(view);
  const address = ADDRESS.test(view);
  if (action && (words <= 10 || address || p.channel.test(view))) return "line";
  if (address && (words <= 8 || p.contact.test(view))) return "line";
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
