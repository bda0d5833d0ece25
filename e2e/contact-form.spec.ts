import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { collectPageProblems } from "./support/page-problems";
import { LIVE_APP, standIn } from "./support/stand-in";

/** The form and the card, in a browser, against the live-mode server and the stand-in. */

const ACME = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";

// Each test has a new browser context: no draft is left from another.
test.beforeEach(async () => {
  await standIn.reset();
});

test("a contact with every kind of field: the card shows what the stand-in stored", async ({
  page,
}) => {
  const problems = collectPageProblems(page);
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Ada Lovelace");
  await form.title.fill("Analyst");
  await form.chooseLead("acme", "Acme Corporation");
  await expect(page.getByText(`The contact joins this lead (${ACME}).`)).toBeVisible();

  await form.field("Email 1").fill("ada@example.com");
  await form.add("email");
  await form.field("Email 2").fill(" ada.home@example.org ");
  await form.field("Email 2 type").selectOption("home");
  await form.add("email");
  await form.field("Email 3").fill("ada@analytical.engine.io");
  await form.field("Email 3 type").selectOption("other");

  await form.field("Phone 1").fill("9045551234");
  await expect(page.getByText("Close will show +1 904-555-1234")).toBeVisible();
  await form.field("Phone 1 type").selectOption("mobile");
  await form.add("phone");
  await form.field("Phone 2").fill("+44 20 7946 0958");

  await form.field("URL 1").fill("ada.example.com");
  await form.add("URL");
  await expect(form.field("URL 1")).toHaveValue("https://ada.example.com");
  await form.field("URL 2").fill("http://twitter.com/ada");

  await expect(form.moreFields).toHaveText("›More fields (10)");
  await form.moreFields.click();
  await page.getByRole("combobox", { name: "Role" }).selectOption("CEO");
  await form.field("Nickname").fill("Enchantress of Numbers");
  await form.field("Notes").fill("First line\nSecond line");
  await form.field("Seats").fill("12");
  await form.field("Birthday").fill("1815-12-10");
  await form.field("Last demo").fill("2026-11-20T14:30");
  await page.getByRole("checkbox", { name: "Calling" }).check();
  await page.getByRole("checkbox", { name: "Reporting" }).check();
  await form.field("Account owner").fill("user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA");

  await form.submit.click();
  await expect(form.card).toBeVisible();
  await expect(form.card.getByRole("heading", { name: "Ada Lovelace" })).toBeFocused();

  const [stored] = await standIn.contacts();
  expect(await standIn.contactCount()).toBe(1);
  expect(stored?.lead_id).toBe(ACME);
  expect(stored?.emails).toEqual([
    { email: "ada@example.com", type: "office", is_unsubscribed: false },
    { email: "ada.home@example.org", type: "home", is_unsubscribed: false },
    { email: "ada@analytical.engine.io", type: "other", is_unsubscribed: false },
  ]);
  expect(stored?.phones).toEqual([
    { phone: "+19045551234", phone_formatted: "+1 904-555-1234", country: "US", type: "mobile" },
    { phone: "+442079460958", phone_formatted: "+44 20 7946 0958", country: "GB", type: "office" },
  ]);
  expect(stored?.urls).toEqual([
    { url: "https://ada.example.com", type: "url" },
    { url: "http://twitter.com/ada", type: "url" },
  ]);
  const custom = Object.entries(stored ?? {}).filter(([key]) => key.startsWith("custom."));
  expect(custom.map(([, value]) => value)).toEqual(
    expect.arrayContaining([
      "CEO",
      "Enchantress of Numbers",
      "First line\nSecond line",
      12,
      "1815-12-10",
      ["Calling", "Reporting"],
    ]),
  );
  expect(custom).toHaveLength(8);

  const card = form.card;
  await expect(card.getByRole("link", { name: "Open in Close" })).toHaveAttribute(
    "href",
    `https://app.close.com/lead/${ACME}/`,
  );
  for (const text of [
    "ada.home@example.org",
    "+1 904-555-1234",
    "+44 20 7946 0958",
    "https://ada.example.com",
    "Enchantress of Numbers",
    "Calling, Reporting",
    "New contact welcome",
    String(stored?.id),
  ]) {
    await expect(card.getByText(text, { exact: false }).first()).toBeVisible();
  }
  await expect(card.getByText("Seats")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test("the custom fields are the organization's, in its order, shared ones included", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.moreFields.click();
  const fields = page.getByRole("group", { name: "Custom fields" });
  // Region is a shared field associated with contacts, second in the organization's order;
  // Industry is shared with leads only, so a contact cannot hold it.
  const labels = await fields.locator("label").allTextContents();
  expect(labels.slice(0, 3)).toEqual(["Role", "Region", "Nickname"]);
  await expect(fields.getByText("Industry")).toHaveCount(0);

  await form.name.fill("Shared Sam");
  await page.getByRole("combobox", { name: "Region" }).selectOption("EMEA");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  await expect(form.card.getByText("Region")).toBeVisible();
  await expect(form.card.getByText("EMEA")).toBeVisible();
  const [stored] = await standIn.contacts();
  expect(Object.entries(stored ?? {}).filter(([key]) => key.startsWith("custom."))).toEqual([
    ["custom.cf_s7Hr8Eg9Io0Nr1Ea2Lm3Qw4Er5Ty6Ui7Op8As9Df0GQ", "EMEA"],
  ]);
});

test("the Lead picker searches Close's Advanced Filtering once per pause in typing", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.lead.pressSequentially("Acme Corp", { delay: 20 });
  await expect(page.getByRole("option", { name: "Acme Corporation" })).toBeVisible();
  const searches = (await standIn.requests()).filter((call) =>
    /data\/search|GET \/lead\/$/.test(call),
  );
  expect(searches).toEqual(["POST /data/search/"]);
  await page.getByRole("option", { name: "Acme Corporation" }).click();
  await expect(form.lead).toHaveValue("Acme Corporation");
});

test("the Lead picker says when nothing matches, while it searches, and when it failed", async ({
  page,
}) => {
  const form = contactForm(page);
  // The picker's live region, which says what became of the search.
  const status = page.locator("#field-leadName-search");
  const leadOptions = page
    .getByRole("listbox", { name: "Leads", includeHidden: true })
    .getByRole("option");
  await form.open(LIVE_APP);
  await form.lead.fill("Zzyzx");
  await expect(status).toHaveText("No lead matches “Zzyzx”: choose New lead to make one.");
  // What is left to choose: a new lead by that name.
  await expect(leadOptions).toHaveText(["+ New lead “Zzyzx”"]);

  await standIn.fault({ path: "/data/search/", delayMs: 1500 });
  await form.lead.fill("Bluth");
  await expect(status).toHaveText("Searching leads…");
  await expect(page.getByRole("option", { name: "Bluth Company" })).toBeVisible();
  await expect(status).toHaveText("One lead found.");

  await standIn.fault({ path: "/data/search/", status: 503 });
  await form.lead.fill("Wayne");
  await expect(status).toHaveText(
    "The lead search failed: Close answered with an error (503). Try again in a moment. You can still paste a lead id.",
  );
  await expect(leadOptions).toHaveText(["+ New lead “Wayne”"]);
  await expectNoAxeViolations(page);
});

test("a contact without a lead gets a new lead named after it", async ({ page, request }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await expect(
    page.getByText("Left empty, a new lead is created, named after the contact."),
  ).toBeVisible();
  await form.name.fill("Grace Hopper");
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Grace Hopper" })).toBeVisible();
  const [stored] = await standIn.contacts();
  expect(stored?.lead_id).toMatch(/^lead_/);
  expect(stored?.lead_id).not.toBe(ACME);
  const lead = await (await request.get(`${LIVE_APP}/api/lead/${stored?.lead_id}/`)).json();
  expect(lead.display_name).toBe("Grace Hopper");
});

test("Close's field errors land on the right row, with every value kept", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Row Mapper");
  await form.field("Email 1").fill("one@example.com");
  await form.add("email");
  await form.add("email");
  await form.field("Email 3").fill("three@example.com");
  // The blank second row is not sent, so Close's emails.1 is the form's third row.
  await standIn.fault({
    path: "/contact/",
    status: 400,
    body: {
      errors: [],
      "field-errors": {
        emails: {
          errors: { "1": { errors: [], "field-errors": { email: "Invalid email address." } } },
        },
      },
    },
  });
  await form.submit.click();
  await expect(form.field("Email 3")).toHaveAttribute("aria-invalid", "true");
  await expect(form.alert).toBeFocused();
  await expect(form.field("Email 1")).not.toHaveAttribute("aria-invalid", "true");
  await expect(form.alert).toContainText("Close refused some of the values");
  await form.alert.getByRole("link", { name: "Email 3: Invalid email address." }).click();
  await expect(form.field("Email 3")).toBeFocused();
  await expect(form.field("Email 3")).toHaveValue("three@example.com");
  await expect(form.name).toHaveValue("Row Mapper");
  await expectNoAxeViolations(page);
  expect(await standIn.contactCount()).toBe(0);
});

