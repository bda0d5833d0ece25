/**
 * Typing with many rows: what a keystroke in the last email input costs Chromium's main thread,
 * swept across row counts and two window heights, in the built app and in two references: the
 * same inputs as plain HTML (bench/reference/plain-form.html, what the browser itself must do)
 * and that form rendered by React alone (bench/reference/react-form.html, the floor of the
 * stack); and in the app built without its duplicate check, for what the check costs. Then
 * what adding a row costs, at 50 rows and at 100.
 */
import type { Browser, CDPSession, Page } from "@playwright/test";
import { buildAppWithoutDuplicateCheck } from "./support/app-without-duplicate-check";
import { BROWSER_BENCH_PORTS, startBuiltApp, withAppAndBrowser } from "./support/browser";
import { figure, median, type Section } from "./support/figures";
import { freePort } from "./support/processes";
import { serveReferencePages } from "./support/reference-pages";
import { markdownTable } from "./support/report";

/** 40 characters, an address such as a person types. */
const TYPED = "someone.typing.forty.chars@example.co.uk";
/** Every count, not two samples of the range: costs that are flat at 1 and 100 can peak between. */
const ROW_COUNTS = [1, 5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100, 150, 200] as const;
/** A desktop window, and a small window or a short dashboard panel. */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1280, height: 400 },
] as const;
/** Row counts at which adding one more row is timed. */
const ADD_ROW_AT = [50, 100] as const;
/** Runs per page, row count and window, alternating between the pages; the median is kept. */
const RUNS = 7;
/** Runs per page at each page's worst count, measured again once the sweep has found it. */
const WORST_COUNT_RUNS = 11;
/** Runs per page of adding a row, whose cost varies more from run to run. */
const ADD_ROW_RUNS = 9;
/**
 * Waited before and after typing, so that the work a keystroke sets off later is counted too:
 * the frames it paints, and the app's draft, saved 300 ms after the last change
 * (src/web/contact-form/draft/use-draft-saving.ts).
 */
const SETTLE_MS = 500;
/**
 * Waited after typing before the reading: the settling above, after the app's duplicate check
 * has run on the typed address (800 ms after the last keystroke, in
 * src/web/contact-form/duplicates/RowMatches.tsx), so that the check's work counts as well.
 */
const AFTER_TYPING_MS = 1_300;
/** Targets: layouts a keystroke may cause beyond the plain page's, and ratios to React alone. */
const EXTRA_LAYOUTS_TARGET = 1;
const KEYSTROKE_RATIO_TARGET = 1.3;
const ADD_ROW_RATIO_TARGET = 1.5;
/** Ours: "typing cost unchanged with the duplicate check on", within this of the app without it. */
const CHECK_RATIO_TARGET = 1.1;

const WITHOUT_CHECK = "app without the duplicate check";
const PAGE_NAMES = ["app", "plain HTML", "React alone", WITHOUT_CHECK] as const;
/** The pages whose cost of adding a row is measured. */
const ADD_ROW_PAGES: readonly PageName[] = ["app", "plain HTML", "React alone"];
type PageName = (typeof PAGE_NAMES)[number];
type Viewport = (typeof VIEWPORTS)[number];
type RowCount = (typeof ROW_COUNTS)[number];

/** One page under test, with the DevTools session that reads its main thread's metrics. */
interface FormPage {
  name: PageName;
  page: Page;
  cdp: CDPSession;
}

/** What typing one character cost, averaged over the typed address. */
interface Keystroke {
  ms: number;
  layouts: number;
}

/** Keystrokes by viewport (its label) and row count. */
type KeystrokesByViewport = Map<string, Map<RowCount, Keystroke[]>>;

/**
 * A page's samples: the sweep's; those of its worst count, measured again after the sweep; and
 * adding a row, by row count.
 */
interface PageSamples {
  keystrokes: KeystrokesByViewport;
  atWorstCount: KeystrokesByViewport;
  addRow: Map<number, number[]>;
}

