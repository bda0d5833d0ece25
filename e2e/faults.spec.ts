import { expect, test } from "@playwright/test";
import { DEMO_API_KEY } from "../src/server/fake-close/fixtures";
import { contactForm } from "./support/contact-form";
import { listening, startServer } from "./support/server-process";
import { LIVE_APP, standIn } from "./support/stand-in";

/**
 * Faults between the browser, our server and Close: each time the person reads a clear
 * sentence, every typed value stays, and the stand-in's count says how many contacts exist.
 */

test.beforeEach(async () => {
  await standIn.reset();
});

async function fillSample(form: ReturnType<typeof contactForm>) {
  await form.name.fill("Faulty Fay");
  await form.title.fill("Tester");
  await form.field("Email 1").fill("fay@example.com");
  await form.field("Phone 1").fill("9045551234");
}

async function expectValuesKept(form: ReturnType<typeof contactForm>) {
  await expect(form.name).toHaveValue("Faulty Fay");
  await expect(form.title).toHaveValue("Tester");
  await expect(form.field("Email 1")).toHaveValue("fay@example.com");
  await expect(form.field("Phone 1")).toHaveValue("9045551234");
}

test("Close slower than the timeout: 504, may or may not exist, and Try again works", async ({
  page,
}) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await fillSample(form);
  // The live server gives Close 3 s; the stand-in answers after 3.5 s, having created it.
  await standIn.fault({ path: "/contact/", delayMs: 3500 });
  await form.submit.click();
  await expect(form.alert).toContainText("Close did not answer within 3 seconds.", {
    timeout: 8000,
  });
  await expect(form.alert).toContainText("may or may not have been created");
  await expectValuesKept(form);
  await expect.poll(standIn.contactCount, { timeout: 3000 }).toBe(1);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(form.card.getByRole("heading", { name: "Faulty Fay" })).toBeVisible();
  expect(await standIn.contactCount()).toBe(2);
});

for (const status of [500, 502, 503]) {
  test(`Close answering ${status}: a sentence, values kept, nothing created`, async ({ page }) => {
    const form = contactForm(page);
    await form.open(LIVE_APP);
    await fillSample(form);
    await standIn.fault({ path: "/contact/", status });
    await form.submit.click();
    await expect(form.alert).toContainText(`Close answered with an error (${status}).`);
    await expect(form.alert).toContainText("may or may not have been created");
    await expectValuesKept(form);
    expect(await standIn.contactCount()).toBe(0);
  });
}

test("the connection to Close dropped mid-request: 502, then Try again", async ({ page }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await fillSample(form);
  await standIn.fault({ path: "/contact/", drop: true });
  await form.submit.click();
  await expect(form.alert).toContainText("Could not reach Close.");
  await expect(form.alert).toContainText("may or may not have been created");
  await expectValuesKept(form);
  expect(await standIn.contactCount()).toBe(0);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(form.card).toBeVisible();
  expect(await standIn.contactCount()).toBe(1);
});

test("the browser goes offline while submitting, then comes back", async ({ page, context }) => {
  const form = contactForm(page);
  await form.open(LIVE_APP);
  await fillSample(form);
  await context.setOffline(true);
  await form.submit.click();
  await expect(form.alert).toContainText("The server could not be reached.");
  await expectValuesKept(form);
  await context.setOffline(false);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(form.card).toBeVisible();
  expect(await standIn.contactCount()).toBe(1);
});

test("closing the tab mid-typing and opening the app again restores the draft", async ({
  context,
}) => {
  const first = await context.newPage();
  const form = contactForm(first);
  await form.open(LIVE_APP);
  await fillSample(form);
  await form.add("URL");
  await form.field("URL 2").fill("https://fay.example.com");
  await first.close();

  const again = await context.newPage();
  const reopened = contactForm(again);
  await again.goto(LIVE_APP);
  await expect(again.getByText("Draft restored")).toBeVisible();
  await expectValuesKept(reopened);
  await expect(reopened.field("URL 2")).toHaveValue("https://fay.example.com");
});

test("our server restarted between page load and submit", async ({ page }) => {
  const env = {
    PORT: "3114",
    CLOSE_API_KEY: DEMO_API_KEY,
    CLOSE_API_URL: "http://127.0.0.1:4100/api/v1",
  };
  let server = startServer(env);
  try {
    await listening(server);
    const form = contactForm(page);
    await form.open("http://127.0.0.1:3114");
    await fillSample(form);
    server.child.kill("SIGTERM");
    await server.exited;
    await form.submit.click();
    await expect(form.alert).toContainText("The server could not be reached.");
    server = startServer(env);
    await listening(server);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(form.card.getByRole("heading", { name: "Faulty Fay" })).toBeVisible();
    expect(await standIn.contactCount()).toBe(1);
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});
