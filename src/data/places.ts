/**
 * Place names that bylines end with: Bangladesh's divisions, its 64 districts (with the spellings newsrooms use),
 * well-known upazilas and towns, Indian cities that Bengali outlets write from, and foreign capitals that appear in
 * bureau and correspondent bylines. Vocabulary only; the byline reader folds every spelling before matching. The
 * Bengali lists are written as pattern literals of alternatives, one a line (see `patternWords`): a bundle keeps their
 * letters as they are.
 */
import { patternWords } from "../_lib/patternWords.ts";

/**
 * Bangladesh's 64 districts, with common alternative spellings after the standard one, grouped by division; the
 * first district of each group is the division's seat and name.
 */
export const BD_DISTRICTS: readonly string[] = /* @__PURE__ */ patternWords([
  // Dhaka division
  /ঢাকা|গাজীপুর|নারায়ণগঞ্জ|নারায়নগঞ্জ|নরসিংদী|মানিকগঞ্জ|মুন্সীগঞ্জ|মুন্সিগঞ্জ|টাঙ্গাইল|কিশোরগঞ্জ/,
  /ফরিদপুর|গোপালগঞ্জ|মাদারীপুর|মাদারিপুর|রাজবাড়ী|রাজবাড়ি|শরীয়তপুর|শরিয়তপুর/,
  // Chattogram division
  /চট্টগ্রাম|চট্রগ্রাম|কক্সবাজার|কুমিল্লা|ফেনী|নোয়াখালী|লক্ষ্মীপুর|লক্ষীপুর|চাঁদপুর/,
  /ব্রাহ্মণবাড়িয়া|রাঙামাটি|রাঙ্গামাটি|খাগড়াছড়ি|বান্দরবান/,
  // Rajshahi division
  /রাজশাহী|বগুড়া|বগুরা|পাবনা|সিরাজগঞ্জ|নাটোর|নওগাঁ|জয়পুরহাট|চাঁপাইনবাবগঞ্জ|চাঁপাই নবাবগঞ্জ/,
  // Khulna division
  /খুলনা|যশোর|সাতক্ষীরা|বাগেরহাট|নড়াইল|মাগুরা|ঝিনাইদহ|কুষ্টিয়া|চুয়াডাঙ্গা|মেহেরপুর/,
  // Barishal division
  /বরিশাল|পটুয়াখালী|ভোলা|পিরোজপুর|বরগুনা|ঝালকাঠি|ঝালকাঠী/,
  // Sylhet division
  /সিলেট|মৌলভীবাজার|হবিগঞ্জ|সুনামগঞ্জ/,
  // Rangpur division
  /রংপুর|দিনাজপুর|গাইবান্ধা|কুড়িগ্রাম|লালমনিরহাট|নীলফামারী|পঞ্চগড়|ঠাকুরগাঁও/,
  // Mymensingh division
  /ময়মনসিংহ|জামালপুর|নেত্রকোনা|নেত্রকোণা|শেরপুর/,
]);

/** Upazilas, towns and city areas that often head a byline (a sample; unknown upazilas are read by position). */
export const BD_TOWNS: readonly string[] = /* @__PURE__ */ patternWords([
  /সাভার|কেরানীগঞ্জ|টঙ্গী|আশুলিয়া|ধামরাই|দোহার|নবাবগঞ্জ|সোনারগাঁও|রূপগঞ্জ|শ্রীনগর/,
  /ভৈরব|বাজিতপুর|গফরগাঁও|মুক্তাগাছা|ত্রিশাল|ভালুকা|সরাইল|আশুগঞ্জ|সীতাকুণ্ড|হাটহাজারী/,
  /রাউজান|পটিয়া|বাঁশখালী|টেকনাফ|উখিয়া|চকরিয়া|মহেশখালী|সোনাগাজী|দাগনভূঞা|বেগমগঞ্জ/,
  /হাতিয়া|চৌদ্দগ্রাম|দাউদকান্দি|লাকসাম|হাকিমপুর|পার্বতীপুর|সৈয়দপুর|শাহজাদপুর|উল্লাপাড়া/,
  /মান্দা|লোহাগড়া|শ্যামনগর|কলারোয়া|বেনাপোল|মোংলা|কুয়াকাটা|শ্রীমঙ্গল|কমলগঞ্জ|জকিগঞ্জ/,
  /গোয়াইনঘাট|কানাইঘাট|ছাতক|তাহিরপুর|সদর|নগর|মহানগর|ক্যাম্পাস/,
]);

