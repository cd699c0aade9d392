import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate, parseDateline } from "../src/index.ts";
import { DatelineSchema, ParsedDateSchema } from "../src/schemas.ts";

const REFERENCE = "2025-07-13T10:26:00+06:00"; // a Sunday

describe("parseDate: written dates", () => {
  it.each([
    ["১৩ জুলাই ২০২৫", "2025-07-13"],
    ["১ জানুয়ারী ২০২৪", "2024-01-01"],
    ["১ জানু ২০২৪", "2024-01-01"],
    ["২৯ ফেব্রুয়ারী ২০২৪", "2024-02-29"],
    ["৩ ফেব ২০২৪", "2024-02-03"],
    ["১৫ আগষ্ট ২০২৪", "2024-08-15"],
    ["১৫ অগাস্ট ২০২৪", "2024-08-15"],
    ["৭ সেপ্ট ২০২৪", "2024-09-07"],
    ["৭ সেপ্টেঃ ২০২৪", "2024-09-07"],
    ["৭ অক্টো ২০২৪", "2024-10-07"],
    ["৭ অক্টোঃ, ২০২৪", "2024-10-07"],
    ["৭ নবেম্বর ২০২৪", "2024-11-07"],
    ["৭ নভেঃ ২০২৪", "2024-11-07"],
    ["৭ ডিসে ২০২৪", "2024-12-07"],
    ["৭ জুল ২০২৪", "2024-07-07"],
    ["৭ এপ্রি ২০২৪", "2024-04-07"],
    ["৭ আগ ২০২৪", "2024-08-07"],
    ["রোববার, ১৩ জুলাই, ২০২৫", "2025-07-13"],
    ["১৯শে জুলাই ২০২৪", "2024-07-19"],
    ["১৮ই জুলাই ২০২৪", "2024-07-18"],
    ["5 September 2024", "2024-09-05"],
    ["Sept 5, 2024", "2024-09-05"],
    ["07.03.2024", "2024-03-07"],
    ["৭/৩/২০২৪", "2024-03-07"],
    ["৭/৩/২৪", "2024-03-07"],
    ["03/15/2024", "2024-03-15"],
    ["২০২৪/০৩/০৭", "2024-03-07"],
    ["মার্চ ২০২৪", "2024-03"],
    ["২০২২ সালের ফেব্রুয়ারিতে", "2022-02"],
    ["৭ মার্চ, ৯৮", "1998-03-07"],
    ["১৩ জুলাই ২০২৫ এ ১০:২৬ AM", "2025-07-13T10:26:00+06:00"],
    ["১৩ জুলাই ২০২৫ রাত ৯টায়", "2025-07-13T21:00:00+06:00"],
    ["বুধবার, ১২ মার্চ ২০২৫ দিবাগত রাত ২টা", "2025-03-13T02:00:00+06:00"],
    ["২০০৯-০৭-২০ ১০:০০", "2009-07-20T10:00:00+07:00"],
    ["২০ জুলাই ২০০৯, ১০:০০", "2009-07-20T10:00:00+07:00"],
    ["১ জানুয়ারি ২০১০, ১০:০০", "2010-01-01T10:00:00+06:00"],
    ["১৫ মার্চ ২০২৪, ১০:০০ GMT +৬", "2024-03-15T10:00:00+06:00"],
    ["১৫ মার্চ ২০২৪, ১০:০০ GMT+5:30", "2024-03-15T10:00:00+05:30"],
    ["১৫ মার্চ ২০২৪, ১০:০০ UTC", "2024-03-15T10:00:00+00:00"],
    ["১৫ মার্চ ২০২৪, ১০:০০ (ভারতীয় মানক সময়)", "2024-03-15T10:00:00+05:30"],
    ["১৫ মার্চ ২০২৪, ১০:০০ বাংলাদেশ মানক সময়", "2024-03-15T10:00:00+06:00"],
    ["2024-03-15T10:00:00Z", "2024-03-15T10:00:00+00:00"],
    ["2024-03-15T10:00:00-04:00", "2024-03-15T10:00:00-04:00"],
  ])("%s", (text, iso) => {
    const result = parseDate(text);
    expect(result?.iso).toBe(iso);
    expect(ParsedDateSchema.safeParse(result).success).toBe(true);
  });

  it.each(["৩১ ফেব্রুয়ারি ২০২৪", "৩২ জুলাই ২০২৪", "২৯ ফেব্রুয়ারি ২০২৩", "29 Feb 2100", "৩১ এপ্রিল ২০২৪", "2024-13-01", "31/06/2024", "৭ মার্চ ২০২৪, ২৫:০০ পিএম"])(
    "%s is no date",
    (text) => {
      const result = parseDate(text);
      expect(result === null || !result.iso.startsWith("2024-03-07T")).toBe(true);
      if (!text.includes("২৫:০০")) expect(result).toBeNull();
    },
  );

  it("a zone written in the text wins over the option; the option over the default", () => {
    expect(parseDate("Mar 7, 2024, 06:15 PM IST", { timeZone: "Asia/Dhaka" })?.timeZone).toBe("Asia/Kolkata");
    expect(parseDate("৭ মার্চ ২০২৪, ১৮:১৫", { timeZone: "Asia/Kolkata" })?.iso).toBe("2024-03-07T18:15:00+05:30");
    expect(parseDate("৭ মার্চ ২০২৪, ১৮:১৫ GMT +৫:৪৫")?.timeZone).toBe("+05:45");
    expect(parseDate("৭ মার্চ ২০২৪")?.date.toISOString()).toBe("2024-03-06T18:00:00.000Z");
  });

  it("says whether the zone was written or assumed", () => {
    expect(parseDate("Mar 7, 2024, 06:15 PM IST")?.timeZoneWritten).toBe(true);
    expect(parseDate("২০২৪-০৩-০৭T১১:০৮:৪৪+০৬:০০")?.timeZoneWritten).toBe(true);
    expect(parseDate("শুক্রবার, ৮ মার্চ, ২০২৪ এ ৪:২০:১১ PM")?.timeZoneWritten).toBeUndefined();
  });

  it("marks a foreign clock and a midnight stamp", () => {
    const foreign = parseDate("স্থানীয় সময় বুধবার, ৬ মার্চ ২০২৪ সকাল ১০টা");
    expect(foreign?.foreignClock).toBe(true);
    expect(parseDate("০৩ মার্চ ২০২৪, ১২:০০ এএম")?.midnight).toBe(true);
    expect(parseDate("০৩ মার্চ ২০২৪, ১২:০১ এএম")?.midnight).toBeUndefined();
  });

  it("reads a 24-hour hour with PM in a date, never alone", () => {
    expect(parseDate("১৩ জুলাই ২০২৫, ১৩:০০ পিএম")?.iso).toBe("2025-07-13T13:00:00+06:00");
  });
});