export async function measure(): Promise<Section> {
  const withoutCheckDist = await buildAppWithoutDuplicateCheck();
  const samples = await withAppAndBrowser(async (app, browser) => {
    const withoutCheck = await startBuiltApp([app.port], withoutCheckDist);
    try {
      const references = await serveReferencePages(
        await freePort(...BROWSER_BENCH_PORTS, [app.port, withoutCheck.port]),
      );
      try {
        return await measurePages(browser, {
          app: `${app.url}/`,
          "plain HTML": `${references.url}/plain-form.html`,
          "React alone": `${references.url}/react-form.html`,
          [WITHOUT_CHECK]: `${withoutCheck.url}/`,
        });
      } finally {
        await references.stop();
      }
    } finally {
      await withoutCheck.stop();
    }
  });
  return {
    title: "Typing with many rows",
    figures: [
      ...VIEWPORTS.flatMap((viewport) => worstCountFigures(samples, viewport)),
      ...VIEWPORTS.map((viewport) => duplicateCheckFigure(samples, viewport)),
      ...ADD_ROW_AT.flatMap((rows) => addRowFigures(samples, rows)),
    ],
    tables: VIEWPORTS.map((viewport) => sweepTable(samples, viewport)),
    notes: [
      "The pages in headless Chromium, each in its own browser context (so its own renderer), " +
        "side by side, runs alternating between them so that a busy moment on the machine falls " +
        "on all. The app is the built server in demo mode, measured once its lazy parts " +
        "(custom fields — “More fields (N)” with its count —, the submit area, validation) have loaded.",
      `Cost per keystroke: Chromium's main-thread TaskDuration and LayoutCount (CDP ` +
        `Performance.getMetrics) over typing ${TYPED.length} characters with ` +
        `page.keyboard.type into the last email input, divided by ${TYPED.length}; the reading ` +
        `after typing is taken ${AFTER_TYPING_MS} ms later, and the one before after ` +
        `${SETTLE_MS} ms, so the frames, the app's draft saving (300 ms after the last change) ` +
        "and its duplicate check (800 ms after it) count. " +
        `Median of ${RUNS} runs per page, row count and window, the input emptied before each.`,
      `Rows are added as a person does, clicking "Add email", up to each count in turn; at ` +
        `each count the pages are measured at ${VIEWPORTS.map(viewportLabel).join(" and ")}. ` +
        "The worst count of a page is the one where a keystroke costs it most in the sweep; " +
        "its figure is measured again there once the sweep is done, in the same pages, rows " +
        `removed down to that count, ${WORST_COUNT_RUNS} runs per page in turn (the highest of a page's ` +
        `${ROW_COUNTS.length} medians overstates the cost at that count, new runs do not). ` +
        `The target compares the app's worst with React alone's worst (≤ ${KEYSTROKE_RATIO_TARGET} ×), ` +
        `and the app's layouts per keystroke with the plain page's at every count (at most ` +
        `${EXTRA_LAYOUTS_TARGET} more); the tables give the ratio at every count.`,
      "TaskDuration is the wall time of the main thread's tasks, so it grows when other work " +
        "takes the CPU: the ratios, measured on the pages in the same moments, hold better " +
        "than the absolute figures. Much of a keystroke's cost, on every page, is Chromium's " +
        "autofill reading the whole form again after each change (a task posted by " +
        "components/autofill's form tracker); with more than some 200 fields it stops, which " +
        "is why 100 rows and more cost less than 75.",
      "The plain page has Name, Title and the email rows only; the app also has Lead, phone and " +
        "URL rows, “More fields” (closed, as the page opens) and “Make primary” buttons, which are part of what it costs. React alone " +
        "is the plain page's form rendered by React, built by Vite for production as the app " +
        "is, with no form library and no handler on its inputs, and memoized rows: the least " +
        "any app on this stack can cost, so that the app's ratio to it is what the app's own " +
        "code adds.",
      `The ${WITHOUT_CHECK} is the same app built again with its rows' check ` +
        "(src/web/contact-form/duplicates/RowMatches.tsx) replaced by one that renders " +
        "nothing and listens to nothing (bench/reference/no-row-matches.tsx), served by a copy " +
        "of the same server: the app's ratio to it, at its worst count and at every count in " +
        "the tables, is what checking for duplicates costs typing. The typed address is a " +
        "complete one, so the app asks our server about it after the pause that follows " +
        "typing, inside the measured time (Close's stand-in holds no contact with it); the " +
        `target, ≤ ${CHECK_RATIO_TARGET} ×, is ours.`,
      `Adding a row (at ${ADD_ROW_AT.join(" and ")} rows, at ${viewportLabel(VIEWPORTS[0])}): ` +
        'main-thread TaskDuration from before a mouse click on "Add email" to ' +
        `${SETTLE_MS} ms after the new row's input has focus, so its frames and the app's ` +
        "draft saving count; the button is found before the measure starts, and the new row " +
        "awaited by a check of focus on each frame, so that Playwright's locators (which walk " +
        "the page to find a button by its role and name) are not counted as the page's work; " +
        `the row is removed between runs; median of ${ADD_ROW_RUNS}.`,
    ],
  };
}

