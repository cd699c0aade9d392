import { assertString } from "../errors.ts";
import { fastParseDateline } from "./fastPath.ts";
import { resolveOptions } from "./options.ts";
import { timeAt } from "./refiners/attachTime.ts";
import { toParsedDate } from "./result.ts";
import { scanDates } from "./scan.ts";
import { forEachWindow, hasDigit } from "./textWindows.ts";
import type { DateMention } from "./scan.ts";
import type { Dateline, DatelineIssue, DateOptions, ParsedDate } from "./types.ts";
import {
  DATELINE_LABEL,
  DATELINE_LABEL_KIND,
  viewKey,
} from "./vocabulary.ts";

/** A label and the separator after it (`প্রকাশিত:`, `আপডেট :`, `প্রকাশিতঃ`, `Updated on:`, `Last modified at`, `আপডেট টাইম ::`). */
// the label starts a word or follows a clock marker glued (`১০:২৬ অপরাহ্ণআপডেট:`, `10:26 PMUpdated:`); it ends a word,
// but ঃ (a vowel-sign-like mark to Unicode) may follow it as a colon: `আপডেটঃ`
const LABEL: RegExp = /* @__PURE__ */ (() => new RegExp(`(?<![\\u0980-\\u09ffa-z](?<!াহ্[ণন]|এম|[ap]m))(${DATELINE_LABEL})(?:\\s{1,3}(?:on|at|time|date))?(?!(?!ঃ)[\\p{L}\\p{M}\\p{Nd}])\\s{0,3}(?:[:ঃ]{1,2}|-)?\\s{0,3}`, "gu"))();
/**
 * What may stand between an unlabelled date and the update label after it: on the same line (`…১৩:০৫আপডেট :`, a middle
 * dot or a bullet: `১২ ঘণ্টা আগে · আপডেট ১ ঘণ্টা আগে`), or a
 * line break (`\n` or `\r\n`) when the date has its time (`12 July, 2025, 10:15 pm⏎Last modified: …`); a masthead's date alone on the
 * line above an update label is no publication.
 */
const BEFORE_LABEL = /[ \t,|।;·•-]{0,6}(\r?\n[ \t]{0,3})?/uy;
/**
 * Between a label and its date, on the same line, the same day in the Bangla or Hijri calendar, ending in a year
 * 13xx–14xx (`আপডেট : ১২ অগ্রহায়ণ ১৪৩২, ২৬ নভেম্বর ২০২৫`, `প্রকাশ: বৈশাখ ২ ১৪৩১ | …`): no other date lies between.
 */
const OTHER_CALENDAR_DATES = /^[^\n]{0,64}\D1[34]\d\d[^\n\d]{0,24}$/u;

interface Label {
  start: number;
  readonly end: number;
  readonly kind: "published" | "updated";
}

/**
 * Reads the publication and update dates of a dateline. Labels: প্রকাশিত, প্রকাশ, প্রকাশের সময়, প্রকাশিত হয়েছে,
 * আপডেট, আপডেট টাইম, হালনাগাদ, সর্বশেষ আপডেট, শেষ আপডেট, সর্বশেষ সম্পাদনা, Published, Publish, Posted, Updated, Last updated, Last update, Modified, Last modified (an
 * English label also with `on`, `at`, `time` or `date`: `Update Time:`, `Publish Date:`); with `:`, `ঃ` or nothing,
 * on one line (`|`, `||`, glued) or several. An unlabelled date counts as published; when a labelled dateline
 * exists, other dates (mastheads, live clocks) are ignored. An update earlier than the publication is kept as written
 * and reported in `issues`.
 *
 * @param text - a dateline, or a page's text around it
 * @param options - `timeZone` (default `'Asia/Dhaka'`; a zone written in the text wins) and `reference`
 * @returns `{ published, updated }`, each `null` when absent
 * @throws TypeError when `text` is not a string; RangeError naming a bad `timeZone` or `reference`
 * @example
 * parseDateline("প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫ | আপডেট: ১১:০২ এএম, ১৩ জুলাই ২০২৫").updated?.iso;
 * //=> "2025-07-13T11:02:00+06:00"
 */
