/**
 * Weekday names (0 = Sunday … 6 = Saturday). `full` are the names that stand alone in running text; `short` are
 * CLDR's abbreviations (রবি, সোম …) and English three-letter forms, read only right before a date because several
 * are ordinary words (রবি, মঙ্গল, শনি). Vocabulary only.
 */
export const WEEKDAYS = [
  { weekday: 0, full: ["রবিবার", "রোববার", "sunday"], short: ["রবি", "sun"] },
  { weekday: 1, full: ["সোমবার", "monday"], short: ["সোম", "mon"] },
  { weekday: 2, full: ["মঙ্গলবার", "tuesday"], short: ["মঙ্গল", "tues", "tue"] },
  { weekday: 3, full: ["বুধবার", "wednesday"], short: ["বুধ", "wed"] },
  { weekday: 4, full: ["বৃহস্পতিবার", "বৃহষ্পতিবার", "বিষ্যুদবার", "বিষুদবার", "thursday"], short: ["বৃহস্পতি", "বৃহঃ", "thurs", "thur", "thu"] },
  { weekday: 5, full: ["শুক্রবার", "শুক্কুরবার", "friday"], short: ["শুক্র", "fri"] },
  { weekday: 6, full: ["শনিবার", "saturday"], short: ["শনি", "sat"] },
] as const;

/**
 * Colloquial weekday spellings (`রোব্বার`, and `বেস্পতিবার` of quoted speech), 0 = Sunday: read only after `গত`,
 * `আগামী` or `সামনের`, since in the alternation of every weekday they make its search several times slower.
 */
export const SPOKEN_WEEKDAYS = [
  ["রোব্বার", 0],
  ["বেস্পতিবার", 4],
] as const;
