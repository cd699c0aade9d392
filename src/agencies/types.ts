/** What kind of organisation an agency is. */
export type AgencyType = "wire" | "broadcaster" | "newspaper" | "online" | "state-media";

/**
 * What else an ambiguous spelling means in ordinary text, which decides the cues that confirm it: a `person` is not
 * confirmed by "told X", a `place` not by its own country named before it (`জর্ডানের পেট্রা` is the city); a `phrase`
 * of the language (`আমার দেশ`, "my country") names the outlet in running text only, never as a byline's or a credit's;
 * a `time` (`এই সময়`, "at this time"; `বর্তমান`, "present") only after a medium's word (`সংবাদমাধ্যম এই সময়`).
 */
export type AgencyNamesake = "word" | "person" | "organisation" | "acronym" | "place" | "phrase" | "time";

/** A news agency, broadcaster, newspaper or news site of the registry. */
export interface Agency {
  /** Lower-case kebab-case English name, stable: `afp`, `al-jazeera`, `prothom-alo`. */
  readonly id: string;
  /** The name in English as the organisation writes it. */
  readonly name: string;
  /** What kind of organisation it is. */
  readonly type: AgencyType;
  /** ISO 3166-1 alpha-2 code of its home country. */
  readonly country: string;
  /** Bengali spellings in use (NFC), without inflections. */
  readonly bn: readonly string[];
  /** English names and abbreviations. */
  readonly en: readonly string[];
  /** Spellings (of `bn` or `en`) that also mean something else and count only with a cue nearby. */
  readonly ambiguous?: readonly string[];
  /** What the ambiguous spellings mean otherwise; a `person` namesake is not confirmed by "told X". */
  readonly namesake?: AgencyNamesake;
  /**
   * The id of another agency that this one's spellings name when that agency's country is named right before them
   * in running text: `এবিসি` is ABC News (`abc-news`), `অস্ট্রেলিয়ার এবিসি` is ABC Australia (`abc-australia`).
   */
  readonly alternate?: string;
}

/** `source`: the text says its report comes from the agency; `mention`: the agency is only named. */
export type AttributionRole = "source" | "mention";

/** The grammatical case the name carries in the text. */
export type AgencyInflection = "none" | "genitive" | "dative" | "locative";

/**
 * The phrase that decided an attribution's role (or confirmed an ambiguous name):
 * `khobor` (খবর X-এর; in English, according to X), `sutro` (সূত্র: X; in an article, also a line of agency names closing the story), `dateline` (`(বাসস)` of a dateline), `agency-descriptor`
 * (বার্তা সংস্থা X), `report` (X-এর প্রতিবেদনে / খবরে / তথ্য অনুসারে), `barat` (X-এর বরাতে), `reporting-verb`
 * (X জানিয়েছে), `told` (X-কে বলেন), `interview` (X-কে দেওয়া সাক্ষাৎকারে), `broadcast` (X-এ প্রচারিত),
 * `staff` (X-এর সাংবাদিক), `bracket` (`(X)` closing a sentence), `descriptor` (সংবাদমাধ্যম X, দৈনিক X), `country`
 * (রাশিয়ার X), `list` (beside another agency).
 */
export type AttributionCue =
  | "khobor"
  | "sutro"
  | "dateline"
  | "agency-descriptor"
  | "report"
  | "barat"
  | "reporting-verb"
  | "told"
  | "interview"
  | "broadcast"
  | "staff"
  | "bracket"
  | "descriptor"
  | "country"
  | "list";

/** An agency named in running text. */
export interface Attribution {
  /** The registry id of the agency. */
  readonly agency: string;
  /** The matched span, exactly as it stands in the input, inflection included. */
  readonly text: string;
  /** Where that span starts in the input. */
  readonly index: number;
  /** Whether the text gives the agency as the source of its report. */
  readonly role: AttributionRole;
  /**
   * The registry spelling the text used, without the inflection, as the registry writes it (so it is the same
   * whatever the encoding, joiners or dashes of the input: `আল–জাজিরার` gives `আল জাজিরা`).
   */
  readonly name: string;
  /** The case ending the name carries. */
  readonly inflection: AgencyInflection;
  /** The phrase that decided the role or confirmed the name, when one did. */
  readonly cue?: AttributionCue;
  /**
   * For an agency cited by another (`কেসিএনএ-এর বরাত দিয়ে বার্তা সংস্থা রয়টার্স জানিয়েছে`): the id of the agency
   * that passed the report on.
   */
  readonly via?: string;
}

/** An agency name found at the start or the end of a short string (a byline or a credit). */
export interface AgencyMatch {
  /** The agency. */
  readonly agency: Agency;
  /** The matched span as it stands in the input, inflection included. */
  readonly text: string;
  /** Where that span starts in the input. */
  readonly index: number;
  /** The registry spelling the string used, without the inflection, as the registry writes it. */
  readonly name: string;
  /** The case ending the name carries. */
  readonly inflection: AgencyInflection;
}