describe("parseDate: relative text", () => {
  it.each([
    ["৫ মিনিট আগে", "2025-07-13T10:21:00+06:00"],
    ["৩ ঘণ্টা আগে", "2025-07-13T07:26:00+06:00"],
    ["৩ ঘন্টা আগে", "2025-07-13T07:26:00+06:00"],
    ["২ দিন আগে", "2025-07-11"],
    ["৩ সপ্তাহ আগে", "2025-06-22"],
    ["19 minutes ago", "2025-07-13T10:07:00+06:00"],
    ["আজ", "2025-07-13"],
    ["গতকাল", "2025-07-12"],
    ["শনিবার", "2025-07-12"],
    ["রোববার", "2025-07-13"],
    ["বৃহস্পতিবার", "2025-07-10"],
    ["গতকাল শনিবার", "2025-07-12"],
    ["১৫ জুলাই", "2025-07-15"],
    ["আজ রাত ৯টায়", "2025-07-13T21:00:00+06:00"],
    ["গতকাল বিকেল ৩টায়", "2025-07-12T15:00:00+06:00"],
    ["২ ঘণ্টা ৩০ মিনিট আগে", "2025-07-13T07:56:00+06:00"],
    ["১ ঘন্টা ১৫ মিনিট আগে", "2025-07-13T09:11:00+06:00"],
    ["১ দিন ২ ঘণ্টা আগে", "2025-07-12T08:26:00+06:00"],
    ["২ সপ্তাহ ৩ দিন আগে", "2025-06-26"],
    ["3 hours 20 minutes ago", "2025-07-13T07:06:00+06:00"],
    ["an hour ago", "2025-07-13T09:26:00+06:00"],
    ["a day ago", "2025-07-12"],
    ["৫ মি. আগে", "2025-07-13T10:21:00+06:00"],
    ["আগামী পরশু", "2025-07-15"],
  ])("%s", (text, iso) => {
    const result = parseDate(text, { reference: REFERENCE });
    expect(result?.iso).toBe(iso);
    expect(ParsedDateSchema.safeParse(result).success).toBe(true);
  });

  it("reads a reference without an offset as a wall clock in the zone", () => {
    expect(parseDate("৩ ঘণ্টা আগে", { reference: "2025-07-13T10:26" })?.iso).toBe("2025-07-13T07:26:00+06:00");
    expect(parseDate("৩ ঘণ্টা আগে", { reference: "2025-07-13T10:26:00", timeZone: "Asia/Kolkata" })?.iso).toBe("2025-07-13T07:26:00+05:30");
    expect(parseDate("গতকাল", { reference: "২০২৫-০৭-১৩" })?.iso).toBe("2025-07-12");
    expect(() => parseDate("x", { reference: "2025-02-30" })).toThrow(RangeError);
  });

  it("reads nothing relative without a reference", () => {
    expect(parseDate("গতকাল")).toBeNull();
    expect(parseDate("৩ ঘণ্টা আগে")).toBeNull();
    expect(parseDate("১৫ জুলাই")).toBeNull();
  });

  it("says when the year came from the reference", () => {
    expect(parseDate("১৫ জুলাই", { reference: REFERENCE })?.yearImplied).toBe(true);
    expect(parseDate("১৫ জুলাই ২০২৪", { reference: REFERENCE })?.yearImplied).toBeUndefined();
  });
});

