import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { findChromium } from "../../e2e/support/find-chromium";
import { freePort, ROOT, serverNodeArgs, startProcess, waitUntilAnswering } from "./processes";

/** The project's root, where `npm run build` leaves dist/. */
export const CLIENT_DIR = join(ROOT, "dist", "client");
/** Ports the browser benchmarks may use; others run servers elsewhere on this machine. */
export const BROWSER_BENCH_PORTS = [5200, 5249] as const;
/** This machine has no network beyond loopback: keep Chromium from calling home. */
const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Something a benchmark started, at an address, that it must stop however it ends. */
export interface Running {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The built server in demo mode (`node dist/server/main.js` with no CLOSE_API_KEY, so against
 * the built-in stand-in of Close), answering on a free port from BROWSER_BENCH_PORTS. `dist`:
 * another build's folder, with its own server/ and client/.
 */
export async function startBuiltApp(
  taken: readonly number[] = [],
  dist = join(ROOT, "dist"),
): Promise<Running> {
  const main = join(dist, "server", "main.js");
  if (!existsSync(main) || !existsSync(join(dist, "client", "index.html")))
    throw new Error(`No built app in ${dist}: run \`npm run build\` first.`);
  const port = await freePort(...BROWSER_BENCH_PORTS, taken);
  const server = startProcess("built server (demo)", process.execPath, serverNodeArgs(ROOT, main), {
    cwd: ROOT,
    env: { PORT: String(port), HOST: "127.0.0.1" },
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(server, `${url}/api/health`);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, port, stop: async () => void (await server.stop()) };
}

/** Headless Chromium as the browser tests find it: Playwright's own, else the system's. */
export async function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if (!found) throw new Error("No Chromium found: run `npx playwright install chromium`.");
  return chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
}

/**
 * Runs `use` with the built app and a browser, and stops both afterwards, also when it fails
 * (the browser first, so that no page is left talking to a stopped server).
 */
export async function withAppAndBrowser<T>(
  use: (app: Running, browser: Browser) => Promise<T>,
): Promise<T> {
  const app = await startBuiltApp();
  try {
    const browser = await launchChromium();
    try {
      return await use(app, browser);
    } finally {
      await browser.close();
    }
  } finally {
    await app.stop();
  }
}
