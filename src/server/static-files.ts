import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono } from "hono";
import type { AppEnv } from "./app";

/**
 * Serves the built app: hashed assets cached for good, everything else revalidated, and
 * index.html for any other page address (not for missing files, nor under /api).
 *
 * The build leaves each file beside its brotli and gzip copies (vite.config.ts); a request
 * gets the first of brotli and gzip that it accepts, else the file as it is.
 *
 * Middleware only, no GET route: a route for "*" would make GET look allowed on every /api
 * address, and turn its 405 (say, GET /api/contact/) into a 404.
 */
export function serveClient(app: Hono<AppEnv>, root: string): void {
  const onFound = (path: string, c: Context) => {
    const hashed = path.includes("/assets/");
    c.header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    varyOnEncoding(c);
  };
  app.use("*", serveStatic({ root, precompressed: true, onFound }));
  const indexPage = serveStatic<AppEnv>({ root, path: "index.html", precompressed: true, onFound });
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.json({ error: "Not found." }, 404);
    return indexPage(c, next);
  });
}

/**
 * What a file's address answers depends on Accept-Encoding, also when the file is sent as it
 * is (no copy, or none accepted): caches must not hand a compressed copy to a browser that
 * did not ask for it, nor the plain file to one that did. serveStatic says so only when it
 * sends a copy.
 */
function varyOnEncoding(c: Context): void {
  const vary = c.res.headers.get("Vary") ?? "";
  if (!/\baccept-encoding\b/i.test(vary)) c.header("Vary", "Accept-Encoding", { append: true });
}
