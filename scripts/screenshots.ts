/**
 * `npm run screenshots`: every state of the page as people see it — at 1280×800, on a 390×844
 * phone, and framed by the demo dashboard — in light and dark, written to screenshots/ (ignored
 * by git) for a person to look at. Runs the built app in demo mode on a free port.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, FrameLocator, Page } from "@playwright/test";
import { withAppAndBrowser } from "../bench/support/browser";
import { ROOT } from "../bench/support/processes";

const OUT = join(ROOT, "screenshots");
type Theme = "light" | "dark";
/** What a state's steps need: a page, or the app inside the dashboard's frame. */
type Surface = Pick<Page | FrameLocator, "getByRole" | "getByLabel" | "getByText" | "locator">;

const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 } },
  // A touch screen: no shortcut hint, as on a real phone.
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

async function formReady(app: Surface) {
  await app.getByLabel("Name", { exact: true }).waitFor();
  await app.getByRole("button", { name: /^More fields/ }).waitFor();
}

/** Someone the demo organization does not hold yet (its Jane Doe is the duplicate state's). */
async function fillTypicalContact(app: Surface) {
  await app.getByLabel("Name", { exact: true }).fill("Maria Lopez");
  await app.getByLabel("Email 1", { exact: true }).fill("maria@acme.com");
  await app.getByLabel("Phone 1", { exact: true }).fill("(904) 555-9876");
}

async function chooseLead(app: Surface) {
  await app.getByRole("combobox", { name: "Lead" }).fill("Acme");
  await app
    .getByRole("option", { name: /Acme Corporation/ })
    .first()
    .click();
}

/** Each state from a freshly opened form. */
const STATES: Record<string, (app: Surface) => Promise<void>> = {
  empty: async () => {},
  filled: async (app) => {
    await fillTypicalContact(app);
    await chooseLead(app);
  },
  "lead-suggestions": async (app) => {
    await app.getByRole("combobox", { name: "Lead" }).fill("Ac");
    await app.getByRole("option").first().waitFor();
  },
  "new-lead": async (app) => {
    await app.getByRole("combobox", { name: "Lead" }).fill("Glob");
    await app.getByRole("option", { name: "New lead “Glob”" }).waitFor();
  },
  "paste-preview": async (app) => {
    // The paste event a browser sends for Ctrl+V, without reaching for the system clipboard.
    await app.getByLabel("Name", { exact: true }).evaluate((input, text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/plain", text);
      input.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }),
      );
    }, "Best regards,\nJane Doe\nHead of Sales\nAcme Inc.\nM: (415) 555-0134\njane@acme.com\nwww.acme.com");
    await app.getByRole("button", { name: "Fill from pasted text" }).waitFor();
  },
  "user-picker": async (app) => {
    await app.getByRole("button", { name: /^More fields/ }).click();
    await app.getByRole("combobox", { name: "Account owner" }).fill("demo");
    await app.getByRole("option", { name: "Sam Carter" }).waitFor();
  },
  duplicate: async (app) => {
    await app.getByLabel("Name", { exact: true }).fill("Jane Doe");
    await app.getByLabel("Email 1", { exact: true }).fill("jane@acme.com");
    await app.getByLabel("Email 1", { exact: true }).press("Tab");
    await app
      .getByText(/^Already in Close/)
      .first()
      .waitFor();
    await app.getByRole("button", { name: "Create contact", exact: true }).click();
    await app.getByRole("button", { name: "Create anyway" }).waitFor();
  },
  "more-fields": async (app) => {
    await app.getByRole("button", { name: /^More fields/ }).click();
  },
  errors: async (app) => {
    await app.getByLabel("Email 1", { exact: true }).fill("jane@");
    await app.getByLabel("Phone 1", { exact: true }).fill("12");
    await app.getByRole("button", { name: "Create contact", exact: true }).click();
    await app
      .getByLabel("Email 1", { exact: true })
      .and(app.locator("[aria-invalid=true]"))
      .waitFor();
  },
  created: async (app) => {
    await fillTypicalContact(app);
    await chooseLead(app);
    await app.getByRole("button", { name: "Create contact", exact: true }).click();
    // Shot after shot the same person is made: from the second on, Close holds them already.
    const card = app.getByRole("region", { name: "Created contact" });
    const anyway = app.getByRole("button", { name: "Create anyway" });
    await card.or(anyway).first().waitFor();
    if (await anyway.isVisible()) await anyway.click();
    await card.waitFor();
  },
};

async function shootPage(browser: Browser, url: string, theme: Theme) {
  for (const [sizeName, device] of Object.entries(SIZES)) {
    for (const [state, steps] of Object.entries(STATES)) {
      const context = await browser.newContext({ ...device, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${url}/?theme=${theme}`);
      await formReady(page);
      await steps(page);
      await page.screenshot({ path: join(OUT, `${state}-${sizeName}-${theme}.png`) });
      await page.screenshot({
        path: join(OUT, `${state}-${sizeName}-${theme}-full.png`),
        fullPage: true,
      });
      await context.close();
    }
  }
}

/** The demo dashboard framing the app, its panels coloured as a dark dashboard's would be. */
async function shootEmbedded(browser: Browser, url: string, theme: Theme) {
  for (const [state, steps] of Object.entries(STATES)) {
    // The dashboard page forbids inline styles (CSP): the dark colours are the script's own.
    const context = await browser.newContext({
      ...SIZES.desktop,
      colorScheme: theme,
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${url}/embed-demo.html`);
    if (theme === "dark")
      await page.addStyleTag({
        // A dark page says so (color-scheme), or Chromium paints the frame's canvas opaque.
        content:
          ":root{color-scheme:dark} body{background:#020617;color:#e2e8f0} .panel{background:#0f172a}",
      });
    await page
      .locator("#contact-frame")
      .evaluate((frame, src) => frame.setAttribute("src", src), `/?embed=1&theme=${theme}`);
    const app = page.frameLocator("#contact-frame");
    await formReady(app);
    await steps(app);
    await page.screenshot({ path: join(OUT, `${state}-embedded-${theme}.png`), fullPage: true });
    await context.close();
  }
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
await withAppAndBrowser(async (app, browser) => {
  for (const theme of ["light", "dark"] as const) {
    await shootPage(browser, app.url, theme);
    await shootEmbedded(browser, app.url, theme);
  }
});
console.log(`Screenshots in ${OUT}`);
