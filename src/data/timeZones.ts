/**
 * Time-zone names, local-time words and places abroad with their zones. The words are written as pattern literals of
 * alternatives (`/লন্ডন|যুক্তরাজ্য/`, read by `patternWords` and `patternEntries`): a bundle keeps a pattern's Bengali
 * letters as they are, where it writes a string's as escapes of six characters each.
 */
import { patternEntries } from "../_lib/patternEntries.ts";
import { patternWords } from "../_lib/patternWords.ts";

/**
 * Time-zone names written in Bengali and English datelines, one zone a line, with the zone each one means. `bst` is
 * Bangladesh Standard Time in the English of Bangladeshi outlets (not British Summer Time); `bdst` is bdnews24's
 * BdST. A fixed offset is written `±HH:MM`: the standard and summer times of North America's east and west and of
 * central Europe (`EST`, `EDT`, `PST`, `PDT`, `CET`, `CEST`), whose letters name their offset; `ET` follows the clocks
 * of New York, `PT` those of Los Angeles. A name of Latin letters reads only as written with a capital. Vocabulary
 * only.
 */
export const TIME_ZONE_NAMES: readonly (readonly [string, string])[] = /* @__PURE__ */ patternEntries([
  [/বাংলাদেশ মানক সময়|বাংলাদেশ সময়|ঢাকা সময়|bdt|বিডিটি|bst|bdst|বিএসটি|bangladesh time|dhaka time/, "Asia/Dhaka"],
  [/ভারতীয় মানক সময়|ভারতীয় সময়|ist|আইএসটি/, "Asia/Kolkata"],
  [/নেপাল সময়/, "Asia/Kathmandu"],
  [/স্থানাংকিত আন্তর্জাতিক সময়|গ্রীনিচ মিন টাইম|গ্রিনিচ সময়|জিএমটি|ইউটিসি|gmt|utc/, "UTC"],
  [/est/, "-05:00"],
  [/edt/, "-04:00"],
  [/et/, "America/New_York"],
  [/pst/, "-08:00"],
  [/pdt/, "-07:00"],
  [/pt/, "America/Los_Angeles"],
  [/cet/, "+01:00"],
  [/cest/, "+02:00"],
]);

/** Words that say a clock is the local time of a place abroad, not of the zone the reader assumes. */
export const LOCAL_TIME_WORDS: readonly string[] = /* @__PURE__ */ patternWords([/স্থানীয় সময়|স্থানীয় সময়ে|local time/]);

/**
 * Places abroad that keep one time zone, as Bengali and Indian news name them before `স্থানীয় সময়` (`লন্ডনের স্থানীয়
 * সময়`), with that zone: the capitals, cities and countries most quoted, those of Bangladeshi workers abroad and the
 * diaspora among them (the Gulf, Singapore, Malaysia, Italy, Portugal, Greece, and the cities of Spain, Canada and
 * Australia they live in), each zone a line with its spellings as a pattern literal of alternatives, the lines of one
 * region together. A country with several zones (the United States, Russia, Australia, Canada, Brazil, Indonesia,
 * Spain) is not here, only a zone of one named by its part (`যুক্তরাষ্ট্রের পূর্বাঞ্চলীয় সময়`, the eastern). Vocabulary
 * only.
 */
export const PLACE_ZONES: readonly (readonly [string, string])[] = /* @__PURE__ */ patternEntries([
  [/দিল্লি|নয়াদিল্লি|কলকাতা|ভারত/, "Asia/Kolkata"],
  [/বেইজিং|চীন/, "Asia/Shanghai"],
  [/দুবাই|আবুধাবি|আবু ধাবি|সংযুক্ত আরব আমিরাত|আমিরাত|শারজাহ|শারজা/, "Asia/Dubai"],
  [/রিয়াদ|সৌদি আরব|মক্কা|জেদ্দা|মদিনা/, "Asia/Riyadh"],
  [/টোকিও|জাপান|ওসাকা/, "Asia/Tokyo"],
  [/ইসলামাবাদ|পাকিস্তান|করাচি|লাহোর/, "Asia/Karachi"],
  [/দোহা|কাতার/, "Asia/Qatar"],
  [/মালয়েশিয়া|কুয়ালালামপুর/, "Asia/Kuala_Lumpur"],
  [/তেহরান|ইরান/, "Asia/Tehran"],
  [/ইসরায়েল/, "Asia/Jerusalem"],
  [/গাজা/, "Asia/Gaza"],
  [/কাঠমান্ডু|নেপাল/, "Asia/Kathmandu"],
  [/সিঙ্গাপুর|সিংগাপুর/, "Asia/Singapore"],
  [/কুয়েত/, "Asia/Kuwait"],
  [/ওমান|মাস্কাট|মাসকাট/, "Asia/Muscat"],
  [/বাহরাইন|মানামা/, "Asia/Bahrain"],
  [/শ্রীলঙ্কা|শ্রীলংকা|কলম্বো/, "Asia/Colombo"],
  [/ব্যাংকক|থাইল্যান্ড/, "Asia/Bangkok"],
  [/সিউল|দক্ষিণ কোরিয়া/, "Asia/Seoul"],
  [/কাবুল|আফগানিস্তান/, "Asia/Kabul"],
  [/লন্ডন|যুক্তরাজ্য/, "Europe/London"],
  [/মস্কো/, "Europe/Moscow"],
  [/প্যারিস|ফ্রান্স/, "Europe/Paris"],
  [/ইস্তাম্বুল|তুরস্ক/, "Europe/Istanbul"],
  [/জার্মানি|বার্লিন/, "Europe/Berlin"],
  [/ইতালি|রোম|মিলান/, "Europe/Rome"],
  [/জেনেভা/, "Europe/Zurich"],
  [/ব্রাসেলস|বেলজিয়াম/, "Europe/Brussels"],
  [/লিসবন/, "Europe/Lisbon"],
  [/মাদ্রিদ/, "Europe/Madrid"],
  [/এথেন্স|গ্রিস|গ্রীস/, "Europe/Athens"],
  [/মিসর|মিশর|কায়রো/, "Africa/Cairo"],
  [/হারারে|জিম্বাবুয়ে/, "Africa/Harare"],
  [/জোহানেসবার্গ/, "Africa/Johannesburg"],
  [/নিউইয়র্ক|নিউ ইয়র্ক|ওয়াশিংটন|যুক্তরাষ্ট্রের পূর্বাঞ্চলীয়/, "America/New_York"],
  [/টরন্টো/, "America/Toronto"],
  [/ভ্যাঙ্কুভার|ভ্যানকুভার/, "America/Vancouver"],
  [/সিডনি/, "Australia/Sydney"],
  [/মেলবোর্ন/, "Australia/Melbourne"],
  [/ব্রিসবেন/, "Australia/Brisbane"],
  [/মালদ্বীপ/, "Indian/Maldives"],
]);
