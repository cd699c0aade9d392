/**
 * Asia/Dhaka's UTC offsets from the IANA time-zone database (`Asia/Dhaka` and the `Dhaka` rules): each entry is the
 * instant (ms since the epoch) from which an offset (seconds east of UTC) applies. Bangladesh has kept +06:00 since
 * 2010; its only daylight-saving period was 19 June – 31 December 2009 (+07:00). Used to read a `Date` as a Dhaka
 * wall date without an `Intl` call.
 */
export const DHAKA_UTC_OFFSETS = [
  [-8.64e15, 21700],
  [-2524543300000, 21200],
  [-891582800000, 23400],
  [-872058600000, 19800],
  [-862637400000, 23400],
  [-576138600000, 21600],
  [1245430800000, 25200],
  [1262278800000, 21600],
] as const;
