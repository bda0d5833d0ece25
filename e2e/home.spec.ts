import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { collectPageProblems } from "./support/page-problems";

test("the page loads under its own CSP, says it is in demo mode, and has no axe violations", async ({
  page,
}) => {
  const problems = collectPageProblems(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "New contact" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Demo mode." })).toHaveText(
    "Demo mode. Contacts go to the built-in stand-in of Close, not to Close.",
  );
  await expect(page.getByRole("form", { name: "New contact" })).toBeVisible();
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
  expect(problems).toEqual([]);
});

test("the page is served for any app address, but a missing file is a 404", async ({ request }) => {
  const page = await request.get("/some/page");
  expect(page.status()).toBe(200);
  expect(page.headers()["content-type"]).toContain("text/html");
  expect(page.headers()["cache-control"]).toBe("no-cache");
  expect((await request.get("/missing.js")).status()).toBe(404);
});

test("hashed assets are cached for good, the page itself is revalidated", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const asset = html.match(/\/assets\/[\w-]+\.js/)?.[0];
  expect(asset).toBeDefined();
  const response = await request.get(asset as string);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
});

test("the page and its assets are sent in brotli or gzip, as the request accepts", async ({
  request,
}) => {
  const html = await (
    await request.get("/", { headers: { "Accept-Encoding": "identity" } })
  ).text();
  const asset = html.match(/\/assets\/[\w-]+\.js/)?.[0] as string;
  for (const path of ["/", asset]) {
    const plain = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers()["content-encoding"], path).toBeUndefined();
    expect(plain.headers().vary, path).toBe("Accept-Encoding");
    for (const encoding of ["br", "gzip"]) {
      const response = await request.get(path, { headers: { "Accept-Encoding": encoding } });
      expect(response.headers()["content-encoding"], `${path} ${encoding}`).toBe(encoding);
      expect(response.headers().vary, path).toBe("Accept-Encoding");
      // Playwright decodes the body: the same bytes as the file sent as it is.
      expect((await response.body()).equals(await plain.body()), `${path} ${encoding}`).toBe(true);
    }
  }
});
