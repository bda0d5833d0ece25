import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { LIVE_APP, standIn } from "./support/stand-in";

/** Before a duplicate exists: who in Close already holds an email or a phone being typed. */

const ACME = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";

test.beforeEach(async () => {
  await standIn.reset();
});

/** Jane Doe on Acme Corporation, with an email and a phone, made through our API. */
async function janeInClose(page: Page) {
  const made = await page.request.post(`${LIVE_APP}/api/contact/`, {
    headers: { Origin: LIVE_APP },
    data: {
      name: "Jane Doe",
      lead_id: ACME,
      emails: [{ email: "jane@acme.com" }],
      phones: [{ phone: "+19045551234" }],
    },
  });
  expect(made.status()).toBe(200);
}

/** The line under a row that names who in Close holds its value, with its link and button. */
const matchLines = (page: Page) =>
  page.getByRole("listitem").filter({ hasText: "Already in Close" });
/** The form's one polite live region, which says what a check found. */
const announced = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

const matchSearches = async () =>
  (await standIn.requests()).filter((call) => call === "POST /data/search/").length;

test("an email Close holds is said under its row, with the way to its lead, and Use this lead", async ({
  page,
}) => {
  await janeInClose(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.field("Email 1").fill("JANE@acme.com");
  await form.field("Email 1").press("Tab");
  const said = matchLines(page);
  await expect(said).toHaveText(/Already in Close: Jane Doe, Acme Corporation\./);
  await expect(announced(page, "Already in Close: Jane Doe, Acme Corporation.")).toHaveCount(1);
  await expect(said.getByRole("link", { name: "Open in Close (new tab)" })).toHaveAttribute(
    "href",
    `https://app.close.com/lead/${ACME}/`,
  );
  await expectNoAxeViolations(page);
  await said.getByRole("button", { name: "Use this lead" }).click();
  await expect(form.lead).toHaveValue("Acme Corporation");
  await expect(said).toContainText("(on this lead already)");
  await expect(said.getByRole("button", { name: "Use this lead" })).toHaveCount(0);
});

test("a phone written differently from Close's E.164 is found all the same", async ({ page }) => {
  await janeInClose(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.field("Phone 1").fill("(904) 555-1234");
  await form.field("Phone 1").press("Tab");
  await expect(matchLines(page)).toHaveText(/Already in Close: Jane Doe, Acme Corporation\./);
});

test("one search per value after a pause, not one per keystroke, and none again for a value seen", async ({
  page,
}) => {
  await janeInClose(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.field("Email 1").pressSequentially("jane@acme.com", { delay: 40 });
  await expect(matchLines(page)).toContainText("Already in Close: Jane Doe");
  expect(await matchSearches()).toBe(1);
  // Leaving the input, and coming back to the same value, asks nothing more; a value passed
  // through without a pause is never asked about.
  await form.field("Email 1").press("Tab");
  await form.field("Email 1").fill("someone@else.example");
  await form.field("Email 1").fill("jane@acme.com");
  await form.field("Email 1").press("Tab");
  await page.waitForTimeout(1000);
  expect(await matchSearches()).toBe(1);
  // A new value, left: one more.
  await form.field("Email 1").fill("nobody@acme.com");
  await form.field("Email 1").press("Tab");
  await expect.poll(matchSearches).toBe(2);
  await expect(page.getByText(/Already in Close/)).toHaveCount(0);
});

test("a 429 on the check only delays it", async ({ page }) => {
  await janeInClose(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await standIn.fault({ path: "/data/search/", status: 429, retryAfter: 1 });
  await form.field("Email 1").fill("jane@acme.com");
  await form.field("Email 1").press("Tab");
  await expect(matchLines(page)).toContainText("Already in Close: Jane Doe");
  await expect(page.getByText(/Could not check/)).toHaveCount(0);
  expect(await matchSearches()).toBe(2);
});

test("a check that fails says so and blocks nothing", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await standIn.fault({ path: "/data/search/", status: 503 });
  await form.name.fill("Unchecked Una");
  await form.field("Email 1").fill("una@example.com");
  await form.field("Email 1").press("Tab");
  const couldNot = "Could not check whether Close already has this email; it can still be created.";
  await expect(page.getByText(couldNot).and(page.locator(":not([role=status])"))).toBeVisible();
  await expect(announced(page, couldNot)).toHaveCount(1);
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Unchecked Una" })).toBeVisible();
});

test("creating asks first, in the page: Go back keeps everything, Create anyway creates once", async ({
  page,
}) => {
  await janeInClose(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Jane Again");
  await form.field("Email 1").fill("jane@acme.com");
  await form.field("Email 1").press("Tab");
  await expect(matchLines(page)).toContainText("Already in Close: Jane Doe");

  await form.submit.click();
  const question = page.getByText(
    "Jane Doe at Acme Corporation already has jane@acme.com. Create anyway?",
  );
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page);
  expect(await standIn.contactCount()).toBe(1);
  await page.getByRole("button", { name: "Go back" }).click();
  await expect(form.field("Email 1")).toBeFocused();
  await expect(question).toHaveCount(0);
  await expect(form.name).toHaveValue("Jane Again");

  await form.submit.click();
  await page.getByRole("button", { name: "Create anyway" }).click();
  await expect(form.card.getByRole("heading", { name: "Jane Again" })).toBeVisible();
  expect(await standIn.contactCount()).toBe(2);
});

test("a value changed after its check is not asked about", async ({ page }) => {
  await janeInClose(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Fresh Fran");
  await form.field("Email 1").fill("jane@acme.com");
  await form.field("Email 1").press("Tab");
  await expect(matchLines(page)).toContainText("Already in Close: Jane Doe");
  await form.field("Email 1").fill("fran@fresh.example");
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Fresh Fran" })).toBeVisible();
});

test("in demo mode, the demo organization's Jane Doe is caught at once, by email and by phone", async ({
  page,
}) => {
  const form = contactForm(page);
  // The demo-mode server is the suite's base URL.
  await form.open("/");
  await form.field("Email 1").fill("jane@acme.com");
  await form.field("Email 1").press("Tab");
  await form.field("Phone 1").fill("904 555 1234");
  await form.field("Phone 1").press("Tab");
  // Under each row (the demo server's contacts made by other tests may be listed beside her).
  await expect(
    matchLines(page).filter({ hasText: "Already in Close: Jane Doe, Acme Corporation." }),
  ).toHaveCount(2);
});
