import { expect, test } from "@playwright/test";
import { CONTACT_CUSTOM_FIELDS, DEMO_USER_ID } from "../src/server/fake-close/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { LIVE_APP, standIn } from "./support/stand-in";

/** `user` and `contact` custom fields take people by name, and send Close's ids. */

const fieldId = (name: string) => CONTACT_CUSTOM_FIELDS.find((field) => field.name === name)?.id;
const OWNER = `custom.${fieldId("Account owner")}`;
const REFERRED_BY = `custom.${fieldId("Referred by")}`;

test.beforeEach(async () => {
  await standIn.reset();
});

test("a user field finds the organization's users by name, shows their email, and sends the id", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Owned Olivia");
  await form.moreFields.click();
  const owner = page.getByRole("combobox", { name: "Account owner" });
  await owner.fill("sam");
  const sam = page.getByRole("option", { name: "Sam Carter" });
  await expect(sam).toHaveAccessibleDescription("sam.carter@demo.example");
  await expectNoAxeViolations(page);
  await owner.press("ArrowDown");
  await owner.press("Enter");
  await expect(owner).toHaveValue("Sam Carter");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  const [stored] = await standIn.contacts();
  expect(stored?.[OWNER]).toBe(DEMO_USER_ID);
});

test("a user field says when no one matches, and refuses a name nobody has", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Nobody's Contact");
  await form.moreFields.click();
  const owner = page.getByRole("combobox", { name: "Account owner" });
  await owner.fill("Zelda");
  await expect(page.getByText("No user matches “Zelda”.")).toBeVisible();
  await form.submit.click();
  await expect(owner).toHaveAccessibleDescription(
    /Choose a user from the list, or paste a user id \(user_…\)\./,
  );
  expect(await standIn.contactCount()).toBe(0);
});

test("when the users cannot be looked up, the field says so and still takes a pasted id", async ({
  page,
}) => {
  // Twice: the list is asked for once more before the page gives up.
  await standIn.fault({ path: "/user/", status: 503, count: 2 });
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Pasted Owner");
  await form.moreFields.click();
  const owner = page.getByRole("combobox", { name: "Account owner" });
  await owner.fill("sam");
  await expect(
    page.getByText(/^The users could not be looked up: .+ You can still paste/),
  ).toBeVisible();
  await owner.fill(DEMO_USER_ID);
  await form.submit.click();
  await expect(form.card).toBeVisible();
  expect((await standIn.contacts())[0]?.[OWNER]).toBe(DEMO_USER_ID);
});

test("a contact field searches contacts by name in Close and sends the contact's id", async ({
  page,
  request,
}) => {
  const referrer = await request.post(`${LIVE_APP}/api/contact/`, {
    headers: { Origin: LIVE_APP },
    data: { name: "Ada Lovelace", emails: [{ email: "ada@example.com" }] },
  });
  const ada = (await referrer.json()) as { id: string };
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Referred Rita");
  await form.moreFields.click();
  const referredBy = page.getByRole("combobox", { name: "Referred by" });
  await referredBy.fill("lovel");
  const option = page.getByRole("option", { name: "Ada Lovelace" });
  await expect(option).toHaveAccessibleDescription("ada@example.com");
  await option.click();
  await expect(referredBy).toHaveValue("Ada Lovelace");
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Referred Rita" })).toBeVisible();
  const stored = (await standIn.contacts()).find((contact) => contact.name === "Referred Rita");
  expect(stored?.[REFERRED_BY]).toBe(ada.id);
});

test("a contact field says when its search failed", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.moreFields.click();
  await standIn.fault({ path: "/data/search/", status: 503 });
  await page.getByRole("combobox", { name: "Referred by" }).fill("ada");
  await expect(
    page.getByText(/^The contacts could not be looked up: Close answered with an error \(503\)/),
  ).toBeVisible();
});
