/** The standard names of the Bangla calendar's months, বৈশাখ first: what the conversions and formatters write. */
export const BANGLA_MONTH_NAMES = [
  "বৈশাখ",
  "জ্যৈষ্ঠ",
  "আষাঢ়",
  "শ্রাবণ",
  "ভাদ্র",
  "আশ্বিন",
  "কার্তিক",
  "অগ্রহায়ণ",
  "পৌষ",
  "মাঘ",
  "ফাল্গুন",
  "চৈত্র",
] as const;

/** A month of the Bangla calendar with every spelling of its name. */
export interface BanglaMonthEntry {
  /** 1 (বৈশাখ) to 12 (চৈত্র). */
  readonly month: number;
  /** The standard spelling. */
  readonly name: string;
  /** Every Bengali spelling in use, the standard one first. */
  readonly spellings: readonly string[];
  /** English transliterations printed by English-language mastheads. */
  readonly latin: readonly string[];
}

/** The entry of a month (1–12): its standard name from `BANGLA_MONTH_NAMES`, first of its spellings. */
function banglaMonth(month: number, otherSpellings: readonly string[], latin: readonly string[]): BanglaMonthEntry {
  const name = BANGLA_MONTH_NAMES[month - 1] ?? "";
  return { month, name, spellings: [name, ...otherSpellings], latin };
}

/**
 * The twelve months of the Bangla calendar (বঙ্গাব্দ), in order from বৈশাখ. `name` is the standard spelling (the one
 * Bangla Academy and Bangladeshi newspapers print); `spellings` add every other spelling met in print and on the web:
 * older or Sanskritised forms (কার্ত্তিক), dropped nukta or virama (আষাঢ, জৈষ্ঠ), ণ/ন swaps (শ্রাবন, অগ্রহায়ন),
 * colloquial and poetic names (অঘ্রাণ, ফাগুন, চৈত), and English transliterations used by English-language mastheads.
 * Spellings are matched on the matching view, so য়/য় and ড়/ড় need no separate entries.
 */
export const BANGLA_MONTHS: readonly BanglaMonthEntry[] = /* @__PURE__ */ (() => [
  // বৈশাখ
  banglaMonth(1, ["বোশেখ", "বৈশেখ"], ["Boishakh", "Baishakh", "Baisakh", "Boishak", "Baishak"]),
  // জ্যৈষ্ঠ
  banglaMonth(2, ["জৈষ্ঠ", "জৈষ্ঠ্য", "জ্যৈষ্ঠ্য", "জ্যেষ্ঠ", "জেষ্ঠ", "জেঠ"], ["Joishtho", "Jyoishtho", "Jaishtha", "Jyaishtha", "Jaistha", "Joishto", "Jyoishto"]),
  // আষাঢ়
  banglaMonth(3, ["আষাঢ", "আসাঢ়", "আষার"], ["Asharh", "Ashar", "Asadh", "Ashadh", "Asar", "Ashaḍh"]),
  // শ্রাবণ
  banglaMonth(4, ["শ্রাবন", "শ্রাবণ্", "শাওন"], ["Shrabon", "Srabon", "Shraban", "Sraban", "Shrabun"]),
  // ভাদ্র
  banglaMonth(5, ["ভাদ্দর", "ভাদর"], ["Bhadro", "Bhadra", "Vadro"]),
  // আশ্বিন
  banglaMonth(6, ["আশ্বীন", "আশিন"], ["Ashwin", "Ashshin", "Aswin", "Ashin"]),
  // কার্তিক
  banglaMonth(7, ["কার্ত্তিক", "কার্তীক", "কাত্তিক"], ["Kartik", "Kartick", "Kartika"]),
  // অগ্রহায়ণ
  banglaMonth(8, ["অগ্রহায়ন", "অগ্রাহায়ণ", "অগ্রাহায়ন", "অঘ্রাণ", "অঘ্রান", "আগ্রহায়ণ"], ["Ogrohayon", "Agrahayan", "Agrahayana", "Ograhayan", "Aghran", "Oghran"]),
  // পৌষ
  banglaMonth(9, ["পোষ", "পউষ"], ["Poush", "Paush", "Pous", "Pousha"]),
  // মাঘ
  banglaMonth(10, [], ["Magh", "Maagh", "Mag"]),
  // ফাল্গুন
  banglaMonth(11, ["ফাগুন", "ফালগুন", "ফাল্গূন"], ["Falgun", "Phalgun", "Falgoon", "Phalguna"]),
  // চৈত্র
  banglaMonth(12, ["চৈত", "চোত", "চইত"], ["Choitro", "Chaitra", "Chaitro", "Choitra"]),
])();

/** Words written after a Bangla-calendar year to name the era (`১৪৩২ বঙ্গাব্দ`, `১৪৩২ বাংলা সন`). */
export const BANGLA_ERA_WORDS = [
  "বঙ্গাব্দ",
  "বঙ্গাব্দে",
  "বঙ্গাব্দের",
  "বঙ্গাঃ",
  "বঙ্গ.",
  "বাংলা সন",
  "বাংলা সাল",
  "বাংলা সনের",
  "বাংলা",
  "বাং",
  "বাং.",
  "সন",
] as const;

/** Era words in the genitive, written when the year comes first (`১৪৩২ বঙ্গাব্দের ১ বৈশাখ`). */
export const BANGLA_ERA_GENITIVES = ["বঙ্গাব্দের", "বাংলা সনের", "বাংলা সালের", "সনের", "সালের"] as const;
