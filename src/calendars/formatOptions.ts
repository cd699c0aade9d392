import { optionRangeError } from "../errors.ts";

/** The shared formatting options, checked: era word, weekday, Latin digits. */
export interface CheckedFormatOptions {
  readonly era: boolean;
  readonly weekday: boolean;
  readonly latin: boolean;
}

const DEFAULTS: CheckedFormatOptions = { era: false, weekday: false, latin: false };

/** Reads and checks `era`, `weekday` and `digits`; a bad value is a `RangeError` naming it. */
export function formatOptionsOf(
  options: { readonly era?: boolean; readonly weekday?: boolean; readonly digits?: "bengali" | "latin" } | undefined,
): CheckedFormatOptions {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== "object" || options === null) throw optionRangeError("options", "an object", options);
  const { era = false, weekday = false, digits = "bengali" } = options;
  if (typeof era !== "boolean") throw optionRangeError("era", "a boolean", era);
  if (typeof weekday !== "boolean") throw optionRangeError("weekday", "a boolean", weekday);
  if (digits !== "bengali" && digits !== "latin") throw optionRangeError("digits", "'bengali' or 'latin'", digits);
  return { era, weekday, latin: digits === "latin" };
}
