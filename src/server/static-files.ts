import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "./app";

/**
 * Serves the built app: hashed assets cached for good, everything else revalidated, and
 * index.html for any other page address (not for missing files, nor under /api).
 *
 * Middleware only, no GET route: a route for "*" would make GET look allowed on every /api
 * address, and turn its 405 (say, GET /api/contact/) into a 404.
 */
export function serveClient(app: Hono<AppEnv>, root: string): void {
  app.use(
    "*",
    serveStatic({
      root,
      onFound: (path, c) => {
        const hashed = path.includes("/assets/");
        c.header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  const indexPage = serveStatic<AppEnv>({
    root,
    path: "index.html",
    onFound: (_path, c) => c.header("Cache-Control", "no-cache"),
  });
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.json({ error: "Not found." }, 404);
    return indexPage(c, next);
  });
}
