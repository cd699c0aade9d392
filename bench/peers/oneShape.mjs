/**
 * A parser hand-written for one dateline shape only (`প্রকাশিত: ১০:২৬ এএম, ১৩ জুলাই ২০২৫`, Dhaka time): the
 * fastest thing a site-specific scraper would write. The library is measured against it.
 */
import { MONTHS_BN } from "../inputs.mjs";

const PATTERN = new RegExp(
  `^প্রকাশিত: ([০-৯]{1,2}):([০-৯]{2}) (এএম|পিএম), ([০-৯]{1,2}) (${MONTHS_BN.join("|")}) ([০-৯]{4})$`,
);
const MONTH = new Map(MONTHS_BN.map((name, i) => [name, i + 1]));
const digits = (text) => {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = value * 10 + (text.charCodeAt(i) - 0x09e6);
  return value;
};
const pad = (value) => (value < 10 ? `0${value}` : String(value));

/** @returns {string | null} ISO with +06:00 */
export function parseOneShape(text) {
  const m = PATTERN.exec(text);
  if (m === null) return null;
  let hour = digits(m[1]);
  const minute = digits(m[2]);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  if (m[3] === "পিএম" && hour !== 12) hour += 12;
  if (m[3] === "এএম" && hour === 12) hour = 0;
  const day = digits(m[4]);
  const month = MONTH.get(m[5]);
  const year = digits(m[6]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+06:00`;
}