async function measurePages(browser: Browser, urls: Record<PageName, string>) {
  const samples: Samples = new Map(
    PAGE_NAMES.map((name) => [
      name,
      { keystrokes: new Map(), atWorstCount: new Map(), addRow: new Map() },
    ]),
  );
  const pages: FormPage[] = [];
  try {
    for (const name of PAGE_NAMES) pages.push(await openForm(browser, name, urls[name]));
    for (const rows of ROW_COUNTS) {
      for (const form of pages) await addRowsUntil(form.page, rows);
      for (const viewport of VIEWPORTS) {
        await typeInTurn(
          pages,
          rows,
          viewport,
          RUNS,
          (form) => pageSamples(samples, form).keystrokes,
        );
      }
      if (!(ADD_ROW_AT as readonly number[]).includes(rows)) continue;
      const adding = pages.filter((form) => ADD_ROW_PAGES.includes(form.name));
      for (const form of adding) await form.page.setViewportSize(VIEWPORTS[0]);
      for (let run = 0; run < ADD_ROW_RUNS; run++) {
        for (const form of adding) {
          const runs = mapEntry(pageSamples(samples, form).addRow, rows, () => []);
          runs.push(await costToAddRow(form, rows + 1));
        }
      }
    }
    await measureWorstCountsAgain(pages, samples);
    return samples;
  } finally {
    for (const form of pages) await form.page.context().close();
  }
}

/** A page's samples. */
function pageSamples(samples: Samples, form: FormPage): PageSamples {
  return samples.get(form.name) as PageSamples;
}

/**
 * Each page's worst count measured again, with more runs, in the same pages, their last rows
 * removed down to that count. The sweep picks a page's worst count as the highest of its
 * medians, one per count, and the highest of noisy medians overstates what a keystroke costs
 * there, the more so the noisier; new runs at the count picked do not. Every page is measured
 * at every count picked, in turn, as in the sweep.
 */
async function measureWorstCountsAgain(pages: readonly FormPage[], samples: Samples) {
  const picked = new Map<RowCount, Set<Viewport>>();
  for (const viewport of VIEWPORTS) {
    for (const name of PAGE_NAMES) {
      mapEntry(picked, worstCount(samples, name, viewport), () => new Set()).add(viewport);
    }
  }
  for (const [rows, viewports] of [...picked].sort(([a], [b]) => b - a)) {
    for (const form of pages) await removeRowsUntil(form.page, rows);
    for (const viewport of viewports) {
      const into = (form: FormPage) => pageSamples(samples, form).atWorstCount;
      await typeInTurn(pages, rows, viewport, WORST_COUNT_RUNS, into);
    }
  }
}

