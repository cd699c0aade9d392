import { foldKey } from "../_lib/alternation.ts";
import { assertString } from "../errors.ts";
import { NAME_ENDINGS } from "../data/nameWords.ts";
import { normalizeForMatch, type NormalizedText } from "../text/normalize.ts";
import { classifyPart, CONTACT, joinCompounds, type Draft, type Part, type PlaceValue } from "./classifyPart.ts";
import { findBylineSpan, LATER_LABEL_RE } from "./findBylineSpan.ts";
import { keyOf, tokenize, valueOf } from "./tokens.ts";
import type { Byline, Contributor } from "./types.ts";
import { BEATS, DESK_WORD, DISTRICTS, EDITOR_ROLE, LABELS, LABEL_ROLES, LABEL_ROLE_VALUES, PHOTOGRAPHER_ROLE, PHOTO_STORIES, PLACES, SONG_CREDIT_LABEL } from "./vocabulary.ts";

/** The correspondent's role as it should read (a pattern's source: a bundle keeps its letters as they are). */
const CORRESPONDENT: string = /* @__PURE__ */ (() => /প্রতিনিধি/.source)();

/** The label of two words, or three with `by`, that opens a photo story's byline: `Photo story by`, `ছবির গল্প:`. */
const PHOTO_STORY_OPENING = /^\S+ [^\s:ঃ]+(?: by)?/;

const EMPTY: Byline = /* @__PURE__ */ (() => Object.freeze({ contributors: Object.freeze([]) as readonly Contributor[], text: "" }))();

/** A channel's online edition by its last words (`মাই টিভি অনলাইন`, `Star TV Online`); not a beat's (`খেলা অনলাইন`). */
const ONLINE_EDITION = /(?:টিভি|tv) (?:অনলাইন|online)$/i;

const TRAILING = " \t\n\r:ঃ\uFF1A,;|-–—\u00A0";

/**
 * A line of two names in capitals around `with`, and nothing else: two writers (`Zyma Islam with Partha Pratim
 * Bhattacharjee`); `with` inside a longer line is no join (`NAME, with additional reporting by NAME`).
 */
const TWO_NAMES_WITH = /^(?:[A-Z]\w* ){2,}with(?: [A-Z]\w*){2,}(?:\n|$)/;

/** `text` without the characters of `chars` at its end (a loop: a `[…]+$` pattern would be quadratic). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? "")) end--;
  return text.slice(0, end);
}

function setPlace(draft: Draft, value: PlaceValue): void {
  // a site's section after a staff reporter's role is the beat: "নিজস্ব প্রতিবেদক, ক্রীড়া"
  if (draft.kind === "staff" && BEATS.has(foldKey(value.place))) {
    draft.beat = value.place;
    return;
  }
  draft.place = value.place;
  if (value.district !== undefined) draft.district = value.district;
  else delete draft.district;
}

/**
 * Whether `next` is a district of Bangladesh written after the place of `draft`, an upazila or a town with no district
 * yet: "ধুনট, বগুড়া", "সাভার, ঢাকা".
 */
function isDistrictOf(draft: Draft, next: Draft | PlaceValue): boolean {
  return draft.place !== undefined && draft.district === undefined && DISTRICTS.has(foldKey(next.place ?? "")) && !DISTRICTS.has(foldKey(draft.place));
}

/**
 * Whether the piece before a separator, back to the comma before it, is a known place: `কলকাতা` in `নিজস্ব প্রতিনিধি,
 * কলকাতা: বর্তমান`, where `start` is just after the colon.
 */
function isKnownPlaceBefore(text: string, start: number): boolean {
  const piece = text.slice(text.lastIndexOf(",", start) + 1, start).trim();
  // (without the separator itself, its last unit)
  return PLACES.has(foldKey(piece.slice(0, -1)));
}

