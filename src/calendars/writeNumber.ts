/** Writes a non-negative integer in Bengali digits (০-৯), or in ASCII digits when `latin` is set. */
export function writeNumber(value: number, latin: boolean): string {
  const ascii = String(value);
  if (latin) return ascii;
  let out = "";
  for (let i = 0; i < ascii.length; i++) out += String.fromCharCode(ascii.charCodeAt(i) + 0x09b6);
  return out;
}

/** Day of the week of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
