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
