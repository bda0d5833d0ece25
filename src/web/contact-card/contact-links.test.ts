import { describe, expect, it } from "vitest";
import { mailtoHref, telHref } from "./contact-links";

describe("mailtoHref", () => {
  it("opens an email address in the mail app", () => {
    expect(mailtoHref("jane@acme.com")).toBe("mailto:jane@acme.com");
  });

  it("gives no link for what is not one address", () => {
    for (const value of [
      "jane",
      "a@b.com?subject=x",
      "a@b.com,c@d.com",
      "a@b.com;c@d.com",
      "a%40b@c.com",
      "a b@c.com",
      "a@b@c",
    ])
      expect(mailtoHref(value)).toBeNull();
  });
});

describe("telHref", () => {
  it("calls the E.164 number Close stored", () => {
    expect(telHref("+19045551234")).toBe("tel:+19045551234");
  });

  it("gives no link for what is not an E.164 number", () => {
    for (const value of ["9045551234", "+1 904-555-1234", "+0123", "javascript:alert(1)"])
      expect(telHref(value)).toBeNull();
  });
});
