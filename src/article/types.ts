import type { DateOptions, ParsedDate } from "../dates/types.ts";
import type { Attribution } from "../agencies/types.ts";
import type { Byline, Credit } from "../bylines/types.ts";

/** Options of {@link extractArticle}. */
export interface ExtractArticleOptions extends DateOptions {
  /**
   * IANA zone for wall-clock text; default `'Asia/Dhaka'` (use `'Asia/Kolkata'` for an Indian outlet).
   * A zone written in the text (IST, GMT +৬) wins.
   */
  readonly timeZone?: string;
  /**
   * "Now" for the dates of the story when the article gives no publication time (for example the time it was
   * crawled). When the article has a dateline, the story's dates are read against the publication time instead.
   */
  readonly reference?: Date | string;
}

/** A photo of the article: its caption and credit. */
export interface ArticleImage {
  /** The caption, without its credit; `''` when the line is only a credit. */
  readonly caption: string;
  /** The credit, or `null` when the caption names none. */
  readonly credit: Credit | null;
  /** The caption line as it stands in the input (both lines of a caption above a credit line of its own). */
  readonly text: string;
  /** Where that line starts in the input. */
  readonly index: number;
}

/** A line of the input set aside from the story: its text as written and where it starts. */
export interface ArticleSpan {
  /** The line as it stands in the input, trimmed. */
  readonly text: string;
  /** Where it starts in the input. */
  readonly index: number;
}

/** Stable codes of the notes {@link extractArticle} leaves about an article. */
export type ArticleIssueCode =
  | "no_headline"
  | "no_dateline"
  | "midnight_published"
  | "updated_before_published"
  | "masthead_only";

/** A note about something odd in the article, kept as written rather than silently fixed. */
export interface ArticleIssue {
  /** What is odd. */
  readonly code: ArticleIssueCode;
  /** The same in words. */
  readonly message: string;
  /** Where in the input it stands, when it stands somewhere. */
  readonly index?: number;
}

/** Everything {@link extractArticle} reads from an article. */
export interface Article {
  /** The headline: the first line that is not a masthead, a dateline or site furniture; `null` for empty text. */
  readonly headline: string | null;
  /** Who wrote the story (repeated lines give one contributor); `null` when no line names anyone. */
  readonly byline: Byline | null;
  /** When the article was published: a labelled dateline wins; a masthead never counts. */
  readonly published: ParsedDate | null;
  /** When the article was last updated, as written (even when that is before `published`; see `issues`). */
  readonly updated: ParsedDate | null;
  /**
   * `true` when the published time is exactly midnight (`১২:০০ এএম`, `০০:০০`): print editions stamp the issue date
   * that way, so the day is right but the time is probably not.
   */
  readonly publishedUncertain: boolean;
  /** The photos: captions with their credits, in order. */
  readonly images: readonly ArticleImage[];
  /**
   * Every agency the story names, with spans in the input; `role: 'source'` where the report comes from it, as from the
   * agency or outlet that opens the sign-off (`বাসস/এমএইচ`).
   */
  readonly attributions: readonly Attribution[];
  /** The dates the story mentions, read against `published` (or the `reference` option), with spans in the input. */
  readonly dates: readonly ParsedDate[];
  /** The desk or editor initials that close the story (`টিটিএন`, `এমআরএম/জিকেএস`), as written; `null` when none. */
  readonly signOff: string | null;
  /**
   * The note about the author that closes an opinion piece (`লেখক: সাবেক সচিব ও অর্থনীতিবিদ`, `*NAME: অধ্যাপক, …`), as
   * written; `null` when none.
   */
  readonly authorNote: string | null;
  /**
   * The story alone: paragraphs joined by a blank line, without headline, byline, dateline, captions, sign-off and
   * site boilerplate.
   */
  readonly body: string;
  /** Masthead and live-clock lines (the day the page was shown), with their spans in the input. */
  readonly mastheads: readonly ArticleSpan[];
  /**
   * The lines removed as site boilerplate (related links, ads, follow and share lines, promotions, addresses, the
   * footer), with their spans in the input.
   */
  readonly boilerplate: readonly ArticleSpan[];
  /** Notes about odd things in the article (a midnight stamp, an update before the publication, no dateline). */
  readonly issues: readonly ArticleIssue[];
}

/** A desk or editor sign-off found by {@link findSignOff}. */
export interface SignOffMatch {
  /** The sign-off line as it stands in the input, trimmed. */
  readonly text: string;
  /** Where it starts in the input. */
  readonly index: number;
  /** The initials (or names) between the slashes, as written: `['এমআরএম', 'জিকেএস']`; an outlet before them is not one. */
  readonly initials: readonly string[];
  /** The registry id of the outlet the line opens with, before its first slash (`বাসস/এমএইচ` → `'bss'`). */
  readonly source?: string;
}
