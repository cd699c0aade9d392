/**
 * A value built on its first use, then kept: for a matcher that only some readers or some inputs need, so that
 * importing the library does not build it. The getter costs one check per call.
 *
 * @param build - builds the value (called once; a builder that returns `undefined` is called again)
 * @returns a getter of the value
 * @example
 * const WORDS = lazy(() => new RegExp("(?:ছবি|ফটো)", "u"));
 * WORDS().test("ছবি");
 * //=> true
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<TValue>(build: () => TValue): () => TValue {
  let value: TValue | undefined;
  return () => (value ??= build());
}