/** A segment after the byline's separator that still belongs to it: a place, an outlet (also by its registry name) or a date. */
function continuationTest(view: NormalizedText): (start: number, end: number, line?: boolean, name?: readonly [number, number]) => boolean {
  return (start, end, line, name) => {
    // a post after a person's name and its colon, alone to the line's end, is the person's: "NAME: কলাম লেখক"
    const named = name ? classifyPart(view, tokenize(view.text, ...name)[0]?.[0] ?? [], 0) : undefined;
    line ||= named?.type === "contributor" && named.draft.kind === "person" && !named.draft.role;
    const pieces = tokenize(view.text, start, end);
    if (pieces.length === 0) return false;
    let after = false;
    let titled = false;
    for (const parts of pieces) {
      for (const tokens of parts) {
        // a writer's email address or phone number after the posts: "NAME: POST, BODY; ইমেইল: NAME@…"
        if (CONTACT.test(keyOf(tokens))) continue;
        const part = classifyPart(view, tokens, 1, true);
        // … and right after a title, the body it names as the parse reads it (`NAME` ⏎ `গবেষক, বিআইডিএস`, `NAME` ⏎
        // `Executive Director, Transparency International Bangladesh`)
        const body = titled && part.type === "unknown" && isBodyAfterTitle(classifyPart(view, tokens, 1));
        titled = part.type === "title";
        // on a line of its own or after a dash, a role belongs to the name before it: "মো. জাহিদুল ইসলাম" ⏎ "নিজস্ব প্রতিবেদক"
        // … and so does a title, and the institution or (after a title or role) the outlet after it:
        // "NAME" ⏎ "অধ্যাপক, ঢাকা বিশ্ববিদ্যালয়", "NAME" ⏎ "বার্তা সম্পাদক, এনটিভি অনলাইন"; and a bureau:
        // "NAME" ⏎ "চট্টগ্রাম ব্যুরো"
        if (
          part.type !== "place" &&
          part.type !== "outlet" &&
          part.type !== "date" &&
          // … and an outlet after a known place's colon: "নিজস্ব প্রতিনিধি, কলকাতা: বর্তমান"
          !(part.type === "registry" && !part.wire && isKnownPlaceBefore(view.text, start)) &&
          !(
            line &&
            ((part.type === "contributor" && (part.roleOnly || part.draft.kind === "bureau")) ||
              part.type === "title" ||
              (after && (part.type === "institution" || part.type === "registry")) ||
              body)
          )
        ) {
          return false;
        }
        after ||= part.type === "title" || part.type === "contributor";
      }
    }
    return true;
  };
}

/**
 * Whether a part, read as the parse reads it, is a body the parse gives the title before it: one unknown word (`বিআইডিএস`,
 * `TIB`) or words that read as a name, with no role or place (`Transparency International Bangladesh`). The parse and
 * the test of a line under a name ask it alike.
 */
function isBodyAfterTitle(part: Part): boolean {
  if (part.type === "place") return part.nameLike === true && !part.known;
  return part.type === "contributor" && part.draft.kind === "person" && part.draft.name !== undefined && part.draft.role === undefined && part.draft.place === undefined;
}

/** The fields of a contributor after its kind, in the order they are written. */
const FIELDS = ["name", "role", "place", "agency", "district", "desk", "beat", "outlet", "institution", "lang"] as const;

/** The contributor of a draft, its empty fields dropped. */
function freeze(draft: Draft): Contributor {
  const out: Draft = { kind: draft.kind };
  for (const field of FIELDS) {
    const value = draft[field];
    if (value !== undefined && value !== "") (out as Partial<Record<(typeof FIELDS)[number], string>>)[field] = value;
  }
  return out;
}

function sameContributor(a: Draft, b: Draft): boolean {
  return (
    a.kind === b.kind &&
    a.name === b.name &&
    a.role === b.role &&
    a.place === b.place &&
    a.agency === b.agency &&
    a.outlet === b.outlet
  );
}

