/**
 * The address to link to when `raw` is an absolute http: or https: URL, else null: anything
 * else (javascript:, data:, relative paths, garbage) must never become a live link.
 */
export function toWebUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
