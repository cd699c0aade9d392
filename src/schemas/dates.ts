import { z } from "zod";
import type { Dateline, DatelineIssue, ParsedDate, ParsedTime } from "../dates/types.ts";

/** Schema of a {@link ParsedTime}. */
export const ParsedTimeSchema: z.ZodType<ParsedTime> = z
  .object({
    hour: z.number().int().min(0).max(23),
    minute: z.number().int().min(0).max(59),
    second: z.number().int().min(0).max(59),
  })
  .readonly();

/** Schema of a {@link ParsedDate}. */
export const ParsedDateSchema: z.ZodType<ParsedDate> = z
  .object({
    iso: z.string().regex(/^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z))?)?$/),
    date: z.date(),
    precision: z.enum(["month", "day", "hour", "minute", "second"]),
    timeZone: z.string().min(1),
    calendar: z.enum(["gregorian", "bangla", "hijri"]),
    text: z.string(),
    index: z.number().int().nonnegative(),
    source: z.string().exactOptional(),
    midnight: z.boolean().exactOptional(),
    foreignClock: z.boolean().exactOptional(),
    timeZoneWritten: z.boolean().exactOptional(),
    yearImplied: z.boolean().exactOptional(),
  })
  .readonly();

/** Schema of a {@link DatelineIssue}. */
export const DatelineIssueSchema: z.ZodType<DatelineIssue> = z
  .object({
    code: z.enum(["updated_before_published"]),
    message: z.string(),
  })
  .readonly();

/** Schema of a {@link Dateline}. */
export const DatelineSchema: z.ZodType<Dateline> = z
  .object({
    published: ParsedDateSchema.nullable(),
    updated: ParsedDateSchema.nullable(),
    issues: z.array(DatelineIssueSchema).readonly().exactOptional(),
  })
  .readonly();
