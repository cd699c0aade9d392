/** What a byline names: a person, a desk, a staff role, a correspondent, a bureau or a news agency. */
export type ContributorKind = "person" | "desk" | "staff" | "correspondent" | "bureau" | "agency";

/** One contributor named by a byline. Every field but `kind` is present only when the byline says it. */
export interface Contributor {
  /** What the byline names. */
  readonly kind: ContributorKind;
  /** A person's name as written (honorifics such as মো., মোঃ, ড. kept), or a desk's name (`আন্তর্জাতিক ডেস্ক`). */
  readonly name?: string;
  /** The role as it should read (`নিজস্ব প্রতিবেদক`, `জেলা প্রতিনিধি`, `Staff Correspondent`); misspellings corrected. */
  readonly role?: string;
  /** The place the contributor writes from (`রাজশাহী`, `সোনাগাজী`). */
  readonly place?: string;
  /** Registry id of the news agency (`bss`, `reuters`). */
  readonly agency?: string;
  /** The district in brackets after an upazila (`সোনাগাজী (ফেনী) প্রতিনিধি` → `ফেনী`). */
  readonly district?: string;
  /** The subject of a desk (`আন্তর্জাতিক` of `আন্তর্জাতিক ডেস্ক`). */
  readonly desk?: string;
  /** The beat of a beat reporter (`ক্রীড়া` of `ক্রীড়া প্রতিবেদক`). */
  readonly beat?: string;
  /** The outlet the byline names: its registry id when the registry knows it, else its name as written. */
  readonly outlet?: string;
  /** A university or college of a campus correspondent (`জবি`, `রাজশাহী বিশ্ববিদ্যালয়`). */
  readonly institution?: string;
  /** Language of the byline when it is English on a Bengali page. */
  readonly lang?: "bn" | "en";
}

/** A parsed byline. */
export interface Byline {
  /** Who wrote the story, in the order named; empty when the text names nobody. */
  readonly contributors: readonly Contributor[];
  /** The byline as it stands in the input (one copy when the page repeats it); `''` when there is none. */
  readonly text: string;
  /** Where the byline starts in the input. */
  readonly index?: number;
  /**
   * Where the story starts in the input: after the byline, its repeats and its separator. A byline fused with the
   * first sentence (`সদর প্রতিনিধিঃ- গতকাল…`) ends before `গতকাল`; `input.slice(byline.story.index)` is the story.
   */
  readonly story?: {
    /** The offset in the input where the story begins. */
    readonly index: number;
  };
  /** The text is a press release (`প্রেসবিজ্ঞপ্তি:`), not a report. */
  readonly pressRelease?: boolean;
  /** The report is compiled from several correspondents (`প্রতিনিধিদের পাঠানো খবর`). */
  readonly compiled?: boolean;
  /** A place that opens the text with no contributor (`মালদহ , ৯ মার্চ :`). */
  readonly place?: string;
  /** The date written beside the byline or the opening place, as written (`৯ মার্চ`); read it with the date parsers. */
  readonly dateText?: string;
}

/** Where a photo came from. */
export type CreditSource = "agency" | "outlet" | "photographer" | "collected" | "social" | "video" | "unknown";

/** What kind of picture a credit describes, when the credit says. */
export type CreditMedium = "photo" | "video-still" | "screenshot" | "illustration" | "graphics" | "collage" | "ai";

/** A photo credit. */
export interface Credit {
  /** Where the photo came from. */
  readonly source: CreditSource;
  /** Registry id of the first agency or outlet credited (`afp`, `prothom-alo`). */
  readonly agency?: string;
  /** Registry ids of every agency or outlet credited, in order. */
  readonly agencies?: readonly string[];
  /** A photographer's name, or the organisation a handout or courtesy credit names (`পুলিশ`). */
  readonly name?: string;
  /** Every name a credit of several gives, in order (`ছবি: রফিক ও শামীম`); absent when it gives one or none. */
  readonly names?: readonly string[];
  /** A file photo (`ফাইল ছবি`, `ফাইল চিত্র`). */
  readonly file: boolean;
  /** A symbolic photo (`প্রতীকী ছবি`). */
  readonly symbolic: boolean;
  /** The credit as it stands in the input. */
  readonly text: string;
  /** Where the credit starts in the input. */
  readonly index?: number;
  /** A courtesy credit (`পুলিশের সৌজন্যে`). */
  readonly courtesy?: boolean;
  /** What kind of picture it is, when the credit says. */
  readonly medium?: CreditMedium;
  /** The platform a social or web photo was taken from (`facebook`, `x`, `instagram`, `youtube`, `website` …). */
  readonly platform?: string;
}

/** A photo caption split from its credit. */
export interface Caption {
  /** The caption, with its own full stop; `''` when the text is only a credit (or a placeholder). */
  readonly caption: string;
  /** The credit, or `null` when the text has none. */
  readonly credit: Credit | null;
}