/** Indian cities and districts that Bengali-language outlets in India write from (শ্রীনগর is among the towns). */
export const INDIAN_PLACES: readonly string[] = /* @__PURE__ */ patternWords([
  /কলকাতা|শিলিগুড়ি|মালদহ|মালদা|বর্ধমান|দুর্গাপুর|আসানসোল|হাওড়া|হুগলি|বারাসত|বনগাঁ/,
  /কৃষ্ণনগর|বহরমপুর|মুর্শিদাবাদ|কোচবিহার|জলপাইগুড়ি|দার্জিলিং|আলিপুরদুয়ার|রায়গঞ্জ|বালুরঘাট/,
  /মেদিনীপুর|খড়্গপুর|খড়গপুর|তমলুক|হলদিয়া|দিঘা|বাঁকুড়া|পুরুলিয়া|বীরভূম|সিউড়ি|বোলপুর/,
  /শান্তিনিকেতন|নদিয়া|ডায়মন্ড হারবার|আগরতলা|গুয়াহাটি|শিলচর|করিমগঞ্জ|নয়াদিল্লি|নতুন দিল্লি/,
  /দিল্লি|মুম্বই|মুম্বাই|চেন্নাই|বেঙ্গালুরু|হায়দরাবাদ|পাটনা|ভুবনেশ্বর|রাঁচি|লখনউ/,
  /উত্তর ২৪ পরগনা|দক্ষিণ ২৪ পরগনা|পূর্ব মেদিনীপুর|পশ্চিম মেদিনীপুর|পূর্ব বর্ধমান|পশ্চিম বর্ধমান|উত্তর দিনাজপুর/,
  /দক্ষিণ দিনাজপুর/,
]);

/** Foreign capitals, cities and countries in bureau and correspondent bylines. */
export const WORLD_PLACES: readonly string[] = /* @__PURE__ */ patternWords([
  /লন্ডন|ওয়াশিংটন|নিউইয়র্ক|নিউ ইয়র্ক|জাতিসংঘ|জেনেভা|প্যারিস|ব্রাসেলস|বার্লিন|মস্কো|বেইজিং/,
  /টোকিও|সিউল|ইসলামাবাদ|করাচি|লাহোর|কাবুল|কাঠমান্ডু|থিম্পু|কলম্বো|ইয়াঙ্গুন|ব্যাংকক/,
  /কুয়ালালামপুর|সিঙ্গাপুর|জাকার্তা|দুবাই|দোহা|রিয়াদ|তেহরান|আঙ্কারা|ইস্তাম্বুল|কায়রো|জেরুজালেম/,
  /সিডনি|টরন্টো|অটোয়া|যুক্তরাষ্ট্র|যুক্তরাজ্য|ভারত|পাকিস্তান|চীন|জাপান|মালয়েশিয়া/,
  /কাতার|কানাডা|অস্ট্রেলিয়া|ইতালি|ফ্রান্স|জার্মানি|শ্রীলঙ্কা|হংকং|সৌদি আরব|কুয়েত সিটি/,
  /সংযুক্ত আরব আমিরাত/,
]);

/**
 * Places of two words or three, in English and in Bengali (`Hong Kong`, `Buenos Aires`, `Cox's Bazar`, `United Arab
 * Emirates`, `আবু ধাবি`), but those a credit knows by their first or last word (`New York`, `Kuala Lumpur`, `Kuwait
 * City`, which are with the places of one word): the byline reader's places, and an agency's place after a comma in a
 * credit (`Photo: AP, Abu Dhabi`), where two words are otherwise a photographer's name (`Photo: AFP, Abu Taher`). A
 * whole folded key matches; the byline reader takes the words between the anchors.
 */
