/**
 * Typing with many rows: what a keystroke in the last email input costs Chromium's main thread
 * in the built app and in the same inputs as plain HTML (bench/reference/plain-form.html, the
 * physical limit; also with its rows out of view skipping rendering, as the app's do), with 1
 * row and with 100; and the time to add the 101st row. The same form rendered by React alone
 * (bench/reference/react-form.html) shows what the stack costs before the app adds anything.
 */
import type { Browser, CDPSession, Page } from "@playwright/test";
import { BROWSER_BENCH_PORTS, withAppAndBrowser } from "./support/browser";
import { figure, median, type Section } from "./support/figures";
import { freePort } from "./support/processes";
import { serveReferencePages } from "./support/reference-pages";

/** 40 characters, an address such as a person types. */
const TYPED = "someone.typing.forty.chars@example.co.uk";
/** Typing is measured with one email row and with many; then one more row is added. */
const MANY_ROWS = 100;
const ROW_COUNTS = [1, MANY_ROWS] as const;
const ADDED_ROW = MANY_ROWS + 1;
/**
 * Runs per page and row count, for a median and a spread. One run is some 40 ms of work, and
 * which frames fall into it varies: its spread across runs is wide, and the median needs many.
 */
const RUNS = 15;
/**
 * Waited before and after typing, so that the work a keystroke sets off later is counted too:
 * the frames it paints, and the app's draft, saved 300 ms after the last change
 * (src/web/contact-form/use-draft-saving.ts).
 */
const SETTLE_MS = 500;
const RATIO_TARGET = 1.2;

declare global {
  interface Window {
    /** Milliseconds from the click on "Add email" to the new row's input focused and laid out. */
    __rowAdded?: Promise<number>;
  }
}

/**
 * The app and three references: the plain page as it is; the same page with its rows out of
 * view skipping rendering (content-visibility), as the app's rows do; and that page's form
 * rendered by React alone, rows skipped too. The target is measured against the second: the
 * same rendering, so that the difference is what the form adds. The third is the floor of the
 * stack: what any React page adds per keystroke, before the app's own code.
 */
const PAGE_NAMES = [
  "app",
  "plain HTML",
  "plain HTML, rows out of view skipped",
  "React alone, rows out of view skipped",
] as const;
const TARGET_REFERENCE = "plain HTML, rows out of view skipped" satisfies PageName;
const REACT_FLOOR = "React alone, rows out of view skipped" satisfies PageName;
type PageName = (typeof PAGE_NAMES)[number];
type RowCount = (typeof ROW_COUNTS)[number];

/** One page under test, with the DevTools session that reads its main thread's metrics. */
interface FormPage {
  name: PageName;
  page: Page;
  cdp: CDPSession;
}

interface PageSamples {
  /** Milliseconds of main-thread work per keystroke, by number of email rows. */
  perKeystroke: Record<RowCount, number[]>;
  /** Milliseconds to add row ADDED_ROW. */
  addRow: number[];
}

