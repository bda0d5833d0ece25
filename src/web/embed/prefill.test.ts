import { describe, expect, it } from "vitest";
import { emptyFormValues } from "../contact-form/form-values";
import {
  applyPrefill,
  hasPrefill,
  prefilledPaths,
  prefillFromMessage,
  prefillFromQuery,
} from "./prefill";

describe("prefill", () => {
  it("reads the known keys of an address's query, and nothing else", () => {
    expect(prefillFromQuery("?embed=1&name=Jane%20Doe&lead_id=lead_1&color=red")).toEqual({
      name: "Jane Doe",
      lead_id: "lead_1",
    });
    expect(hasPrefill(prefillFromQuery("?embed=1"))).toBe(false);
  });

  it("reads the known string values of a message, and nothing else", () => {
    expect(prefillFromMessage({ name: "Jane", title: 7, email: "j@example.com", x: "y" })).toEqual({
      name: "Jane",
      email: "j@example.com",
    });
    expect(prefillFromMessage("name=Jane")).toEqual({});
    expect(prefillFromMessage(null)).toEqual({});
  });

  it("writes values into the first rows, keeping their types, and the lead's id as its name", () => {
    const values = {
      ...emptyFormValues(),
      emails: [{ value: "old@example.com", type: "home" as const }],
    };
    const filled = applyPrefill(values, {
      name: "Jane",
      lead_id: " lead_1 ",
      email: "jane@example.com",
      phone: "+1 904 555 1234",
      url: "example.com",
    });
    expect(filled).toMatchObject({
      name: "Jane",
      leadId: "lead_1",
      leadName: "lead_1",
      emails: [{ value: "jane@example.com", type: "home" }],
      phones: [{ value: "+1 904 555 1234", type: "office" }],
      urls: [{ value: "example.com", type: "url" }],
    });
    expect(values.emails[0]?.value).toBe("old@example.com");
  });

  it("gives a form without rows a first row of the new-row kind", () => {
    const values = { ...emptyFormValues(), emails: [], phones: [], urls: [] };
    expect(
      applyPrefill(values, { email: "a@example.com", phone: "1", url: "x.com" }),
    ).toMatchObject({
      emails: [{ value: "a@example.com", type: "office" }],
      phones: [{ value: "1", type: "office" }],
      urls: [{ value: "x.com", type: "url" }],
    });
  });

  it("names the paths it wrote, to check them at once", () => {
    expect(prefilledPaths({ lead_id: "lead_1", email: "a@example.com", title: "CEO" })).toEqual([
      "leadName",
      "title",
      "emails.0.value",
    ]);
  });
});
