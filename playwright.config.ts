import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/support/find-chromium";

/** The built server in demo mode, as `npm start` runs it; the browser tests drive it for real. */
export const DEMO_PORT = 3100;
const chromium = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium?.executablePath,
      // This machine has no network beyond loopback: keep Chromium from calling home.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node dist/server/main.js",
    url: `http://127.0.0.1:${DEMO_PORT}/api/health`,
    env: { PORT: String(DEMO_PORT), HOST: "127.0.0.1", CLOSE_API_KEY: "" },
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