export async function measure(): Promise<Section> {
  const samples = await withAppAndBrowser(async (app, browser) => {
    const references = await serveReferencePages(
      await freePort(...BROWSER_BENCH_PORTS, [app.port]),
    );
    try {
      return await measurePages(browser, {
        app: `${app.url}/`,
        "plain HTML": `${references.url}/plain-form.html`,
        [TARGET_REFERENCE]: `${references.url}/plain-form.html?content-visibility`,
        [REACT_FLOOR]: `${references.url}/react-form.html?content-visibility`,
      });
    } finally {
      await references.stop();
    }
  });
  const label = (name: PageName, rows: RowCount) =>
    `${name}, ${rows} ${rows === 1 ? "row" : "rows"}`;
  const keystrokes = (name: PageName, rows: RowCount) => samples[name].perKeystroke[rows];
  const reference = (name: PageName, rows: RowCount) => ({
    name: label(name, rows),
    median: median(keystrokes(name, rows)),
  });
  const keystrokeFigure = (
    name: PageName,
    rows: RowCount,
    compare?: Parameters<typeof figure>[3],
  ) => figure(label(name, rows), "ms per keystroke", keystrokes(name, rows), compare);
  const addRowLabel = (name: PageName) => `${name}: add row ${ADDED_ROW}`;
  const addRowFigure = (name: PageName, compareWith?: PageName) =>
    figure(addRowLabel(name), "ms", samples[name].addRow, {
      ...(compareWith && {
        reference: { name: addRowLabel(compareWith), median: median(samples[compareWith].addRow) },
      }),
    });
  return {
    title: "Typing with many rows",
    figures: [
      keystrokeFigure("app", 1, { reference: reference(TARGET_REFERENCE, 1) }),
      keystrokeFigure("app", MANY_ROWS, {
        reference: reference(TARGET_REFERENCE, MANY_ROWS),
        target: {
          words: `≤ ${RATIO_TARGET} × ${TARGET_REFERENCE}`,
          met: (_median, ratio) => ratio !== undefined && ratio <= RATIO_TARGET,
        },
      }),
      ...(
        [
          ["plain HTML", "plain HTML as it is"],
          [REACT_FLOOR, "React alone"],
        ] as const
      ).map(([other, words]) =>
        figure(
          `${label("app", MANY_ROWS)}, next to ${words}`,
          "ms per keystroke",
          keystrokes("app", MANY_ROWS),
          { reference: reference(other, MANY_ROWS) },
        ),
      ),
      // React alone is compared with the target's reference: what the stack adds by itself.
      ...PAGE_NAMES.slice(1).flatMap((name) =>
        ROW_COUNTS.map((rows) =>
          keystrokeFigure(
            name,
            rows,
            name === REACT_FLOOR ? { reference: reference(TARGET_REFERENCE, rows) } : undefined,
          ),
        ),
      ),
      addRowFigure("app", TARGET_REFERENCE),
      addRowFigure("plain HTML"),
      addRowFigure(TARGET_REFERENCE),
      addRowFigure(REACT_FLOOR, TARGET_REFERENCE),
    ],
    notes: [
      "The pages in headless Chromium, each in its own browser context (so its own renderer), " +
        "side by side, runs alternating between them so that a busy moment on the machine falls " +
        "on all. The app is the built server in demo mode, measured once its lazy parts (custom " +
        'fields — the "Role" select —, the submit area, validation) have loaded.',
      `Cost per keystroke: Chromium's main-thread TaskDuration (CDP Performance.getMetrics) ` +
        `over typing ${TYPED.length} characters with page.keyboard.type into the last email ` +
        `input, divided by ${TYPED.length}; the reading after typing is taken ${SETTLE_MS} ms ` +
        "later, and the one before after the same wait, so the frames and the app's draft " +
        "saving (300 ms after the last change) count. Frame timing does not enter it. " +
        `Median of ${RUNS} runs per page and row count, the input emptied before each.`,
      "TaskDuration is the wall time of the main thread's tasks, so it grows when other work " +
        "takes the CPU: the ratio, measured on the pages in the same moments, holds better " +
        "than the absolute figures. Idle tasks (the caret's blinking) add about 3 ms a second " +
        `to every page, some 0.04 ms a keystroke over the ${SETTLE_MS} ms wait.`,
      'Rows are added as a person does, clicking "Add email". The plain page has Name, Title ' +
        "and the email rows only; the app also has Lead, phone and URL rows, custom fields and " +
        "move buttons, which are part of what it costs.",
      "The app's rows carry content-visibility: auto, so that rows out of view skip style, " +
        "layout and paint. The target compares it with the plain page whose rows do the same " +
        "(bench/reference/plain-form.html?content-visibility): the same rendering work, so " +
        "that the ratio is what the form itself adds. Next to the plain page as it is, the app " +
        "also gains what skipping rows saves. With one row every row is in view.",
      "React alone (bench/reference/react-form.html) is the plain page's form rendered by " +
        "React, built by Vite for production as the app is, with no form library and no " +
        "handler on its inputs. React listens at its root to every event a keystroke fires " +
        "(key, input, selection) and looks through the target's ancestors for handlers, on any " +
        "page whose inputs React renders: its ratio to the target's reference is the least " +
        "any app on this stack can reach, and the app's ratio to it is what the app's own code " +
        "adds. Adding a row, React renders the rows again, as the app does.",
      `Add row ${ADDED_ROW}: from the click on "Add email" (the click event's timeStamp) ` +
        `to the new "Email ${ADDED_ROW}" input focused, with layout forced there ` +
        "(getBoundingClientRect), in the page's own clock; the paint that follows is not in it. " +
        `The row is removed between runs; median of ${RUNS}.`,
    ],
  };
}

