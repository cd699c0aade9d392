import { z } from "zod";
import type { Article, ArticleImage, ArticleIssue, ArticleSpan, SignOffMatch } from "../article/types.ts";
import { AttributionSchema } from "./agencies.ts";
import { BylineSchema, CreditSchema } from "./bylines.ts";
import { ParsedDateSchema } from "./dates.ts";

/** Schema of an {@link ArticleImage}: a caption and its credit. */
export const ArticleImageSchema: z.ZodType<ArticleImage> = z
  .object({
    caption: z.string(),
    credit: CreditSchema.nullable(),
    text: z.string(),
    index: z.number().int().nonnegative(),
  })
  .readonly();

/** Schema of an {@link ArticleSpan}: a line set aside from the story. */
export const ArticleSpanSchema: z.ZodType<ArticleSpan> = z
  .object({ text: z.string().min(1), index: z.number().int().nonnegative() })
  .readonly();

/** Schema of an {@link ArticleIssue}. */
export const ArticleIssueSchema: z.ZodType<ArticleIssue> = z
  .object({
    code: z.enum(["no_headline", "no_dateline", "midnight_published", "updated_before_published", "masthead_only"]),
    message: z.string().min(1),
    index: z.number().int().nonnegative().exactOptional(),
  })
  .readonly();

/** Schema of an {@link Article}, the result of `extractArticle`. */
export const ArticleSchema: z.ZodType<Article> = z
  .object({
    headline: z.string().min(1).nullable(),
    byline: BylineSchema.nullable(),
    published: ParsedDateSchema.nullable(),
    updated: ParsedDateSchema.nullable(),
    publishedUncertain: z.boolean(),
    images: z.array(ArticleImageSchema).readonly(),
    attributions: z.array(AttributionSchema).readonly(),
    dates: z.array(ParsedDateSchema).readonly(),
    signOff: z.string().min(1).nullable(),
    authorNote: z.string().min(1).nullable(),
    body: z.string(),
    mastheads: z.array(ArticleSpanSchema).readonly(),
    boilerplate: z.array(ArticleSpanSchema).readonly(),
    issues: z.array(ArticleIssueSchema).readonly(),
  })
  .readonly();

/** Schema of a {@link SignOffMatch}, the result of `findSignOff`. */
export const SignOffMatchSchema: z.ZodType<SignOffMatch> = z
  .object({
    text: z.string().min(1),
    index: z.number().int().nonnegative(),
    initials: z.array(z.string().min(1)).min(1).readonly(),
    source: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).exactOptional(),
  })
  .readonly();
