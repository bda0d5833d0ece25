import { cp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { ROOT } from "./processes";

const STUB = fileURLToPath(new URL("../reference/no-row-matches.tsx", import.meta.url));
/** Inside the project, so that its server finds node_modules as dist/server does. */
export const WITHOUT_CHECK_DIST = join(ROOT, "dist", "bench-without-duplicate-check");

/**
 * The app as `npm run build` makes it, but with rows that never check Close for duplicates
 * (their RowMatches renders nothing and listens to nothing): its client built again with the
 * stub in place, beside a copy of the built server, which serves the client next to it.
 * Returns the folder, for startBuiltApp.
 */
export async function buildAppWithoutDuplicateCheck(): Promise<string> {
  await rm(WITHOUT_CHECK_DIST, { recursive: true, force: true });
  await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    mode: "production",
    logLevel: "warn",
    resolve: { alias: [{ find: /^\.\.\/duplicates\/RowMatches$/, replacement: STUB }] },
    build: { outDir: join(WITHOUT_CHECK_DIST, "client"), emptyOutDir: true },
  });
  await cp(join(ROOT, "dist", "server"), join(WITHOUT_CHECK_DIST, "server"), { recursive: true });
  return WITHOUT_CHECK_DIST;
}
