import type { Server } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { startHostPages } from "./support/host-pages";
import { LIVE_APP, standIn } from "./support/stand-in";

/** The form on one screen, its error summary, the card, and both themes, as people see them. */

const ACME = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
// A dashboard on EMBED_ORIGINS, framing the live app in a 700 px wide frame.
const DASHBOARD = "http://127.0.0.1:3300";
let dashboard: Server;

test.beforeAll(async () => {
  dashboard = await startHostPages(3300);
});
test.afterAll(async () => {
  await new Promise((done) => dashboard.close(done));
});
test.beforeEach(async () => {
  await standIn.reset();
});

/** How far the page scrolls sideways: 0 when everything fits its width. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("on the empty form at 1280×800, Create contact is in view without scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const form = contactForm(page);
  await form.open(LIVE_APP);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(form.submit).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("button", { name: "Create and add another" })).toBeInViewport({
    ratio: 1,
  });
  // Who and how to reach them side by side: Name and Email 1 on one line.
  const name = await form.name.boundingBox();
  const email = await form.field("Email 1").boundingBox();
  expect(email?.x).toBeGreaterThan((name?.x ?? 0) + (name?.width ?? 0));
});

test("the submit bar stays in view as the form grows", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const form = contactForm(page);
  await form.open(LIVE_APP);
  for (let row = 0; row < 6; row++) await form.add("email");
  await form.moreFields.click();
  await form.field("Email 7").scrollIntoViewIfNeeded();
  await expect(form.submit).toBeInViewport({ ratio: 1 });
});

test("in a dashboard's 700 px frame, a typical contact fits with its submit button", async ({
  page,
}) => {
  await page.goto(`${DASHBOARD}/?frame=${encodeURIComponent(`${LIVE_APP}/?embed=1`)}`);
  const app = page.frameLocator("#app");
  await app.getByLabel("Name", { exact: true }).fill("Framed Fay");
  await app.getByLabel("Email 1", { exact: true }).fill("fay@example.com");
  await app.getByLabel("Phone 1", { exact: true }).fill("(904) 555-1234");
  await app.getByRole("button", { name: /^More fields \(\d+\)$/ }).waitFor();
  const frameTop = (await page.locator("#app").boundingBox())?.y ?? 0;
  const submit = await app.getByRole("button", { name: "Create contact" }).boundingBox();
  expect((submit?.y ?? Number.POSITIVE_INFINITY) + (submit?.height ?? 0) - frameTop).toBeLessThan(
    700,
  );
  // The frame's page is as wide as the frame, and has no background of its own.
  expect(
    await app
      .locator("main")
      .evaluate((main) => main.getBoundingClientRect().width / window.innerWidth),
  ).toBeGreaterThan(0.95);
  expect(await app.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(
    "rgba(0, 0, 0, 0)",
  );
});

test("at 320 px nothing scrolls sideways: empty, with a lead picked, with errors, and the card", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const form = contactForm(page);
  await form.open(LIVE_APP);
  expect(await sidewaysOverflow(page)).toBe(0);
  await form.chooseLead("Acme", "Acme Corporation");
  await expect(page.getByText(/The contact joins this lead/)).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  await form.field("Email 1").fill("not-an-email");
  await form.submit.click();
  await expect(form.alert).toBeFocused();
  await form.moreFields.click();
  expect(await sidewaysOverflow(page)).toBe(0);
  await form.field("Email 1").fill("narrow@example.com");
  await form.name.fill("Narrow Nan");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
});

test("the error summary takes focus, and its links move focus to their fields", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  // Ctrl+Enter on the untouched form: nothing is created, and the summary says what is missing.
  await form.name.press("Control+Enter");
  await expect(form.alert).toBeFocused();
  await form.alert
    .getByRole("link", { name: "Name: Give the contact a name, an email or a phone." })
    .click();
  await expect(form.name).toBeFocused();
  await form.field("Email 1").fill("jane@");
  await form.field("Phone 1").fill("12");
  await form.submit.click();
  const summary = form.alert.filter({ hasText: "2 fields need attention" });
  await expect(summary).toBeFocused();
  // At the top of the form: before Name.
  const top = (await summary.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(top).toBeLessThan((await form.name.boundingBox())?.y ?? 0);
  await summary.getByRole("link", { name: /^Phone 1: Enter a phone number/ }).click();
  await expect(form.field("Phone 1")).toBeFocused();
  await summary.getByRole("link", { name: /^Email 1: Enter an email address/ }).click();
  await expect(form.field("Email 1")).toBeFocused();
  expect(await standIn.contactCount()).toBe(0);
});

test("More fields opens by itself for a value restored from the draft", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await expect(page.getByRole("combobox", { name: "Role" })).toHaveCount(0);
  await form.moreFields.click();
  // Leaving Name empty (it had focus) is no error: a contact needs a name, email or phone only
  // once it is created.
  await expect(form.name).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("combobox", { name: "Role" }).selectOption("CEO");
  await expect.poll(() => form.savedDraft()).not.toBeNull();
  await form.open(LIVE_APP);
  await expect(page.getByRole("combobox", { name: "Role" })).toHaveValue("CEO");
  await expect(form.moreFields).toHaveAttribute("aria-expanded", "true");
});

test("More fields opens again for Close's error on a custom field after it was closed", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Closed Clem");
  await form.moreFields.click();
  await form.add("custom field");
  await form.field("Custom field 1 key").fill("cf_doesNotExist");
  await form.field("Custom field 1 value").fill("x");
  await form.moreFields.click();
  await expect(form.field("Custom field 1 value")).toHaveCount(0);
  await form.submit.click();
  await expect(form.moreFields).toHaveAttribute("aria-expanded", "true");
  await expect(form.field("Custom field 1 value")).toHaveAttribute("aria-invalid", "true");
  await form.alert.getByRole("link", { name: /^Custom field 1 value: Close has no/ }).click();
  await expect(form.field("Custom field 1 value")).toBeFocused();
});

test("the card's first line names the lead; a new lead is named after the contact", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Carded Cat");
  await form.chooseLead("Acme", "Acme Corporation");
  await form.submit.click();
  await expect(form.card.locator("p").first()).toHaveText(
    "✓ Created and added to Acme Corporation",
  );
  await expect(form.card.getByRole("heading", { level: 2, name: "Carded Cat" })).toBeFocused();
  await expect(form.card.getByRole("link", { name: "Open in Close" })).toHaveAttribute(
    "href",
    `https://app.close.com/lead/${ACME}/`,
  );
  await form.card.getByRole("button", { name: "Create another contact" }).click();
  await form.name.fill("Solo Sam");
  await form.submit.click();
  await expect(form.card.locator("p").first()).toHaveText("✓ Created on a new lead, Solo Sam");
});

test("Create and add another keeps the lead, focuses Name, and says who was created", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("First Finn");
  await form.field("Email 1").fill("finn@example.com");
  await form.chooseLead("Acme", "Acme Corporation");
  await page.getByRole("button", { name: "Create and add another" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Created First Finn and added to Acme Corporation." }),
  ).toBeVisible();
  await expect(form.name).toBeFocused();
  await expect(form.name).toHaveValue("");
  await expect(form.field("Email 1")).toHaveValue("");
  await expect(form.lead).toHaveValue("Acme Corporation");
  await form.name.fill("Second Sue");
  await form.submit.click();
  await expect(form.card.locator("p").first()).toHaveText(
    "✓ Created and added to Acme Corporation",
  );
  const stored = await standIn.contacts();
  expect(stored.map((contact) => [contact.name, contact.lead_id])).toEqual([
    ["First Finn", ACME],
    ["Second Sue", ACME],
  ]);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing in a dashboard's frame in the ${theme} theme`, async ({ page }) => {
    const form = contactForm(page);
    await form.open(`${LIVE_APP}/?embed=1&theme=${theme}`);
    // The frame is transparent: axe judges it on the background of a dashboard of that theme.
    await page.evaluate((dark) => {
      document.documentElement.style.background = dark ? "#0f172a" : "#ffffff";
    }, theme === "dark");
    await expectNoAxeViolations(page);
    await form.field("Email 1").fill("not-an-email");
    await form.submit.click();
    await expect(form.alert).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test(`axe finds nothing in the ${theme} theme, in every state`, async ({ page }) => {
    test.setTimeout(60_000);
    const form = contactForm(page);
    await form.open(`${LIVE_APP}/?theme=${theme}`);
    await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*dark)/);
    await expectNoAxeViolations(page);
    await form.title.fill("Drafted");
    await expect.poll(() => form.savedDraft()).not.toBeNull();
    await form.open(`${LIVE_APP}/?theme=${theme}`);
    await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
    await expectNoAxeViolations(page);
    await form.lead.fill("Ac");
    await expect(page.getByRole("option").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("option", { name: "Acme Corporation" }).click();
    await form.moreFields.click();
    await form.field("Email 1").fill("not-an-email");
    await form.add("custom field");
    await form.submit.click();
    await expect(form.alert.first()).toBeFocused();
    await expectNoAxeViolations(page);
    await form.field("Email 1").fill("themed@example.com");
    await page.getByRole("button", { name: "Remove custom field 1" }).click();
    await form.name.fill("Themed Theo");
    await page.getByRole("button", { name: "Create and add another" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Created Themed Theo" })).toBeVisible();
    await expectNoAxeViolations(page);
    await form.name.fill("Themed Tia");
    await form.field("Phone 1").fill("(904) 555-1234");
    await form.submit.click();
    await expect(form.card).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the theme follows ?theme=, the system's setting for auto, and is light in a frame", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${LIVE_APP}/?embed=1`);
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await page.goto(`${LIVE_APP}/?embed=1&theme=dark`);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.goto(`${LIVE_APP}/?theme=auto`);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  // The page has a background of its own outside a frame.
  await page.goto(`${LIVE_APP}/?theme=dark`);
  expect(
    await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor),
  ).not.toBe("rgba(0, 0, 0, 0)");
});
