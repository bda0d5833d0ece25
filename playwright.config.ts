import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/support/find-chromium";
import { DEMO_API_KEY } from "./src/server/fake-close/fixtures";
import { DEMO_OAUTH_CLIENT } from "./src/server/fake-close/oauth";

/**
 * The browser tests drive the built server for real: in demo mode as `npm start` runs it, and
 * in live mode against a stand-in started alone with its test-only control, which the tests
 * use to count contacts and make Close fail.
 */
export const DEMO_PORT = 3100;
export const LIVE_PORT = 3200;
export const STAND_IN_PORT = 4100;
/** Team mode: two instances of one service (one SESSION_SECRET), as behind a load balancer. */
export const TEAM_PORTS = [3400, 3401] as const;
/** The dashboard on another site (localhost, not 127.0.0.1) that frames the team-mode app. */
export const TEAM_DASHBOARD = "http://localhost:3302";
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
  webServer: [
    {
      command: "node dist/server/main.js",
      url: `http://127.0.0.1:${DEMO_PORT}/api/health`,
      env: { PORT: String(DEMO_PORT), HOST: "127.0.0.1", CLOSE_API_KEY: "" },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: `tsx src/server/fake-close/cli.ts --port ${STAND_IN_PORT} --control`,
      url: `http://127.0.0.1:${STAND_IN_PORT}/__control/stats`,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node dist/server/main.js",
      url: `http://127.0.0.1:${LIVE_PORT}/api/health`,
      env: {
        PORT: String(LIVE_PORT),
        HOST: "127.0.0.1",
        CLOSE_API_KEY: DEMO_API_KEY,
        CLOSE_API_URL: `http://127.0.0.1:${STAND_IN_PORT}/api/v1`,
        UPSTREAM_TIMEOUT_MS: "3000",
        // The embedding tests' dashboard; the one on port 3301 is not allowed.
        EMBED_ORIGINS: "http://127.0.0.1:3300",
      },
      stdout: "ignore",
      stderr: "pipe",
    },
    ...TEAM_PORTS.map((port) => ({
      command: "node dist/server/main.js",
      url: `http://127.0.0.1:${port}/api/health`,
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        CLOSE_API_KEY: "",
        CLOSE_API_URL: `http://127.0.0.1:${STAND_IN_PORT}/api/v1`,
        CLOSE_OAUTH_URL: `http://127.0.0.1:${STAND_IN_PORT}/oauth2`,
        CLOSE_OAUTH_CLIENT_ID: DEMO_OAUTH_CLIENT.id,
        CLOSE_OAUTH_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
        SESSION_SECRET: "team-mode-tests-session-secret-0123456789",
        PUBLIC_URL: `http://127.0.0.1:${TEAM_PORTS[0]}`,
        UPSTREAM_TIMEOUT_MS: "3000",
        EMBED_ORIGINS: TEAM_DASHBOARD,
      },
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    })),
  ],
});
