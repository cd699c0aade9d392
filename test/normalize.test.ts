import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstChangeAt, foldForMatch, normalizeForMatch } from "../src/text/normalize.ts";

describe("normalizeForMatch", () => {
  it.each([
    ["\u09B0\u09DF\u099F\u09BE\u09B0\u09CD\u09B8", "\u09B0\u09AF\u09BC\u099F\u09BE\u09B0\u09CD\u09B8"],
    ["\u09B0\u09AF\u09BC\u099F\u09BE", "\u09B0\u09AF\u09BC\u099F\u09BE"],
    ["\u09AC\u09DC", "\u09AC\u09A1\u09BC"],
    ["\u0986\u09B7\u09BE\u09DD", "\u0986\u09B7\u09BE\u09A2\u09BC"],
    ["\u0995\u09C7\u09BE\u09A8", "\u0995\u09CB\u09A8"],
    ["\u0995\u09C7\u09D7", "\u0995\u09CC"],
    ["অান্তর্জাতিক", "আন্তর্জাতিক"],
    ["\u098F\u09CD\u09AF\u09BE\u09B8", "\u0985\u09CD\u09AF\u09BE\u09B8"],
    ["\u098F\u09CD\u200C\u09AF\u09BE\u09B8 \u098F\u09CD\u200D\u09AF\u09BE", "\u0985\u09CD\u09AF\u09BE\u09B8 \u0985\u09CD\u09AF\u09BE"],
    ["\u098F\u09CD\u200C\u09AF \u200C\u09AF\u09BE", "\u098F\u09CD\u09AF \u09AF\u09BE"],
    ["\u098F\u09CD\u200C\u200C\u09AF\u09BE \u098F\u09CD\u200C\u200D\u09AF", "\u0985\u09CD\u09AF\u09BE \u098F\u09CD\u09AF"],
    ["ডেস্ক\u200Cটি", "ডেস্কটি"],
    ["হঠাত্\u200D", "হঠাৎ"],
    ["উত্\u200Cস বিদ্যুত্\u200C সাক্ষাত্\u200Cকার", "উৎস বিদ্যুৎ সাক্ষাৎকার"],
    ["\u09A4\u09CD\u200C\u200C\u09A4\u200C\u09CD\u09A4", "\u09CE\u09A4\u09CD\u09A4"],
    ["১০:২৬\u00A0এএম", "10:26 এএম"],
    ["AFP–Reuters’", "afp-reuters'"],
    ["প্রকাশ\uFF1A", "প্রকাশ:"],
    ["plain ascii", "plain ascii"],
    ["ক্যাম্প ১০ যাত্রী", "ক্যাম্প 10 যাত্রী"],
    ["৭এ্যা X\u098F\u09CD\u09AF\u09BE\u09BE", "7অ্যা x\u0985\u09CD\u09AF\u09BE\u09BE"],
    ["২\u09C7\u09BE\u09C7\u09D7\u0985\u09D7।\u0985\u09BE", "2\u09CB\u09CC\u0985\u09D7।\u0986"],
    ["\u09A4\u09CD\u200D\u200D\u09A4\u200D\u09CD\u200D", "\u09CE\u09A4\u09CD"],
    ["\u09BE\u09D7\u200D\u09AF\u09BE", "\u09BE\u09D7\u09AF\u09BE"],
    ["UNB\u00A0২০২৪–২৫\u2019\uFF10\uFF19\uFF1A\uFF5C\uFF0D\u09DF", "unb 2024-25'09:|-\u09AF\u09BC"],
    ["WASHINGTON, Jan 9 (AP) — ঢাকা\tTV ~OK~", "washington, jan 9 (ap) - ঢাকা tv ~ok~"],
    ["SH/AS\u00A0MH/১৪৩০\u200CEOD", "sh/as mh/1430eod"],
    ["আগরতলা, ১২ সেপ্টেম্বর৷৷ খেলছে৷", "আগরতলা, 12 সেপ্টেম্বর।। খেলছে।"],
    ["খবর\r\nবিবিসির।\r\n\r\nA\rB\r", "খবর\nবিবিসির।\n\na\rb\r"],
  ])("%s", (input, expected) => {
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  it.each([[undefined], [null], [12], [["ঢাকা"]], [new String("ঢাকা")]])("refuses %o with a coded TypeError", (value) => {
    expect(() => normalizeForMatch(value as never)).toThrow(expect.objectContaining({ name: "TypeError", code: "invalid_argument" }));
  });

  it("maps spans back to the input as it was", () => {
    const precomposed = "\u09B0\u09DF\u099F\u09BE\u09B0\u09CD\u09B8";
    const input = `খবর ${precomposed}ের।`;
    const view = normalizeForMatch(input);
    const needle = "রয়টার্স".normalize("NFC");
    const start = view.text.indexOf(needle);
    expect(view.spanToSource(start, start + needle.length)).toEqual({ index: 4, text: precomposed });
  });

  it.each([
    ["ভয়েস অফ এ্\u200Cযামেরিকা জানায়", "অ্যামেরিকা", "এ্\u200Cযামেরিকা"],
    ["এ্\u200Dযাসোসিয়েটেড প্রেস", "অ্যাসোসিয়েটেড", "এ্\u200Dযাসোসিয়েটেড"],
    ["এ্\u200D\u200Cযাসোসিয়েটেড প্রেস", "অ্যাসোসিয়েটেড", "এ্\u200D\u200Cযাসোসিয়েটেড"],
  ])("maps a fold of এ্যা with a joiner inside back to all of it: %s", (input, needle, written) => {
    const view = normalizeForMatch(input);
    const start = view.text.indexOf(needle);
    expect(view.spanToSource(start, start + needle.length)).toEqual({ index: input.indexOf(written), text: written });
  });

  it("a span of the view maps to a span of the input that normalises to the same text", () => {
    const alphabet = fc.constantFrom(..."অআএকতযডঢািেো্ৗ়\u09DF\u09DC\u09DD\u200C\u200D\u00A0 ১2AbZ–’:।(~\t");
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 30 }), fc.nat(), fc.nat(), (input, a, b) => {
        const view = normalizeForMatch(input);
        const start = Math.min(a, b) % (view.text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (view.text.length + 1));
        // a span never ends between a letter and the nukta that one input code point became
        const splits = (at: number) => at > 0 && at < view.text.length && view.toSource(at) === view.toSource(at - 1);
        fc.pre(!splits(start) && !splits(end));
        const span = view.spanToSource(start, end);
        expect(input.slice(span.index, span.index + span.text.length)).toBe(span.text);
        expect(normalizeForMatch(span.text).text).toBe(view.text.slice(start, end));
      }),
    );
  });

  it("foldForMatch gives the same view as normalizeForMatch for every BMP code unit, alone and beside the units that fold with a neighbour", () => {
    const neighbours = ["", "\u09BE", "\u09D7", "\u09CD\u200D", "\u09CD\u09AF\u09BE", "A"];
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      for (const next of neighbours) {
        for (const text of [unit + next, next + unit]) {
          if (foldForMatch(text) !== normalizeForMatch(text).text) differing.push(text);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it("firstChangeAt finds no change the view makes before it", () => {
    const alphabet = fc.constantFrom(..."অআএকতযডঢািেো্ৗ়।\u09DF\u200C\u200D\u00A0\t ১2AbZ–’:\uFF1A\uD800");
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 30 }), fc.nat(), (input, n) => {
        const from = n % (input.length + 1);
        const at = firstChangeAt(input, from);
        expect(at).toBeGreaterThanOrEqual(from);
        expect(at).toBeLessThanOrEqual(input.length);
        if (from === 0) expect(normalizeForMatch(input).text.startsWith(input.slice(0, at))).toBe(true);
        // a later start finds no change before the change found from here
        if (at < input.length) expect(firstChangeAt(input, at)).toBe(at);
      }),
      { numRuns: 2000 },
    );
  });

  it("foldForMatch gives the same view as normalizeForMatch on arbitrary strings", () => {
    const alphabet = fc.constantFrom(..."অআএকতযডঢািেো্ৗ়\u09DF\u09DC\u09DD\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0\t ১2AbZ–’:।\uFF1A\uFF10\uD800");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 })), (input) => {
        expect(foldForMatch(input)).toBe(normalizeForMatch(input).text);
      }),
      { numRuns: 2000 },
    );
  });
});
