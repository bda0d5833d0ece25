import { describe, expect, it } from "vitest";
import { webUrl } from "./web-url";

describe("webUrl", () => {
  it.each([
    ["https://example.com", "https://example.com/"],
    ["http://example.com/page?q=1", "http://example.com/page?q=1"],
    ["https://localhost:8443/", "https://localhost:8443/"],
  ])("takes %j as %j", (value, href) => {
    expect(webUrl(value)?.href).toBe(href);
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<p>hi</p>",
    "ftp://example.com",
    "mailto:a@example.com",
    "/relative/path",
    "example.com",
    "https://",
    "",
  ])("refuses %j", (value) => {
    expect(webUrl(value)).toBeNull();
  });
});
