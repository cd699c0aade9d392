/** Stable codes of the errors this library throws on misuse (never on text). */
export type BanglaNewsMetaErrorCode = "invalid_argument" | "invalid_option" | "invalid_date";

/** An error with a stable `code`; test `error.code`, not `instanceof`, when two copies of the package may be loaded. */
export interface CodedError extends Error {
  /** What went wrong, stable across versions: `invalid_argument`, `invalid_option` or `invalid_date`. */
  readonly code: BanglaNewsMetaErrorCode;
}

function withCode<TError extends Error>(error: TError, code: BanglaNewsMetaErrorCode): TError & CodedError {
  return Object.assign(error, { code });
}

/** A `TypeError` for an argument of the wrong type. */
export function argumentTypeError(name: string, expected: string, value: unknown): TypeError & CodedError {
  const got = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return withCode(new TypeError(`\`${name}\` must be ${expected}, got ${got}`), "invalid_argument");
}

/** A `RangeError` for an option value that cannot be used; the message names the value. */
export function optionRangeError(name: string, expected: string, value: unknown): RangeError & CodedError {
  return withCode(new RangeError(`\`${name}\` must be ${expected}, got ${describe(value)}`), "invalid_option");
}

/** A `RangeError` for a calendar date that does not exist. */
export function dateRangeError(message: string): RangeError & CodedError {
  return withCode(new RangeError(message), "invalid_date");
}

function describe(value: unknown): string {
  if (typeof value === "string") return `'${value}'`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : value.toISOString();
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      // a cycle or a BigInt inside: its string, as for a value of no object
    }
  }
  return String(value);
}

/** Throws a `TypeError` unless `value` is a string. */
export function assertString(value: unknown, name = "text"): asserts value is string {
  if (typeof value !== "string") throw argumentTypeError(name, "a string", value);
}
