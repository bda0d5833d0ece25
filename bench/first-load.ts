/**
 * First load: the bytes of what index.html loads before the form can be typed into, as built
 * and as the server sends them, and of the lazy chunks; then the built app in headless
 * Chromium, fresh each time: first contentful paint, when the "Name" input takes typing, and
 * the bytes Chromium received until then; and the same load over a slow network, compressed
 * as served and uncompressed, with an empty cache and with a warm one.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import { firstLoadTransfer, NAME_INPUT, watchNameInput } from "../e2e/support/first-load-transfer";
import {
  FIRST_LOAD_BUDGET_BYTES,
  firstLoadFiles,
  type LoadedFile,
  loadedFile,
} from "../scripts/first-load";
import { draftKey } from "../src/web/contact-form/draft/draft-storage";
import { CLIENT_DIR, withAppAndBrowser } from "./support/browser";
import { type Figure, figure, median, type Section } from "./support/figures";

const PAGE_LOADS = 10;
/** Loads per kind over the slow network, alternating between compressed and not. */
const SLOW_LOADS = 5;
/** A slow connection: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const BUDGET_WORDS = `≤ ${FIRST_LOAD_BUDGET_BYTES.toLocaleString("en-US")} B`;

type Encoding = "compressed" | "uncompressed";
type Cache = "cold" | "warm";

export async function measure(): Promise<Section> {
  const firstLoad = firstLoadFiles(CLIENT_DIR);
  const lazy = lazyChunks(firstLoad.map((loaded) => loaded.file));
  const { loads, slow } = await withAppAndBrowser(async (app, browser) => ({
    loads: await loadPages(browser, `${app.url}/`),
    slow: await slowLoads(browser, `${app.url}/`),
  }));
  const slowFigure = (cache: Cache) => {
    const name = (encoding: Encoding) =>
      `"Name" input interactive, slow network, ${cache} cache, ${encoding}`;
    const interactive = (encoding: Encoding) => slow[encoding][cache].map((l) => l.nameInteractive);
    const uncompressed = interactive("uncompressed");
    return [
      figure(name("compressed"), "ms", interactive("compressed"), {
        reference: { name: name("uncompressed"), median: median(uncompressed) },
      }),
      figure(name("uncompressed"), "ms", uncompressed),
    ];
  };
  const slowBytes = (encoding: Encoding, cache: Cache) =>
    figure(
      `received before "Name" interactive, slow network, ${cache} cache, ${encoding}`,
      "bytes",
      slow[encoding][cache].map((load) => load.bytes),
    );
  return {
    title: "First load",
    figures: [
      figure(
        'first load over the wire: received before "Name" interactive',
        "bytes",
        loads.map((load) => load.bytes),
        { target: { words: BUDGET_WORDS, met: (bytes) => bytes <= FIRST_LOAD_BUDGET_BYTES } },
      ),
      ...byteFigures("first load", firstLoad),
      totalFigure("first load, total, raw", firstLoad, "rawBytes"),
      totalFigure("first load, total, as sent", firstLoad, "sentBytes", {
        words: BUDGET_WORDS,
        met: (total) => total <= FIRST_LOAD_BUDGET_BYTES,
      }),
      ...byteFigures("lazy", lazy),
      totalFigure("lazy, total, raw", lazy, "rawBytes"),
      totalFigure("lazy, total, as sent", lazy, "sentBytes"),
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
      ...slowFigure("cold"),
      ...slowFigure("warm"),
      slowBytes("compressed", "cold"),
      slowBytes("uncompressed", "cold"),
      slowBytes("compressed", "warm"),
      slowBytes("uncompressed", "warm"),
    ],
    notes: [
      "First load: index.html and the JS and CSS it loads before the form can be typed into — " +
        "its scripts, stylesheets and module preloads and every module they import statically " +
        "(scripts/first-load.ts). Lazy: every other .js and .css in dist/client/assets, which " +
        "load after the form (custom fields, submit, validation, phone formatting, the card). " +
        "As sent: the brotli copy the build makes of each, which the server sends to a browser " +
        "that accepts brotli, as Chromium does (src/server/static-files.ts); the budget check " +
        "in `npm test` counts the same (e2e/bundle-budget.spec.ts). One sample each.",
      "Over the wire: the transferSize (headers and body as received) of the page and of " +
        'every request started before "Name" took typing, in Chromium\'s resource timing, ' +
        "each load.",
      `Page: the built server in demo mode on loopback, headless Chromium, median of ` +
        `${PAGE_LOADS} loads of / after one unrecorded warm-up, each in a new browser context ` +
        "(empty cache and storage). Times are from navigation start.",
      "First contentful paint: the paint entry of that name (the performance API's paint entries).",
      `"Name" input interactive: the performance.now() of the first DOM change after which ` +
        `${NAME_INPUT} is a connected, enabled <input> carrying React's props with an onChange ` +
        "(React's __reactProps$ key; createRoot attaches its event listeners to the root before " +
        "the first render), watched by a MutationObserver from an init script, so it is noted " +
        "at the end of the task that committed it. A keystroke then reaches react-hook-form: " +
        'each load checks it by typing "x" into Name and waiting for the draft react-hook-form ' +
        "saves to localStorage. The paint that shows the input comes after, at first contentful " +
        "paint (the page is empty until React's first commit).",
      `Slow network: Chromium's network emulation (CDP Network.emulateNetworkConditions) at ` +
        `${(SLOW_NETWORK.downloadThroughput * 8) / 1e6} Mbps down, ` +
        `${(SLOW_NETWORK.uploadThroughput * 8) / 1e3} kbps up and ${SLOW_NETWORK.latency} ms ` +
        `round trip. Cold: a new context, nothing cached; warm: the same page loaded again in ` +
        "that context, its hashed assets from the cache, index.html revalidated. Uncompressed: " +
        "the same server and build, the browser sending Accept-Encoding: identity, so that the " +
        `ratio is what compression gains. ${SLOW_LOADS} loads of each, alternating.`,
    ],
  };
}

/** Every .js and .css in dist/client/assets that is not in the first load. */
function lazyChunks(firstLoad: readonly string[]): LoadedFile[] {
  return readdirSync(join(CLIENT_DIR, "assets"))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(?:js|css)$/.test(file) && !firstLoad.includes(file))
    .sort()
    .map((file) => loadedFile(CLIENT_DIR, file));
}