export const PLACES_OF_WORDS: RegExp =
  /^(?:united nations|abu dhabi|saudi arabia|sri lanka|united arab emirates|hong kong|los angeles|buenos aires|tel aviv|cape town|cox's bazar|আবু ধাবি)$/;

/**
 * Bangladesh's 64 districts in English, in small letters as the byline reader folds them, old spellings too
 * (`chattogram`, `chittagong`; `cumilla`, `comilla`): one string, split where it is read. A known district after an
 * upazila in an English byline is its district.
 */
export const LATIN_DISTRICTS: string =
  "bagerhat|bandarban|barguna|barisal|barishal|bhola|bogra|bogura|brahmanbaria|chandpur|chapai nawabganj|" +
  "chapainawabganj|chattogram|chittagong|chuadanga|comilla|cox's bazar|cumilla|dhaka|dinajpur|faridpur|feni|" +
  "gaibandha|gazipur|gopalganj|habiganj|jamalpur|jashore|jessore|jhalakathi|jhalokati|jhenaidah|joypurhat|" +
  "khagrachari|khagrachhari|khulna|kishoreganj|kurigram|kushtia|lakshmipur|lalmonirhat|laxmipur|madaripur|" +
  "magura|manikganj|meherpur|moulvibazar|munshiganj|mymensingh|naogaon|narail|narayanganj|narsingdi|natore|" +
  "netrakona|netrokona|nilphamari|noakhali|pabna|panchagarh|patuakhali|pirojpur|rajbari|rajshahi|rangamati|" +
  "rangpur|satkhira|shariatpur|sherpur|sirajganj|sunamganj|sylhet|tangail|thakurgaon";

/**
 * English spellings of other places in English-language bylines on Bengali sites (the districts are above): Indian
 * cities and cities abroad (of countries only those of more words, Saudi Arabia, Sri Lanka, the United Arab Emirates,
 * which follow their city: a country of one word opens headlines); most places of more words are above.
 */
export const LATIN_PLACES: string =
  "kolkata|new delhi|delhi|london|washington|new york|islamabad|geneva|paris|brussels|moscow|beijing|tokyo|dubai|" +
  "doha|kabul|kathmandu|yangon|bangkok|singapore|jerusalem|kuala lumpur|riyadh|jeddah|kuwait city|berlin|seoul|" +
  "karachi|lahore|colombo|sydney|toronto|tehran|cairo|istanbul|jakarta|ankara|ottawa|thimphu";

/** Campus abbreviations used as correspondent bylines (`জবি প্রতিনিধি` = Jagannath University correspondent). */
export const CAMPUS_ABBREVIATIONS: readonly string[] = /* @__PURE__ */ patternWords([
  /ঢাবি|জাবি|রাবি|চবি|জবি|ইবি|খুবি|কুবি|শাবিপ্রবি|শাবি|বাকৃবি|বেরোবি|হাবিপ্রবি|নোবিপ্রবি/,
  /বশেমুরবিপ্রবি|বশেমুরকৃবি|মাভাবিপ্রবি|পাবিপ্রবি|যবিপ্রবি|বুয়েট|চুয়েট|কুয়েট|রুয়েট|ডুয়েট/,
  /শেকৃবি|সিকৃবি|ববি|জাককানইবি|ঢামেক|নজরুল বিশ্ববিদ্যালয়|বাউবি|সাস্ট|গোবিপ্রবি/,
]);

/**
 * Bodies whose name ends in a vowel sign, so that their genitive (`বেলার প্রধান নির্বাহী`, `রামরুর চেয়ার`, `ডাকসুর ভিপি`)
 * ends as many words do (`সরকার`, `ফরিদপুর`): read as a body before a post only when listed here. Research and rights
 * bodies, NGOs and students' unions that write and are quoted in opinion pages.
 */
export const BODY_NAME: RegExp = /^(?:বেলা|রামরু|বাপা|ডাকসু)$/;

/**
 * Last words of the name of an institution (`রাজশাহী বিশ্ববিদ্যালয়`, `ঢাকা কলেজ`, `বাংলাদেশ প্রকৌশল বিশ্ববিদ্যালয়`), a court
 * (`বাংলাদেশ সুপ্রিম কোর্ট`, `Supreme Court of Bangladesh`) or a council (`Bar Council of Bangladesh`), a school
 * (`মিরপুর উচ্চ বিদ্যালয়`), an institute (`বাংলাদেশ ধান গবেষণা ইনস্টিটিউট`) or a department (`অর্থনীতি বিভাগ`, `Department of
 * English`, `Institute of …`, `Faculty of …`, `Finance Division`; a division of the country such as `ঢাকা বিভাগ` or
 * `Sylhet Division` is told apart by the place before it), or a government or a ministry (`Government of Bangladesh`,
 * `Ministry of Foreign Affairs`), or a mission abroad (`বাংলাদেশ দূতাবাস`, `বাংলাদেশ হাইকমিশন`, `Embassy of Bangladesh`),
 * or a bank or an office (`বাংলাদেশ ব্যাংক`, `World Bank`, `World Bank Dhaka office`), or a programme (`ব্র্যাক অভিবাসন
 * কর্মসূচি`), or a foundation, an organisation or a centre.
 */
export const INSTITUTION_WORDS: readonly string[] = /* @__PURE__ */ patternWords([
  /বিশ্ববিদ্যালয়|কলেজ|মেডিকেল|একাডেমি|ইউনিভার্সিটি|University|College|কোর্ট|Court|Council|বিদ্যালয়|প্রতিষ্ঠান/,
  /ইনস্টিটিউট|বিভাগ|Department|Division|Institute|Faculty|Government|Ministry|দূতাবাস|হাইকমিশন|Embassy/,
  /ব্যাংক|Bank|Office|কর্মসূচি/,
  // a foundation, an organisation or a centre, whose name may hold any word: `মানুষের জন্য ফাউন্ডেশন`, `আইন ও সালিশ কেন্দ্র`
  /ফাউন্ডেশন|সংগঠন|কেন্দ্র|Foundation/,
]);
