/**
 * The registry of news agencies, broadcasters, newspapers and news sites that Bengali news names: data only.
 * Spellings are NFC; spaces, hyphens and dots between the parts of a name are folded by the matcher (so
 * `আল জাজিরা` also finds `আল-জাজিরা`, `আল–জাজিরা` and `আলজাজিরা`; `এ এফ পি` also finds `এ.এফ.পি`), and both
 * encodings of য় ড় ঢ় are one in the matching view. Inflected forms are never listed: the matcher strips case
 * endings by rule.
 *
 * One agency a line, in three fields joined by ` | `:
 * 1. what it is: its type (`wire`, `broadcaster`, `newspaper`, `online`, `state-media`) and home country (ISO
 *    3166-1 alpha-2); then, if some of its spellings are ambiguous, what they mean otherwise (`word`, `person`,
 *    `organisation`, `acronym`, `place`); then `alt=…`, the id of another agency its spellings name when that
 *    agency's country is named right before them (`এবিসি` is ABC News, `অস্ট্রেলিয়ার এবিসি` ABC Australia); then
 *    `id=…` and `name=…` where these differ from the defaults. The id is the
 *    first English spelling in lower-case kebab case, without a leading "The" or a trailing web domain
 *    (`Al Jazeera` → `al-jazeera`, `The Guardian` → `guardian`, `bdnews24.com` → `bdnews24`), unless given.
 * 2. its English names and abbreviations, joined by `, `: the one marked `=` is the name (`AFP, =Agence
 *    France-Presse`); with no mark and no `name=`, the first is;
 * 3. its Bengali spellings, joined by `, `.
 * A spelling marked `*` also means something else (it is listed in `ambiguous`) and needs a cue nearby in running
 * text. `src/agencies/registry.ts` reads the lines into `Agency` records once, in this order.
 */