describe("parseDate: Bangla and Hijri calendars", () => {
  it.each([
    ["২৯ আষাঢ় ১৪৩২", "bangla", "2025-07-13", "bangla"],
    ["২রা বৈশাখ, ১৪৩১ বঙ্গাব্দ", "bangla", "2024-04-15", "bangla"],
    ["ঢাকা সোমবার ১৫ এপ্রিল ২০২৪ || বৈশাখ ২ ১৪৩১", "bangla", "2024-04-15", "bangla"],
    ["১ ফাল্গুন ১৪৩০", "bangla", "2024-02-14", "bangla"],
    ["১৭ মহররম ১৪৪৭", "hijri", "2025-07-12", "hijri"],
    ["১৫ এপ্রিল ২০২৪, ২ বৈশাখ ১৪৩১, ৫ শাওয়াল ১৪৪৫ হিজরি", "hijri", "2024-04-14", "hijri"],
    ["৭ মার্চ ২০২৪", "bangla", "2024-03-07", "gregorian"],
    ["ঢাকা ২ বৈশাখ ১৪৩১, সোমবার, ১৫ এপ্রিল ২০২৪", "gregorian", "2024-04-15", "gregorian"],
    ["ঢাকা, সোমবার, ২ বৈশাখ ১৪৩১, ১৫ এপ্রিল ২০২৪, ০৫ শাওয়াল ১৪৪৫", "gregorian", "2024-04-15", "gregorian"],
  ] as const)("%s (%s)", (text, calendar, iso, written) => {
    const result = parseDate(text, { calendar });
    expect(result?.iso).toBe(iso);
    expect(result?.calendar).toBe(written);
  });

  it.each([
    // day and month of another calendar, no year: the year that puts the date nearest the reference
    ["২৫শে বৈশাখ", "bangla", "2025-05-01T10:00:00+06:00", "2025-05-08"],
    ["১লা বৈশাখ", "bangla", "2025-02-01T10:00:00+06:00", "2025-04-14"],
    ["১লা বৈশাখ", "bangla", "2025-12-20T10:00:00+06:00", "2026-04-14"],
    ["৩০শে চৈত্র", "bangla", "2025-05-01T10:00:00+06:00", "2025-04-13"],
    ["আজ ১৬ পৌষ, বিকেলে", "bangla", "2024-12-29T09:00:00+06:00", "2024-12-31"],
    ["১০ মহররম", "hijri", "2025-07-01T10:00:00+06:00", "2025-07-05"],
    ["২৭ রমজান", "hijri", "2025-01-01T10:00:00+06:00", "2025-03-27"],
    ["১লা শাওয়াল", "hijri", "2025-03-20T10:00:00+06:00", "2025-03-30"],
  ] as const)("%s (%s, against %s)", (text, calendar, reference, date) => {
    const result = parseDate(text, { calendar, reference });
    expect(result?.iso.slice(0, 10)).toBe(date);
    expect(result?.calendar).toBe(calendar);
    expect(result?.yearImplied).toBe(true);
  });

  it("reads a date of another calendar without a year only against a reference, day first, when the day exists", () => {
    expect(parseDate("২৫শে বৈশাখ", { calendar: "bangla" })).toBeNull();
    expect(parseDate("বৈশাখ ২", { calendar: "bangla", reference: "2025-05-01T10:00:00+06:00" })).toBeNull();
    expect(parseDate("৩২ বৈশাখ", { calendar: "bangla", reference: "2025-05-01T10:00:00+06:00" })).toBeNull();
    expect(parseDate("৩১ মহররম", { calendar: "hijri", reference: "2025-07-01T10:00:00+06:00" })).toBeNull();
    expect(parseDate("২৫শে বৈশাখ", { reference: "2025-05-01T10:00:00+06:00" })).toBeNull();
  });

  it("never reads a Bangla or Hijri date by default, nor a day that does not exist", () => {
    expect(parseDate("২৯ আষাঢ় ১৪৩২")).toBeNull();
    expect(parseDate("১৭ মহররম ১৪৪৭")).toBeNull();
    expect(parseDate("৩১ কার্তিক ১৪৩১", { calendar: "bangla" })).toBeNull();
  });
});

