/**
 * Whether a raw request target (the path and query as the client wrote them) tries to leave
 * its route: dot segments, encoded dots, slashes, backslashes or NULs, empty segments
 * (`//host`), or an absolute URL. Such requests get 404 before any routing.
 */
export function isUnsafeTarget(target: string): boolean {
  if (!target.startsWith("/")) return true;
  const path = target.split("?", 1)[0] ?? "";
  return /\/\.{1,2}(\/|$)|\/\/|\\|%2e|%2f|%5c|%00/i.test(path);
}
