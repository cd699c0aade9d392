import { z } from "zod";
import type { BanglaDate, HijriDate } from "../calendars/types.ts";
import { BANGLA_MONTH_NAMES } from "../data/banglaMonths.ts";
import { HIJRI_MONTH_NAMES } from "../data/hijriMonths.ts";

/** Schema of a {@link BanglaDate}: a date of Bangladesh's Bangla calendar. */
export const BanglaDateSchema: z.ZodType<BanglaDate> = z
  .object({
    year: z.number().int().min(1).max(9406),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    monthName: z.enum(BANGLA_MONTH_NAMES),
  })
  .readonly();

/** Schema of a {@link HijriDate}: a date of the Hijri calendar with its Bengali month name. */
export const HijriDateSchema: z.ZodType<HijriDate> = z
  .object({
    year: z.number().int().min(1).max(9666),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(30),
    monthName: z.enum(HIJRI_MONTH_NAMES),
  })
  .readonly();
