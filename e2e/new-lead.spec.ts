import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { LIVE_APP, standIn } from "./support/stand-in";

/** The Lead picker beyond the leads Close holds: a new company by name, and leads of one name. */

test.beforeEach(async () => {
  await standIn.reset();
});

test("a contact on a new lead by its name: one lead made, named so, holding the contact", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  const leadsBefore = (await standIn.leads()).length;
  await form.lead.fill("Newco Widgets");
  const newLead = page.getByRole("option", { name: "New lead “Newco Widgets”" });
  await expect(newLead).toBeVisible();
  await expectNoAxeViolations(page);
  await newLead.click();
  await expect(form.lead).toHaveValue("Newco Widgets");
  await expect(form.lead).toHaveAccessibleDescription(
    "A new lead “Newco Widgets” is created with the contact.",
  );
  await form.name.fill("Nina Newco");
  await form.field("Email 1").fill("nina@newco.example");
  await form.submit.click();

  await expect(form.card.getByRole("heading", { name: "Nina Newco" })).toBeFocused();
  await expect(form.card).toContainText("✓ Created on a new lead, Newco Widgets");
  await expect(
    form.card.getByRole("button", { name: "Add another to Newco Widgets" }),
  ).toBeVisible();
  const leads = await standIn.leads();
  expect(leads).toHaveLength(leadsBefore + 1);
  const made = leads.filter((lead) => lead.name === "Newco Widgets");
  const [contact] = await standIn.contacts();
  expect(made).toHaveLength(1);
  expect(made[0]?.contacts.map((c) => c.id)).toEqual([contact?.id]);
  expect(contact?.lead_id).toBe(made[0]?.id);
  // One request made both: no lead first and contact after (the rest were searches).
  const writes = (await standIn.requests()).filter((call) => /^POST \/(lead|contact)\//.test(call));
  expect(writes).toEqual(["POST /lead/"]);

  // The next contact finds the lead just made, not a second "New lead" of its name.
  await page.getByRole("button", { name: "Create another contact" }).click();
  await form.lead.fill("Newco Widgets");
  await expect(page.getByRole("option", { name: "Newco Widgets", exact: true })).toBeVisible();
  await expect(page.getByRole("option", { name: /^New lead/ })).toHaveCount(0);
});

test("when Close fails on a new lead, the form says the lead may exist and searches again before another try", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.lead.fill("Maybe Co");
  await page.getByRole("option", { name: "New lead “Maybe Co”" }).click();
  await form.name.fill("Mia Maybe");
  await standIn.fault({ path: "/lead/", status: 503 });
  await form.submit.click();
  await expect(form.alert).toContainText("The contact may or may not have been created");
  await expect(form.alert).toContainText(
    "The new lead “Maybe Co” may have been made too: choose it under Lead if it is there now, or choose New lead again.",
  );
  await expect(form.lead).toHaveValue("Maybe Co");
  await expect(form.lead).not.toHaveAccessibleDescription(/A new lead/);
  // Sent as it is, it would be refused by the form's own check rather than make a second lead.
  await form.submit.click();
  await expect(form.lead).toHaveAccessibleDescription(/Choose a lead from the list/);
  expect(await standIn.contactCount()).toBe(0);
});

test("a contact Close refuses leaves no new lead behind, and the form keeps every value", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  const leadsBefore = await standIn.leads();
  await form.lead.fill("Refused Co");
  await page.getByRole("option", { name: "New lead “Refused Co”" }).click();
  await form.name.fill("Rita Refused");
  await form.moreFields.click();
  await form.add("custom field");
  await form.field("Custom field 1 key").fill("cf_doesNotExist");
  await form.field("Custom field 1 value").fill("x");
  await form.submit.click();

  await expect(form.field("Custom field 1 value")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("Custom field 1 value")).toHaveAccessibleDescription(
    /Close has no custom field with this id/,
  );
  expect(await standIn.leads()).toEqual(leadsBefore);
  expect(await standIn.contactCount()).toBe(0);
  await expect(form.lead).toHaveValue("Refused Co");
  await expect(form.name).toHaveValue("Rita Refused");

  // Put right, the same new lead is made, once.
  await page.getByRole("button", { name: "Remove custom field 1" }).click();
  await form.submit.click();
  await expect(form.card).toContainText("✓ Created on a new lead, Refused Co");
  expect((await standIn.leads()).filter((lead) => lead.name === "Refused Co")).toHaveLength(1);
});

test("the new lead is offered by keyboard, last, and not for a name a lead already has", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.lead.fill("Bluth");
  const options = page.getByRole("listbox", { name: "Leads" }).getByRole("option");
  await expect(options).toHaveText(["Bluth CompanyPotential", "+ New lead “Bluth”"]);
  await form.lead.press("ArrowDown");
  await form.lead.press("ArrowDown");
  await form.lead.press("Enter");
  await expect(form.lead).toHaveValue("Bluth");
  await expect(form.lead).toHaveAccessibleDescription(
    "A new lead “Bluth” is created with the contact.",
  );
  // Typing again is a search again: the choice of a new lead is gone until made again.
  await form.lead.fill("bluth company");
  await expect(page.getByRole("option", { name: "Bluth Company" })).toBeVisible();
  await expect(page.getByRole("option", { name: /^New lead/ })).toHaveCount(0);
});

test("two leads of one name are told apart by status and web address", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.lead.fill("Globex");
  const globex = page.getByRole("option", { name: "Globex", exact: true });
  await expect(globex).toHaveCount(2);
  await expect(globex.nth(0)).toHaveAccessibleDescription("Customer · https://globex.example.com");
  await expect(globex.nth(1)).toHaveAccessibleDescription(
    "Potential · https://globex.example.co.uk",
  );
  await expect(page.getByRole("option", { name: /^New lead/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await globex.nth(1).click();
  await form.name.fill("Uma UK");
  await form.submit.click();
  await expect(form.card).toContainText("✓ Created and added to Globex");
  expect((await standIn.contacts())[0]?.lead_id).toBe(
    "lead_3nGlobexUkB7jH9gF1dS3aQ5wE7rT9yU1iO3pL5kJ7h",
  );
});
