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
 * The entry of a month (1–12): its newspaper name from `HIJRI_MONTH_NAMES`, first of its spellings, and CLDR's
 * spelling (the newspaper name unless given; one of the spellings).
 */
function hijriMonth(month: number, otherSpellings: readonly string[], icu?: string): HijriMonthEntry {
  const name = HIJRI_MONTH_NAMES[month - 1] ?? "";
  return { month, name, icu: icu ?? name, spellings: [name, ...otherSpellings] };
}

/**
 * The twelve months of the Hijri calendar (হিজরি), in order from মহররম. `name` is the spelling most Bangladeshi
 * newspapers and the Islamic Foundation print; `icu` is the spelling of CLDR's Bengali locale (what
 * `Intl.DateTimeFormat('bn-u-ca-islamic')` writes); `spellings` are every spelling met in print: Arabic-faithful
 * forms (মুহাররম, রবিউল আখির, জুমাদাল উলা), ব/ভ and য/জ choices (রমযান), ‘আইন written with a quote (শা‘বান), the
 * hyphenated forms (রবি-উল-আউয়াল), ই/ঈ swaps (রবিউস সানী) and ব-ফলা/জ্ব variants (জ্বিলকদ, জ্বিলহজ্জ).
 */
export const HIJRI_MONTHS: readonly HijriMonthEntry[] = /* @__PURE__ */ (() => [
  // মহররম
  hijriMonth(1, ["মুহাররম", "মুহররম", "মোহররম", "মহরম", "মুহাররাম", "মুহররাম"], "মুহররম"),
  // সফর
  hijriMonth(2, ["ছফর", "সাফার"]),
  // রবিউল আউয়াল
  hijriMonth(3, ["রবিউল আওয়াল", "রবিউল আউআল", "রবিউল-আউয়াল", "রবি-উল-আউয়াল", "রবিউল আউয়ল", "রবীউল আউয়াল", "রবিউল আব্বাল"]),
  // রবিউস সানি
  hijriMonth(4, ["রবিউস সানী", "রবিউস-সানি", "রবি-উস-সানি", "রবিউস ছানি", "রবিউল আখির", "রবিউল আখের", "রবিউল আখীর", "রবিউসসানি"]),
  // জমাদিউল আউয়াল
  hijriMonth(5, ["জমাদিউল আওয়াল", "জমাদিউল-আউয়াল", "জুমাদিউল আউয়াল", "জুমাদাল উলা", "জুমাদাল ঊলা", "জমাদিউল উলা", "জামাদিউল আউয়াল"]),
  // জমাদিউস সানি
  hijriMonth(6, ["জমাদিউস সানী", "জমাদিউস-সানি", "জুমাদিউস সানি", "জমাদিউল আখির", "জুমাদাল আখিরাহ", "জুমাদাল আখিরা", "জমাদিউস ছানি", "জামাদিউস সানি", "জমাদিউসসানি"]),
  // রজব
  hijriMonth(7, ["রজাব", "রাজাব"]),
  // শাবান
  hijriMonth(8, ["শা‘বান", "শা'বান", "শা’বান", "শাবাণ"], "শা‘বান"),
  // রমজান
  hijriMonth(9, ["রমযান", "রামাদান", "রমাদান", "রামাযান", "রামজান"]),
  // শাওয়াল
  hijriMonth(10, ["শাউয়াল", "শওয়াল", "শাওআল"]),
  // জিলকদ
  hijriMonth(11, ["জ্বিলকদ", "জিলক্বদ", "জিলকাদ", "যিলকদ", "যিলক্বদ", "জুলকাদা", "জুলকদ", "জিলকাদা", "জিল কদ", "জ্বিলক্বদ"], "জ্বিলকদ"),
  // জিলহজ
  hijriMonth(12, ["জ্বিলহজ্জ", "জিলহজ্জ", "জিলহজ্ব", "জ্বিলহজ", "জিলহাজ্জ", "যিলহজ", "যিলহজ্জ", "জুলহিজ্জা", "জুলহিজ্জাহ", "জিল হজ"], "জ্বিলহজ্জ"),
])();

/** Words written after a Hijri year to name the era (`১৪৪৭ হিজরি`, in prose `১৪৪৭ হিজরিতে`). */
export const HIJRI_ERA_WORDS = ["হিজরি", "হিজরী", "হিজরি সন", "হিজরী সন", "হিজরি সাল", "হিজরির", "হিজরিতে", "হিজরীতে", "হিঃ", "হি.", "হি:"] as const;

/** Era words in the genitive, written when the year comes first (`১৪৪৭ হিজরির ১০ মহররম`). */
export const HIJRI_ERA_GENITIVES = ["হিজরির", "হিজরীর", "হিজরি সনের", "হিজরী সনের", "হিজরি সালের"] as const;