/**
 * `runs` runs of typing at this window into each page's row `rows`, alternating between the
 * pages so that whatever else the machine does falls on all; each kept in `into(page)`.
 */
async function typeInTurn(
  pages: readonly FormPage[],
  rows: RowCount,
  viewport: Viewport,
  runs: number,
  into: (form: FormPage) => KeystrokesByViewport,
) {
  for (const form of pages) await form.page.setViewportSize(viewport);
  for (let run = 0; run < runs; run++) {
    for (const form of pages) {
      const byRows = mapEntry(into(form), viewportLabel(viewport), () => new Map());
      mapEntry(byRows, rows, () => []).push(await costPerKeystroke(form, rows));
    }
  }
}

function mapEntry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const created = create();
  map.set(key, created);
  return created;
}

function viewportLabel({ width, height }: Viewport): string {
  return `${width}×${height}`;
}

/** The page in a fresh context, ready: for the app, once its lazy parts have loaded. */
async function openForm(browser: Browser, name: PageName, url: string): Promise<FormPage> {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  const page = await context.newPage();
  await page.goto(url);
  await emailInput(page, 1).waitFor();
  if (name === "app" || name === WITHOUT_CHECK) {
    // Loading is not typing: wait for the custom fields and what the submit area fetches ahead.
    await page.getByRole("button", { name: /^More fields \(\d+\)$/ }).waitFor();
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

/** Removes the last rows, one by one, until there are `rows` email rows. */
async function removeRowsUntil(page: Page, rows: number): Promise<void> {
  const emails = page.getByRole("textbox", { name: /^Email \d+$/ });
  for (let count = await emails.count(); count > rows; count--) await removeRow(page, count);
}

/** Clicks "Remove email n" and waits for the row to go. */
async function removeRow(page: Page, n: number): Promise<void> {
  await page.getByRole("button", { name: `Remove email ${n}`, exact: true }).click();
  await emailInput(page, n).waitFor({ state: "detached" });
}

/** Main-thread work and layouts per keystroke, typing into the email input of row `n`. */
async function costPerKeystroke(form: FormPage, n: number): Promise<Keystroke> {
  const input = emailInput(form.page, n);
  await input.fill("");
  await input.focus();
  await form.page.waitForTimeout(SETTLE_MS);
  const before = await mainThread(form.cdp);
  await form.page.keyboard.type(TYPED);
  await form.page.waitForTimeout(AFTER_TYPING_MS);
  const after = await mainThread(form.cdp);
  const typed = await input.inputValue();
  if (typed !== TYPED)
    throw new Error(`${form.name}: typed "${TYPED}" but Email ${n} holds "${typed}".`);
  return {
    ms: ((after.seconds - before.seconds) * 1000) / TYPED.length,
    layouts: (after.layouts - before.layouts) / TYPED.length,
  };
}

/**
 * Main-thread milliseconds from a click on "Add email" until row `n` is in, and settled. The
 * button is found, and its place read, before the measure starts: Playwright's locators run in
 * the page (finding a button by role and name walks the whole page), and that is not the
 * page's own work. The click is a plain mouse click at that place; the new row is awaited by
 * a cheap check of focus, run on each frame.
 */
async function costToAddRow(form: FormPage, n: number): Promise<number> {
  const { page } = form;
  const add = page.getByRole("button", { name: "Add email", exact: true });
  await add.scrollIntoViewIfNeeded();
  const box = await add.boundingBox();
  if (!box) throw new Error(`${form.name}: "Add email" is not on screen.`);
  await page.waitForTimeout(SETTLE_MS);
  const before = await mainThread(form.cdp);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('input[type="email"]').length === count &&
      document.activeElement === document.querySelectorAll('input[type="email"]')[count - 1],
    n,
    { polling: "raf" },
  );
  await page.waitForTimeout(SETTLE_MS);
  const after = await mainThread(form.cdp);
  await removeRow(page, n);
  return (after.seconds - before.seconds) * 1000;
}

/** The renderer main thread's busy time so far (the sum of its tasks), and its layouts. */
async function mainThread(cdp: CDPSession): Promise<{ seconds: number; layouts: number }> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => {
    const found = metrics.find((metric) => metric.name === name);
    if (!found) throw new Error(`Chromium reported no ${name}.`);
    return found.value;
  };
  return { seconds: value("TaskDuration"), layouts: value("LayoutCount") };
}

