import { describe, expect, it } from "vitest";
import { checkLeadWithContact } from "./lead-create";

describe("checkLeadWithContact", () => {
  it("takes a lead's name and one contact shaped as POST /contact/ takes it", () => {
    const body = { name: "Newco", contacts: [{ name: "Nina", emails: [{ email: "n@x.io" }] }] };
    expect(checkLeadWithContact(body)).toEqual({ ok: true, value: body });
  });

  it("nests a contact's problems under contacts.0, as Close nests a list's items", () => {
    const result = checkLeadWithContact({ name: "Newco", contacts: [{ name: 5, emails: [{}] }] });
    expect(result).toEqual({
      ok: false,
      error: {
        errors: [],
        "field-errors": {
          contacts: {
            errors: {
              "0": {
                errors: [],
                "field-errors": {
                  name: "Value must be of str type.",
                  emails: {
                    errors: {
                      "0": { errors: [], "field-errors": { email: "This field is required." } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
  });

  it.each([
    ["no name", { contacts: [{}] }, "name"],
    ["a blank name", { name: "  ", contacts: [{}] }, "name"],
    ["no contact", { name: "Newco", contacts: [] }, "contacts"],
    ["two contacts", { name: "Newco", contacts: [{}, {}] }, "contacts"],
    ["a contact that is not an object", { name: "Newco", contacts: ["Nina"] }, "contacts"],
    ["another field", { name: "Newco", contacts: [{}], url: "https://newco.example" }, "url"],
  ])("refuses %s", (_what, body, key) => {
    const result = checkLeadWithContact(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error["field-errors"])).toEqual([key]);
  });

  it("refuses a contact that names a lead of its own", () => {
    const result = checkLeadWithContact({ name: "Newco", contacts: [{ lead_id: "lead_x" }] });
    expect(JSON.stringify(result)).toContain('"lead_id":"Unknown field."');
  });

  it("refuses what is not a JSON object as Close does", () => {
    expect(checkLeadWithContact([1])).toEqual({
      ok: false,
      error: { errors: ["Invalid request: JSON dictionary expected."], "field-errors": {} },
    });
  });
});
