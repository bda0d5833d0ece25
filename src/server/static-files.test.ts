import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { sendVia } from "./close-client";
import { serveClient } from "./static-files";

const root = mkdtempSync(join(tmpdir(), "client-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>App</title>");
writeFileSync(join(root, "assets", "index-abc123.js"), "console.log(1)");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Our server as main.ts wires it: the API, then the built app beside it. */
const app = createApp({
  mode: "live",
  upstream: {
    url: "https://close.test/api/v1",
    apiKey: "api_test",
    timeoutMs: 200,
    send: sendVia(async () => Response.json({})),
  },
  ownOrigins: ["http://localhost"],
  allowedOrigins: [],
  embedOrigins: [],
  defaultPhoneCountry: "US",
  log: () => {},
});
serveClient(app, root);

describe("the API beside the built app", () => {
  it("answers GET on the contact route 405 with Allow: POST, not 404", async () => {
    const response = await app.request("http://localhost/api/contact/");
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("POST");
    expect(await response.json()).toEqual({ error: "Use POST for this address." });
  });

  it("still answers an unknown /api address 404", async () => {
    const response = await app.request("http://localhost/api/nothing/");
    expect(response.status).toBe(404);
  });

  // Their caching headers are checked through the real server (e2e/home.spec.ts).
  it("serves index.html for a page address, and a file as it is", async () => {
    const page = await app.request("http://localhost/some/page");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>App</title>");
    const asset = await app.request("http://localhost/assets/index-abc123.js");
    expect(await asset.text()).toBe("console.log(1)");
  });

  it("answers a missing file 404 instead of the page", async () => {
    const response = await app.request("http://localhost/missing.png");
    expect(response.status).toBe(404);
  });
});
