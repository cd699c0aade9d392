import { argumentTypeError } from "../errors.ts";

const ASCII_DIGIT = /[0-9]/g;

/**
 * Writes ASCII digits (0-9) as Bengali digits (০-৯). A number is written out first (as `String(value)` does).
 *
 * @param value - a string, or a finite number
 * @returns the text with Bengali digits
 * @throws {TypeError} when `value` is neither a string nor a number
 * @example
 * toBengaliDigits(2025);
 * //=> "২০২৫"
 * toBengaliDigits("10:26 AM");
 * //=> "১০:২৬ AM"
 */
export function toBengaliDigits(value: string | number): string {
  if (typeof value !== "string" && typeof value !== "number") {
    throw argumentTypeError("value", "a string or a number", value);
  }
  return String(value).replace(ASCII_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0x09b6));
}
