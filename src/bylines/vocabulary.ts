/**
 * Lookups built once from the vocabularies in `src/data/`: folded spellings → meaning.
 */
import { foldKey, foldedLookup } from "../_lib/alternation.ts";
import {
  BD_DISTRICTS,
  BODY_NAME,
  BD_TOWNS,
  CAMPUS_ABBREVIATIONS,
  INDIAN_PLACES,
  INSTITUTION_WORDS,
  LATIN_DISTRICTS,
  LATIN_PLACES,
  PLACES_OF_WORDS,
  WORLD_PLACES,
} from "../data/places.ts";
import { SECTION_WORDS } from "../data/signOffs.ts";
import {
  ADDRESS_START,
  BYLINE_LABELS,
  BUREAU_WORDS,
  CONJOINED_LABELS,
  HELPER_LABELS,
  PHOTO_STORY_LABELS,
  COMPILED_REPORT_PATTERNS,
  CORRESPONDENT_ROLES,
  DESK_CHANNEL_WORDS,
  DESK_WORDS,
  EDITORIAL_WORDS,
  SONG_CREDIT_LABEL,
  EVENT_ENDING,
  GENERIC_AGENCY_WORDS,
  HONORIFIC_ABBREVIATIONS,
  PRESS_RELEASE_WORDS,
  REPORTS_VERBS,
  RETURN_WORDS,
  ROLE_ALIASES,
  ROLE_WORD_MISSPELLINGS,
  NON_NAME_ENDINGS,
  ORIGINAL_AUTHOR_ROLE,
  ORIGINAL_LABELS,
  PHOTOGRAPHER_LABELS,
  PHOTOGRAPHER_ROLE,
  PHOTO_VIDEO_LABELS,
  PHOTO_VIDEO_ROLE,
  VIDEO_EDITOR_LABELS,
  VIDEO_EDITOR_ROLE,
  TRANSLATOR_ROLE,
  ROLE_GROUPS,
  STAFF_ROLES,
  TRANSLATION_LABELS,
  TRANSLATED_AFTER_NAME,
  VIDEO_LABELS,
  ILLUSTRATOR_LABELS,
  LANDMARK_WORDS,
  ILLUSTRATOR_ROLE,
  EDITOR_LABELS,
  EDITOR_ROLE,
  VIDEOGRAPHER_ROLE,
  type RoleKind,
} from "../data/bylineVocabulary.ts";

function keySet(words: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const word of words) set.add(foldKey(word));
  return set;
}

export { ADDRESS_START, BODY_NAME, EDITOR_ROLE, EVENT_ENDING, PHOTOGRAPHER_ROLE, SONG_CREDIT_LABEL, TRANSLATOR_ROLE };

/** Bangladesh's districts in Bengali and in English. */
const ALL_DISTRICTS: readonly string[] = /* @__PURE__ */ (() => [...BD_DISTRICTS, ...LATIN_DISTRICTS.split("|")])();

/** Every known place, folded. */
export const PLACES: ReadonlySet<string> = /* @__PURE__ */ (() => keySet([
  ...ALL_DISTRICTS,
  ...BD_TOWNS,
  ...INDIAN_PLACES,
  ...WORLD_PLACES,
  ...LATIN_PLACES.split("|"),
  ...PLACES_OF_WORDS.source.slice(4, -2).split("|"),
]))();

/** Bangladesh's districts, folded: a district after an upazila and a comma is the upazila's district. */
export const DISTRICTS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(ALL_DISTRICTS))();

/** Endings of words that are no one-word name (places, weekdays), folded. */
export const NAME_EXCLUDING_ENDINGS: readonly string[] = /* @__PURE__ */ (() => [...keySet(NON_NAME_ENDINGS)])();

/** Words of a street address or a landmark, folded. */
export const LANDMARKS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(LANDMARK_WORDS))();

/** Campus abbreviations, folded. */
export const CAMPUSES: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(CAMPUS_ABBREVIATIONS))();

/** Last words of an institution's name, folded. */
export const INSTITUTION_ENDINGS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(INSTITUTION_WORDS))();

/** A role as it should read and its kind. */
export interface RoleInfo {
  readonly canonical: string;
  readonly kind: RoleKind;
}

/** A spelling with every misspelt word of it written each way newsrooms print it. */
function withMisspellings(spelling: string): string[] {
  let spellings = [spelling];
  for (const [word, ...misspellings] of ROLE_WORD_MISSPELLINGS) {
    if (spelling.includes(word)) {
      spellings = spellings.flatMap((known) => [known, ...misspellings.map((wrong) => known.replace(word, wrong))]);
    }
  }
  return spellings;
}

/** Role spellings (misspellings and other wordings included), folded → role. */
export const ROLES: ReadonlyMap<string, RoleInfo> = /* @__PURE__ */ (() => {
  const roles = new Map<string, RoleInfo>();
  for (const role of STAFF_ROLES) roles.set(role, { canonical: role, kind: "staff" });
  for (const role of CORRESPONDENT_ROLES) roles.set(role, { canonical: role, kind: "correspondent" });
  for (const [kind, firsts, lasts] of ROLE_GROUPS) {
    for (const first of firsts) for (const last of lasts) roles.set(`${first} ${last}`, { canonical: `${first} ${last}`, kind });
  }
  const entries: Array<readonly [string, RoleInfo]> = [];
  for (const [spelling, info] of [...roles, ...ROLE_ALIASES.map(([alias, role]) => [alias, roles.get(role)] as const)]) {
    if (info !== undefined) for (const variant of withMisspellings(spelling)) entries.push([variant, info]);
  }
  return foldedLookup(entries);
})();