type Samples = Map<PageName, PageSamples>;

/** A page's runs at this count and window: the sweep's, or those made again at a worst count. */
function keystrokesAt(
  samples: Samples,
  name: PageName,
  viewport: Viewport,
  rows: RowCount,
  from: "keystrokes" | "atWorstCount" = "keystrokes",
) {
  return samples.get(name)?.[from].get(viewportLabel(viewport))?.get(rows) ?? [];
}

/** Median ms and layouts per keystroke of a page, at each row count. */
function sweep(samples: Samples, name: PageName, viewport: Viewport) {
  return ROW_COUNTS.map((rows) => {
    const runs = keystrokesAt(samples, name, viewport, rows);
    return {
      rows,
      ms: median(runs.map((run) => run.ms)),
      layouts: median(runs.map((run) => run.layouts)),
    };
  });
}

function worstCount(samples: Samples, name: PageName, viewport: Viewport): RowCount {
  const points = sweep(samples, name, viewport);
  return points.reduce((worst, point) => (point.ms > worst.ms ? point : worst)).rows;
}

function rowsLabel(rows: number): string {
  return `${rows} ${rows === 1 ? "row" : "rows"}`;
}

/**
 * A page's worst count at this window: its name in the report, and its ms per keystroke in the
 * runs made again at that count.
 */
function worstOf(samples: Samples, name: PageName, viewport: Viewport) {
  const rows = worstCount(samples, name, viewport);
  return {
    name: `${name}, ${rowsLabel(rows)}, ${viewportLabel(viewport)} (worst count)`,
    samples: keystrokesAt(samples, name, viewport, rows, "atWorstCount").map((run) => run.ms),
  };
}

/**
 * Each page's worst count at this window, the app's compared with React alone's; and the count
 * where the app's layouts per keystroke most exceed the plain page's.
 */
function worstCountFigures(samples: Samples, viewport: Viewport) {
  const size = viewportLabel(viewport);
  const label = (name: PageName, rows: RowCount) => `${name}, ${rowsLabel(rows)}, ${size}`;
  // The app's worst count against React alone's: the worst a person meets on each.
  const reactWorst = worstOf(samples, "React alone", viewport);
  const worstFigure = (name: PageName) => {
    const worst = worstOf(samples, name, viewport);
    return figure(worst.name, "ms per keystroke", worst.samples, {
      ...(name === "app" && {
        reference: { name: reactWorst.name, median: median(reactWorst.samples) },
        target: {
          words: `≤ ${KEYSTROKE_RATIO_TARGET} × React alone's worst`,
          met: (_median: number, ratio: number | undefined) =>
            ratio !== undefined && ratio <= KEYSTROKE_RATIO_TARGET,
        },
      }),
    });
  };
  const app = sweep(samples, "app", viewport);
  const plain = sweep(samples, "plain HTML", viewport);
  const extra = app.map((point, index) => point.layouts - (plain[index]?.layouts ?? Number.NaN));
  const mostExtra = app[extra.indexOf(Math.max(...extra))]?.rows ?? ROW_COUNTS[0];
  const plainLayouts = median(
    keystrokesAt(samples, "plain HTML", viewport, mostExtra).map((run) => run.layouts),
  );
  return [
    ...PAGE_NAMES.map(worstFigure),
    figure(
      `${label("app", mostExtra)}: layouts, where most above plain HTML`,
      "layouts per keystroke",
      keystrokesAt(samples, "app", viewport, mostExtra).map((run) => run.layouts),
      {
        reference: { name: label("plain HTML", mostExtra), median: plainLayouts },
        target: {
          words: `≤ plain HTML + ${EXTRA_LAYOUTS_TARGET} at every count`,
          met: (appLayouts) => appLayouts - plainLayouts <= EXTRA_LAYOUTS_TARGET,
        },
      },
    ),
  ];
}

