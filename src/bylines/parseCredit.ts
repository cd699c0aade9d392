import { assertString } from "../errors.ts";
import { foldForMatch, normalizeForMatch } from "../text/normalize.ts";
import { readCredit } from "./readCredit.ts";
import { splitCaptionOf } from "./splitCaption.ts";
import type { Credit } from "./types.ts";

/** The longest text read as a credit with no marker (a few agency names). */
const MAX_BARE_CREDIT = 120;

/**
 * Reads a photo credit on its own: `ছবি: সংগৃহীত`, `ফাইল ছবি: প্রথম আলো`, `/ ফাইল ছবি এএফপি`, `প্রতীকী ছবি`,
 * `ছবি: রয়টার্স ও এএফপি`, `ছবি: ফেসবুক থেকে নেওয়া`, `ছবির উৎস, NAME/AFP`, `নিজস্ব চিত্র`, a photographer's name
 * after `ছবি:`. Agencies and outlets resolve to registry ids (`agency` is the first, `agencies` all of them).
 *
 * @param text - a credit
 * @returns the credit, or `null` when the text is not one (a placeholder such as `Image`, or a bare name with no
 *   credit marker)
 * @throws {TypeError} when `text` is not a string
 * @example
 * parseCredit("ছবি: সংগৃহীত");
 * //=> { source: "collected", file: false, symbolic: false, text: "ছবি: সংগৃহীত", index: 0 }
 */
export function parseCredit(text: string): Credit | null {
  assertString(text, "text");
  const view = normalizeForMatch(text);
  const split = splitCaptionOf(view);
  if (split.credit !== null) return split.credit;
  // a credit with no marker: a registry name alone ("রয়টার্স", "AFP"), so only a short text (spaces around it aside)
  if (view.text.trim().length > MAX_BARE_CREDIT) return null;
  const credit = readCredit(view, 0, view.text.length, false);
  // a name that closes a sentence at its danda is the sentence's predicate: no credit (`যমুনা টিভির সাংবাদিক
  // ঘটনাস্থলে ছিলেন।` is not a photographer named `ঘটনাস্থলে ছিলেন`)
  // (told in the matching view, so that joiners, no-break spaces and look-alikes of the danda count as the clean text)
  return credit?.name !== undefined && view.text.trimEnd().endsWith(`${foldForMatch(credit.name)}।`) ? null : credit;
}
