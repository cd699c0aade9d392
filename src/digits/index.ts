export { toAsciiDigits } from "./toAsciiDigits.ts";
export { toBengaliDigits } from "./toBengaliDigits.ts";