test("a lead id Close does not know is refused under Lead, however Close keys it", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Lost Lead");
  const unknown = "lead_0000000000000000000000000000000000000000000";
  await form.lead.fill(unknown);
  // The stand-in keys it `lead`, as Close's recorded answers do.
  await form.submit.click();
  await expect(form.lead).toHaveAttribute("aria-invalid", "true");
  await expect(form.alert).toBeFocused();
  await expect(form.lead).toHaveAccessibleDescription(/Close has no lead with this id/);
  await form.alert.getByRole("link", { name: /^Lead: Close has no lead with this id/ }).click();
  await expect(form.lead).toBeFocused();
  // Keyed `lead_id`, as the request names it.
  await standIn.fault({
    path: "/contact/",
    status: 400,
    body: { errors: [], "field-errors": { lead_id: "Object does not exist." } },
  });
  await form.submit.click();
  // The second answer has come once Close was asked twice.
  await expect
    .poll(async () => (await standIn.requests()).filter((r) => r === "POST /contact/").length)
    .toBe(2);
  await expect(form.lead).toHaveAttribute("aria-invalid", "true");
  await expect(form.alert).toContainText("Close refused some of the values");
  await expect(form.alert).not.toContainText("lead_id");
  await expect(form.lead).toHaveValue(unknown);
  expect(await standIn.contactCount()).toBe(0);
});

