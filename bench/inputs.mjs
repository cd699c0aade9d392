/**
 * Bench inputs: dateline strings in the shapes Bengali news pages print, generated from a fixed seed, each with the
 * ISO answer it must give. Written for the benchmark (invented instants), so every peer reads the same strings.
 */
export const MONTHS_BN = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const bn = (value, width = 1) => String(value).padStart(width, "0").replace(/[0-9]/g, (d) => "০১২৩৪৫৬৭৮৯"[d]);
const pad = (value) => String(value).padStart(2, "0");

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shapes: each writes a Dhaka wall time and says what precision the answer has. */
export const SHAPES = {
  /** `প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫` — the shape of the one-shape parser. */
  "time-first-12h": (t) =>
    `প্রকাশিত: ${bn(((t.hour + 11) % 12) + 1, 2)}:${bn(t.minute, 2)} ${t.hour < 12 ? "এএম" : "পিএম"}, ${bn(t.day)} ${MONTHS_BN[t.month - 1]} ${bn(t.year)}`,
  /** `প্রকাশ: ১৪ মার্চ ২০২৪, ০৭:৪২ পিএম` */
  "date-first-12h": (t) =>
    `প্রকাশ: ${bn(t.day, 2)} ${MONTHS_BN[t.month - 1]} ${bn(t.year)}, ${bn(((t.hour + 11) % 12) + 1, 2)}:${bn(t.minute, 2)} ${t.hour < 12 ? "এএম" : "পিএম"}`,
  /** `প্রকাশিত: ৩:২৭ অপরাহ্ণ, আগস্ট ৯, ২০২৩` */
  "us-order-purbahna": (t) =>
    `প্রকাশিত: ${bn(((t.hour + 11) % 12) + 1)}:${bn(t.minute, 2)} ${t.hour < 12 ? "পূর্বাহ্ণ" : "অপরাহ্ণ"}, ${MONTHS_BN[t.month - 1]} ${bn(t.day)}, ${bn(t.year)}`,
  /** `আপডেট : ১২ মে ২০২৪, ১৬:২৫` */
  "date-first-24h": (t) => `আপডেট : ${bn(t.day, 2)} ${MONTHS_BN[t.month - 1]} ${bn(t.year)}, ${bn(t.hour, 2)}:${bn(t.minute, 2)}`,
  /** `১৩ জুলাই ২০২৫` (date only) */
  "date-only": (t) => `${bn(t.day)} ${MONTHS_BN[t.month - 1]} ${bn(t.year)}`,
  /** `7 March 2024, 3:20 PM` (English, Latin digits) */
  "english-12h": (t) =>
    `${t.day} ${MONTHS_EN[t.month - 1]} ${t.year}, ${((t.hour + 11) % 12) + 1}:${pad(t.minute)} ${t.hour < 12 ? "AM" : "PM"}`,
};

function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * @param {number} count strings per shape
 * @returns {{ shape: string, text: string, iso: string }[]}
 */
export function datelineInputs(count = 200, seed = 2025) {
  const next = random(seed);
  const out = [];
  for (const [shape, write] of Object.entries(SHAPES)) {
    for (let i = 0; i < count; i++) {
      const year = 2012 + Math.floor(next() * 15);
      const month = 1 + Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * daysIn(year, month));
      const hour = Math.floor(next() * 24);
      const minute = Math.floor(next() * 60);
      const t = { year, month, day, hour, minute };
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const iso = shape === "date-only" ? date : `${date}T${pad(hour)}:${pad(minute)}:00+06:00`;
      out.push({ shape, text: write(t), iso });
    }
  }
  return out;
}
