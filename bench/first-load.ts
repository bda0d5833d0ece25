/**
 * First load: the bytes of what index.html loads before the form can be typed into, against
 * the budget, and of the lazy chunks; then the built app in headless Chromium, fresh each time:
 * first contentful paint, and when the "Name" input takes typing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import {
  FIRST_LOAD_BUDGET_GZIP_BYTES,
  firstLoadFiles,
  type LoadedFile,
} from "../scripts/first-load";
import { draftKey } from "../src/web/contact-form/draft-storage";
import { CLIENT_DIR, withAppAndBrowser } from "./support/browser";
import { type Figure, figure, type Section } from "./support/figures";

const PAGE_LOADS = 10;
/** The "Name" input's id (fieldId("name") in src/web/contact-form/fields/field-ids.ts). */
const NAME_INPUT = "#field-name";

declare global {
  interface Window {
    /** performance.now() when the Name input first took typing; set by the init script. */
    __nameInteractiveAt?: Promise<number>;
  }
}

export async function measure(): Promise<Section> {
  const firstLoad = firstLoadFiles(CLIENT_DIR);
  const lazy = lazyChunks(firstLoad.map((loaded) => loaded.file));
  const loads = await withAppAndBrowser((app, browser) => loadPages(browser, `${app.url}/`));
  return {
    title: "First load",
    figures: [
      ...byteFigures("first load", firstLoad),
      totalFigure("first load, total, raw", firstLoad, "rawBytes"),
      totalFigure("first load, total, gzip", firstLoad, "gzipBytes", {
        words: `≤ ${FIRST_LOAD_BUDGET_GZIP_BYTES.toLocaleString("en-US")} B gzip`,
        met: (total) => total <= FIRST_LOAD_BUDGET_GZIP_BYTES,
      }),
      ...byteFigures("lazy", lazy),
      totalFigure("lazy, total, raw", lazy, "rawBytes"),
      totalFigure("lazy, total, gzip", lazy, "gzipBytes"),
      figure(
        "first contentful paint",
        "ms",
        loads.map((load) => load.firstContentfulPaint),
      ),
      figure(
        '"Name" input interactive',
        "ms",
        loads.map((load) => load.nameInteractive),
      ),
    ],
    notes: [
      "First load: the JS and CSS index.html loads before the form can be typed into — its " +
        "scripts, stylesheets and module preloads and every module they import statically " +
        "(scripts/first-load.ts). Lazy: every other .js and .css in dist/client/assets, which " +
        "load after the form (custom fields, submit, validation, phone formatting, the card). " +
        "Gzip is level 9, as the budget check counts it; one sample each, since bytes do not vary.",
      `Page: the built server in demo mode on loopback (no compression on the wire), headless ` +
        `Chromium, median of ${PAGE_LOADS} loads of / after one unrecorded warm-up, each in a ` +
        "new browser context (empty cache and storage). Times are from navigation start.",
      "First contentful paint: the paint entry of that name (the performance API's paint entries).",
      `"Name" input interactive: the performance.now() of the first DOM change after which ` +
        `${NAME_INPUT} is a connected, enabled <input> carrying React's props with an onChange ` +
        "(React's __reactProps$ key; createRoot attaches its event listeners to the root before " +
        "the first render), watched by a MutationObserver from an init script, so it is noted " +
        "at the end of the task that committed it. A keystroke then reaches react-hook-form: " +
        'each load checks it by typing "x" into Name and waiting for the draft react-hook-form ' +
        "saves to localStorage. The paint that shows the input comes after, at first contentful " +
        "paint (the page is empty until React's first commit).",
    ],
  };
}

/** Every .js and .css in dist/client/assets that is not in the first load. */
function lazyChunks(firstLoad: readonly string[]): LoadedFile[] {
  return readdirSync(join(CLIENT_DIR, "assets"))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(?:js|css)$/.test(file) && !firstLoad.includes(file))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(CLIENT_DIR, file));
      // Level 9, as firstLoadFiles counts gzip, so that the two tables compare.
      return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
}

function byteFigures(group: string, files: readonly LoadedFile[]): Figure[] {
  return files.flatMap(({ file, rawBytes, gzipBytes }) => [
    figure(`${group}: ${file}, raw`, "bytes", [rawBytes]),
    figure(`${group}: ${file}, gzip`, "bytes", [gzipBytes]),
  ]);
}

function totalFigure(
  name: string,
  files: readonly LoadedFile[],
  kind: "rawBytes" | "gzipBytes",
  target?: { words: string; met: (median: number) => boolean },
): Figure {
  const total = files.reduce((sum, file) => sum + file[kind], 0);
  return figure(name, "bytes", [total], target && { target });
}

interface PageLoad {
  firstContentfulPaint: number;
  nameInteractive: number;
}

async function loadPages(browser: Browser, url: string): Promise<PageLoad[]> {
  // The first load also warms the server (its first requests) and the disk cache: not counted.
  await loadOnce(browser, url);
  const loads: PageLoad[] = [];
  for (let i = 0; i < PAGE_LOADS; i++) loads.push(await loadOnce(browser, url));
  return loads;
}

/** One load in a fresh context: nothing cached, nothing stored, no draft to restore. */
async function loadOnce(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchNameInput, NAME_INPUT);
    await page.goto(url);
    const nameInteractive = await page.evaluate(async () => {
      const at = await window.__nameInteractiveAt;
      if (at === undefined) throw new Error("The init script did not run.");
      return at;
    });
    const firstContentfulPaint = await page.evaluate(firstContentfulPaintTime);
    // The definition holds only if typing then reaches react-hook-form: its draft shows it.
    await page.locator(NAME_INPUT).pressSequentially("x");
    await page.waitForFunction(
      (key) => JSON.parse(localStorage.getItem(key) ?? "{}").name === "x",
      draftKey(),
      { timeout: 5_000 },
    );
    return { firstContentfulPaint, nameInteractive };
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page before its own scripts: notes the moment the Name input exists, is
 * enabled, and has React's handlers. (No named functions inside: tsx wraps them in a `__name`
 * helper that the page does not have.)
 */
function watchNameInput(selector: string): void {
  window.__nameInteractiveAt = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const input = document.querySelector(selector);
      if (!(input instanceof HTMLInputElement) || !input.isConnected || input.disabled) return;
      const props = Object.entries(input).find(([key]) => key.startsWith("__reactProps$"))?.[1];
      if (typeof (props as { onChange?: unknown } | undefined)?.onChange !== "function") return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** The first-contentful-paint entry's time, once the browser has it. */
function firstContentfulPaintTime(): Promise<number> {
  return new Promise((resolve) => {
    new PerformanceObserver((entries, observer) => {
      const paint = entries.getEntriesByName("first-contentful-paint")[0];
      if (!paint) return;
      observer.disconnect();
      resolve(paint.startTime);
    }).observe({ type: "paint", buffered: true });
  });
}
