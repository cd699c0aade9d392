import { z } from "zod";
import type { Byline, Caption, Contributor, Credit } from "../bylines/types.ts";

const registryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const value = z.string().min(1);

/** Schema of a {@link Contributor} of a byline. */
export const ContributorSchema: z.ZodType<Contributor> = z
  .object({
    kind: z.enum(["person", "desk", "staff", "correspondent", "bureau", "agency"]),
    name: value.exactOptional(),
    role: value.exactOptional(),
    place: value.exactOptional(),
    agency: registryId.exactOptional(),
    district: value.exactOptional(),
    desk: value.exactOptional(),
    beat: value.exactOptional(),
    outlet: value.exactOptional(),
    institution: value.exactOptional(),
    lang: z.enum(["bn", "en"]).exactOptional(),
  })
  .readonly();

/** Schema of a {@link Byline}. */
export const BylineSchema: z.ZodType<Byline> = z
  .object({
    contributors: z.array(ContributorSchema).readonly(),
    text: z.string(),
    index: z.number().int().nonnegative().exactOptional(),
    story: z.object({ index: z.number().int().nonnegative() }).readonly().exactOptional(),
    pressRelease: z.boolean().exactOptional(),
    compiled: z.boolean().exactOptional(),
    place: value.exactOptional(),
    dateText: value.exactOptional(),
  })
  .readonly();

/** Schema of a photo {@link Credit}. */
export const CreditSchema: z.ZodType<Credit> = z
  .object({
    source: z.enum(["agency", "outlet", "photographer", "collected", "social", "video", "unknown"]),
    agency: registryId.exactOptional(),
    agencies: z.array(registryId).readonly().exactOptional(),
    name: value.exactOptional(),
    names: z.array(value).readonly().exactOptional(),
    file: z.boolean(),
    symbolic: z.boolean(),
    text: z.string(),
    index: z.number().int().nonnegative().exactOptional(),
    courtesy: z.boolean().exactOptional(),
    medium: z.enum(["photo", "video-still", "screenshot", "illustration", "graphics", "collage", "ai"]).exactOptional(),
    platform: value.exactOptional(),
  })
  .readonly();

/** Schema of a {@link Caption} split from its credit. */
export const CaptionSchema: z.ZodType<Caption> = z
  .object({
    caption: z.string(),
    credit: CreditSchema.nullable(),
  })
  .readonly();
