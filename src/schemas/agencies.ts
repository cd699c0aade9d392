import { z } from "zod";
import type { Agency, AgencyMatch, Attribution } from "../agencies/types.ts";

/** Schema of an {@link Agency} of the registry. */
export const AgencySchema: z.ZodType<Agency> = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    type: z.enum(["wire", "broadcaster", "newspaper", "online", "state-media"]),
    country: z.string().regex(/^[A-Z]{2}$/),
    bn: z.array(z.string().min(1)).readonly(),
    en: z.array(z.string().min(1)).readonly(),
    ambiguous: z.array(z.string().min(1)).readonly().exactOptional(),
    namesake: z.enum(["word", "person", "organisation", "acronym", "place", "phrase", "time"]).exactOptional(),
    alternate: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).exactOptional(),
  })
  .readonly();

/** Schema of an {@link Attribution} found in running text. */
export const AttributionSchema: z.ZodType<Attribution> = z
  .object({
    agency: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    text: z.string().min(1),
    index: z.number().int().nonnegative(),
    role: z.enum(["source", "mention"]),
    name: z.string().min(1),
    inflection: z.enum(["none", "genitive", "dative", "locative"]),
    cue: z
      .enum([
        "khobor",
        "sutro",
        "dateline",
        "agency-descriptor",
        "report",
        "barat",
        "reporting-verb",
        "told",
        "interview",
        "broadcast",
        "staff",
        "bracket",
        "descriptor",
        "country",
        "list",
      ])
      .exactOptional(),
    via: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).exactOptional(),
  })
  .readonly();

/** Schema of an {@link AgencyMatch} (a name at the start or end of a byline or credit). */
export const AgencyMatchSchema: z.ZodType<AgencyMatch> = z
  .object({
    agency: AgencySchema,
    text: z.string().min(1),
    index: z.number().int().nonnegative(),
    name: z.string().min(1),
    inflection: z.enum(["none", "genitive", "dative", "locative"]),
  })
  .readonly();
