import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { sendVia } from "./close-client";
import { serveClient } from "./static-files";

const root = mkdtempSync(join(tmpdir(), "client-"));
mkdirSync(join(root, "assets"));
const INDEX = "<!doctype html><title>App</title>";
const SCRIPT = "console.log(1)";
/** Each file beside its brotli and gzip copies, as the build leaves them. */
for (const [path, text] of [
  ["index.html", INDEX],
  [join("assets", "index-abc123.js"), SCRIPT],
] as const) {
  writeFileSync(join(root, path), text);
  writeFileSync(join(root, `${path}.br`), brotliCompressSync(text));
  writeFileSync(join(root, `${path}.gz`), gzipSync(text));
}
writeFileSync(join(root, "assets", "plain-def456.js"), "console.log(2)");
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

describe("compressed copies", () => {
  const CHROMIUM = "gzip, deflate, br, zstd";
  const get = (path: string, acceptEncoding?: string) =>
    app.request(`http://localhost${path}`, {
      headers: acceptEncoding === undefined ? {} : { "Accept-Encoding": acceptEncoding },
    });
  const decoded = async (response: Response) => {
    const body = Buffer.from(await response.arrayBuffer());
    const encoding = response.headers.get("Content-Encoding");
    if (encoding === "br") return brotliDecompressSync(body).toString();
    if (encoding === "gzip") return gunzipSync(body).toString();
    return body.toString();
  };

  it.each([
    [CHROMIUM, "br"],
    ["gzip, deflate", "gzip"],
    ["gzip;q=0, br", "br"],
    ["identity", null],
    [undefined, null],
  ])("Accept-Encoding %j gets %s", async (acceptEncoding, encoding) => {
    const response = await get("/assets/index-abc123.js", acceptEncoding);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Encoding")).toBe(encoding);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/javascript/);
    expect(response.headers.get("Vary")).toBe("Accept-Encoding");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(await decoded(response)).toBe(SCRIPT);
  });

  it("sends index.html compressed, for its own address and for a page address", async () => {
    for (const path of ["/", "/index.html", "/some/page"]) {
      const response = await get(path, CHROMIUM);
      expect(response.headers.get("Content-Encoding"), path).toBe("br");
      expect(response.headers.get("Content-Type"), path).toMatch(/^text\/html/);
      expect(response.headers.get("Vary"), path).toBe("Accept-Encoding");
      expect(response.headers.get("Cache-Control"), path).toBe("no-cache");
      expect(await decoded(response), path).toBe(INDEX);
    }
  });

  it("sends a file that has no copies as it is, still varying on Accept-Encoding", async () => {
    const response = await get("/assets/plain-def456.js", CHROMIUM);
    expect(response.headers.get("Content-Encoding")).toBeNull();
    expect(response.headers.get("Vary")).toBe("Accept-Encoding");
    expect(await response.text()).toBe("console.log(2)");
  });
});
