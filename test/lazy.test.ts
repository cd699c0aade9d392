import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lazy } from "../src/_lib/lazy.ts";

describe("lazy", () => {
  it("builds nothing until the first use, then builds once and keeps the value", () => {
    let builds = 0;
    const words = lazy(() => {
      builds++;
      return new RegExp("(?:ছবি|ফটো)", "u");
    });
    expect(builds).toBe(0);
    const first = words();
    expect(words()).toBe(first);
    expect(builds).toBe(1);
    expect(first.test("ছবি: প্রথম আলো")).toBe(true);
  });

  it.each([[0], [""], [false]])("keeps a falsy value (%j) without building it again", (value) => {
    let builds = 0;
    const get = lazy(() => {
      builds++;
      return value;
    });
    expect([get(), get(), get()]).toEqual([value, value, value]);
    expect(builds).toBe(1);
  });

  it("gives every caller the value built by the first", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), (values) => {
        let next = 0;
        const get = lazy(() => values[next++]);
        for (let i = 0; i < values.length; i++) expect(get()).toBe(values[0]);
        expect(next).toBe(1);
      }),
    );
  });
});
