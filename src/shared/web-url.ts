/**
 * The one rule for a web address, wherever one is checked (a URL row, a link on the card, a
 * setting, the stand-in's URL field): an absolute http: or https: URL with a host. Anything
 * else (javascript:, data:, relative paths, garbage) is never sent on nor made a live link.
 */
export function webUrl(value: string): URL | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  const isWeb = url.protocol === "http:" || url.protocol === "https:";
  return isWeb && url.hostname !== "" ? url : null;
}