/** How a one-word given name ends (`আসাদুজ্জামান`, `মহিউদ্দিন`, `আসাদুল্লাহ`), compiled on first use. */
let givenName: RegExp | undefined;

/**
 * A body's office or division, which the body it is part of may follow after a comma (`… Division, Planning Commission`,
 * `… বিভাগ, পরিকল্পনা কমিশন`, `Finance Division, Ministry of Finance`).
 */
const PART_OF_BODY = /(?:Office|Division|বিভাগ)$/u;

/** A person's institution with a body after it: joined to an office or a division it is part of, else the first kept. */
function withBody(held: string | undefined, body: string): string {
  return held && PART_OF_BODY.test(held) ? `${held}, ${body}` : held ?? body;
}

/**
 * Reads a byline: who wrote a story. It takes the byline alone or the start of an article (the byline on the
 * first line, or fused with the first sentence by `:`, `ঃ`, `ঃ-` or `।।`), reads desks, staff roles,
 * correspondents with their places (and districts in brackets), bureaus, news agencies and people (honorifics
 * such as মো., মোঃ, মো:, ড., ডা. stay in the name), several of them joined by `ও`, `এবং`, commas or `&`, and
 * English bylines. A byline the page repeats (`আন্তর্জাতিক ডেস্ক আন্তর্জাতিক ডেস্ক`, `নগর ডেস্কনগর ডেস্ক`) gives
 * one contributor.
 *
 * @param text - a byline, or text that starts with one
 * @returns the contributors (empty when the text names nobody), the byline as written, and where the story starts
 * @throws {TypeError} when `text` is not a string
 * @example
 * parseByline("মো. সাইফুল ইসলাম, নিজস্ব প্রতিবেদক").contributors;
 * //=> [{ kind: "person", name: "মো. সাইফুল ইসলাম", role: "নিজস্ব প্রতিবেদক" }]
 */