describe("misuse throws", () => {
  it.each([
    [() => parseDate(1 as unknown as string), TypeError],
    [() => parseDateline(null as unknown as string), TypeError],
    [() => parseDate("x", { timeZone: "Dhaka" }), RangeError],
    [() => parseDate("x", { timeZone: "" }), RangeError],
    [() => parseDate("x", { reference: "not a date" }), RangeError],
    [() => parseDate("x", { reference: new Date(Number.NaN) }), RangeError],
    [() => parseDate("আগামীকাল", { reference: new Date(8.64e15) }), RangeError],
    [() => parseDate("আগামীকাল", { reference: new Date(-8.64e15), timeZone: "UTC" }), RangeError],
    [() => parseDate("x", { reference: "+010000-01-01T00:00:00Z" }), RangeError],
    [() => parseDateline("x", { timeZone: "Mars/Olympus" }), RangeError],
    [() => parseDate("x", { calendar: "julian" as "gregorian" }), RangeError],
  ])("%#", (call, kind) => {
    expect(call).toThrow(kind);
  });

  it("names the bad value", () => {
    expect(() => parseDate("x", { timeZone: "Dhaka" })).toThrow(/Dhaka/);
    expect(() => parseDate("x", { reference: "soon" })).toThrow(/soon/);
  });
});

