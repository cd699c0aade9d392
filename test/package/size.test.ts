/** Tree-shaken, minified, gzipped size of what a user imports, measured with esbuild on the built ESM entry. */
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ENTRY = resolve(import.meta.dirname, "../../dist/index.js");

async function gzippedSize(names: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: names === "*" ? `export * from ${JSON.stringify(ENTRY)};` : `export { ${names} } from ${JSON.stringify(ENTRY)};`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).length;
}

/**
 * Each row guards against growth: the size measured, plus a little room for the next change. A rule that reads more
 * text pays for itself here, so a row moves only with a reason; the CHANGELOG says what each addition reads.
 */
const LIMITS: ReadonlyArray<readonly [string, number]> = [
  ["toAsciiDigits", 1024],
  // goal 8 KiB: the whole-dateline fast path (about 0.8 KiB), the matching view (0.75), the scanner (0.7), zone
  // arithmetic (0.6) and the date vocabularies (about 1.5 KiB of spellings) are the most of it; the rest is the shapes
  // of dates, times and labels; hours in words (`রাত নয়টায়`) about 0.2 KiB; English day parts before an hour
  // (`night at 11:30`), `রাত ৯টাও`, a zone after bare minutes and `গতরাত` about 0.1 KiB (with the table of English
  // day parts, 26 B); an English day part after the hour (`11:30 at night`) 34 B; a day's text taking in its day part
  // (`গত রাতে`), a comma or `at around` before an English hour and one or two after `গভীর রাতে` about 0.1 KiB;
  // `সময়:` between a date and its time, `[IST]`, `BdST` and a Windows line break above an update label 20 B; no date
  // after `প্রতি` (`প্রতি শুক্রবার`) 10 B; weekdays listed after `প্রতি`, `প্রতিটি`, `প্রত্যেক`, `বিষুদবার`,
  // a marker glued to the update label and `5 January this year` about 0.1 KiB; `শুক্কুরবার`, and `রোব্বার`,
  // `বেস্পতিবার` after `গত` or `আগামী` 44 B; no date after `প্রতিটা` or an ordinal (`প্রথম শুক্রবার`), `::` before a
  // time, a day part between a weekday and its date (`শনিবার রাতে (১২ জুলাই)`), a fullwidth comma before a time
  // about 80 B; minutes in words before মিনিট (`রাত নয়টা পনেরো মিনিটে`) about 0.12 KiB; a known place's zone before
  // স্থানীয় সময় or সময় (six zones, `লন্ডনের স্থানীয় সময়`, `নিউইয়র্ক সময়`) and a zone left open in a bracket about
  // 0.37 KiB, minutes before an hour (`রাত নয়টার দশ মিনিট আগে`), none after a locative hour and no count back after
  // a genitive (`সময়ের ৪৫ মিনিট আগে`) about 80 B; the date vocabularies and a few Bengali pieces of patterns written
  // as pattern literals, whose letters the bundle keeps as they are, save about 20 B (little: gzip matches the escapes
  // of the Bengali left in strings less well beside letters kept as they are); Mecca (`মক্কার স্থানীয় সময়`) 7 B; a
  // place's zone looked up from one group saves 25 B; eleven more zones of places abroad (`জাপানের`, `তেহরানের`,
  // `গাজার` …, about 20 B a zone) 0.21 KiB and a count forward before a verb in the future tense (`৩ দিন পর
  // খুলবে`) 63 B; the weekday of a second clock right after the first nearest the first clock's day (`রাত ৮টায়
  // (বাংলাদেশ সময় মঙ্গলবার সকাল ৬টা)`) 58 B; dotted abbreviations (`এ.এম.`, `মি.`, `খ্রি.`) and a few Bengali pieces of
  // patterns (`জিএমটি`, `গত রাত`) kept in pattern literals, and `[ঃ.]` for `(?:ঃ|\.)`, save 51 B; places of
  // Bangladeshi workers abroad and the diaspora (Singapore, Kuwait, Oman, Bahrain, Abu Dhabi and the Emirates, Kuala
  // Lumpur, Karachi, Lahore, Sri Lanka, Bangkok, Seoul, Germany, Italy: nine more zones, about 25 B a zone) 0.23 KiB;
  // `তবে`, `কবে`, `সবে` and `যবে` as no future verbs after a count 17 B; an error's value described with one fallback
  // 2 B; the units of a count back and the named days written as pairs of a pattern and a value save 38 B; the months
  // written one line a month, read with their number, save 30 B; the weekdays written one line a weekday save 25 B; the
  // day parts one line a part 12 B; a day part's hour read by two tests, not a case for each part, 15 B; a reference
  // of the years 1 to 9999 only, and no date read outside them (an extreme reference threw), about 90 B; Egypt and
  // Cairo, `সিংগাপুর`, Jeddah, Kabul and Afghanistan, and Geneva (three more zones) 72 B
  ["parseDateline", 13165],
  ["toBanglaDate", 2048],
  ["toBanglaDate, fromBanglaDate", 2088],
  ["toHijriDate, fromHijriDate", 2589],
  // the registry of 260 agencies is most of it (about 7.2 KB, read from a table of one agency a line, each line kept
  // as a pattern's source, which saves about 0.4 KB on escaped Bengali letters); a line costs about 15–35 B; PTV,
  // Pixabay, Desh TV and four more TV spellings (সময় সংবাদ, মাছরাঙা নিউজ …) about 66 B; twelve TV channels and two
  // stock sites about 0.2 KiB; Sabah, ESPN and বিডি প্রতিদিন about 50 B; Sky Sports, Marca, Variety and The Hollywood
  // Reporter about 90 B; Goal.com 16 B, less 6 B of the case endings written as a pattern literal; the endings each
  // class of name takes and an article written as pattern literals save 22 B, `কিয়োদো নিউজ` and `আনাদোলো` take 14 B
  // Le Figaro and The Kyiv Independent (no more read as Britain's Independent) 64 B
  ["findAgency", 10936],
  // the registry, then the cue verbs and phrases of attribution (about 3 KB, English cues among them); an English
  // descriptor before the verb (`Reuters news agency reported`), `published by`, and `a`, `an`, `state-run` before a
  // name about 30 B; up to two words before an English verb (`KCNA news agency later said`), three more English verbs,
  // `tv`, `media`, `broadcaster`, `daily`, `state` and `reports in` about 0.1 KiB, less 58 B of three patterns' Bengali
  // letters written as escapes (a list's joiners, a partner, an article); PTV, Pixabay, Desh TV and four more TV
  // spellings about 70 B; one English word before a descriptor after an English cue (`according to Indian media outlet
  // NDTV`), a clause between commas before the verb, `added`, a listener after `told` or `speaking to`, `outlet` and
  // `channel` about 0.15 KiB, less about 0.1 KiB of two patterns' Bengali letters written as escapes; twelve TV
  // channels and two stock sites about 0.1 KiB, less the registry kept as pattern sources; up to two English words with
  // hyphens or apostrophes before a descriptor, posts on X or Facebook as reports, `পত্রিকার` after a name, Sabah and
  // বিডি প্রতিদিন about 0.13 KiB; `conducted by`, `carried out by` and an outlet's person after an English possessive
  // (`AP's correspondent`) or name (`AP photographer`), with Goal.com, about 0.11 KiB; the case endings, a list's
  // joiners and an article written as pattern literals save 82 B
  // Le Figaro and The Kyiv Independent in the registry 58 B
  ["findAttributions", 16800],
  // the registry is most of these two rows too; places, roles, titles and institutions about 4 KB more; a role's
  // colon before its writer's name about 80 B and three more titles about 30 B (two-word roles read from groups pay for
  // some of it); companies' last words in credits about 30 B; a beat before an online desk, -ধ্যক্ষ and -যোদ্ধা titles and
  // (অবঃ) in a name, বার্তা পরিবেশক about 45 B (sports roles read from the groups save 11 B); কোম্পানি and ফাউন্ডেশন as organisations
  // about 16 B; a role's writer with a known place after a comma about 30 B, titles of writers, artists, film-makers,
  // entrepreneurs, officers and commissioners (কথাসাহিত্যিক, নাট্যকার, নির্মাতা, কমিশনার …) about 67 B; a known place
  // with a wire agency in brackets and no date (LONDON (Reuters) -) about 10 B; three campuses' initials (গোবিপ্রবি,
  // বাউবি, সাস্ট) 23 B; প্রধান নির্বাহী 8 B, less 6 B saved on a locative ending written as letters; PTV, Pixabay, Desh TV,
  // four more TV spellings, করেসপনডেন্ট and titles in -িস্ট, -ist and banker about 0.1 KiB; an English desk's or news
  // service's outlet (`NDTV Sports Desk`, `TNN`, `HT Correspondent`), কবি, ঔপন্যাসিক, গীতিকার, সুরকার, অভিনেতা as titles
  // and `গ্রন্থনা ও অনুবাদ`, a rank before a role and an outlet's bureau about 0.35 KiB, less about 0.2 KiB of the byline
  // words written as pattern literals and five aliases of `Our` and `আমাদের` read by rule; a plural English role for
  // every name before it, two translators joined by ও and a rank before a beat kept out of the beat 120 B; a Bengali role
  // for each name joined by ও before it (and places before it one to each), an original author (`মূল:`), a photographer
  // after the writer (`…; ছবি:`), a label after a semicolon (`…; গ্রন্থনা:`) and `NAME, এই সময়` about 0.33 KiB, less
  // 80 B of the misspelt role words, an alias, the generic roles and the publication-time labels written as pattern
  // literals; a videographer after the writer, translators after a comma or the original's language (seven), a
  // bureau under a name, credit words as no name, `Our` before a bureau, seven English beats, `Writer` roles, two
  // spellings of agencies and Statesman News Service about 0.26 KiB, less about 0.11 KiB of the desk word, roles,
  // conjunctions, case endings and an article written as pattern literals; a wire dateline with no comma after its
  // place, places joined after a role one to each, `ছবি ও ভিডিও:` after the writer, `অনুবাদ করেছেন`, five English
  // beats and `আমাদের` before a place 0.14 KiB, the English roles written as pattern literals included; Le Figaro and
  // The Kyiv Independent in the registry 56 B; a district in the genitive before an upazila (`বগুড়ার শেরপুর প্রতিনিধি`),
  // a plural English role alone (`Our Correspondents`) and Environment Correspondent 79 B; a word's equality tested
  // as strings, not with patterns whose letters the bundle keeps (plainer and a few percent faster), 72 B
  ["parseByline", 23678],
  // courtesy genitives after ং and ওয়ে, and Corporation, Corp., Company and Foundation in English credits, about 37 B;
  // English medium labels (Illustration:, Collage:, Graphics:, Infographic:), Representational image and
  // ইনফোগ্রাফিক as credit markers and the reporter's own photo about 64 B; গণমাধ্যম and সংবাদমাধ্যম as organisations
  // 16 B; a credit's labels written as a pattern literal, whose letters the bundle does not escape, save about 90 B;
  // markers in Latin letters looked for only in a text with a Latin letter 16 B; `কোলাজ:` as a marker and a medium's label
  // after a credit in the same sentence read as part of it about 86 B; PTV, Pixabay, Desh TV, four more TV spellings
  // and হ্যান্ডআউট about 77 B; `names` of several photographers, `Photos:`, `Photograph:` and the short
  // names of desks (HT, TNN, FE) and a body's page on a platform (`ছবি: ফিফা ওয়েবসাইট`) about 0.17 KiB, less about
  // 0.1 KiB of the credit words written as pattern literals; no name looked for after the last conjunction, for
  // speed on story lines, 42 B; photographers' names of two to four words listed with commas only (`ছবি: NAME, NAME`),
  // a name's place of one word after a comma, `গ্রাফিক:`, `ছবি: এই সময়` and Goal.com 0.15 KiB, the medium labels and
  // outlets' short names written as pattern literals included; `ফাইল ফটো` and `আর্কাইভ ছবি` as file marks, a file mark
  // after a comma and Statesman's short name 20 B
  // Le Figaro and The Kyiv Independent in the registry 53 B
  ["splitCaption, parseCredit", 17182],
  // every reader together, less the calendars' own formatting; findSignOff has the registry (agency names are no
  // initials) and the boilerplate vocabulary (chrome lines are passed over: tabs, placeholders, titled editors,
  // developer credits); extractArticle also reads a place alone under a byline line, and the byline and credit words
  // above (about 54 B); three more Bengali editors' titles, `Editor-in-Chief` and `Powered by` about 60 B; English day
  // parts before a time about 0.15 KiB; the tabs `Most Viewed`, `Trending`, `সবচেয়ে বেশি পঠিত` and `টপিকস:` about 55 B;
  // the byline and credit rules above (writers after a role's colon, more titles, English medium labels, `কোলাজ:`, a
  // place with a wire agency in brackets, the press as a source) about 0.3 KiB, less 0.1 KiB saved on the credit's
  // labels and the prose words written as patterns; the dates' rules above (a day's day part in its text, `at around`,
  // `সময়:`, `[IST]`, `BdST`) about 0.1 KiB, a weekday after one to come (`আগামী শনিবার ও রোববার`) about 50 B, `সাড়ে ৩
  // ঘণ্টা আগে` about 65 B, no date after `প্রতি` 11 B and `বৃহষ্পতিবার` 4 B,
  // weekdays listed after `প্রতি`, `বিষুদবার`, a marker glued to the update label, `this year` about 0.11 KiB;
  // one network a line, footer links, cookie notices, `Latest` and `হোম` tabs, an outlet before initials and an English
  // descriptor before the verb about 0.19 KiB; English chrome (`Related Articles`, `Terms of Use`, `Contact Us`,
  // `Sponsored Content`, `Like us on`, …) and the English attribution rules above about 0.2 KiB, less 9 B of networks
  // listed twice and 29 B of three patterns' Bengali letters written as escapes; more English link labels and footer
  // lines (`More News`, `Read Next`, `Top News`, `Load more`, `Sitemap`, `Get the app`, …) about 0.12 KiB; PTV, Pixabay,
  // Desh TV, four more TV spellings, করেসপনডেন্ট, titles in -িস্ট, -ist and banker, হ্যান্ডআউট about 0.11 KiB; twelve TV
  // channels, two stock sites, eight West Bengal districts, an online edition alone, a title's outlet under a name,
  // -এডিটর, a medium after a slash and সংগৃহীত ফাইল ছবি about 0.22 KiB (the registry and places kept as pattern sources
  // save little here: the bundle's other Bengali strings stay escaped); the English attribution rules above (a word
  // before a descriptor, a clause before the verb, `added`, listeners), `Popular Links`, `Show more results`,
  // `Copyright: 2025`, a cookie notice of `এই ওয়েবসাইট` and no byline in a sentence of more than six words with its
  // full stop about 0.2 KiB; `শুক্কুরবার`, `গত রোব্বার`, no date after `প্রতিটা` or an ordinal, `::` or a
  // fullwidth comma before a time, `শনিবার রাতে (১২ জুলাই)` as one date about 0.13 KiB; live-blog, comment, newsletter
  // and app-store chrome and a section's name above the headline (`জাতীয়`, `National`) about 0.2 KiB; agency names
  // after the story's last danda as its sources about 50 B; `আয়` as no initials 6 B; an outlet before its bureau, a
  // second title, a medium's own source in a credit and the attribution rules of two English words, posts and
  // `পত্রিকার` about 0.24 KiB; log-in, live-TV, breaking-news, newsletter and share-via chrome and six more section
  // names about 0.16 KiB, a sign-off of a two-word outlet before a name (`কালের কণ্ঠ/রফিক`) about 10 B; minutes in
  // words after an hour (`রাত নয়টা পনেরো মিনিটে`) about 0.1 KiB; a writer's name above a byline line, a wire's name
  // after an English full stop, crumbs with places, four chrome lines and a word and its opposite as no sign-off about
  // 0.3 KiB, less about 0.1 KiB saved (the link-title test inlined, shorter caption and author-note patterns, masthead
  // words listed once); a comment form's lines, `Latest Stories` and `Video Gallery` read from fewer spellings 5 B; no
  // writer's name with a locative or a plural in it (`শঙ্কায় কৃষক`, `খুশি কৃষকেরা`) 8 B; the boilerplate, masthead
  // and sign-off stoplist words written as patterns, whose letters the bundle does not escape, save 0.11 KiB; twelve
  // more section names (`Economy`, `সম্পাদকীয়`, `প্রথম পাতা` …), thirteen chrome lines (`Top Stories`, `Photo Gallery`,
  // `Copy link`, `Cookie Policy`, `গোপনীয়তা নীতি` …) and `Read more from …` about 0.2 KiB;
  // a known place's zone before স্থানীয় সময় (six zones), a zone left open in a bracket, minutes before an hour and no
  // count back after a genitive about 0.42 KiB; the letters' names of sign-offs written as a pattern save 78 B, and
  // eight more chrome lines (`Link copied`, `Dark mode`, `ভিডিও গ্যালারি` …) take 37 B of it; a plural English role,
  // two translators and a rank before a beat about 0.15 KiB; fifteen more section names (`Science`, `Politics`,
  // `প্রযুক্তি`, `আইন-আদালত` …) 0.1 KiB, audio players, save buttons and AMP and print views' buttons 89 B; a name
  // above a role line told from a sub-headline by its words (about sixty given and family names, a name's first word,
  // a given name in -ুল, -ুর or -উল) about 0.4 KiB; the dates' eleven more zones of places abroad and a count forward
  // (`৩ দিন পর খুলবে`) about 0.25 KiB; a Bengali role shared by names joined by ও, original authors, photographers
  // after the writer and names listed with commas in credits about 0.4 KiB; the dates' places of workers abroad
  // (`কুয়েতের`, `সিঙ্গাপুরের` …, 24 spellings, nine more zones) and the weekday of a second clock, less the dates'
  // dotted abbreviations kept in patterns, 0.23 KiB; a name above a role line read from a given name's ending, three
  // given names and five women's family names, a family name after an adjective and `-কুর`/`-পুর` as no given name
  // about 0.1 KiB; an audio player's length, `রিফ্রেশ` and eleven more sections' names about 90 B; a videographer,
  // translators after a comma or a language, a bureau under a name, credit words as no name and file marks about
  // 0.25 KiB, less 0.18 KiB of byline words, case endings, a list's joiners and an article written as pattern literals;
  // the dates' units of a count back and named days written as pairs save 41 B; the dates' months, weekdays and day
  // parts one line an entry about 53 B; the Bangla and Hijri months read from their spellings alone (name and CLDR
  // spelling among them) 15 B; a day part's hour read by two tests 16 B; a reference of the years 1 to 9999 only
  // (an extreme one threw) about 0.1 KiB; the byline rules above (a wire dateline with no comma, places joined after
  // a role, `ছবি ও ভিডিও:`, `অনুবাদ করেছেন`, five English beats) about 0.16 KiB; Le Figaro and The Kyiv Independent
  // in the registry about 60 B; eight more sections (`Press Release`, `মৃত্যুবার্ষিকী` …), a trail of sections among
  // the last lines as no sign-off and three given names 0.11 KiB; the dates' Egypt, Cairo, `সিংগাপুর`, Jeddah, Kabul,
  // Afghanistan and Geneva 72 B; the byline rules above (a district in the genitive, `Our Correspondents`,
  // Environment Correspondent) 96 B
  ["extractArticle", 61166],
  // one network a line, footer links, cookie notices, `Latest` and `হোম` tabs, and an outlet before initials: 0.12 KiB
  // English chrome (`Related Articles`, `Terms of Use`, `Contact Us`, `Like us on`, `TikTok` …) about 0.1 KiB, and
  // `More News`, `Read Next`, `Top News`, `Load more`, `Sitemap`, `Get the app` … about 0.12 KiB; PTV, Pixabay, Desh TV
  // and four more TV spellings about 66 B; `Popular Links`, `Show more results`, `Copyright: 2025` and a cookie notice
  // of `এই ওয়েবসাইট` about 45 B; live-blog, comment, newsletter and app-store chrome about 40 B; Sabah, ESPN and
  // বিডি প্রতিদিন in the registry about 20 B; log-in, live-TV, breaking-news, newsletter and share-via chrome about 0.1 KiB;
  // a two-word outlet before a name (`কালের কণ্ঠ/রফিক`) about 27 B; four chrome lines, an English infinitive as no
  // invitation and a word and its opposite (`জয়/পরাজয়`) or a pair of common words (`আলো/আঁধার`) as no sign-off about 70 B;
  // a comment form's lines, `Latest Stories` and `Video Gallery` 14 B; the boilerplate and stoplist words written as
  // patterns, whose letters the bundle does not escape, save 0.25 KiB; thirteen chrome lines (`Top Stories`, `Photo
  // Gallery`, `Copy link`, `Cookie Policy`, `গোপনীয়তা নীতি` …) and `Read more from …` about 0.13 KiB; Sky Sports, Marca,
  // Variety and The Hollywood Reporter in the registry about 90 B; the letters' names written as a pattern save 46 B,
  // eight more chrome lines (`Link copied`, `Dark mode`, `ভিডিও গ্যালারি` …) take 37 B; audio players (`খবরটি শুনুন`,
  // `Listen to this article`), save buttons and AMP and print views' buttons 78 B; an audio player's length and
  // `রিফ্রেশ` 12 B
  // Le Figaro and The Kyiv Independent in the registry 53 B
  ["findSignOff", 15723],
  // one network a line, footer links, cookie notices, `Latest`, `হোম` and `ভিডিও` tabs, `যুগ্ম সম্পাদক:` about 0.1 KiB;
  // English chrome (`Related Articles`, `Terms of Use`, `Contact Us`, `Like us on`, `TikTok` …) about 0.12 KiB, and
  // `More News`, `Read Next`, `Top News`, `Load more`, `Sitemap`, `Get the app` … about 0.11 KiB; `Popular Links`,
  // `Show more results`, `Copyright: 2025` and a cookie notice of `এই ওয়েবসাইট` about 47 B; live-blog furniture,
  // comment and newsletter boxes, app badges and `Copyright (c)` about 0.16 KiB; log-in, live-TV, breaking-news,
  // newsletter and share-via chrome about 0.12 KiB; `Watch Live`, `Write a comment`, `Register`, `সাইন ইন` and an English
  // infinitive as no invitation about 30 B; a comment form's lines, `Latest Stories` and `Video Gallery` 10 B; the
  // words written as patterns, whose letters the bundle does not escape, save 0.13 KiB; thirteen chrome lines (`Top
  // Stories`, `Photo Gallery`, `Copy link`, `Cookie Policy`, `গোপনীয়তা নীতি` …) and `Read more from …` about 0.14 KiB;
  // eight more chrome lines (`Link copied`, `Dark mode`, `ভিডিও গ্যালারি` …) 36 B; audio players (`খবরটি শুনুন`,
  // `Listen to this article`), save buttons and AMP and print views' buttons 80 B; an audio player's length and
  // `রিফ্রেশ` 15 B
  ["isBoilerplate", 4765],
  // every export (about 58 KiB, about 21 KiB of it vocabulary; about 56 KiB when the bundler keeps Bengali as UTF-8
  // instead of escaping it); the goal is 40 KiB; the dates' weekdays after `প্রতি`, `বিষুদবার`, a marker glued
  // to the update label and `this year` about 0.11 KiB; English chrome and the English attribution rules above about
  // 0.16 KiB; more English link labels and footer lines about 0.12 KiB; three registry entries, three channel
  // spellings, `-িস্ট` and `-logist` titles and a handout credit about 0.1 KiB; twelve TV channels, two stock sites,
  // eight West Bengal districts and the byline and credit rules with them about 0.12 KiB; the English attribution
  // rules and the chrome lines above about 0.18 KiB, less about 0.1 KiB of two patterns' Bengali letters written as
  // escapes; `শুক্কুরবার`, `গত রোব্বার`, no date after `প্রতিটা` or an ordinal, `::` or a fullwidth comma before a
  // time, `শনিবার রাতে (১২ জুলাই)` as one date about 0.13 KiB; live-blog, comment and app-store chrome, a section's
  // name above the headline and agency names after the story's last danda about 0.2 KiB; an outlet before its bureau,
  // a second title, a medium's own source, two English words before a descriptor, posts as reports, Sabah, ESPN and
  // বিডি প্রতিদিন about 0.24 KiB; log-in, live-TV, breaking-news, newsletter and share-via chrome and six more section
  // names and a two-word outlet before a sign-off's name about 0.15 KiB; minutes in words after an hour about 0.1 KiB; a
  // writer's name above a byline line, crumbs with places, four chrome lines and no sign-off of a word and its
  // opposite about 0.17 KiB; the boilerplate, masthead and sign-off stoplist words written as patterns save 85 B;
  // twelve more section names, thirteen chrome lines and `Read more from …` about 0.2 KiB;
  // a known place's zone before স্থানীয় সময় (six zones), a zone left open in a bracket, minutes before an hour and no
  // count back after a genitive about 0.42 KiB; the letters' names of sign-offs written as a pattern save 80 B, eight
  // more chrome lines take 40 B of it; a plural English role, two translators and a rank before a beat about 0.14 KiB;
  // the date vocabularies written as patterns save about 40 B; fifteen more section names, audio players, save
  // buttons and AMP and print views' buttons about 0.2 KiB; a name above a role line told from a sub-headline by its
  // words about 0.4 KiB; eleven more zones of places abroad and a count forward (`৩ দিন পর খুলবে`) about 0.26 KiB; a
  // Bengali role shared by names joined by ও, original authors, photographers after the writer, names listed with
  // commas, `conducted by`, `AP's correspondent` and Goal.com about 0.4 KiB; places of workers abroad (`কুয়েতের`,
  // `সিঙ্গাপুরের` …) and the weekday of a second clock, less the dates' dotted abbreviations kept in patterns, about
  // 0.24 KiB; a name above a role line read from a given name's ending and more given and family names about
  // 0.12 KiB; an audio player's length and eleven more sections' names about 0.1 KiB; a videographer, translators after
  // a comma or a language, a bureau under a name, credit words as no name, English beats and file marks after an
  // agency about 0.25 KiB, less 0.17 KiB of byline words, case endings, a list's joiners and an article written as
  // pattern literals; the dates' units of a count back and named days written as pairs save 38 B; the dates' months,
  // weekdays and day parts one line an entry about 55 B; the Bangla and Hijri months read from their spellings alone
  // 13 B; a day part's hour read by two tests 13 B; a reference of the years 1 to 9999 only (an extreme one threw)
  // about 0.1 KiB; the byline rules above (a wire dateline with no comma, places joined after a role, `ছবি ও ভিডিও:`,
  // `অনুবাদ করেছেন`, five English beats) about 0.15 KiB; Le Figaro and The Kyiv Independent in the registry about 55 B;
  // the article rules above (eight more sections, a closing trail of sections as no sign-off, three given names)
  // 0.12 KiB; the dates' Egypt, Cairo, `সিংগাপুর`, Jeddah, Kabul, Afghanistan and Geneva 71 B; the byline rules above
  // (a district in the genitive, `Our Correspondents`, Environment Correspondent) 83 B
  ["*", 63890],
];

describe("bundle size (minified, gzipped)", () => {
  it.each(LIMITS)("%s ≤ %i bytes", async (names, limit) => {
    const size = await gzippedSize(names);
    console.log(`size: { ${names} } ${size} B gzipped (limit ${limit} B)`);
    expect(size).toBeLessThanOrEqual(limit);
  });
});