export function parseByline(text: string): Byline {
  assertString(text, "text");
  const view = normalizeForMatch(text);
  const span = findBylineSpan(view.text, continuationTest(view));
  if (span === null) return EMPTY;
  // a credit's label alone before its colon opens a credit, not a byline: "ছবি: NAME", "ছবি: ফেসবুক থেকে"; an editor's
  // opens the byline of the one who edited the story ("Edited By: NAME")
  const [labelStart = 0, labelEnd = 0] = span.segments[0] ?? [];
  const opening = view.text.slice(labelStart, labelEnd).trim();
  const openingRole = LABEL_ROLES.get(opening);
  // … and a song's credits name no writer: "কথা: NAME; সুর: NAME"
  if (((openingRole !== undefined && openingRole !== EDITOR_ROLE) || SONG_CREDIT_LABEL.test(opening)) && ":ঃ".includes(view.text[labelEnd] ?? "_")) {
    return EMPTY;
  }
  // … as does one in the locative or with "by", which takes no colon: "অলংকরণে NAME ও NAME", "Photos by NAME and NAME"
  const byRole = LABEL_ROLES.get(/^\S+(?:ে| by)(?= )/.exec(opening)?.[0] ?? "");
  if (byRole && byRole !== EDITOR_ROLE) return EMPTY;

  const drafts: Draft[] = [];
  let pressRelease = false;
  let compiled = false;
  let openingPlace: PlaceValue | undefined;
  let weakOpening = false;
  let openingName = false;
  // the text opens with its page's section before a bar
  let sectioned = false;
  let dateText: string | undefined;
  let position = 0;
  let lastPersonFromPiece = -1;
  // the first contributor a later label opened (`NAME, সহায়তা: …`): a place after it is not the ones' before it
  let labelled = 0;
  // the person whose title was read last
  let titled: Draft | undefined;
  /** The byline opened with a title and no name (`Executive Director, …`): the words after it are its body, no writer. */
  let bareTitle = false;
  // a site's name, alone so far: the agency of a place after it
  let site: string | undefined;
  // places before the first role of the text: "গাজীপুর, নরসিংদী ও মানিকগঞ্জ প্রতিনিধি" names three correspondents
  const leading: PlaceValue[] = [];
  // the one-word names that open the text, joined by ও or commas ("রহিম ও করিম, নিজস্ব প্রতিবেদক")
  const openingNames: string[] = [];
  // how many of them the last piece holds, joined by ও
  let openingJoined = 1;
  /** The one-word names that opened the text, as persons, once what follows shows they are no places. */
  const openingPerson = (): Draft | undefined => {
    if (!openingName || !openingPlace || drafts.length > 0) return undefined;
    for (const name of openingNames) {
      // Latin letters come before the Bengali block: an English name
      drafts.push(name < "\u0980" ? { kind: "person", name, lang: "en" } : { kind: "person", name });
    }
    openingPlace = undefined;
    leading.length = 0;
    // (those joined by ও in the piece before are its chain: a role after them is each one's)
    lastChain = drafts.slice(-openingJoined);
    return drafts.at(-1);
  };

  // the contributors of the piece before
  let lastChain: Draft[] = [];
  // a street address after a name has begun
  let address = false;
  const withJoins = TWO_NAMES_WITH.test(text);
  for (const [segmentStart, segmentEnd] of span.segments) {
    const pieces = tokenize(view.text, segmentStart, segmentEnd, withJoins);
    for (const [pieceAt, parts] of pieces.entries()) {
      const chain: Draft[] = [];
      const chainPlaces: PlaceValue[] = [];
      // a place written before its own role ("খুলনা প্রতিনিধি") is that contributor's alone
      let boundPlaces = 0;
      let firstInPiece = true;
      // the names that took the first of several places joined by ও ("A ও B, চট্টগ্রাম ও নোয়াখালী"): one each
      let shared: Draft[] = [];
      const compounds = joinCompounds(parts);
      for (const [at, tokens] of compounds.entries()) {
        // (an outlet's short name opening the text before a place: "এই সময়, শিলিগুড়ি")
        const next = compounds[at + 1] ?? pieces[pieceAt + 1]?.[0];
        const part: Part = classifyPart(view, tokens, position, false, position === 0 && next !== undefined && PLACES.has(keyOf(next)));
        position++;
        let previous = drafts.at(-1);
        switch (part.type) {
          case "contributor": {
            const draft = part.draft;
            if (firstInPiece && LABELS.has(tokens[0]?.k ?? "")) labelled = drafts.length;
            // a name after an address is its street's or its neighbourhood's: "NAME, সেক্টর ৪, উত্তরা মডেল টাউন, ঢাকা"
            if (address && !draft.role) break;
            // a one-word name, then its role: "আসাদুজ্জামান, নিজস্ব প্রতিবেদক"
            if (firstInPiece && part.roleOnly) previous = openingPerson() ?? previous;
            // a name, then an outlet's desk: the writer's outlet, as with its team ("রহিম, আনন্দবাজার অনলাইন ডেস্ক")
            if (firstInPiece && draft.kind === "desk" && draft.outlet !== undefined) {
              previous = openingPerson() ?? previous;
              if (previous?.kind === "person" && previous.outlet === undefined) {
                previous.outlet = draft.outlet;
                break;
              }
            }
            // places joined by ও before a correspondent's role or a bureau: one each ("ঢাকা ও খুলনা প্রতিনিধি", "ঢাকা ও খুলনা অফিস")
            if (drafts.length === 0 && ((draft.kind === "correspondent" && part.roleOnly) || draft.kind === "bureau") && draft.place !== undefined) {
              for (const value of leading) {
                const copy: Draft = { ...draft };
                setPlace(copy, value);
                drafts.push(copy);
                chain.push(copy);
                chainPlaces.push(value);
                openingPlace = undefined;
              }
            }
            // (not one a label opens: "NAME, PLACE; সহযোগিতা: PLACE প্রতিনিধি" names two)
            if (firstInPiece && part.roleOnly && previous?.kind === "person" && previous.role === undefined && !LABELS.has(tokens[0]?.k ?? "")) {
              // "NAME, ROLE": the role belongs to the person named before it
              const merged: Draft = { ...draft, ...previous, kind: "person" };
              if (draft.role !== undefined) merged.role = draft.role;
              // "NAME, ধুনট, বগুড়া প্রতিনিধি": the district of the place before
              if (draft.place !== undefined) {
                if (isDistrictOf(previous, draft)) merged.district = draft.place;
                else setPlace(merged, { place: draft.place, district: draft.district });
              }
              drafts[drafts.length - 1] = merged;
              // "A and B, Staff Correspondents": each name before a plural role has it; a Bengali role has no plural, so
              // each of the names joined by ও before it has it too: "A ও B, নিজস্ব প্রতিবেদক", "A ও B, সাভার প্রতিনিধি"
              const sharing = part.plural ? drafts : lastChain.length > 1 ? lastChain : [];
              for (const named of sharing) {
                if (named.kind !== "person" || named === previous || named.role !== undefined) continue;
                named.role = merged.role ?? "";
                if (!part.plural && merged.place !== undefined && named.place === undefined) setPlace(named, merged as PlaceValue);
              }
              chain.push(merged);
              if (merged.place !== undefined) chainPlaces.push({ place: merged.place });
              break;
            }
            if (previous && sameContributor(previous, draft)) break;
            // "A ও B, রংপুর ও লালমনিরহাট প্রতিনিধি": the role is each name's, the places one each in order
            if (part.roleOnly && chain.length === 0 && shared.length > 1 && draft.place !== undefined) {
              for (const named of shared) named.role ??= draft.role ?? "";
              shared.shift();
              if (shared[0]) setPlace(shared[0], draft as PlaceValue);
              break;
            }
            // an outlet, then its bureau: "বৈশাখী টিভি, চট্টগ্রাম ব্যুরো"
            if (draft.kind === "bureau" && drafts.length === 1 && previous?.agency !== undefined && previous.place === undefined) {
              drafts[0] = { ...draft, outlet: previous.agency };
              break;
            }
            // … and a title's with no name before it: "Executive Director, Transparency International Bangladesh"
            if (bareTitle && firstInPiece && drafts.length === 0 && isBodyAfterTitle(part)) break;
            // a body after a title is the person's: "NAME, সভাপতি, ঢাকা রিপোর্টার্স ইউনিটি"
            if (titled && titled === previous && firstInPiece && isBodyAfterTitle(part)) {
              // (not a second post's: "NAME, Professor, University of Dhaka and Director, Centre for Policy Dialogue")
              // … or the body that a division is part of: "NAME, former member, General Economics Division, Planning
              // Commission"
              titled.institution = withBody(titled.institution, draft.name as string);
              break;
            }
            // "অনুবাদ: A ও B", "ছবি: A ও B": a name joined to a labelled one has its role, and so has one after a
            // comma: "অনুবাদ: A, B"
            const comma = firstInPiece && view.text.slice(0, tokens[0]?.s).trimEnd().endsWith(",");
            const joinedRole = (comma ? lastChain : chain).at(-1)?.role;
            if (draft.kind === "person" && joinedRole !== undefined && LABEL_ROLE_VALUES.has(joinedRole)) draft.role ??= joinedRole;
            // one word that ends as a given name does, joined by ও to a name after it, is a name too: "আসাদুজ্জামান ও
            // শহিদুল ইসলাম", "মনিরুজ্জামান ও NAME", "Mohiuddin and NAME"
            const opened = !firstInPiece && !chain[0] && draft.kind === "person" && !draft.role && (givenName ??= new RegExp(`(?:${NAME_ENDINGS.join("|")})$`, "u")).test(foldKey(openingNames[0] ?? "")) && openingPerson();
            if (opened) chain.push(opened);
            drafts.push(draft);
            chain.push(draft);
            if (draft.kind === "person" && draft.role === undefined) lastPersonFromPiece = drafts.length - 1;
            if (draft.place !== undefined) {
              // the place is written before the role: "খুলনা প্রতিনিধি", "গফরগাঁও (ময়মনসিংহ) প্রতিনিধি"
              const first = tokens[0];
              if (first && tokens.length > 1 && draft.place.startsWith(valueOf(view, [first]))) boundPlaces++;
              chainPlaces.push({ place: draft.place, district: draft.district });
            }
            break;
          }
          case "place": {
            // (a part right after a slash: a house's letter, a zone's place)
            const afterSlash = view.text[(tokens[0]?.s ?? 0) - 1] === "/";
            // a house's letter after its number and a slash is the address's: "NAME, ১২/এ, পুরানা পল্টন, ঢাকা"
            if (address && !part.known && afterSlash) break;
            // one unknown word before a bar opening the text is the page's section: "মতামত | NAME", "উপসম্পাদকীয় | NAME"
            // (and no word after it is the place the text opens with)
            if (part.weak && !part.known && view.text.slice(tokens.at(-1)?.e).trimStart().startsWith("|")) {
              sectioned = true;
              break;
            }
            if (chain.length === 0) {
              // one unknown word after a title is the person's institution: "NAME, গবেষক, বিআইডিএস" (not a second
              // post's: "NAME, Professor of Economics, University of Dhaka and Executive Director, SANEM")
              if (titled && titled === previous && firstInPiece && isBodyAfterTitle(part) && !address) {
                // … or the body that an office is part of: "NAME, former director of the Human Development Report
                // Office, UNDP"
                titled.institution = withBody(titled.institution, part.value.place);
                break;
              }
              // one word with no place-name ending, then a known place: "আসাদুজ্জামান, রাজশাহী" names a person (not a
              // zone's region before its slash: "Asia/Dhaka")
              if (part.known && !afterSlash) openingPerson();
              // a site the registry knows, then a place: "আনন্দবাজার ডট কম, শিলিগুড়ি"
              if (site !== undefined && previous === undefined) {
                drafts.push({ kind: "agency", agency: site, place: part.value.place });
                break;
              }
              if (drafts.length === 0) leading.push(part.value);
              const waiting = drafts.slice(labelled).filter((draft) => draft.place === undefined);
              if (waiting.length > 0) for (const draft of (shared = waiting)) setPlace(draft, part.value);
              else if (!firstInPiece && (previous?.kind === "agency" || (previous?.role !== undefined && previous.name === undefined))) {
                // places joined by ও after a role or an agency: one contributor each ("নিজস্ব প্রতিবেদক, সিলেট ও
                // মৌলভীবাজার", "Staff Reporter, Sylhet and Moulvibazar", "UNB, Dhaka and Chattogram", "সংবাদ সংস্থা, ঢাকা
                // ও নয়াদিল্লি"), as before a role ("নোয়াখালী ও লক্ষ্মীপুর প্রতিনিধি")
                const copy: Draft = { ...previous };
                setPlace(copy, part.value);
                drafts.push(copy);
              } else if (shared.length > 1) {
                shared.shift();
                if (shared[0]) setPlace(shared[0], part.value);
              }
              else if (previous && isDistrictOf(previous, part.value)) {
                // "NAME, গাবতলী, বগুড়া", "Correspondent, Sreemangal, Moulvibazar": a district after the upazila
                previous.district = part.value.place;
              } else if (drafts.length === 0 && !openingPlace && !sectioned) {
                openingPlace = part.value;
                weakOpening = !!part.weak;
                openingName = weakOpening && !!part.nameLike;
                openingNames.push(part.value.place);
              } else if (drafts.length === 0 && openingNames.length > 0) {
                // a word that may be no name after the first: only the first is read as a name, as before
                if (part.nameLike && !part.known) {
                  openingNames.push(part.value.place);
                  openingJoined = firstInPiece ? 1 : openingJoined + 1;
                } else openingNames.length = 1;
              }
            } else {
              chainPlaces.push(part.value);
            }
            break;
          }
          case "institution": {
            // a department, then its university: "অর্থনীতি বিভাগ, ঢাকা বিশ্ববিদ্যালয়", "Department of English, Jagannath University",
            // "Institute of Business Administration, University of Dhaka"
            // (a second body after a semicolon is another post's: "NAME, সাবেক গভর্নর, বাংলাদেশ ব্যাংক; অধ্যাপক, ঢাকা বিশ্ববিদ্যালয়")
            const held = previous?.institution;
            if (previous && (!held || PART_OF_BODY.test(held) || /^\S+ of /.test(held))) previous.institution = held ? `${held}, ${part.institution}` : part.institution;
            break;
          }
          case "outlet": {
            if (previous) previous.outlet ??= part.outlet;
            // an online edition the registry does not know, alone: "মাই টিভি অনলাইন"
            else if (ONLINE_EDITION.test(part.outlet)) drafts.push({ kind: "agency", outlet: part.outlet });
            // a site the registry knows (its id), alone so far: "আনন্দবাজার ডট কম"
            else if (/^[a-z\d-]+$/.test(part.outlet)) site = part.outlet;
            break;
          }
          case "registry": {
            if (part.date !== undefined) dateText ??= part.date;
            // a one-word name, then an outlet's name (no wire's): "রহিম, ETV Bharat Team", "করিম, আনন্দবাজার অনলাইন"
            if (firstInPiece && !part.wire) previous = openingPerson() ?? previous;
            // a name of two words before a wire dateline's date is its place: "Buenos Aires, July 9 (AFP)"
            if (part.date && drafts.length === 1 && previous?.name && !previous.role && !previous.place) {
              openingPlace = { place: previous.name };
              drafts.pop();
            }
            if (
              previous &&
              previous.outlet === undefined &&
              !part.wire &&
              previous.kind !== "agency" &&
              // a person, staff or correspondent; a desk or bureau only after a comma or a bar: "আন্তর্জাতিক ডেস্ক, প্রথম আলো",
              // "কলকাতা ব্যুরো, আনন্দবাজার", "অনলাইন ডেস্ক | সময় টিভি" (after a semicolon it is a second contributor)
              ((previous.kind !== "desk" && previous.kind !== "bureau") || /[,|]$/.test(view.text.slice(0, tokens[0]?.s).trimEnd()))
            ) {
              previous.outlet = part.id;
            } else {
              const draft: Draft = { kind: "agency", agency: part.id };
              if (part.place) setPlace(draft, part.place);
              if (!previous || !sameContributor(previous, draft)) {
                drafts.push(draft);
                chain.push(draft);
              }
            }
            break;
          }
          case "date":
            dateText ??= part.text;
            if (part.place && drafts.length === 0) openingPlace ??= part.place;
            break;
          case "title": {
            // "NAME, নির্বাহী সম্পাদক", "আসাদুজ্জামান, সম্পাদক"; a title alone or first ("সম্পাদক: NAME") names no writer
            if (firstInPiece) previous = openingPerson() ?? previous;
            bareTitle = position === 1 && previous === undefined;
            if (firstInPiece && previous?.kind === "person" && previous.role === undefined) {
              previous.role = part.role;
              if (part.institution !== undefined) previous.institution = part.institution;
              if (part.outlet !== undefined) previous.outlet = part.outlet;
              titled = previous;
            } else if (firstInPiece && previous && previous === titled && previous.institution === undefined && view.text.slice(0, tokens[0]?.s).trimEnd().endsWith(",")) {
              // a second title after a comma: "NAME, কথাসাহিত্যিক, শিক্ষাবিদ"
              previous.role = `${previous.role}, ${part.role}`;
            }
            break;
          }
          case "desk-word": {
            // "বিডি প্রভাত, ডেস্ক": the words before were the desk's name
            const named = lastPersonFromPiece >= 0 ? drafts[lastPersonFromPiece] : undefined;
            if (named && named === previous && named.name !== undefined) {
              drafts[lastPersonFromPiece] = { kind: "desk", name: `${named.name} ${DESK_WORD}`, desk: named.name };
            } else if (previous?.kind === "agency" && previous.agency !== undefined) {
              drafts[drafts.length - 1] = { kind: "desk", name: DESK_WORD, outlet: previous.agency };
            } else if (drafts.length === 0) {
              drafts.push({ kind: "desk", name: DESK_WORD });
            }
            break;
          }
          case "address":
            address = true;
            break;
          case "press-release":
            pressRelease = true;
            drafts.push({ kind: "desk", name: part.name });
            break;
          // one word before a tournament is a sports writer's name: "রাশেদ, টোকিও অলিম্পিক"
          case "event":
            openingPerson();
            break;
          case "compiled":
            compiled = true;
            drafts.push({ kind: "correspondent", role: CORRESPONDENT });
            break;
        }
        firstInPiece = false;
      }
      // places of a chain joined by ও: one place for all, or one each in order
      if (chain.length >= 2 && chainPlaces.length === chain.length) {
        chain.forEach((draft, i) => {
          const value = chainPlaces[i];
          if (value) setPlace(draft, value);
        });
      } else if (chain.length >= 2 && chainPlaces.length === 1 && boundPlaces === 0 && chainPlaces[0]) {
        for (const draft of chain) if (draft.place === undefined) setPlace(draft, chainPlaces[0]);
      } else if (chain.length === 1 && chain[0] && chain[0].place === undefined && chainPlaces[0]) {
        setPlace(chain[0], chainPlaces[0]);
      }
      lastChain = chain;
    }
  }

  // a photo story's author took its photos where a later piece names the writer: "Photo story by NAME; Text: NAME"
  const author = drafts[0];
  if (author?.kind === "person" && author.role === undefined) {
    const spanText = view.text.slice(labelStart, span.end);
    if (PHOTO_STORIES.has(PHOTO_STORY_OPENING.exec(spanText)?.[0] ?? "") && LABEL_ROLES.get(LATER_LABEL_RE.exec(spanText)?.[1] ?? "") === "") {
      author.role = PHOTOGRAPHER_ROLE;
    }
  }
  // one unknown word alone is no byline; with a date or a separator after it, it is the place a story opens with
  const afterFirst = view.text[span.segments[0]?.[1] ?? 0];
  const separated = /[:ঃ।॥]/.test(afterFirst ?? "_");
  if (weakOpening && drafts.length === 0 && dateText === undefined && span.segments.length === 1 && !separated) {
    openingPlace = undefined;
  }
  if (drafts.length === 0 && !openingPlace && dateText === undefined) return EMPTY;
  // the place a wire dateline opens with is where its agency filed from: "বামাকো, ১৯ জুলাই (বাসস) :"
  if (openingPlace) {
    for (const draft of drafts) if (draft.place === undefined) setPlace(draft, openingPlace);
  }
  const first = span.segments[0];
  const last = span.segments.at(-1);
  const source = view.spanToSource(first?.[0] ?? 0, last?.[1] ?? 0);
  const trimmed = trimEnd(source.text, TRAILING);
  const byline: { -readonly [K in keyof Byline]: Byline[K] } = {
    contributors: drafts.map(freeze),
    text: trimmed,
    index: source.index,
    story: { index: view.toSource(span.end) },
  };
  if (pressRelease) byline.pressRelease = true;
  if (compiled) byline.compiled = true;
  if (openingPlace && drafts.length === 0) byline.place = openingPlace.place;
  if (dateText !== undefined) byline.dateText = dateText;
  return byline;
}
