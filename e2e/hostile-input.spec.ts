import type { Server } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { emptyFormValues } from "../src/web/contact-form/form-values";
import { contactForm } from "./support/contact-form";
import { startHostileClose } from "./support/hostile-close";
import { listening, type ServerProcess, startServer } from "./support/server-process";
import { LIVE_APP, standIn } from "./support/stand-in";

const MARKUP = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><b>bold</b>`;
const scriptRan = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);

test.beforeEach(async () => {
  await standIn.reset();
});

test("markup typed into every text input is stored and shown as text", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.moreFields.click();
  for (const name of ["Name", "Title", "Nickname", "Notes"]) await form.field(name).fill(MARKUP);
  await form.field("Email 1").fill("x@example.com");
  await form.submit.click();
  await expect(form.card).toBeVisible();
  const [stored] = await standIn.contacts();
  expect(stored?.name).toBe(MARKUP);
  expect(stored?.title).toBe(MARKUP);
  await expect(form.card.getByRole("heading", { level: 2 })).toHaveText(MARKUP);
  expect(await form.card.locator("img, script, b").count()).toBe(0);
  expect(await scriptRan(page)).toBe(0);
});

test.describe("a Close-compatible server answering with hostile strings", () => {
  let hostile: Server;
  let server: ServerProcess;
  test.beforeAll(async () => {
    hostile = await startHostileClose(3310);
    server = startServer({
      PORT: "3115",
      CLOSE_API_KEY: "api_any",
      CLOSE_API_URL: "http://127.0.0.1:3310/api/v1",
    });
    await listening(server);
  });
  test.afterAll(async () => {
    server.child.kill("SIGTERM");
    await server.exited;
    await new Promise((done) => hostile.close(done));
  });

  test("the card is inert: every link clicked, no script runs, no javascript: href", async ({
    page,
    context,
  }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    context.on("page", (popup) => void popup.close());
    const form = contactForm(page);
    await page.goto("http://127.0.0.1:3115");
    await form.name.fill("Anyone");
    await form.submit.click();
    await expect(form.card).toBeVisible();
    await expect(form.card.getByRole("heading", { level: 2 })).toContainText("<img src=x onerror=");

    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((href) => !/^https?:\/\//i.test(href.trim()))).toEqual([]);
    const links = form.card.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) await link.click({ modifiers: ["ControlOrMeta"] });
    expect(await form.card.locator("img, script, iframe, object, embed").count()).toBe(0);
    expect(await scriptRan(page)).toBe(0);
    expect(dialogs).toEqual([]);
    // The 10,000-character title wraps inside the card instead of widening the page.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("a 1000-character name is accepted, 1001 is refused with a message", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill("n".repeat(1001));
  await form.submit.click();
  await expect(form.name).toHaveAccessibleDescription(
    "Name can be at most 1000 characters (it has 1001).",
  );
  await expect(form.name).toHaveValue("n".repeat(1001));
  expect(await standIn.contactCount()).toBe(0);
  await form.name.fill("n".repeat(1000));
  await form.submit.click();
  await expect(form.card).toBeVisible();
  expect((await standIn.contacts())[0]?.name).toBe("n".repeat(1000));
});

test("100 email rows are accepted, 101 are refused with a message", async ({ page }) => {
  const emails = Array.from({ length: 100 }, (_, i) => ({
    value: `row${i}@example.com`,
    type: "office",
  }));
  // The draft brings the 100 rows back, as it would after a reload.
  await page.addInitScript(
    (draft) => {
      if (!sessionStorage.getItem("seeded")) localStorage.setItem("close-contact:draft", draft);
      sessionStorage.setItem("seeded", "1");
    },
    JSON.stringify({ ...emptyFormValues(), name: "Many Mails", emails }),
  );
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await expect(form.field("Email 100")).toHaveValue("row99@example.com");
  await form.add("email");
  await form.field("Email 101").fill("row100@example.com");
  await form.submit.click();
  await expect(
    page
      .getByRole("group", { name: "Emails" })
      .getByText("A contact can have at most 100 emails (this one has 101)."),
  ).toBeVisible();
  expect(await standIn.contactCount()).toBe(0);
  await page.getByRole("button", { name: "Remove email 101" }).click();
  await form.submit.click();
  await expect(form.card).toBeVisible({ timeout: 10_000 });
  expect((await standIn.contacts())[0]?.emails).toHaveLength(100);
});

test("emoji, RTL, combining marks and control characters survive the round trip byte for byte", async ({
  page,
}) => {
  const name = "Zoë 👩🏽‍💻 Ŝ̵̛ e\u0301 שָׁלוֹם \u202Eabc\u202C\u200F done";
  const title = "tab\there bell\u0007 esc\u001B end";
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await form.name.fill(name);
  await form.title.fill(title);
  await form.moreFields.click();
  await form.field("Nickname").fill(name);
  await form.submit.click();
  await expect(form.card).toBeVisible();
  const [stored] = await standIn.contacts();
  expect(stored?.name).toBe(name);
  expect(stored?.title).toBe(title);
  expect(Object.values(stored ?? {})).toContain(name);
  await expect(form.card.getByRole("heading", { level: 2 })).toHaveText(name);
});
