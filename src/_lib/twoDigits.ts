/**
 * `'00'` to `'99'`, indexed by the number: two-digit months, days, hours, minutes and seconds of ISO text.
 *
 * @example
 * TWO_DIGITS[7];
 * //=> "07"
 */
export const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));
