import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build, preview } from "vite";
import type { Running } from "./browser";

const REFERENCE_DIR = fileURLToPath(new URL("../reference", import.meta.url));
/** The pages bench/typing.ts compares the app with: plain HTML, and the same form in React. */
const PAGES = ["plain-form.html", "react-form.html"] as const;

/**
 * Builds the reference pages as the app is built (Vite, production React) into a directory
 * of their own, and serves them on `port` with Vite's preview server.
 */
export async function serveReferencePages(port: number): Promise<Running> {
  const outDir = await mkdtemp(join(tmpdir(), "bench-reference-"));
  try {
    // The pages alone: no project config, public dir, env files or PostCSS config of any folder.
    const shared = {
      configFile: false,
      root: REFERENCE_DIR,
      publicDir: false,
      envDir: false,
      css: { postcss: {} },
      logLevel: "warn",
    } as const;
    await build({
      ...shared,
      plugins: [react()],
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: { input: PAGES.map((page) => join(REFERENCE_DIR, page)) },
      },
    });
    const server = await preview({
      ...shared,
      build: { outDir },
      preview: { host: "127.0.0.1", port, strictPort: true },
    });
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      stop: async () => {
        try {
          await server.close();
        } finally {
          await rm(outDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
