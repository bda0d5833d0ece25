import type { Server } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { TEAM_DASHBOARD, TEAM_PORTS } from "../playwright.config";
import { DEMO_USER_ID, OTHER_USER_ID } from "../src/server/fake-close/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm } from "./support/contact-form";
import { startHostPages } from "./support/host-pages";
import { standIn } from "./support/stand-in";

/** Team mode: each person signs in with Close (the stand-in's consent page) and creates as themselves. */

const TEAM_APP = `http://127.0.0.1:${TEAM_PORTS[0]}`;
const OTHER_INSTANCE = `http://127.0.0.1:${TEAM_PORTS[1]}`;
const USERS = [
  { id: DEMO_USER_ID, name: "Sam Carter" },
  { id: OTHER_USER_ID, name: "Alex Rivera" },
];

test.beforeEach(async () => {
  await standIn.reset();
});

const signInButton = (page: Page) => page.getByRole("button", { name: "Sign in with Close" });

/** On the stand-in's consent page: allow as `name`; back at the app, signed in. */
async function allowAs(consentPage: Page, name: string) {
  await expect(
    consentPage.getByRole("heading", { name: /Allow the contact creator/ }),
  ).toBeVisible();
  await consentPage.getByRole("button", { name: `Allow as ${name}` }).click();
}

async function signInAs(page: Page, name: string) {
  await page.goto(TEAM_APP);
  await signInButton(page).click();
  await allowAs(page, name);
  await expect(page.getByText(`Signed in as ${name} (Demo Organization)`)).toBeVisible();
}

const refreshes = async () =>
  (await standIn.requests()).filter((line) => line === "POST /oauth2/token/ refresh_token").length;

for (const user of USERS) {
  test(`signed in as ${user.name}, a contact is created as ${user.name}`, async ({ page }) => {
    await signInAs(page, user.name);
    const form = contactForm(page);
    await expect(form.moreFields).toBeVisible();
    await expectNoAxeViolations(page);
    await form.name.fill(`Made by ${user.name}`);
    await form.submit.click();
    await expect(form.card.getByRole("heading", { name: `Made by ${user.name}` })).toBeVisible();
    const createdBy = form.card.locator("div", {
      has: page.getByText("Created by", { exact: true }),
    });
    await expect(createdBy.getByRole("definition")).toHaveText(user.name);
    const [made] = await standIn.contacts();
    expect(made?.created_by).toBe(user.id);
  });
}

test("without a session nothing typed is lost: the create waits for the sign-in and is made once", async ({
  page,
}) => {
  await page.goto(TEAM_APP);
  await expect(signInButton(page)).toBeVisible();
  const form = contactForm(page);
  await form.name.fill("Patient Pat");
  await form.field("Email 1").fill("pat@patience.example");
  await form.submit.click();
  await expect(
    page.getByText(
      "Sign in with Close to create this contact. It is created once you are signed in",
    ),
  ).toBeVisible();
  expect(await standIn.contactCount()).toBe(0);
  await expectNoAxeViolations(page);

  await signInButton(page).first().click();
  await allowAs(page, "Sam Carter");
  await expect(form.card.getByRole("heading", { name: "Patient Pat" })).toBeVisible();
  await expect(form.card.getByText("pat@patience.example")).toBeVisible();
  // Once: a reload does not make it again.
  await page.reload();
  await expect(page.getByText("Signed in as Sam Carter")).toBeVisible();
  expect(await standIn.contactCount()).toBe(1);
});

test("an access token that expires mid-session is refreshed once, for all that needs it", async ({
  page,
}) => {
  // Renewed when under 10 s of it are left: an 11 s token needs it a second after signing in.
  await standIn.oauth({ accessTokenSeconds: 11 });
  await signInAs(page, "Alex Rivera");
  await page.waitForTimeout(1500);
  // Several requests at the same moment, all with the cookie of a token about to expire.
  const statuses = await page.evaluate(() =>
    Promise.all(
      ["/api/session", "/api/user/", "/api/custom_field/contact/", "/api/lead/?query=a"].map(
        async (path) => (await fetch(path)).status,
      ),
    ),
  );
  expect(statuses).toEqual([200, 200, 200, 200]);
  // Once since signing in, whether the page's own loading or these asked first.
  expect(await refreshes()).toBe(1);
  const form = contactForm(page);
  await form.name.fill("Renewed Rene");
  await form.submit.click();
  await expect(form.card.getByRole("heading", { name: "Renewed Rene" })).toBeVisible();
  await expect(page.getByText("Signed in as Alex Rivera")).toBeVisible();
});