/** The app's worst count against the worst count of the same app without the duplicate check. */
function duplicateCheckFigure(samples: Samples, viewport: Viewport) {
  const app = worstOf(samples, "app", viewport);
  const without = worstOf(samples, WITHOUT_CHECK, viewport);
  return figure(`${app.name}: the duplicate check's cost`, "ms per keystroke", app.samples, {
    reference: { name: without.name, median: median(without.samples) },
    target: {
      words: `≤ ${CHECK_RATIO_TARGET} × without the check`,
      met: (_median, ratio) => ratio !== undefined && ratio <= CHECK_RATIO_TARGET,
    },
  });
}

function addRowFigures(samples: Samples, rows: number) {
  const added = rows + 1;
  const runs = (name: PageName) => samples.get(name)?.addRow.get(rows) ?? [];
  const label = (name: PageName) => `${name}: add row ${added}`;
  const reactAlone = { name: label("React alone"), median: median(runs("React alone")) };
  return [
    figure(label("app"), "ms", runs("app"), {
      reference: reactAlone,
      target: {
        words: `≤ ${ADD_ROW_RATIO_TARGET} × React alone`,
        met: (_median, ratio) => ratio !== undefined && ratio <= ADD_ROW_RATIO_TARGET,
      },
    }),
    figure(label("plain HTML"), "ms", runs("plain HTML")),
    figure(label("React alone"), "ms", runs("React alone")),
  ];
}

/** The sweep at one window: every count, the pages side by side. */
function sweepTable(samples: Samples, viewport: Viewport): string {
  const [app, plain, react, withoutCheck] = PAGE_NAMES.map((name) =>
    sweep(samples, name, viewport),
  );
  const ratio = (a: number | undefined, b: number | undefined) =>
    `${((a ?? Number.NaN) / (b ?? Number.NaN)).toFixed(2)} ×`;
  const ms = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(1));
  const layouts = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(2));
  const worst = new Map(PAGE_NAMES.map((name) => [name, worstCount(samples, name, viewport)]));
  const marked = (name: PageName, rows: RowCount, text: string) =>
    worst.get(name) === rows ? `**${text}**` : text;
  return [
    `Typing at ${viewportLabel(viewport)}: ms and layouts per keystroke (median of ${RUNS}), ` +
      "each page's worst count in bold (its figure above is measured there again).",
    "",
    markdownTable(
      [
        "rows",
        "app ms",
        "plain ms",
        "React alone ms",
        "app / React alone",
        "without the check ms",
        "app / without the check",
        "app layouts",
        "plain layouts",
        "React alone layouts",
      ],
      ROW_COUNTS.map((rows, index) => [
        String(rows),
        marked("app", rows, ms(app?.[index]?.ms)),
        marked("plain HTML", rows, ms(plain?.[index]?.ms)),
        marked("React alone", rows, ms(react?.[index]?.ms)),
        ratio(app?.[index]?.ms, react?.[index]?.ms),
        marked(WITHOUT_CHECK, rows, ms(withoutCheck?.[index]?.ms)),
        ratio(app?.[index]?.ms, withoutCheck?.[index]?.ms),
        layouts(app?.[index]?.layouts),
        layouts(plain?.[index]?.layouts),
        layouts(react?.[index]?.layouts),
      ]),
    ),
  ].join("\n");
}