/** The longest role spelling, in words. */
export const ROLE_MAX_WORDS: number = /* @__PURE__ */ (() => Math.max(...[...ROLES.keys()].map((key) => key.split(" ").length)))();

/** The desk word as it should read (`ডেস্ক`). */
export const DESK_WORD: string = /* @__PURE__ */ (() => DESK_WORDS[0] ?? "")();

/** Desk words (misspellings included), folded. */
export const DESK_ENDINGS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(DESK_WORDS))();

/** Words between an outlet and its desk word, folded. */
export const DESK_CHANNELS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(DESK_CHANNEL_WORDS))();

/** Sections of a site, folded: one after a staff reporter's role is the beat. */
export const BEATS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(SECTION_WORDS))();

/** Bureau words, folded. */
export const BUREAU_ENDINGS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(BUREAU_WORDS))();

/** Honorific abbreviations that may end in `.`, `:` or `ঃ` inside a name, folded and without that mark. */
export const ABBREVIATIONS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(HONORIFIC_ABBREVIATIONS))();

/** Labels before a byline, folded. */
export const LABELS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet([...BYLINE_LABELS, ...TRANSLATION_LABELS, ...ORIGINAL_LABELS, ...CONJOINED_LABELS]))();

/** A helper's labels, folded. */
export const HELPERS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(HELPER_LABELS))();

/** A photo story's labels, folded. */
export const PHOTO_STORIES: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(PHOTO_STORY_LABELS))();

/** Labels with a conjunction in them (`লেখা ও ছবি`, `ছবি ও ভিডিও`) or of two words (`photos by`, `তথ্য সহায়তা`), folded: read as one word. */
export const CONJOINED_LABEL_KEYS: readonly string[] = /* @__PURE__ */ (() =>
  [...keySet([...CONJOINED_LABELS, ...PHOTO_VIDEO_LABELS, ...VIDEO_EDITOR_LABELS, ...[...PHOTOGRAPHER_LABELS, ...EDITOR_LABELS, ...HELPER_LABELS].filter((label) => label.includes(" "))])])();

/**
 * Labels that may open a later piece of a byline before a colon, folded → the role they give the person named after
 * them: a translator's (`অনুবাদ: NAME`), the original's author's (`মূল: NAME`), a photographer's (`…; ছবি: NAME`), a
 * videographer's (`…; ভিডিও: NAME`), an illustrator's (`…; অলংকরণ: NAME`), an editor's (`…; সম্পাদনা: NAME`), two
 * (`…; ছবি ও ভিডিও: NAME`, `…; ক্যামেরা ও সম্পাদনা: NAME`), or none (`…; গ্রন্থনা: NAME`).
 */
export const LABEL_ROLES: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map(
  ([
    [LABELS, ""],
    [TRANSLATION_LABELS, TRANSLATOR_ROLE],
    [ORIGINAL_LABELS, ORIGINAL_AUTHOR_ROLE],
    [PHOTOGRAPHER_LABELS, PHOTOGRAPHER_ROLE],
    [VIDEO_LABELS, VIDEOGRAPHER_ROLE],
    [ILLUSTRATOR_LABELS, ILLUSTRATOR_ROLE],
    [EDITOR_LABELS, EDITOR_ROLE],
    [PHOTO_VIDEO_LABELS, PHOTO_VIDEO_ROLE],
    [VIDEO_EDITOR_LABELS, VIDEO_EDITOR_ROLE],
  ] as const).flatMap(
    ([labels, role]) => [...keySet(labels)].map((key) => [key, role] as const),
  ),
))();

/** The roles {@link LABEL_ROLES} gives (`""` for a plain label): a name joined to a labelled one has its role. */
export const LABEL_ROLE_VALUES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(LABEL_ROLES.values()))();

/** "back from" after `থেকে`, folded. */
export const RETURN_ENDINGS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(RETURN_WORDS))();

/** Press-release bylines, folded. */
export const PRESS_RELEASES: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(PRESS_RELEASE_WORDS))();

/** Editorial bylines, folded. */
export const EDITORIALS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(EDITORIAL_WORDS))();

/** Compiled-report bylines, folded. */
export const COMPILED_REPORTS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(COMPILED_REPORT_PATTERNS))();

/** Wire bylines naming no single agency, folded. */
export const GENERIC_AGENCIES: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(GENERIC_AGENCY_WORDS))();

/** "Reports" verbs after a byline, folded. */
export const REPORT_VERBS: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(REPORTS_VERBS))();

/** A translator's word after the name (`NAME অনূদিত`), folded. */
export const TRANSLATED_AFTER: ReadonlySet<string> = /* @__PURE__ */ (() => keySet(TRANSLATED_AFTER_NAME))();