test("access withdrawn in Close returns to sign-in, with the form as it was", async ({ page }) => {
  await signInAs(page, "Sam Carter");
  const form = contactForm(page);
  await form.name.fill("Withdrawn Wendy");
  await standIn.oauth({ revokeUser: DEMO_USER_ID });
  await form.submit.click();
  await expect(page.getByText("Your access to Close has ended. Sign in again.")).toBeVisible();
  await expect(signInButton(page)).toBeVisible();
  await expect(form.name).toHaveValue("Withdrawn Wendy");
  expect(await standIn.contactCount()).toBe(0);
});

test("signing out ends the session here and in Close", async ({ page }) => {
  await signInAs(page, "Sam Carter");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("Signed out.")).toBeVisible();
  await expect(signInButton(page)).toBeVisible();
  expect((await page.request.get(`${TEAM_APP}/api/session`)).status()).toBe(401);
  expect(await standIn.requests()).toContain("POST /oauth2/revoke/");
});

test("two instances that share SESSION_SECRET serve one session, in turn", async ({ page }) => {
  await signInAs(page, "Alex Rivera");
  for (const [index, app] of [OTHER_INSTANCE, TEAM_APP, OTHER_INSTANCE].entries()) {
    await page.goto(app);
    await expect(page.getByText("Signed in as Alex Rivera")).toBeVisible();
    const form = contactForm(page);
    await expect(form.moreFields).toBeVisible();
    await form.name.fill(`Turn ${index + 1}`);
    await form.submit.click();
    await expect(form.card.getByRole("heading", { name: `Turn ${index + 1}` })).toBeVisible();
  }
  const made = await standIn.contacts();
  expect(made.map((contact) => contact.created_by)).toEqual([
    OTHER_USER_ID,
    OTHER_USER_ID,
    OTHER_USER_ID,
  ]);
});

test.describe("in a dashboard on another site", () => {
  let dashboard: Server;
  test.beforeAll(async () => {
    dashboard = await startHostPages(Number(new URL(TEAM_DASHBOARD).port));
  });
  test.afterAll(() => new Promise<void>((done) => dashboard.close(() => done())));

  test("signs in through a popup, without a reload, and creates as that person", async ({
    page,
  }) => {
    await page.goto(`${TEAM_DASHBOARD}/?frame=${encodeURIComponent(`${TEAM_APP}/?embed=1`)}`);
    const app = page.frameLocator("#app");
    await app.getByLabel("Name", { exact: true }).fill("Framed Fay");
    const [popup] = await Promise.all([
      page.waitForEvent("popup"),
      app.getByRole("button", { name: "Sign in with Close" }).click(),
    ]);
    await allowAs(popup, "Alex Rivera");
    await popup.waitForEvent("close");
    await expect(app.getByText("Signed in as Alex Rivera")).toBeVisible();
    // The frame's session is a cookie of its own, kept under the dashboard's site (CHIPS):
    // Chromium here sends no third-party cookie that is not Partitioned.
    const cookies = await page.context().cookies(TEAM_APP);
    const session = cookies.find((cookie) => cookie.name === "__Host-close-session");
    expect(session?.partitionKey).toBe("http://localhost");
    expect(session?.httpOnly).toBe(true);
    // No reload: what was typed is still in the input.
    await expect(app.getByLabel("Name", { exact: true })).toHaveValue("Framed Fay");
    await app.getByRole("button", { name: "Create contact" }).click();
    await expect(
      app
        .getByRole("region", { name: "Created contact" })
        .getByRole("heading", { name: "Framed Fay" }),
    ).toBeVisible();
    const [made] = await standIn.contacts();
    expect(made?.created_by).toBe(OTHER_USER_ID);
  });
});
