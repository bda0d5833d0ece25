import { describe, expect, it } from "vitest";
import { asContactErrors } from "./contact";

describe("asContactErrors", () => {
  it("reads Close's 400 for a new lead as the 400 for its contact, the lead's name under lead", () => {
    const leadBody = {
      errors: [],
      "field-errors": {
        name: "Value must be of str type.",
        contacts: {
          errors: {
            "0": {
              errors: [],
              "field-errors": {
                "custom.cf_x": 'The Custom Field "cf_x" does not exist.',
                emails: {
                  errors: {
                    "1": { errors: [], "field-errors": { email: "Invalid email address." } },
                  },
                },
              },
            },
          },
        },
      },
    };
    expect(asContactErrors(leadBody)).toEqual({
      errors: [],
      "field-errors": {
        "custom.cf_x": 'The Custom Field "cf_x" does not exist.',
        emails: {
          errors: { "1": { errors: [], "field-errors": { email: "Invalid email address." } } },
        },
        lead: "Value must be of str type.",
      },
    });
  });

  it("keeps messages about the whole, and says the lead's other fields' as such", () => {
    expect(
      asContactErrors({
        errors: ["Invalid request."],
        "field-errors": { contacts: "List is too long.", status_id: "Object does not exist." },
      }),
    ).toEqual({
      errors: ["Invalid request.", "List is too long.", "Object does not exist."],
      "field-errors": {},
    });
  });

  it("gives back a body it cannot read as it came, for the form to say what it can of it", () => {
    for (const body of ["oops", [1], { "field-errors": [] }, { error: "Lead limit reached." }]) {
      expect(asContactErrors(body)).toBe(body);
    }
    expect(asContactErrors(undefined)).toEqual({ errors: [], "field-errors": {} });
  });
});