test("an unknown custom field id is refused by Close on its own row", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Custom Id");
  await form.moreFields.click();
  await form.add("custom field");
  await form.field("Custom field 1 key").fill("cf_doesNotExist");
  await form.field("Custom field 1 value").fill("x");
  await form.submit.click();
  await expect(form.field("Custom field 1 value")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("Custom field 1 value")).toHaveAccessibleDescription(
    /Close has no custom field with this id/,
  );
});

test("the form's own checks show on blur and on submit, and stay axe clean", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await expectNoAxeViolations(page);
  await form.field("Email 1").fill("not-an-email");
  await form.field("Email 1").blur();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await form.add("email");
  await form.field("Email 2").fill("NOT-an-email");
  await form.add("phone");
  await form.add("URL");
  await expectNoAxeViolations(page);
  await form.field("Email 1").fill("same@example.com");
  await form.field("Email 2").fill("Same@example.com");
  await form.field("Phone 1").fill("12");
  await form.submit.click();
  await expect(form.field("Email 2")).toHaveAccessibleDescription(
    "This email is already in row 1.",
  );
  await expect(form.field("Phone 1")).toHaveAccessibleDescription(/^Enter a phone number/);
  await expect(form.alert).toContainText("need attention");
  await expect(form.field("Email 2")).toHaveAttribute("aria-describedby", /error/);
  await expectNoAxeViolations(page);
  expect(await standIn.contactCount()).toBe(0);
});

