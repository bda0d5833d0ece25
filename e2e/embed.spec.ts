import type { Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { startHostPages } from "./support/host-pages";
import { LIVE_APP, standIn } from "./support/stand-in";

/** The app framed by dashboards: one on EMBED_ORIGINS (port 3300), one not (3301). */

const ALLOWED = "http://127.0.0.1:3300";
const FOREIGN = "http://127.0.0.1:3301";
const ACME = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
let hosts: Server[] = [];

test.beforeAll(async () => {
  hosts = await Promise.all([startHostPages(3300), startHostPages(3301)]);
});
test.afterAll(async () => {
  await Promise.all(hosts.map((host) => new Promise((done) => host.close(done))));
});
test.beforeEach(async () => {
  await standIn.reset();
});

type Received = {
  origin: string;
  data: { type: string; height?: number; contact?: { id: string } };
}[];
const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received }).received);
const appFrame = (page: Page) => page.frameLocator("#app");
const frameSrc = (query: string) => encodeURIComponent(`${LIVE_APP}/?embed=1&${query}`);

test("an allowed dashboard frames the app, prefills it by address and by message, and hears of the contact", async ({
  page,
}) => {
  await page.goto(
    `${ALLOWED}/?frame=${frameSrc(`lead_id=${ACME}&name=Framed%20Fran&email=fran%40example.com`)}`,
  );
  const app = appFrame(page);
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("Framed Fran");
  await expect(app.getByLabel("Email 1", { exact: true })).toHaveValue("fran@example.com");
  await expect(app.getByRole("combobox", { name: "Lead" })).toHaveValue("Acme Corporation");
  await expect(app.getByRole("heading", { level: 1 })).toHaveClass(/sr-only/);

  await page.evaluate(() =>
    (window as unknown as { sendToApp: (m: unknown) => void }).sendToApp({
      type: "close-contact:prefill",
      values: { title: "Treasurer", phone: "9045551234" },
    }),
  );
  await expect(app.getByLabel("Title", { exact: true })).toHaveValue("Treasurer");
  await expect(app.getByLabel("Phone 1", { exact: true })).toHaveValue("9045551234");
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("Framed Fran");

  await app.getByRole("button", { name: "Create contact" }).click();
  await expect(app.getByRole("region", { name: "Created contact" })).toBeVisible();
  const [stored] = await standIn.contacts();
  await expect
    .poll(async () => (await received(page)).filter((m) => m.data.type === "close-contact:created"))
    .toEqual([
      {
        origin: LIVE_APP,
        data: {
          type: "close-contact:created",
          contact: expect.objectContaining({ id: stored?.id, lead_id: ACME, title: "Treasurer" }),
        },
      },
    ]);
});

test("the dashboard hears of a contact in Close that holds an email being typed", async ({
  page,
}) => {
  const made = await page.request.post(`${LIVE_APP}/api/contact/`, {
    headers: { Origin: LIVE_APP },
    data: { name: "Jane Doe", lead_id: ACME, emails: [{ email: "jane@acme.com" }] },
  });
  const jane = (await made.json()) as { id: string };
  await page.goto(`${ALLOWED}/?frame=${frameSrc("")}`);
  const app = appFrame(page);
  await app.getByLabel("Email 1", { exact: true }).fill("jane@acme.com");
  await app.getByLabel("Email 1", { exact: true }).press("Tab");
  await expect(
    app.getByRole("listitem").filter({ hasText: "Already in Close: Jane Doe" }),
  ).toBeVisible();
  await expect
    .poll(async () =>
      (await received(page)).filter((m) => m.data.type === "close-contact:duplicate"),
    )
    .toEqual([
      {
        origin: LIVE_APP,
        data: {
          type: "close-contact:duplicate",
          matches: [
            expect.objectContaining({
              id: jane.id,
              name: "Jane Doe",
              lead_name: "Acme Corporation",
            }),
          ],
        },
      },
    ]);
});