describe("the years 1 to 9999", () => {
  it.each([
    ["আগামীকাল", "9999-12-31T12:00:00Z", null],
    ["১০ দিন পর খুলবে", "9999-12-30T00:00:00Z", null],
    ["গত শনিবার", "0001-01-01T05:00:00Z", null],
    ["৫ ঘণ্টা আগে", "0001-01-01T02:00:00Z", null],
    ["গতকাল", "9999-12-31T12:00:00Z", "9999-12-30"],
    ["আগামীকাল", "0001-01-01T12:00:00Z", "0001-01-02"],
  ])("%s against %s is %s: a date outside them is none", (text, reference, iso) => {
    expect(parseDate(text, { reference })?.iso ?? null).toBe(iso);
  });
});

describe("Unicode variants read as the clean text", () => {
  it.each([
    ["১৩ জুলাই ২০২৫, ১০:২৬ এএম", "১৩\u00a0জুলাই\u00a0২০২৫, ১০\uff1a২৬\u00a0এএম"],
    ["১৩ জানুয়ারি ২০২৫", "১৩ জানু\u09af\u09bcারি ২০২৫"],
    ["১৩ জানুয়ারি ২০২৫", "১৩ জানু\u09dfারি ২০২৫"],
    ["৭ ফেব্রুয়ারি ২০২৫", "৭ ফেব্রু\u200cয়ারি ২০২৫"],
    ["৭ ফেব্রুয়ারি ২০২৫", "৭ ফেব্রু\u200dয়ারি ২০২৫"],
    ["৭ মার্চ ২০২৪", "7 মার্চ 20২৪"],
  ])("%s", (clean, variant) => {
    const a = parseDate(clean);
    const b = parseDate(variant);
    expect(b?.iso).toBe(a?.iso);
    expect(b?.text).toBe(variant);
  });
});