test("a draft survives a reload, and can be discarded", async ({ page }) => {
  const form = contactForm(page);
  await page.goto(LIVE_APP);
  await form.name.fill("Draft Person");
  await form.add("email");
  await form.field("Email 2").fill("draft@example.com");
  await expect
    .poll(form.savedDraft)
    .toMatchObject({ name: "Draft Person", emails: [{}, { value: "draft@example.com" }] });
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Draft restored" })).toBeVisible();
  await expect(form.name).toHaveValue("Draft Person");
  await expect(form.field("Email 2")).toHaveValue("draft@example.com");
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(form.name).toHaveValue("");
  await expect(form.field("Email 2")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Draft restored")).toHaveCount(0);
});

test("an answer from Close with less in it still shows the contact", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Lean Lena");
  // As Close's recorded answers can be: no display_name nor subscriptions, an email without
  // is_unsubscribed, a phone without phone_formatted, and a field nobody knows yet.
  await standIn.fault({
    path: "/contact/",
    status: 200,
    body: {
      id: "cont_lean0000000000000000000000000000000000000000",
      name: "Lean Lena",
      lead_id: ACME,
      emails: [{ email: "lena@example.com", type: "office" }],
      phones: [{ phone: "+19045551234", type: "mobile" }],
      future_field: { shape: "unknown" },
    },
  });
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Lean Lena" })).toBeFocused();
  await expect(form.card.getByRole("list", { name: "Emails" })).toContainText("lena@example.com");
  await expect(form.card.getByRole("list", { name: "Phones" })).toContainText("+19045551234");
  await expect(page.getByText("could not be read")).toHaveCount(0);
});

test("a double click creates exactly one contact", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Double Clicker");
  // Long enough for the clicks and the key below to land while the first request is in flight,
  // on a busy machine too (the live server gives up on Close after 3 s).
  await standIn.fault({ path: "/contact/", delayMs: 2000 });
  await form.submit.dblclick();
  // While it works the button says so (aria-disabled) but still takes clicks, and the shortcut.
  await form.submit.click({ force: true });
  await form.name.press("Control+Enter");
  await expect(form.card).toBeVisible();
  await page.waitForTimeout(300);
  expect(await standIn.contactCount()).toBe(1);
});

test("in a dashboard's frame, the page leaves focus where it is", async ({ page }) => {
  const form = contactForm(page);
  await form.open(`${LIVE_APP}/?embed=1`);
  await expect(form.name).toBeVisible();
  await expect(form.name).not.toBeFocused();
});

test("the shortcut is named as the keyboard names it, and not offered on a touch screen", async ({
  browser,
}) => {
  const hint = async (options: Parameters<typeof browser.newContext>[0]) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await contactForm(page).open(LIVE_APP);
    const status = page.getByRole("status").filter({ hasText: "or press" });
    const shown = (await status.textContent()) ?? "";
    const visible = await page.getByText(/^or press/).isVisible();
    await context.close();
    return { shown, visible };
  };
  expect(await hint({})).toEqual({ shown: "or press Ctrl+Enter", visible: true });
  const mac =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
  expect(await hint({ userAgent: mac })).toEqual({ shown: "or press ⌘+Enter", visible: true });
  expect(
    await hint({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }),
  ).toMatchObject({ visible: false });
});

