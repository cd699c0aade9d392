/** Bengali weekday names as Bangladeshi newspapers print them, Sunday first (the order of `Date#getUTCDay`). */
export const BENGALI_WEEKDAY_NAMES = [
  "রবিবার",
  "সোমবার",
  "মঙ্গলবার",
  "বুধবার",
  "বৃহস্পতিবার",
  "শুক্রবার",
  "শনিবার",
] as const;
