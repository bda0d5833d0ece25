import { expect, test } from "@playwright/test";

/**
 * Rows out of view once skipped rendering (content-visibility: auto); Chromium's autofill then
 * laid them all out again for each of the several reads of the form it makes after every
 * keystroke: 29 layouts per keystroke at 50 rows instead of 1. A count, not a timing.
 */
test("typing with 50 email rows lays the page out once per keystroke", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: /^More fields \(\d+\)$/ }).waitFor();
  const add = page.getByRole("button", { name: "Add email", exact: true });
  for (let rows = 1; rows < 50; rows++) await add.click();
  const input = page.getByRole("textbox", { name: "Email 50", exact: true });
  await input.focus();
  await page.waitForTimeout(500);

  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const layouts = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((metric) => metric.name === "LayoutCount")?.value ?? Number.NaN;
  };
  const typed = "ada@example.com";
  const before = await layouts();
  await page.keyboard.type(typed);
  await page.waitForTimeout(500);
  const perKeystroke = ((await layouts()) - before) / typed.length;

  await expect(input).toHaveValue(typed);
  expect(perKeystroke).toBeLessThanOrEqual(1.5);
});

/**
 * An absolutely positioned element in a row (a visually hidden text is one) has the page's root
 * for containing block, and every layout of the page, however small, placed all of them again:
 * at 200 rows, most of a keystroke's layout. Rows name what they do not show by aria-label.
 */
test("no email or phone row holds an absolutely positioned element, on a desktop or a phone", async ({
  page,
}) => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await page.getByRole("button", { name: "Add email", exact: true }).click();
    await page.getByRole("button", { name: "Add phone", exact: true }).click();
    // A match under a row too: the demo's Jane Doe holds this address.
    await page.getByRole("textbox", { name: "Email 2", exact: true }).fill("jane@acme.com");
    await page.getByRole("textbox", { name: "Email 2", exact: true }).blur();
    await expect(page.getByRole("link", { name: "Open in Close (new tab)" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Make phone 2 primary" })).toBeVisible();

    const positioned = await page.evaluate(() =>
      [...document.querySelectorAll("fieldset:has(input[type=email], input[type=tel]) > div *")]
        .filter((element) => ["absolute", "fixed"].includes(getComputedStyle(element).position))
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(positioned, `at ${viewport.width}×${viewport.height}`).toEqual([]);
  }
});