test("a keyboard-only run: type, pick a lead, Ctrl+Enter, then another contact", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  // Name takes typing as the page opens.
  await expect(form.name).toBeFocused();
  await page.keyboard.type("Keyboard Kim");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Operator");
  await page.keyboard.press("Tab");
  await expect(form.lead).toBeFocused();
  await page.keyboard.type("blu");
  await expect(page.getByRole("option", { name: "Bluth Company" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(form.lead).toHaveValue("Bluth Company");
  await page.keyboard.press("Tab");
  await expect(form.field("Email 1")).toBeFocused();
  await page.keyboard.type("kim@example.com");
  await page.keyboard.press("Control+Enter");
  await expect(form.card.getByRole("heading", { name: "Keyboard Kim" })).toBeFocused();

  await page.keyboard.press("Tab");
  await page.getByRole("button", { name: "Add another to Bluth Company" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.name).toBeFocused();
  await expect(form.lead).toHaveValue("Bluth Company");
  await page.keyboard.type("Second Kim");
  await page.keyboard.press("Control+Enter");
  await expect(form.card.getByRole("heading", { name: "Second Kim" })).toBeFocused();
  const stored = await standIn.contacts();
  expect(stored.map((c) => c.lead_id)).toEqual([stored[0]?.lead_id, stored[0]?.lead_id]);
  await expect(
    page.getByRole("region", { name: "Created in this session" }).getByRole("listitem"),
  ).toHaveCount(2);
  await page.getByRole("button", { name: "Create another contact" }).click();
  await expect(form.name).toBeFocused();
  await expect(form.lead).toHaveValue("");
});

test("a plain Enter creates nothing, in Name or any input; Ctrl+Enter does", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Half Typed");
  await form.name.press("Enter");
  await form.field("Title").fill("Buyer");
  await form.field("Title").press("Enter");
  await form.field("Email 1").fill("half@example.com");
  await form.field("Email 1").press("Enter");
  // With no lead chosen and the list closed, Enter in Lead creates nothing either.
  await form.lead.press("Enter");
  await page.waitForTimeout(500);
  expect(await standIn.contactCount()).toBe(0);
  await expect(form.card).toHaveCount(0);
  await expect(form.alert).toHaveCount(0);
  await expect(form.name).toHaveValue("Half Typed");

  await form.field("Email 1").press("Control+Enter");
  await expect(form.card.getByRole("heading", { name: "Half Typed" })).toBeVisible();
  expect(await standIn.contactCount()).toBe(1);
});

// Close's 429 in each of its forms (src/server/fake-close/rate-limit.ts): the wait is read from
// whichever part says it, rounded up to whole seconds.
for (const { form: rateLimitForm, retryAfter, seconds } of [
  // None rounds to 2 s, the wait when nothing says how long.
  { form: "nested", retryAfter: 3, seconds: 3 },
  { form: "top-level", retryAfter: 2.4, seconds: 3 },
  { form: "ingress", retryAfter: 2.5, seconds: 3 },
] as const) {
  test(`a 429 (${rateLimitForm}) waits the time Close asks, counting down, and retries once by itself`, async ({
    page,
  }) => {
    const form = contactForm(page);
    await form.open(LIVE_APP);
    await form.name.fill("Rate Limited");
    await standIn.fault({ path: "/contact/", status: 429, retryAfter, rateLimitForm });
    await form.submit.click();
    await expect(
      page.getByText(`Close is busy and asked to wait. Trying again in ${seconds} seconds`),
    ).toBeVisible();
    await expect(form.card).toBeVisible({ timeout: 5000 });
    expect(await standIn.contactCount()).toBe(1);
  });
}

test("a 429 asking to wait minutes says when to try again instead of counting down", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Patient Pat");
  await standIn.fault({ path: "/contact/", status: 429, retryAfter: 300 });
  await form.submit.click();
  await expect(form.alert).toContainText(
    "Close is still busy, so the contact was not created. Try again in 5 minutes.",
  );
  await expect(page.getByText("Trying again in")).toHaveCount(0);
  expect(await standIn.contactCount()).toBe(0);
});

test("a 429 after the retry says the contact was not created, never that it may exist", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Still Limited");
  await standIn.fault({
    path: "/contact/",
    status: 429,
    retryAfter: 1,
    rateLimitForm: "ingress",
    count: 2,
  });
  await form.submit.click();
  await expect(form.alert).toContainText("the contact was not created", { timeout: 5000 });
  await expect(form.alert).not.toContainText("may or may not");
  await expect(form.name).toHaveValue("Still Limited");
  expect(await standIn.contactCount()).toBe(0);
});

test("Close failing says the contact may or may not exist, keeps the values, and can try again", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Unlucky Una");
  await form.field("Email 1").fill("una@example.com");
  await standIn.fault({ path: "/contact/", status: 503 });
  await form.submit.click();
  await expect(form.alert).toContainText("may or may not have been created");
  await expect(form.name).toHaveValue("Unlucky Una");
  await expect(form.field("Email 1")).toHaveValue("una@example.com");
  expect(await standIn.contactCount()).toBe(0);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(form.card.getByRole("heading", { name: "Unlucky Una" })).toBeVisible();
  expect(await standIn.contactCount()).toBe(1);
});

test("a lead_id in the address starts the form on that lead, by name", async ({ page }) => {
  const form = contactForm(page);
  await form.open(`${LIVE_APP}/?lead_id=${ACME}`);
  await expect(form.lead).toHaveValue("Acme Corporation");
  await form.name.fill("Linked Lou");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  expect((await standIn.contacts())[0]?.lead_id).toBe(ACME);
});