async function measurePages(browser: Browser, urls: Record<PageName, string>) {
  const pages: FormPage[] = [];
  try {
    for (const name of PAGE_NAMES) pages.push(await openForm(browser, name, urls[name]));
    const empty = (): PageSamples => ({ perKeystroke: { 1: [], [MANY_ROWS]: [] }, addRow: [] });
    const samples: Record<PageName, PageSamples> = {
      app: empty(),
      "plain HTML": empty(),
      [TARGET_REFERENCE]: empty(),
      [REACT_FLOOR]: empty(),
    };
    // Runs alternate between the pages, so that whatever else the machine does falls on all.
    for (const rows of ROW_COUNTS) {
      for (const form of pages) await addRowsUntil(form.page, rows);
      for (let run = 0; run < RUNS; run++) {
        for (const form of pages) {
          samples[form.name].perKeystroke[rows].push(await costPerKeystroke(form, rows));
        }
      }
    }
    for (let run = 0; run < RUNS; run++) {
      for (const form of pages) samples[form.name].addRow.push(await timeToAddRow(form, ADDED_ROW));
    }
    return samples;
  } finally {
    for (const form of pages) await form.page.context().close();
  }
}

/** The page in a fresh context, ready: for the app, once its lazy parts have loaded. */
async function openForm(browser: Browser, name: FormPage["name"], url: string): Promise<FormPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await emailInput(page, 1).waitFor();
  if (name === "app") {
    // Loading is not typing: wait for the custom fields and what the submit area fetches ahead.
    await page.getByLabel("Role", { exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  return { name, page, cdp };
}

function emailInput(page: Page, n: number) {
  return page.getByRole("textbox", { name: `Email ${n}`, exact: true });
}

/** Clicks "Add email" until there are `rows` email rows, as a person would. */
async function addRowsUntil(page: Page, rows: number): Promise<void> {
  const add = page.getByRole("button", { name: "Add email", exact: true });
  while ((await page.getByRole("textbox", { name: /^Email \d+$/ }).count()) < rows) {
    await add.click();
  }
  await emailInput(page, rows).waitFor();
}

/** Milliseconds of main-thread work per keystroke, typing into the email input of row `n`. */
async function costPerKeystroke(form: FormPage, n: number): Promise<number> {
  const input = emailInput(form.page, n);
  await input.fill("");
  await input.focus();
  await form.page.waitForTimeout(SETTLE_MS);
  const before = await mainThreadSeconds(form.cdp);
  await form.page.keyboard.type(TYPED);
  await form.page.waitForTimeout(SETTLE_MS);
  const after = await mainThreadSeconds(form.cdp);
  const typed = await input.inputValue();
  if (typed !== TYPED)
    throw new Error(`${form.name}: typed "${TYPED}" but Email ${n} holds "${typed}".`);
  return ((after - before) * 1000) / TYPED.length;
}

/** The renderer main thread's busy time so far (the sum of its tasks), in seconds. */
async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const taskDuration = metrics.find((metric) => metric.name === "TaskDuration");
  if (!taskDuration) throw new Error("Chromium reported no TaskDuration.");
  return taskDuration.value;
}

/** Adds row `n` with "Add email", times it in the page, and removes the row again. */
async function timeToAddRow(form: FormPage, n: number): Promise<number> {
  const { page } = form;
  await page.evaluate(watchRowAdded, `Email ${n}`);
  await page.getByRole("button", { name: "Add email", exact: true }).click();
  const ms = await page.evaluate(async () => {
    const added = await window.__rowAdded;
    if (added === undefined) throw new Error("The row was not watched.");
    return added;
  });
  await page.getByRole("button", { name: `Remove email ${n}`, exact: true }).click();
  await emailInput(page, n).waitFor({ state: "detached" });
  await page.waitForTimeout(SETTLE_MS);
  return ms;
}

/**
 * In the page: from the next click to the focus of the input labelled `label`, laid out. (No
 * named functions inside: tsx wraps them in a `__name` helper that the page does not have.)
 */
function watchRowAdded(label: string): void {
  window.__rowAdded = new Promise((resolve) => {
    let clickedAt = Number.NaN;
    const done = new AbortController();
    addEventListener(
      "click",
      (event) => {
        clickedAt = event.timeStamp;
      },
      {
        capture: true,
        once: true,
        signal: done.signal,
      },
    );
    addEventListener(
      "focusin",
      (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) return;
        if (input.labels?.[0]?.textContent?.trim() !== label) return;
        // Style and layout of the new row happen here, rather than at the next frame.
        input.getBoundingClientRect();
        done.abort();
        resolve(performance.now() - clickedAt);
      },
      { capture: true, signal: done.signal },
    );
  });
}
