import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface FoundChromium {
  /** Undefined means Playwright's own browser, which it finds by itself. */
  executablePath: string | undefined;
  source: string;
}

/** Playwright's own Chromium, else CHROMIUM_PATH, else the system's (Debian's /usr/bin/chromium). */
export function findChromium(): FoundChromium | undefined {
  try {
    if (existsSync(chromium.executablePath()))
      return { executablePath: undefined, source: "Playwright's own" };
  } catch {
    // No browser registered with Playwright: look elsewhere.
  }
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
  for (const path of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (existsSync(path)) return { executablePath: path, source: "the system's" };
  }
  return undefined;
}
