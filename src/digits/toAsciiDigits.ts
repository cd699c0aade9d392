import { assertString } from "../errors.ts";

const BENGALI_DIGIT = /[০-৯]/g;

/**
 * Writes Bengali digits (০-৯) as ASCII digits (0-9); everything else is left as it is.
 *
 * @param text - any string
 * @returns the same string with ASCII digits
 * @throws {TypeError} when `text` is not a string
 * @example
 * toAsciiDigits("১৩ জুলাই ২০২৫");
 * //=> "13 জুলাই 2025"
 */
export function toAsciiDigits(text: string): string {
  assertString(text);
  return text.replace(BENGALI_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0x09b6));
}
