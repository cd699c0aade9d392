/** What the command line prints for one article. */
export function articleMetadata(text: string): Record<string, unknown> {
  const headline = text.split("\n").find((line) => line.trim() !== "")?.trim() ?? null;
  return { headline };
}
