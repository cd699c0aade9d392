import { WEEKDAYS } from "./weekdays.ts";

/**
 * Bengali weekday names as Bangladeshi newspapers print them, Sunday first (the order of `Date#getUTCDay`): the first
 * full name of each weekday of `WEEKDAYS`.
 */
export const BENGALI_WEEKDAY_NAMES: readonly string[] = /* @__PURE__ */ (() =>
  WEEKDAYS.map((entry) => entry.full[0] ?? ""))();
