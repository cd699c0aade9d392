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

/**
 * The twelve months of the Bangla calendar (বঙ্গাব্দ), in order from বৈশাখ. `name` is the standard spelling (the one
 * Bangla Academy and Bangladeshi newspapers print); `spellings` are every other spelling met in print and on the web:
 * older or Sanskritised forms (কার্ত্তিক), dropped nukta or virama (আষাঢ, জৈষ্ঠ), ণ/ন swaps (শ্রাবন, অগ্রহায়ন),
 * colloquial and poetic names (অঘ্রাণ, ফাগুন, চৈত), and English transliterations used by English-language mastheads.
 * Spellings are matched on the matching view, so য়/য় and ড়/ড় need no separate entries.
 */
export const BANGLA_MONTHS: readonly BanglaMonthEntry[] = [
  {
    month: 1,
    name: "বৈশাখ",
    spellings: ["বৈশাখ", "বোশেখ", "বৈশেখ"],
    latin: ["Boishakh", "Baishakh", "Baisakh", "Boishak", "Baishak"],
  },
  {
    month: 2,
    name: "জ্যৈষ্ঠ",
    spellings: ["জ্যৈষ্ঠ", "জৈষ্ঠ", "জৈষ্ঠ্য", "জ্যৈষ্ঠ্য", "জ্যেষ্ঠ", "জেষ্ঠ", "জেঠ"],
    latin: ["Joishtho", "Jyoishtho", "Jaishtha", "Jyaishtha", "Jaistha", "Joishto", "Jyoishto"],
  },
  {
    month: 3,
    name: "আষাঢ়",
    spellings: ["আষাঢ়", "আষাঢ", "আসাঢ়", "আষার"],
    latin: ["Asharh", "Ashar", "Asadh", "Ashadh", "Asar", "Ashaḍh"],
  },
  {
    month: 4,
    name: "শ্রাবণ",
    spellings: ["শ্রাবণ", "শ্রাবন", "শ্রাবণ্", "শাওন"],
    latin: ["Shrabon", "Srabon", "Shraban", "Sraban", "Shrabun"],
  },
  {
    month: 5,
    name: "ভাদ্র",
    spellings: ["ভাদ্র", "ভাদ্দর", "ভাদর"],
    latin: ["Bhadro", "Bhadra", "Vadro"],
  },
  {
    month: 6,
    name: "আশ্বিন",
    spellings: ["আশ্বিন", "আশ্বীন", "আশিন"],
    latin: ["Ashwin", "Ashshin", "Aswin", "Ashin"],
  },
  {
    month: 7,
    name: "কার্তিক",
    spellings: ["কার্তিক", "কার্ত্তিক", "কার্তীক", "কাত্তিক"],
    latin: ["Kartik", "Kartick", "Kartika"],
  },
  {
    month: 8,
    name: "অগ্রহায়ণ",
    spellings: ["অগ্রহায়ণ", "অগ্রহায়ন", "অগ্রাহায়ণ", "অগ্রাহায়ন", "অঘ্রাণ", "অঘ্রান", "আগ্রহায়ণ"],
    latin: ["Ogrohayon", "Agrahayan", "Agrahayana", "Ograhayan", "Aghran", "Oghran"],
  },
  {
    month: 9,
    name: "পৌষ",
    spellings: ["পৌষ", "পোষ", "পউষ"],
    latin: ["Poush", "Paush", "Pous", "Pousha"],
  },
  {
    month: 10,
    name: "মাঘ",
    spellings: ["মাঘ"],
    latin: ["Magh", "Maagh", "Mag"],
  },
  {
    month: 11,
    name: "ফাল্গুন",
    spellings: ["ফাল্গুন", "ফাগুন", "ফালগুন", "ফাল্গূন"],
    latin: ["Falgun", "Phalgun", "Falgoon", "Phalguna"],
  },
  {
    month: 12,
    name: "চৈত্র",
    spellings: ["চৈত্র", "চৈত", "চোত", "চইত"],
    latin: ["Choitro", "Chaitra", "Chaitro", "Choitra"],
  },
];

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