describe("properties", () => {
  const alphabet = fc.constantFrom(
    ..."০১২৩৪৫৬৭৮৯0123456789:./-, |ঃ\nএএমপিজানুয়ারিমার্চআগস্টরোববারআজগতকালপ্রকাশিতআপডেটঘণ্টাআগেGMT+IST\u200c\u200d\u00a0\ud800\udfff",
  );
  const text = fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 80 }), fc.string({ unit: "grapheme" }));
  it("parseDate never throws and always fits its schema", () => {
    fc.assert(
      fc.property(text, (value) => {
        const result = parseDate(value, { reference: REFERENCE });
        expect(result === null || ParsedDateSchema.safeParse(result).success).toBe(true);
        if (result !== null) expect(value.slice(result.index, result.index + result.text.length)).toBe(result.text);
      }),
      { numRuns: 3000 },
    );
  });
  it("parseDateline never throws and always fits its schema", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(DatelineSchema.safeParse(parseDateline(value, { reference: REFERENCE })).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("visarga for a colon, and a time before a US-order date", () => {
  it.each([
    ["আপডেটঃ ১৩ জুলাই ২০২৫", null, "2025-07-13"],
    ["প্রকাশিতঃ১০:২৬ এএম, ১৩ জুলাই ২০২৫", "2025-07-13T10:26:00+06:00", null],
    ["প্রকাশঃ ০৮:১৫ পিএম, ২ মার্চ ২০২৪ | আপডেটঃ০৯:০৫ পিএম, ২ মার্চ ২০২৪", "2024-03-02T20:15:00+06:00", "2024-03-02T21:05:00+06:00"],
  ] as const)("%s", (text, published, updated) => {
    const line = parseDateline(text);
    expect(line.published?.iso ?? null).toBe(published);
    expect(line.updated?.iso ?? null).toBe(updated);
  });

  it.each([
    ["10:26, July 13, 2025", "2025-07-13T10:26:00+06:00"],
    ["৪:০৫ অপরাহ্ণ, মার্চ ৭, ২০২৪", "2024-03-07T16:05:00+06:00"],
    ["9.40, Aug 21, 2023", "2023-08-21T09:40:00+06:00"],
  ])("%s → %s (the minutes are no day)", (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });
});

describe("a weekday between a date and its time, Bengali IST, more labels", () => {
  it.each([
    ["13 July 2025 10:26 PM BDT", "2025-07-13T22:26:00+06:00"],
    ["১৩ জুলাই ২০২৫, ১০:২৬ বিডিটি", "2025-07-13T10:26:00+06:00"],
    ["১৩ জুলাই ২০২৫, ১০:০৫ আইএসটি", "2025-07-13T10:05:00+05:30"],
  ])("%s: a written zone wins over the option", (text, iso) => {
    expect(parseDate(text, { timeZone: text.includes("আইএসটি") ? "Asia/Dhaka" : "Asia/Kolkata" })?.iso).toBe(iso);
  });

  it.each([
    ["১৩ জুলাই ২০২৫, রবিবার, সকাল ৯টা", "2025-07-13T09:00:00+06:00"],
    ["১৩ জুলাই ২০২৫, রবিবার, ১০:২৬ এএম", "2025-07-13T10:26:00+06:00"],
    ["১৩ জুলাই ২০২৫ (রবিবার) সকাল ১০টা", "2025-07-13T10:00:00+06:00"],
    ["২১ ফেব্রুয়ারি ২০২৪ (বুধবার), ০৯:৩০", "2024-02-21T09:30:00+06:00"],
    ["১ লা জুলাই ২০২৫", "2025-07-01"],
    ["২৫ শে ডিসেম্বর ২০২৪", "2024-12-25"],
    ["৪ ঠা আগস্ট, ২০২৩", "2023-08-04"],
    ["13th of July 2025", "2025-07-13"],
    ["the 1st of March, 2024, 10:00 AM", "2024-03-01T10:00:00+06:00"],
    ["০৭ মার্চ ২০২৪ বৃহস্পতিবার ১৪:০৫", "2024-03-07T14:05:00+06:00"],
    ["১৬ ডিসেম্বর ২০২৩, শনিবার | রাত ৮টা", "2023-12-16T20:00:00+06:00"],
    ["৯:৫০ পূর্বাহ্ন, ০৭ মার্চ ২০২৪, বৃহস্পতিবার", "2024-03-07T09:50:00+06:00"],
    ["১৩ জুলাই ২০২৫, ১০:০৫ আইএসটি", "2025-07-13T10:05:00+05:30"],
    ["২ অক্টোবর ২০২৪, রাত ৯টা (আইএসটি)", "2024-10-02T21:00:00+05:30"],
    ["২০২৪ সালের ৫ আগস্ট", "2024-08-05"],
    ["১৯৭১ সালের ২৬শে মার্চ রাতে", "1971-03-26"],
    ["২০২৩ সালের ১ জানুয়ারিতে", "2023-01-01"],
    ["২০২৪ সালের ৩১ ফেব্রুয়ারি", null],
    ["১৩ জুলাই ২০২৫, ১০:২৬ বিডিটি", "2025-07-13T10:26:00+06:00"],
  ])("%s", (text, iso) => {
    expect(parseDate(text)?.iso ?? null).toBe(iso);
  });

  it.each([
    ["প্রকাশিত সময়: ১৩ জুলাই ২০২৫, ১০:২৬", "2025-07-13T10:26:00+06:00", null],
    ["আপডেট সময়: ১৩ জুলাই ২০২৫, ১০:২৬", null, "2025-07-13T10:26:00+06:00"],
    ["প্রকাশিত সময় : ০২ মার্চ ২০২৪, ০৮:১৫ পিএম | আপডেটের সময় : ০২ মার্চ ২০২৪, ০৯:০৫ পিএম", "2024-03-02T20:15:00+06:00", "2024-03-02T21:05:00+06:00"],
    ["Published at 10:26 AM, 13 July 2025", "2025-07-13T10:26:00+06:00", null],
    ["Posted at 9:05 PM, Mar 2, 2024 | Updated at 9:40 PM, Mar 2, 2024", "2024-03-02T21:05:00+06:00", "2024-03-02T21:40:00+06:00"],
    ["প্রকাশের তারিখ: ১৫ এপ্রিল ২০২৪", "2024-04-15", null],
    ["Published by: নিজস্ব প্রতিবেদক | 13 July 2025, 10:26", "2025-07-13T10:26:00+06:00", null],
    ["প্রকাশিত হয়েছে বইমেলায় | ২ ফেব্রুয়ারি ২০২৪", "2024-02-02", null],
    ["আপডেটেড: ১৩ জুলাই ২০২৫", null, "2025-07-13"],
  ] as const)("%s", (text, published, updated) => {
    const line = parseDateline(text);
    expect(line.published?.iso ?? null).toBe(published);
    expect(line.updated?.iso ?? null).toBe(updated);
  });
});

describe("a year-less date after গত, আগামী or এ বছরের", () => {
  it.each([
    ["এ বছরের ১ জানুয়ারি", "2025-01-01"],
    ["এ বছর ১ জানুয়ারি থেকে", "2025-01-01"],
    ["গত বছর ৩০ ডিসেম্বর", "2024-12-30"],
    ["চলতি বছরের ২০ ডিসেম্বর", "2025-12-20"],
    ["গত বছরের ১৫ আগস্ট", "2024-08-15"],
    ["আগামী বছরের ১০ মার্চ", "2026-03-10"],
    ["গত ১ জানুয়ারি", "2025-01-01"],
    ["গত ২০ ডিসেম্বর", "2024-12-20"],
    ["আগামী ১০ জানুয়ারি", "2026-01-10"],
    ["আগামী ২০ জুলাই", "2025-07-20"],
    ["গত ২০ জুলাই", "2024-07-20"],
    ["গত বুধবার (৯ জুলাই)", "2025-07-09"],
    ["গত ১০ জুলাই ২০২৩", "2023-07-10"],
    ["আগামী ৫ আগস্ট, ২০২৭", "2027-08-05"],
    ["২০২৪ সালের ৫ আগস্ট বিকেল ৩টায়", "2024-08-05T15:00:00+06:00"],
  ])("%s", (text, iso) => {
    expect(parseDate(text, { reference: REFERENCE })?.iso).toBe(iso);
  });
});

describe("one reference read in turn in several zones and forms", () => {
  // the same reference text is another day in another zone, and the same instant as a Date or a string
  it.each([
    ["2025-07-13T23:30:00Z", "Asia/Dhaka", "2025-07-14"],
    ["2025-07-13T23:30:00Z", "Asia/Kolkata", "2025-07-14"],
    ["2025-07-13T23:30:00Z", "Europe/London", "2025-07-14"],
    ["2025-07-13T23:30:00Z", "America/New_York", "2025-07-13"],
    ["2025-07-13T23:30", "Asia/Dhaka", "2025-07-13"],
    ["2025-07-13T23:30", "America/New_York", "2025-07-13"],
  ])("আজ against %s in %s is %s", (reference, timeZone, iso) => {
    expect(parseDate("আজ", { reference, timeZone })?.iso).toBe(iso);
    if (reference.endsWith("Z")) expect(parseDate("আজ", { reference: new Date(reference), timeZone })?.iso).toBe(iso);
  });

  it("a bad reference throws every time, after a good one and before it", () => {
    for (let round = 0; round < 2; round++) {
      expect(parseDate("আজ", { reference: "2025-07-13" })?.iso).toBe("2025-07-13");
      expect(() => parseDate("আজ", { reference: "2025-02-30" })).toThrow(RangeError);
    }
  });
});