test("invalid prefilled values show as ordinary errors", async ({ page }) => {
  await page.goto(`${ALLOWED}/?frame=${frameSrc("email=not-an-email&url=javascript%3Aalert(1)")}`);
  const app = appFrame(page);
  await expect(app.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(app.getByText("Enter a web address like https://example.com.")).toBeVisible();
  await expect(app.getByLabel("Email 1", { exact: true })).toHaveValue("not-an-email");
});

test("the frame's height follows the form as rows are added, and a reset empties it", async ({
  page,
}) => {
  await page.goto(`${ALLOWED}/?frame=${frameSrc("name=Tall%20Tom")}`);
  const app = appFrame(page);
  await expect(app.getByRole("button", { name: /^More fields \(\d+\)$/ })).toBeVisible();
  const height = async () => (await page.locator("#app").boundingBox())?.height ?? 0;
  await expect.poll(height).toBeGreaterThan(300);
  const before = await height();
  for (let i = 0; i < 4; i++)
    await app.getByRole("button", { name: "Add email", exact: true }).click();
  await expect.poll(height).toBeGreaterThan(before + 150);
  const resizes = (await received(page)).filter((m) => m.data.type === "close-contact:resize");
  expect(resizes.at(-1)?.data.height).toBe(Math.round(await height()));
  expect(resizes.every((m) => m.origin === LIVE_APP)).toBe(true);

  await page.evaluate(() =>
    (window as unknown as { sendToApp: (m: unknown) => void }).sendToApp({
      type: "close-contact:reset",
    }),
  );
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("");
  await expect.poll(height).toBeLessThan(before + 150);
});

test("a dashboard not on the list cannot frame the app, and gets no message", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => blocked.push(message.text()));
  await page.goto(`${FOREIGN}/?frame=${frameSrc("name=Nobody")}`);
  await page.waitForTimeout(1500);
  await expect(appFrame(page).getByLabel("Name", { exact: true })).toHaveCount(0);
  expect(blocked.join("\n")).toContain("frame-ancestors");
  expect(await received(page)).toEqual([]);
});

test("a framed app ignores messages from other origins and sends them nothing", async ({
  page,
}) => {
  await page.goto(
    `${ALLOWED}/?frame=${frameSrc("name=Kept%20Kay")}&nested=${encodeURIComponent(`${FOREIGN}/intruder`)}`,
  );
  const app = appFrame(page);
  await expect(app.getByRole("button", { name: /^More fields \(\d+\)$/ })).toBeVisible();
  const intruder = page.frameLocator("#nested");
  await intruder.locator("body").evaluate(() => {
    const send = (window as unknown as { sendToApp: (m: unknown) => void }).sendToApp;
    send({ type: "close-contact:prefill", values: { name: "Hijacked" } });
    send({ type: "close-contact:reset" });
  });
  await page.waitForTimeout(500);
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("Kept Kay");
  await app.getByRole("button", { name: "Create contact" }).click();
  await expect(app.getByRole("region", { name: "Created contact" })).toBeVisible();
  expect(
    await intruder
      .locator("body")
      .evaluate(() => (window as unknown as { received: unknown[] }).received),
  ).toEqual([]);
});

test("embed mode is compact, badge not banner, and axe clean", async ({ page }) => {
  await page.goto(`${LIVE_APP}/?embed=1`);
  await expect(page.getByRole("button", { name: /^More fields \(\d+\)$/ })).toBeVisible();
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.map((v) => v.id)).toEqual([]);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgba(0, 0, 0, 0)");
});

test("the demo dashboard frames the app and lists what it creates", async ({ page }) => {
  await page.goto("http://127.0.0.1:3100/embed-demo.html");
  const app = page.frameLocator("#contact-frame");
  await expect(app.getByRole("combobox", { name: "Lead" })).toHaveValue("Acme Corporation");
  await expect(app.getByRole("status").filter({ hasText: "Demo mode" })).toBeVisible();
  await page.getByRole("button", { name: "Prefill a sample contact" }).click();
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("Jane Doe");
  await app.getByRole("button", { name: "Create contact" }).click();
  await expect(
    page.getByRole("list", { name: "Contacts created here" }).getByRole("listitem"),
  ).toContainText(["Jane Doe"]);
  await expect(app.getByRole("region", { name: "Created contact" })).toBeVisible();
});

test("a prefill message is for the form on screen only: the next form starts empty", async ({
  page,
}) => {
  await page.goto(`${ALLOWED}/?frame=${frameSrc("")}`);
  const app = appFrame(page);
  await expect(app.getByRole("button", { name: /^More fields \(\d+\)$/ })).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { sendToApp: (m: unknown) => void }).sendToApp({
      type: "close-contact:prefill",
      values: { name: "Jane Prefill" },
    }),
  );
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("Jane Prefill");
  await app.getByRole("button", { name: "Create contact" }).click();
  await app.getByRole("button", { name: "Create another contact" }).click();
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("");
  await page.evaluate(() =>
    (window as unknown as { sendToApp: (m: unknown) => void }).sendToApp({
      type: "close-contact:reset",
    }),
  );
  await expect(app.getByLabel("Name", { exact: true })).toHaveValue("");
});