function byteFigures(group: string, files: readonly LoadedFile[]): Figure[] {
  return files.flatMap(({ file, rawBytes, sentBytes, sentEncoding }) => [
    figure(`${group}: ${file}, raw`, "bytes", [rawBytes]),
    figure(`${group}: ${file}, as sent (${sentEncoding})`, "bytes", [sentBytes]),
  ]);
}

function totalFigure(
  name: string,
  files: readonly LoadedFile[],
  kind: "rawBytes" | "sentBytes",
  target?: { words: string; met: (median: number) => boolean },
): Figure {
  const total = files.reduce((sum, file) => sum + file[kind], 0);
  return figure(name, "bytes", [total], target && { target });
}

interface PageLoad {
  firstContentfulPaint: number;
  nameInteractive: number;
  /** Bytes received before Name took typing. */
  bytes: number;
}

async function loadPages(browser: Browser, url: string): Promise<PageLoad[]> {
  // The first load also warms the server (its first requests) and the disk cache: not counted.
  await withContext(browser, "compressed", (context) => loadOnce(context, url));
  const loads: PageLoad[] = [];
  for (let i = 0; i < PAGE_LOADS; i++)
    loads.push(await withContext(browser, "compressed", (context) => loadOnce(context, url)));
  return loads;
}

/** Cold and warm loads over the slow network, compressed and not, alternating. */
async function slowLoads(browser: Browser, url: string) {
  const empty = () => ({ cold: [] as PageLoad[], warm: [] as PageLoad[] });
  const loads: Record<Encoding, Record<Cache, PageLoad[]>> = {
    compressed: empty(),
    uncompressed: empty(),
  };
  for (let run = 0; run < SLOW_LOADS; run++) {
    for (const encoding of ["compressed", "uncompressed"] as const) {
      await withContext(browser, encoding, async (context) => {
        loads[encoding].cold.push(await loadOnce(context, url, SLOW_NETWORK));
        loads[encoding].warm.push(await loadOnce(context, url, SLOW_NETWORK));
      });
    }
  }
  return loads;
}

/**
 * A new context (nothing cached, nothing stored), watching for Name on every page. Uncompressed,
 * its requests accept no encoding, so that the server sends every file as it is.
 */
async function withContext<T>(
  browser: Browser,
  encoding: Encoding,
  use: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(
    encoding === "uncompressed" ? { extraHTTPHeaders: { "Accept-Encoding": "identity" } } : {},
  );
  try {
    await context.addInitScript(watchNameInput, NAME_INPUT);
    return await use(context);
  } finally {
    await context.close();
  }
}

/** One load of `url` in a new page of `context`, over `network` when given. */
async function loadOnce(
  context: BrowserContext,
  url: string,
  network?: typeof SLOW_NETWORK,
): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", network);
    }
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const { nameInteractive, bytes } = await page.evaluate(firstLoadTransfer);
    const firstContentfulPaint = await page.evaluate(firstContentfulPaintTime);
    // The definition holds only if typing then reaches react-hook-form: its draft shows it.
    // (A warm load restores the draft of the load before: each types a name of its own.)
    const typed = `x${Math.random().toString(36).slice(2, 6)}`;
    await page.locator(NAME_INPUT).fill("");
    await page.locator(NAME_INPUT).pressSequentially(typed);
    await page.waitForFunction(
      ([key, name]) => JSON.parse(localStorage.getItem(key) ?? "{}").name === name,
      [draftKey(), typed] as const,
      { timeout: 5_000 },
    );
    return { firstContentfulPaint, nameInteractive, bytes };
  } finally {
    await page.close();
  }
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