test("without Close's custom field list the form says so quietly, and still works", async ({
  page,
}) => {
  await standIn.fault({ path: "/custom_field_schema/", status: 500, count: 5 });
  const form = contactForm(page);
  await page.goto(LIVE_APP);
  await expect(page.getByText("Close's list of custom fields could not be loaded.")).toBeVisible();
  await form.name.fill("No Fields");
  await page.getByRole("button", { name: "More fields" }).click();
  await form.add("custom field");
  await form.field("Custom field 1 key").fill("cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj");
  await form.field("Custom field 1 value").fill("CEO");
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "No Fields" })).toBeVisible();
  expect(
    (await standIn.contacts())[0]?.["custom.cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj"],
  ).toBe("CEO");
});

test("the Lead input always names the lead that will be sent", async ({ page }) => {
  const BLUTH = "lead_7hGf3kLm9NpQ2rSt4VwXy6Zb8Cd0Ef1GhIj3Kl5Mn7O";
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.chooseLead("acme", "Acme Corporation");
  await form.lead.fill(BLUTH);
  await expect(form.lead).toHaveValue("Bluth Company");
  await form.lead.fill("");
  await expect(
    page.getByText("Left empty, a new lead is created, named after the contact."),
  ).toBeVisible();
  await expect(form.lead).toHaveValue("");
  await form.lead.fill(BLUTH);
  await expect(form.lead).toHaveValue("Bluth Company");
  await form.name.fill("Lead Checker");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  expect((await standIn.contacts())[0]?.lead_id).toBe(BLUTH);
});

test("a draft is kept for a form opened with a prefill in its address", async ({ page }) => {
  const form = contactForm(page);
  await form.open(`${LIVE_APP}/?lead_id=${ACME}`);
  await expect(form.lead).toHaveValue("Acme Corporation");
  await form.name.fill("Half Typed");
  await expect.poll(form.savedDraft).toMatchObject({ name: "Half Typed", leadId: ACME });
  await page.reload();
  await expect(page.getByText("Draft restored")).toBeVisible();
  await expect(form.name).toHaveValue("Half Typed");
  await expect(form.lead).toHaveValue("Acme Corporation");
});

test("after a 429 the retry sends what the form holds then, not before", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("Jhon Smith");
  await standIn.fault({ path: "/contact/", status: 429, retryAfter: 2 });
  await form.submit.click();
  await expect(page.getByText(/Trying again in/)).toBeVisible();
  await form.name.fill("John Smith");
  await expect(form.card.getByRole("heading", { name: "John Smith" })).toBeVisible({
    timeout: 5000,
  });
  expect((await standIn.contacts()).map((c) => c.name)).toEqual(["John Smith"]);
});

test("a lead picked from the list with the keyboard is kept in the draft", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.lead.fill("acm");
  await expect(page.getByRole("option", { name: "Acme Corporation" })).toBeVisible();
  await form.lead.press("ArrowDown");
  await form.lead.press("Enter");
  await expect(form.lead).toHaveValue("Acme Corporation");
  await expect.poll(form.savedDraft).toMatchObject({ leadId: ACME, leadName: "Acme Corporation" });
  await page.reload();
  await expect(page.getByText("Draft restored")).toBeVisible();
  await expect(form.lead).toHaveValue("Acme Corporation");
  await expect(page.getByText(`The contact joins this lead (${ACME}).`)).toBeVisible();
});

test("discarding the draft of a prefilled form keeps no draft", async ({ page }) => {
  const form = contactForm(page);
  await form.open(`${LIVE_APP}/?name=Pat`);
  await form.title.fill("Typed title");
  await expect.poll(form.savedDraft).toMatchObject({ name: "Pat", title: "Typed title" });
  await page.reload();
  await page.getByRole("button", { name: "Discard draft" }).click();
  await expect(form.name).toHaveValue("Pat");
  await expect(form.title).toHaveValue("");
  await expect.poll(form.savedDraft).toBeNull();
  await page.reload();
  await expect(form.name).toHaveValue("Pat");
  await expect(page.getByText("Draft restored")).toHaveCount(0);
});