export const AGENCY_TABLE = `
wire FR | AFP, =Agence France-Presse | এএফপি, এ এফ পি, এজেন্সি ফ্রান্স প্রেস, অ্যাজেন্সি ফ্রান্স-প্রেস, অ্যাজেন্স ফ্রান্স-প্রেস, এজেন্স ফ্রান্স প্রেস
wire GB | Reuters, Thomson Reuters | রয়টার্স, রয়টার, রযটার্স, রয়টার্স নিউজ এজেন্সি, টমসন রয়টার্স
wire US acronym | AP*, =Associated Press, The Associated Press | এপি*, এ পি*, অ্যাসোসিয়েটেড প্রেস, এসোসিয়েটেড প্রেস
state-media KP | KCNA, =Korean Central News Agency | কেসিএনএ, কে সি এন এ, কোরিয়ান সেন্ট্রাল নিউজ এজেন্সি, কোরীয় কেন্দ্রীয় সংবাদ সংস্থা
wire KR | Yonhap, =Yonhap News Agency | ইয়োনহাপ, ইয়নহাপ, ইওনহাপ, ইয়ুনহাপ, ইয়োনহাপ নিউজ এজেন্সি
state-media CN | Xinhua, =Xinhua News Agency, Xinhuanet | সিনহুয়া, শিনহুয়া, জিনহুয়া, সিনহুয়া নিউজ এজেন্সি, শিনহুয়া বার্তা সংস্থা
wire JP | Kyodo, =Kyodo News | কিয়োডো, কিয়োদো, কিওডো, কাইয়োডো, কিয়োডো নিউজ
state-media TR | Anadolu, =Anadolu Agency, AA | আনাদোলু, আনাদোলু এজেন্সি, আনাদোলু নিউজ, আনাদোলু নিউজ এজেন্সি, আনাদুলু, আনাদোলু বার্তা সংস্থা
state-media RU word | TASS*, ITAR-TASS | তাস*, তাস নিউজ এজেন্সি, ইতার-তাস
state-media RU acronym | RIA Novosti, RIA* | আরআইএ নভোস্তি, আরআইএ নোভোস্তি, রিয়া নভোস্তি, রিয়া নোভোস্তি, আরআইএ*, নভোস্তি
state-media RU word | Sputnik*, Sputnik News | স্পুটনিক*, স্পুৎনিক*, স্পুতনিক*, স্পুটনিক নিউজ
wire RU | Interfax | ইন্টারফ্যাক্স, ইন্টারফাক্স
wire IN organisation | PTI, =Press Trust of India | পিটিআই*, প্রেস ট্রাস্ট অব ইন্ডিয়া, প্রেস ট্রাস্ট অফ ইন্ডিয়া
wire IN | ANI, =Asian News International | এএনআই, এ এন আই, এশিয়ান নিউজ ইন্টারন্যাশনাল
wire IN | IANS, =Indo-Asian News Service | আইএএনএস, আই এ এন এস, ইন্দো-এশিয়ান নিউজ সার্ভিস
wire IN | UNI, =United News of India | ইউএনআই, ইউনাইটেড নিউজ অব ইন্ডিয়া, ইউনাইটেড নিউজ অফ ইন্ডিয়া
state-media BD | BSS, =Bangladesh Sangbad Sangstha, BSS News | বাসস, বাংলাদেশ সংবাদ সংস্থা
wire BD | UNB, =United News of Bangladesh | ইউএনবি, ইউনাইটেড নিউজ অব বাংলাদেশ, ইউনাইটেড নিউজ অফ বাংলাদেশ
wire DE acronym | EPA*, EPA-EFE, =European Pressphoto Agency, EPA Images | ইপিএ*, ইপিএ-ইএফই
wire US person | Getty Images, Getty* | গেটি ইমেজেস, গেটি ইমেজ, গেটি ইমেজস, গেটি*
state-media PS | WAFA, Palestine News and Information Agency | ওয়াফা, ফিলিস্তিনি বার্তা সংস্থা ওয়াফা
state-media IR | IRNA, =Islamic Republic News Agency | ইরনা, আইআরএনএ, ইসলামিক রিপাবলিক নিউজ এজেন্সি
state-media PK acronym id=app-pakistan | APP*, =Associated Press of Pakistan | এপিপি*, অ্যাসোসিয়েটেড প্রেস অব পাকিস্তান
broadcaster GB | BBC, BBC News, BBC Bangla, BBC News বাংলা, BBC World Service, British Broadcasting Corporation, BBC News Bangla | বিবিসি, বিবিসি বাংলা, বিবিসি নিউজ, বিবিসি নিউজ বাংলা, বিবিসি ওয়ার্ল্ড সার্ভিস, ব্রিটিশ ব্রডকাস্টিং করপোরেশন, ব্রিটিশ ব্রডকাস্টিং কর্পোরেশন, বিবিসি ওয়ার্ল্ড, বিবিসি বাংলা সার্ভিস, বি বি সি
broadcaster US | CNN, Cable News Network, CNN International | সিএনএন, সি এন এন, সিএনএন নিউজ, সিএনএন ইন্টারন্যাশনাল
broadcaster QA | Al Jazeera, Al Jazeera English | আল জাজিরা, আল জাজিরা ইংলিশ, আল জাজিরা টেলিভিশন, আল জাজির
broadcaster US | NBC News, NBC | এনবিসি নিউজ, এনবিসি, এনবিসি টেলিভিশন
broadcaster US | CBS News, CBS | সিবিএস নিউজ, সিবিএস
broadcaster US organisation alt=abc-australia | ABC News, ABC* | এবিসি নিউজ, এবিসি*
broadcaster AU | ABC Australia, =Australian Broadcasting Corporation, ABC News Australia | অস্ট্রেলিয়ান ব্রডকাস্টিং করপোরেশন, অস্ট্রেলিয়ান ব্রডকাস্টিং কর্পোরেশন, অস্ট্রেলিয়ার ব্রডকাস্টিং করপোরেশন, এবিসি অস্ট্রেলিয়া, এবিসি নিউজ অস্ট্রেলিয়া
broadcaster US | Fox News, Fox News Channel | ফক্স নিউজ, ফক্স নিউজ চ্যানেল
broadcaster GB | Sky News, Sky News Arabia | স্কাই নিউজ, স্কাই নিউজ আরাবিয়া
broadcaster DE | DW, =Deutsche Welle, DW Bangla | ডয়চে ভেলে, ডয়েচে ভেলে, ডয়েচ ভেলে, ডিডব্লিউ, ডিডাব্লিউ, ডয়চে ভেলে বাংলা
broadcaster FR | France 24 | ফ্রান্স টোয়েন্টিফোর, ফ্রান্স ২৪, ফ্রান্স টুয়েন্টি ফোর
broadcaster US | VOA, =Voice of America, VOA Bangla | ভয়েস অব আমেরিকা, ভয়েস অফ আমেরিকা, ভয়স অফ আমেরিকা, ভয়স অফ অ্যামেরিকা, ভিওএ, ভয়েস অব আমেরিকা বাংলা, ভয়েস অব অ্যামেরিকা, ভয়স অব আমেরিকা, ভয়েস অফ এ্যামেরিকা
broadcaster US | RFA, =Radio Free Asia | রেডিও ফ্রি এশিয়া, আরএফএ
state-media CN | CGTN, China Global Television Network | সিজিটিএন, চায়না গ্লোবাল টেলিভিশন নেটওয়ার্ক
state-media CN word | CCTV*, =China Central Television | সিসিটিভি*, চায়না সেন্ট্রাল টেলিভিশন
state-media CN | CRI, =China Radio International, CRI Bangla | চীন আন্তর্জাতিক বেতার, সিআরআই, চায়না রেডিও ইন্টারন্যাশনাল
state-media IR | Press TV | প্রেস টিভি
broadcaster AE organisation | Al Arabiya | আল আরাবিয়া*
broadcaster FR | Euronews | ইউরোনিউজ, ইউরো নিউজ
broadcaster US | CNBC | সিএনবিসি
broadcaster IN | NDTV, New Delhi Television | এনডিটিভি, এনডি টিভি
broadcaster PK | Geo News, Geo TV | জিও নিউজ, জিও টিভি, জিও টেলিভিশন
state-media PK | PTV, =Pakistan Television, PTV News | পিটিভি, পাকিস্তান টেলিভিশন
state-media TR | TRT World, TRT | টিআরটি ওয়ার্ল্ড, টিআরটি
broadcaster JP | NHK, NHK World | এনএইচকে, এনএইচকে ওয়ার্ল্ড
state-media RU acronym | RT*, Russia Today | আরটি*, রাশিয়া টুডে
broadcaster IN | Zee 24 Ghanta, Zee News Bengali | জি ২৪ ঘণ্টা, জি ২৪ ঘন্টা, জি চব্বিশ ঘণ্টা
broadcaster IN | ABP Ananda | এবিপি আনন্দ
newspaper GB | The Guardian, Guardian | গার্ডিয়ান
newspaper US id=nyt | The New York Times, New York Times, NYT, NY Times | নিউইয়র্ক টাইমস, নিউ ইয়র্ক টাইমস, নিউইয়র্ক টাইমস পত্রিকা
newspaper US | The Washington Post, Washington Post, WaPo | ওয়াশিংটন পোস্ট, ওয়াশিংটন পোষ্ট
newspaper US id=wsj | The Wall Street Journal, Wall Street Journal, WSJ | ওয়াল স্ট্রিট জার্নাল
newspaper GB acronym | Financial Times, FT* | ফিন্যান্সিয়াল টাইমস, ফিনান্সিয়াল টাইমস, ফাইন্যান্সিয়াল টাইমস, ফাইনান্সিয়াল টাইমস, এফটি*
online US | Bloomberg, Bloomberg News | ব্লুমবার্গ, ব্লুমবার্গ নিউজ
newspaper GB word | The Independent, Independent* | দ্য ইনডিপেনডেন্ট, ইনডিপেনডেন্ট*, দ্য ইন্ডিপেন্ডেন্ট, ইন্ডিপেন্ডেন্ট*
newspaper GB word alt=telegraph-india | The Telegraph, Daily Telegraph, Telegraph* | দ্য টেলিগ্রাফ, টেলিগ্রাফ*, ডেইলি টেলিগ্রাফ
newspaper IN | Telegraph India | টেলিগ্রাফ ইন্ডিয়া
newspaper GB word | The Economist, Economist* | দ্য ইকোনমিস্ট, ইকোনমিস্ট*
newspaper GB | Daily Mail, MailOnline | ডেইলি মেইল
newspaper GB id=the-times | The Times | দ্য টাইমস
online US | Axios | অ্যাক্সিওস, এক্সিওস, অ্যাক্সিয়স
online US | Politico | পলিটিকো
newspaper JP word | Nikkei*, Nikkei Asia, Nikkei Asian Review | নিক্কেই*, নিকেই*, নিক্কেই এশিয়া, নিকেই এশিয়া
newspaper HK id=scmp | South China Morning Post, SCMP | সাউথ চায়না মর্নিং পোস্ট, সাউথ চায়না মর্নিং পোষ্ট, এসসিএমপি
newspaper SA | Arab News | আরব নিউজ
newspaper PK person | Dawn*, Dawn News, The Dawn | দ্য ডন, ডন*, ডন নিউজ
newspaper IN id=the-hindu | The Hindu | দ্য হিন্দু, দি হিন্দু
newspaper IN | The Times of India, Times of India, TOI | টাইমস অব ইন্ডিয়া, টাইমস অফ ইন্ডিয়া
newspaper IN | Hindustan Times | হিন্দুস্তান টাইমস, হিন্দুস্থান টাইমস
newspaper IN | The Indian Express, Indian Express | ইন্ডিয়ান এক্সপ্রেস
online IN | India Today | ইন্ডিয়া টুডে
online US | ESPNcricinfo | ইএসপিএন ক্রিকইনফো, ক্রিকইনফো
online IN id=the-print | ThePrint, The Print | দ্য প্রিন্ট
newspaper IN id=anandabazar | Anandabazar Patrika, Anandabazar, Anandabazar Online | আনন্দবাজার, আনন্দবাজার পত্রিকা, আনন্দবাজার অনলাইন, আনন্দবাজার ডট কম, আনন্দবাজার ডিজিটাল
newspaper IN | Bartaman | বর্তমান পত্রিকা, দৈনিক বর্তমান
newspaper IN | Ei Samay | এই সময় পত্রিকা, এই সময় সংবাদপত্র
newspaper IN word | Sangbad Pratidin | সংবাদ প্রতিদিন*
newspaper BD word | Prothom Alo, Prothom Alo English | প্রথম আলো*, দৈনিক প্রথম আলো, প্রথম আলো অনলাইন
newspaper BD | The Daily Star, Daily Star, Star Online | ডেইলি স্টার
newspaper BD | Dhaka Tribune | ঢাকা ট্রিবিউন
online BD | bdnews24.com, bdnews24, BD News 24 | বিডিনিউজ টোয়েন্টিফোর ডটকম, বিডিনিউজ২৪, বিডিনিউজ২৪.কম, বিডিনিউজ টোয়েন্টিফোর, বিডিনিউজ, বিডিনিউজ টোয়েন্টিফোর ডট কম
online BD | jagonews24.com, =Jago News 24 | জাগো নিউজ, জাগোনিউজ২৪, জাগোনিউজ২৪.কম, জাগো নিউজ ২৪, জাগো নিউজ২৪.কম, জাগোনিউজ টোয়েন্টিফোর ডটকম
online BD | banglanews24.com, =Banglanews24 | বাংলানিউজ, বাংলানিউজ২৪, বাংলানিউজটোয়েন্টিফোর.কম, বাংলানিউজ২৪.কম
online BD name=Risingbd | risingbd.com, Rising BD | রাইজিংবিডি, রাইজিংবিডি.কম, রাইজিংবিডি ডট কম, রাইজিং বিডি
online BD | barta24.com, =Barta24 | বার্তা২৪, বার্তা২৪.কম, বার্তা ২৪.কম, বার্তা ২৪, বার্তা টোয়েন্টিফোর
online BD | Dhaka Post, dhakapost.com | ঢাকা পোস্ট, ঢাকা পোস্ট ডটকম
online BD | Bangla Tribune | বাংলা ট্রিবিউন
newspaper BD | Kaler Kantho | কালের কণ্ঠ, কালের কন্ঠ
newspaper BD word | Jugantor, Daily Jugantor | যুগান্তর*, দৈনিক যুগান্তর
newspaper BD word | Samakal | সমকাল*, দৈনিক সমকাল
newspaper BD | Ittefaq, =The Daily Ittefaq | ইত্তেফাক, দৈনিক ইত্তেফাক, দ্য ডেইলি ইত্তেফাক
newspaper BD word id=bd-pratidin | Bangladesh Pratidin, bd-pratidin | বাংলাদেশ প্রতিদিন*
newspaper BD word | Naya Diganta, Daily Naya Diganta | নয়া দিগন্ত*, দৈনিক নয়া দিগন্ত
newspaper BD | Manab Zamin | মানবজমিন, দৈনিক মানবজমিন
newspaper BD word | Kalbela | কালবেলা*, দৈনিক কালবেলা
newspaper BD word | Ajker Patrika | আজকের পত্রিকা*
newspaper BD organisation id=inqilab | Daily Inqilab, Inqilab* | দৈনিক ইনকিলাব, ইনকিলাব*
newspaper BD | Janakantha, Daily Janakantha | জনকণ্ঠ, দৈনিক জনকণ্ঠ, জনকন্ঠ
newspaper BD | Bonik Barta | বণিক বার্তা
newspaper BD id=tbs | The Business Standard, TBS, TBS News | বিজনেস স্ট্যান্ডার্ড, টিবিএস
newspaper BD | New Age | নিউ এজ
broadcaster BD | Somoy TV, Somoy News | সময় টিভি, সময় নিউজ, সময় টেলিভিশন, সময় সংবাদ
broadcaster BD | Jamuna TV, =Jamuna Television | যমুনা টেলিভিশন, যমুনা টিভি, যমুনা নিউজ
broadcaster BD | Channel 24 | চ্যানেল ২৪, চ্যানেল টোয়েন্টিফোর, চ্যানেল ২৪ অনলাইন
state-media BD | BTV, =Bangladesh Television | বিটিভি, বাংলাদেশ টেলিভিশন
online US | Shutterstock | শাটারস্টক, শাটারস্টক ডটকম
online DE | Pexels | পেক্সেলস
online ES | Freepik | ফ্রিপিক
online CA | Unsplash | আনস্প্ল্যাশ
online DE | Pixabay | পিক্সাবে
broadcaster BD | Channel i, Channel i Online | চ্যানেল আই, চ্যানেল আই অনলাইন
broadcaster BD word | Ekattor TV, Ekattor* | একাত্তর টিভি, একাত্তর টেলিভিশন, একাত্তর*
broadcaster BD | NTV, NTV Online | এনটিভি, এনটিভি অনলাইন
broadcaster BD | RTV, RTV Online | আরটিভি, আরটিভি অনলাইন
state-media BD | PID, =Press Information Department | পিআইডি, তথ্য অধিদপ্তর, তথ্য অধিদফতর
wire BD | Focus Bangla | ফোকাস বাংলা
broadcaster BD | ATN Bangla | এটিএন বাংলা
broadcaster BD | ATN News | এটিএন নিউজ
broadcaster BD | DBC News, DBC | ডিবিসি নিউজ, ডিবিসি
broadcaster BD id=independent-tv | Independent Television, Independent TV | ইনডিপেনডেন্ট টেলিভিশন, ইনডিপেনডেন্ট টিভি, ইন্ডিপেন্ডেন্ট টিভি
broadcaster BD id=ekushey-tv | Ekushey Television, Ekushey TV, ETV | একুশে টেলিভিশন, একুশে টিভি, ইটিভি
broadcaster BD id=news24-bd | News24, News 24 | নিউজ টোয়েন্টিফোর, নিউজ২৪
broadcaster BD | Channel 9 | চ্যানেল নাইন
broadcaster BD id=maasranga-tv | Maasranga Television, Maasranga TV | মাছরাঙা টেলিভিশন, মাছরাঙা টিভি, মাছরাঙা নিউজ
broadcaster BD | Deepto TV | দীপ্ত টিভি, দীপ্ত টেলিভিশন
broadcaster BD | Desh TV | দেশ টিভি
broadcaster BD | Banglavision | বাংলাভিশন, বাংলা ভিশন
state-media BD | Bangladesh Betar | বাংলাদেশ বেতার
newspaper BD | Desh Rupantor | দেশ রূপান্তর, দৈনিক দেশ রূপান্তর
newspaper BD | Bhorer Kagoj | ভোরের কাগজ, দৈনিক ভোরের কাগজ
newspaper BD | Jaijaidin | যায়যায়দিন, যায় যায় দিন, দৈনিক যায়যায়দিন
newspaper BD word id=sangbad | The Daily Sangbad | দৈনিক সংবাদ*
newspaper BD | Amader Shomoy | দৈনিক আমাদের সময়, আমাদের সময় ডটকম
newspaper BD | Alokito Bangladesh | দৈনিক আলোকিত বাংলাদেশ
online BD word name=Sarabangla.net | Sarabangla*, sarabangla.net | সারাবাংলা*, সারাবাংলা ডটনেট, সারাবাংলা.নেট
online BD | Dhaka Times | ঢাকা টাইমস
newspaper BD | Daily Sun, The Daily Sun | ডেইলি সান
newspaper BD | The Financial Express, Financial Express | ফাইন্যান্সিয়াল এক্সপ্রেস, ফিন্যান্সিয়াল এক্সপ্রেস
newspaper BD | The Daily Observer, Daily Observer | ডেইলি অবজারভার
online BD | Daily Bangladesh | ডেইলি বাংলাদেশ
newspaper BD organisation | Bangladesh Post* | বাংলাদেশ পোস্ট*
newspaper BD word | Protidiner Sangbad | প্রতিদিনের সংবাদ*, দৈনিক প্রতিদিনের সংবাদ
newspaper IN | Aajkaal | আজকাল পত্রিকা, দৈনিক আজকাল
newspaper IN | Uttarbanga Sambad | উত্তরবঙ্গ সংবাদ
broadcaster IN | Zee News | জি নিউজ
broadcaster IN | Republic TV, Republic Bangla | রিপাবলিক টিভি, রিপাবলিক বাংলা
broadcaster IN | TV9 Bangla | টিভি নাইন বাংলা, টিভি৯ বাংলা
broadcaster IN | News18 Bangla | নিউজ১৮ বাংলা, নিউজ এইটিন বাংলা
broadcaster IN | CNN-News18 | সিএনএন-নিউজ১৮
newspaper IN id=the-statesman | The Statesman | দ্য স্টেটসম্যান, দ্য স্টেটসম্যান পত্রিকা
online IN id=the-wire | The Wire | দ্য ওয়্যার
online IN | Scroll.in | স্ক্রল ডট ইন, স্ক্রল.ইন
newspaper IN | Deccan Herald | ডেকান হেরাল্ড
newspaper IN | The Economic Times, Economic Times | ইকোনমিক টাইমস
online IN id=the-quint | The Quint | দ্য কুইন্ট
wire ES | EFE, =Agencia EFE | ইএফই, এফে
wire DE | dpa, =Deutsche Presse-Agentur | ডিপিএ, ডয়চে প্রেসে আগেন্টুর
wire IT | ANSA | আনসা
wire JP person | Jiji Press, Jiji* | জিজি প্রেস, জিজি*
state-media MY | Bernama | বারনামা, বার্নামা
state-media ID | Antara | আন্তারা
wire US acronym | UPI*, =United Press International | ইউপিআই*, ইউনাইটেড প্রেস ইন্টারন্যাশনাল
state-media UA | Ukrinform | ইউক্রিনফর্ম
wire IR id=mehr | Mehr News, =Mehr News Agency | মেহর নিউজ, মেহের নিউজ, মেহর বার্তা সংস্থা
wire IR id=fars | Fars News, =Fars News Agency | ফার্স নিউজ, ফারস নিউজ
wire IR person | Tasnim*, =Tasnim News Agency | তাসনিম নিউজ, তাসনিম*
state-media IR | Pars Today, Radio Tehran | পার্সটুডে, পার্স টুডে, রেডিও তেহরান
state-media JO place | Petra*, =Jordan News Agency | পেট্রা*
state-media SY place | SANA*, =Syrian Arab News Agency | সানা*
state-media IN | Doordarshan, DD News | দূরদর্শন, ডিডি নিউজ
state-media IN id=all-india-radio | Akashvani, =All India Radio | আকাশবাণী, অল ইন্ডিয়া রেডিও
newspaper JP | Asahi Shimbun, The Asahi Shimbun | আসাহি শিম্বুন, আসাহি শিমবুন
newspaper TR | Yeni Safak | ইয়েনি শাফাক
online BD | Newsbangla24, newsbangla24.com | নিউজবাংলা, নিউজবাংলা২৪, নিউজবাংলা টোয়েন্টিফোর ডটকম
wire IR organisation name=Iranian Students News Agency | ISNA | ইসনা*
state-media SA | Saudi Press Agency, SPA | সৌদি প্রেস এজেন্সি, এসপিএ
state-media AE word | WAM, =Emirates News Agency | ওয়াম*, ডব্লিউএএম
state-media QA | QNA, =Qatar News Agency | কিউএনএ, কাতার নিউজ এজেন্সি
state-media KW | KUNA, =Kuwait News Agency | কুনা
state-media EG acronym name=Middle East News Agency | MENA* | মেনা*
newspaper EG | Al-Ahram | আল-আহরাম
broadcaster AF id=tolo-news | TOLOnews, Tolo News | তোলো নিউজ, টোলো নিউজ
broadcaster CA name=Canadian Broadcasting Corporation | CBC, CBC News | সিবিসি, সিবিসি নিউজ
broadcaster US | MSNBC | এমএসএনবিসি
broadcaster US | PBS | পিবিএস
broadcaster US | NPR, National Public Radio | এনপিআর, ন্যাশনাল পাবলিক রেডিও
broadcaster LB | Al Mayadeen | আল মায়াদিন
broadcaster LB | Al-Manar | আল মানার
newspaper GB word id=the-sun | The Sun | দ্য সান, সান*
newspaper GB alt=daily-mirror-sri-lanka | Daily Mirror, The Mirror | ডেইলি মিরর, দ্য মিরর
newspaper LK | Daily Mirror Sri Lanka | ডেইলি মিরর শ্রীলঙ্কা
newspaper GB | Evening Standard | ইভনিং স্ট্যান্ডার্ড
newspaper IR | Tehran Times | তেহরান টাইমস
newspaper AE | Gulf News | গালফ নিউজ
newspaper AE | Khaleej Times | খালিজ টাইমস
newspaper PK | The Express Tribune, Express Tribune | এক্সপ্রেস ট্রিবিউন
broadcaster PK | ARY News | এআরওয়াই নিউজ, এআরওয়াই
newspaper NP | The Kathmandu Post, Kathmandu Post | কাঠমান্ডু পোস্ট
online MM word | The Irrawaddy, Irrawaddy* | দ্য ইরাবতী, ইরাবতী*
state-media MM | MRTV | এমআরটিভি
newspaper CN | Global Times | গ্লোবাল টাইমস
state-media CN | People's Daily, Peoples Daily | পিপলস ডেইলি, পিপলস ডেইলি অনলাইন
state-media CN | China Daily | চায়না ডেইলি
newspaper KR | The Korea Herald, Korea Herald | কোরিয়া হেরাল্ড
newspaper JP | The Japan Times, Japan Times | জাপান টাইমস
newspaper SG | The Straits Times, Straits Times | স্ট্রেইটস টাইমস
newspaper TH | Bangkok Post | ব্যাংকক পোস্ট
newspaper MY word id=the-star | The Star* | দ্য স্টার*
newspaper IL | Haaretz | হারেৎজ, হারেৎস, হারেত্জ
online IL | The Times of Israel, Times of Israel | টাইমস অব ইসরায়েল, টাইমস অফ ইসরায়েল
newspaper IL | The Jerusalem Post, Jerusalem Post | জেরুজালেম পোস্ট
online GB | Middle East Eye | মিডল ইস্ট আই
online GB id=the-new-arab | The New Arab | দ্য নিউ আরব, দ্য নিউ আরর
online US | Al-Monitor | আল-মনিটর
newspaper SA | Asharq Al-Awsat | আশারক আল-আওসাত, আশারাক আল-আওসাত
newspaper TR | Daily Sabah | ডেইলি সাবাহ
newspaper FR | Le Monde | লা মঁদ, লে মন্ড, লা মোঁদ
newspaper DE | Der Spiegel, Spiegel | দের স্পিগেল, ডের স্পিগেল, স্পিগেল
newspaper ES | El Pais, =El País | এল পাইস
newspaper US | Newsweek | নিউজউইক
newspaper US name=Time | Time magazine, TIME | টাইম ম্যাগাজিন, টাইম সাময়িকী
newspaper US | USA Today | ইউএসএ টুডে
newspaper US id=la-times | Los Angeles Times, LA Times | লস অ্যাঞ্জেলেস টাইমস, লস এঞ্জেলেস টাইমস
newspaper US | The Washington Times, Washington Times | ওয়াশিংটন টাইমস
online US id=the-hill | The Hill | দ্য হিল
online US | Business Insider | বিজনেস ইনসাইডার
newspaper US | Forbes | ফোর্বস, ফোর্বস ম্যাগাজিন
newspaper US word | Foreign Policy* | ফরেন পলিসি*
online JP id=the-diplomat | The Diplomat | দ্য ডিপ্লোম্যাট
online US | HuffPost, Huffington Post | হাফিংটন পোস্ট, হাফপোস্ট
online US | Yahoo News | ইয়াহু নিউজ
newspaper US | Reader's Digest, Readers Digest | রিডার্স ডাইজেস্ট
online US name=Medium | medium.com | মিডিয়াম ডটকম, মিডিয়াম.কম
state-media RU | Voice of Russia, Radio Moscow | ভয়েস অব রাশিয়া, ভয়েস অফ রাশিয়া, ভয়স অফ রাশিয়া, রেডিও মস্কো
`;
