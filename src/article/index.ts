export { extractArticle } from "./extractArticle.ts";
export { findSignOff } from "./findSignOff.ts";
export { isBoilerplate } from "./isBoilerplate.ts";
export type {
  Article,
  ArticleImage,
  ArticleIssue,
  ArticleIssueCode,
  ArticleSpan,
  ExtractArticleOptions,
  SignOffMatch,
} from "./types.ts";