export function parseDateline(text: string, options?: DateOptions): Dateline {
  assertString(text);
  const resolved = resolveOptions(options);
  const fast = fastParseDateline(text, resolved);
  if (fast !== undefined) return fast;
  let published: ParsedDate | null = null;
  let updated: ParsedDate | null = null;
  let unlabelled: ParsedDate | null = null;
  let labelled = false;
  if (resolved.reference !== undefined || hasDigit(text)) {
    forEachWindow(text, (view, offset) => {
      const mentions = scanDates(view, resolved.reference);
      const result = (mention: DateMention): ParsedDate => toParsedDate(mention, view, resolved.timeZone, offset);
      if (mentions.length === 0) return false;
      const labels: Label[] = [];
      const taken: DateMention[] = [];
      LABEL.lastIndex = 0;
      for (let match = LABEL.exec(view.text); match !== null; match = LABEL.exec(view.text)) {
        const kind = DATELINE_LABEL_KIND.get(viewKey(match[1] ?? ""));
        if (kind !== undefined) labels.push({ start: match.index, end: match.index + match[0].length, kind });
      }
      // also when the labels own no date (`Published by: NAME | 13 July 2025`)
      unlabelled ??= result(mentions.find((mention) => mention.absolute) ?? (mentions[0] as DateMention));
      if (labels.length === 0) return false;
      for (const label of labels) {
        // the date right after the label, or after the same day in another calendar
        let owned = mentions.find((mention) => mention.start >= label.end);
        if (owned === undefined || (owned.start > label.end + 1 && !OTHER_CALENDAR_DATES.test(view.text.slice(label.end, owned.start))))
          // or, with no colon, the one right before an update label (`১ ঘণ্টা আগে আপডেট`, `২ ঘণ্টা আগে আপডেট হয়েছে`; not
          // `… প্রকাশ হবে`, "will be published")
          owned = mentions.find((mention) => label.kind === "updated" && label.start - mention.end < 2 && /^ ?\p{L}[^:ঃ-]*$/u.test(view.text.slice(mention.end, label.end)) && !taken.includes(mention));
        // or a clock alone after an update label, on the day written last before it on its line when a label owns that
        // day or it has its time (`প্রকাশ: ১৩ জুলাই ২০২৫ | আপডেট: ১০:২০`, `১৩ জুলাই ২০২৫, ০৯:০০ | আপডেট: ১০:২০`; a
        // masthead's day alone is no publication's)
        const day = label.kind === "updated" ? mentions.findLast((mention) => mention.end <= label.start && !view.text.slice(mention.end, label.start).includes("\n")) : undefined;
        const clock = owned === undefined && day?.absolute && (day.precision === "day" ? taken.includes(day) : day.precision !== "month") ? timeAt(view.text, label.end) : null;
        if (clock && day) owned = { ...day, ...clock, midnight: clock.hour + clock.minute + clock.second === 0 };
        if (owned === undefined) continue;
        // a date before both is the publication (`১৩ জুলাই ২০২৫, ১০:২৬ | ৩০ মিনিট আগে আপডেট`)
        label.start = Math.min(label.start, owned.start);
        labelled = true;
        taken.push(owned);
        if (label.kind === "published") published ??= result(owned);
        else updated ??= result(owned);
      }
      if (published === null) {
        const before = unlabelledBeforeUpdate(view.text, mentions, labels, taken);
        if (before !== undefined) published = result(before);
      }
      return published !== null && updated !== null;
    });
  }
  if (!labelled) published = unlabelled;
  const issue = published !== null && updated !== null ? updatedBefore(published, updated) : undefined;
  return issue === undefined ? { published, updated } : { published, updated, issues: [issue] };
}

/** `১৯ জানুয়ারি ২০২৩, ১৩:০৫আপডেট : …`: the date right before the update label is the publication. */
function unlabelledBeforeUpdate(
  text: string,
  mentions: readonly DateMention[],
  labels: readonly Label[],
  owned: readonly DateMention[],
): DateMention | undefined {
  for (const label of labels) {
    if (label.kind !== "updated") continue;
    for (const mention of mentions) {
      if (mention.end > label.start) break;
      BEFORE_LABEL.lastIndex = mention.end;
      const gap = BEFORE_LABEL.exec(text);
      if (
        gap !== null &&
        BEFORE_LABEL.lastIndex === label.start &&
        (gap[1] === undefined || mention.precision !== "day") &&
        // not a date another label owns (`Updated: …⏎Last modified: …`)
        !owned.includes(mention)
      )
        return mention;
    }
  }
  return undefined;
}

/** An update earlier than the publication (on the same day when either gives only the day) is reported. */
function updatedBefore(published: ParsedDate, updated: ParsedDate): DatelineIssue | undefined {
  const hours = (published.date.getTime() - updated.date.getTime()) / 3_600_000;
  if (hours <= 0) return undefined;
  if ((updated.precision === "day" || published.precision === "day") && updated.iso.slice(0, 10) >= published.iso.slice(0, 10)) return undefined;
  return {
    code: "updated_before_published",
    message: `the update (${updated.iso}) is ${Number(hours.toFixed(2))} h before the publication (${published.iso}); kept as written`,
  };
}
