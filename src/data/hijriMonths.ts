/** The Bengali names of the Hijri months as Bangladeshi newspapers print them, মহররম first: what the conversions write. */
export const HIJRI_MONTH_NAMES = [
  "মহররম",
  "সফর",
  "রবিউল আউয়াল",
  "রবিউস সানি",
  "জমাদিউল আউয়াল",
  "জমাদিউস সানি",
  "রজব",
  "শাবান",
  "রমজান",
  "শাওয়াল",
  "জিলকদ",
  "জিলহজ",
] as const;

/** A month of the Hijri calendar with every Bengali spelling of its name. */
export interface HijriMonthEntry {
  /** 1 (মহররম) to 12 (জিলহজ). */
  readonly month: number;
  /** The spelling most Bangladeshi newspapers print. */
  readonly name: string;
  /** The spelling of CLDR's Bengali locale, as `Intl` writes it. */
  readonly icu: string;
  /** Every spelling in use, the usual one first. */
  readonly spellings: readonly string[];
}

/**
 * The twelve months of the Hijri calendar (হিজরি), in order from মহররম. `name` is the spelling most Bangladeshi
 * newspapers and the Islamic Foundation print; `icu` is the spelling of CLDR's Bengali locale (what
 * `Intl.DateTimeFormat('bn-u-ca-islamic')` writes); `spellings` are every spelling met in print: Arabic-faithful
 * forms (মুহাররম, রবিউল আখির, জুমাদাল উলা), ব/ভ and য/জ choices (রমযান), ‘আইন written with a quote (শা‘বান), the
 * hyphenated forms (রবি-উল-আউয়াল), ই/ঈ swaps (রবিউস সানী) and ব-ফলা/জ্ব variants (জ্বিলকদ, জ্বিলহজ্জ).
 */
export const HIJRI_MONTHS: readonly HijriMonthEntry[] = [
  {
    month: 1,
    name: "মহররম",
    icu: "মুহররম",
    spellings: ["মহররম", "মুহাররম", "মুহররম", "মোহররম", "মহরম", "মুহাররাম", "মুহররাম"],
  },
  {
    month: 2,
    name: "সফর",
    icu: "সফর",
    spellings: ["সফর", "ছফর", "সাফার"],
  },
  {
    month: 3,
    name: "রবিউল আউয়াল",
    icu: "রবিউল আউয়াল",
    spellings: [
      "রবিউল আউয়াল",
      "রবিউল আওয়াল",
      "রবিউল আউআল",
      "রবিউল-আউয়াল",
      "রবি-উল-আউয়াল",
      "রবিউল আউয়ল",
      "রবীউল আউয়াল",
      "রবিউল আব্বাল",
    ],
  },
  {
    month: 4,
    name: "রবিউস সানি",
    icu: "রবিউস সানি",
    spellings: [
      "রবিউস সানি",
      "রবিউস সানী",
      "রবিউস-সানি",
      "রবি-উস-সানি",
      "রবিউস ছানি",
      "রবিউল আখির",
      "রবিউল আখের",
      "রবিউল আখীর",
      "রবিউসসানি",
    ],
  },
  {
    month: 5,
    name: "জমাদিউল আউয়াল",
    icu: "জমাদিউল আউয়াল",
    spellings: [
      "জমাদিউল আউয়াল",
      "জমাদিউল আওয়াল",
      "জমাদিউল-আউয়াল",
      "জুমাদিউল আউয়াল",
      "জুমাদাল উলা",
      "জুমাদাল ঊলা",
      "জমাদিউল উলা",
      "জামাদিউল আউয়াল",
    ],
  },
  {
    month: 6,
    name: "জমাদিউস সানি",
    icu: "জমাদিউস সানি",
    spellings: [
      "জমাদিউস সানি",
      "জমাদিউস সানী",
      "জমাদিউস-সানি",
      "জুমাদিউস সানি",
      "জমাদিউল আখির",
      "জুমাদাল আখিরাহ",
      "জুমাদাল আখিরা",
      "জমাদিউস ছানি",
      "জামাদিউস সানি",
      "জমাদিউসসানি",
    ],
  },
  {
    month: 7,
    name: "রজব",
    icu: "রজব",
    spellings: ["রজব", "রজাব", "রাজাব"],
  },
  {
    month: 8,
    name: "শাবান",
    icu: "শা‘বান",
    spellings: ["শাবান", "শা‘বান", "শা'বান", "শা’বান", "শাবাণ"],
  },
  {
    month: 9,
    name: "রমজান",
    icu: "রমজান",
    spellings: ["রমজান", "রমযান", "রামাদান", "রমাদান", "রামাযান", "রামজান"],
  },
  {
    month: 10,
    name: "শাওয়াল",
    icu: "শাওয়াল",
    spellings: ["শাওয়াল", "শাউয়াল", "শওয়াল", "শাওআল"],
  },
  {
    month: 11,
    name: "জিলকদ",
    icu: "জ্বিলকদ",
    spellings: [
      "জিলকদ",
      "জ্বিলকদ",
      "জিলক্বদ",
      "জিলকাদ",
      "যিলকদ",
      "যিলক্বদ",
      "জুলকাদা",
      "জুলকদ",
      "জিলকাদা",
      "জিল কদ",
      "জ্বিলক্বদ",
    ],
  },
  {
    month: 12,
    name: "জিলহজ",
    icu: "জ্বিলহজ্জ",
    spellings: [
      "জিলহজ",
      "জ্বিলহজ্জ",
      "জিলহজ্জ",
      "জিলহজ্ব",
      "জ্বিলহজ",
      "জিলহাজ্জ",
      "যিলহজ",
      "যিলহজ্জ",
      "জুলহিজ্জা",
      "জুলহিজ্জাহ",
      "জিল হজ",
    ],
  },
];

/** Words written after a Hijri year to name the era (`১৪৪৭ হিজরি`). */
export const HIJRI_ERA_WORDS = ["হিজরি", "হিজরী", "হিজরি সন", "হিজরী সন", "হিজরি সাল", "হিজরির", "হিঃ", "হি.", "হি:"] as const;

/** Era words in the genitive, written when the year comes first (`১৪৪৭ হিজরির ১০ মহররম`). */
export const HIJRI_ERA_GENITIVES = ["হিজরির", "হিজরীর", "হিজরি সনের", "হিজরী সনের", "হিজরি সালের"] as const;
