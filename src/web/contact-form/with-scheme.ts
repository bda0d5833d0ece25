// A scheme (`https:`, `mailto:`), but not a host followed by a port (`example.com:8080`).
const SCHEME = /^[a-z][a-z\d+.-]*:(?!\d+(?:[/?#]|$))/i;

/** A URL typed without a scheme gets `https://`; `//host` gets `https:`. Idempotent. */
export function withScheme(url: string): string {
  if (SCHEME.test(url)) return url;
  if (url.startsWith("//")) return `https:${url}`;
  return `https://${url}`;
}
