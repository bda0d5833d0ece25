import { expect, type Locator, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { LIVE_APP, standIn } from "./support/stand-in";

/** Pasting what people have in hand: an address with its name, a list, a signature. */

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test.beforeEach(async () => {
  await standIn.reset();
});

/** Pastes `text` into `input` as a person does: through the clipboard and Ctrl+V. */
async function paste(input: Locator, text: string) {
  await input.page().evaluate((value) => navigator.clipboard.writeText(value), text);
  await input.focus();
  await input.press("ControlOrMeta+V");
}

test("Jane Doe <jane@acme.com> pasted into Name fills Name and an email row", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await paste(form.name, "Jane Doe <jane@acme.com>");
  await expect(form.name).toHaveValue("Jane Doe");
  await expect(form.field("Email 1")).toHaveValue("jane@acme.com");
});

test("a list of addresses pasted into an email row fills one row each", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await paste(form.field("Email 1"), "a@acme.com, b@acme.com; Cy Young <c@acme.com>");
  await expect(form.field("Email 1")).toHaveValue("a@acme.com");
  await expect(form.field("Email 2")).toHaveValue("b@acme.com");
  await expect(form.field("Email 3")).toHaveValue("c@acme.com");
  // Where the paste went, focus stays.
  await expect(form.field("Email 1")).toBeFocused();
  // Name was empty: the one name in the list goes there.
  await expect(form.name).toHaveValue("Cy Young");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  const [stored] = await standIn.contacts();
  expect(((stored?.emails ?? []) as { email: string }[]).map((e) => e.email)).toEqual([
    "a@acme.com",
    "b@acme.com",
    "c@acme.com",
  ]);
});

test("a signature pasted into Name is shown first, and fills the form only when confirmed", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.title.fill("Buyer");
  await paste(
    form.name,
    "Best regards,\nJane Doe\nHead of Sales\nAcme Inc.\nM: (415) 555-0134\njane@acme.com\nwww.acme.com",
  );
  const preview = page.getByRole("region", { name: "Pasted text" });
  await expect(preview).toContainText("NameJane Doe");
  await expect(preview).toContainText("TitleHead of Sales (instead of “Buyer”)");
  await expect(preview).toContainText("Phones+14155550134");
  // Nothing is written before the person says so.
  await expect(form.name).toHaveValue("");
  await expect(form.title).toHaveValue("Buyer");
  await expect(form.field("Email 1")).toHaveValue("");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Fill from pasted text" }).click();
  await expect(form.name).toHaveValue("Jane Doe");
  await expect(form.name).toBeFocused();
  await expect(form.title).toHaveValue("Head of Sales");
  await expect(form.field("Email 1")).toHaveValue("jane@acme.com");
  await expect(form.field("Phone 1")).toHaveValue("+14155550134");
  await expect(form.field("URL 1")).toHaveValue("https://www.acme.com");
  await expect(preview).toHaveCount(0);

  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Jane Doe" })).toBeVisible();
});

test("a pasted signature dismissed leaves the form as it was", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Kept Name");
  await paste(form.name, "Jane Doe\nHead of Sales\njane@acme.com");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(form.name).toHaveValue("Kept Name");
  await expect(form.field("Email 1")).toHaveValue("");
  await expect(page.getByRole("button", { name: "Fill from pasted text" })).toHaveCount(0);
});

test("an email row holding two addresses is refused on that row, and nothing is created", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Two In One");
  // Typed, not pasted: the check on the row is what stops it.
  await form.field("Email 1").fill("a@acme.com, b@acme.com");
  await form.submit.click();
  await expect(form.field("Email 1")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("Email 1")).toHaveAccessibleDescription(
    "One email address per row: put each of the others in a row of its own.",
  );
  expect(await standIn.contactCount()).toBe(0);
});
