import type { AgencyInflection } from "./types.ts";

/**
 * The case ending after an agency name, as a regex fragment with three groups: the ending with its optional
 * hyphen or apostrophe (`-এর`, `'র`, `- এর`, `কে`, `’-এর` after a quoted name, `.-এর` after initials' last dot:
 * `হি.স.-এর`), the postposition `সহ`, and the emphatic `ও`/`ই`. Longest endings first. `য়` is written base + nukta,
 * as the matching view has it. Which ending may follow which name is checked afterwards by
 * {@link isInflectionAllowed}, from the name's last letter. A pattern literal's source, whose letters a bundle does
 * not escape. A site's domain written out after the name (` ডটকম`, ` ডট কম`, `.কম`) belongs to it, its ending after
 * the domain (`বিডিনিউজ২৪ ডটকমের`, `জাগোনিউজ২৪ ডট কমকে`).
 */
export const INFLECTION_PATTERN: string = /* @__PURE__ */ (() => /(?: ?ডট ?কম|\.কম)?((?:\.?'?[-'] ?)?(?:য়ের|এর|ের|কে|তে|য়|র|এ|ে))?(সহ)?(ও|ই)?/.source)();

/**
 * The class of a name's last letter, which decides the endings it takes, as an index into {@link GLUED_ENDINGS}:
 * 0 a consonant, 1 a vowel sign, 2 a vowel letter, 3 a Latin letter or digit.
 */
type EndingClass = 0 | 1 | 2 | 3;

/** The class of a vowel sign: the one most rules single out. */
const VOWEL_SIGN = 1;

function endingClass(code: number): EndingClass {
  if (code < 0x80) return 3;
  if (code >= 0x0985 && code <= 0x0994) return 2;
  if (code >= 0x09be && code <= 0x09cc) return VOWEL_SIGN;
  return 0;
}

/**
 * Endings written straight after each class of name (a hyphen or an apostrophe allows any ending), as pattern literals
 * (`য়` as base + nukta).
 */
const GLUED_ENDINGS: readonly (readonly string[])[] = /* @__PURE__ */ (() => [
  // consonant: রয়টার্সের, সিএনএনকে, সিবিএস নিউজে, বাসসএর
  /ের|এর|কে|এ|ে/,
  // vowel sign: বিবিসির, বিবিসিকে, বিবিসিতে, আল জাজিরায়
  /র|কে|তে|য়/,
  // vowel letter: পিটিআইয়ের, কেসিএনএর, পিটিআইএর, এএনআইকে, এএনআইতে
  /য়ের|র|এর|কে|তে|য়/,
  // Latin: BBCর, CNNএর
  /র|এর|কে|তে|এ|ের/,
].map((line) => line.source.split("|")))();

/**
 * Whether a name (in the matching view) may carry the ending and clitics matched after it: the ending
 * must suit the name's last letter (`-ের` after a consonant, `-র`/`-তে`/`-য়` after a vowel sign, `-য়ের` after a
 * vowel letter). A bare emphatic `ই` follows a vowel sign (`বিবিসিই`) or a consonant (`রয়টার্সই`, `ইত্তেফাকই`), but
 * not a consonant right after a vowel letter, the last letter of an acronym spelled out (`এস`, `এন`: `সিবিএসই` is CBSE,
 * not CBS), nor a vowel letter or a Latin letter.
 *
 * @param last - the last code unit of the matched name, matching view
 * @param ending - the first inflection group (`undefined` when absent)
 * @param emphatic - the third group
 * @param before - the code unit before the last one of the name
 * @returns true when the whole word is the name inflected
 */
export function isInflectionAllowed(last: number, ending: string | undefined, emphatic: string | undefined, before: number): boolean {
  const kind = endingClass(last);
  if (ending !== undefined) {
    const first = ending.charCodeAt(0);
    if (first !== 0x2d && first !== 0x27 && first !== 0x2e) {
      // -র also after a final হ: ডেইলি সাবাহর
      if (!GLUED_ENDINGS[kind]?.includes(ending) && !(last === 0x09b9 && ending === "\u09B0")) return false;
      // -য় (locative) only after া / ো / ৌ or a vowel letter: আল জাজিরায়, প্রথম আলোয়
      if (ending === "\u09AF\u09BC" && kind === VOWEL_SIGN && last !== 0x09be && last !== 0x09cb && last !== 0x09cc) {
        return false;
      }
    }
    return true;
  }
  return emphatic !== "\u0987" || kind === VOWEL_SIGN || (kind === 0 && endingClass(before) !== 2);
}

/**
 * The grammatical case an ending marks.
 *
 * @param ending - the first inflection group, with or without its hyphen or apostrophe
 * @returns `genitive`, `dative`, `locative`, or `none` when there is no ending
 */
export function inflectionOf(ending: string | undefined): AgencyInflection {
  if (ending === undefined) return "none";
  const bare = ending.replace(/^\.?'?[-'] ?/, "");
  if (bare === "\u0995\u09C7") return "dative";
  if (bare.endsWith("\u09B0")) return "genitive";
  return "locative";
}
