import { describe, expect, it } from "vitest";
import type { CustomField } from "../../../shared/close/custom-field";
import { fieldLabel } from "./field-labels";

const ROLE = { id: "cf_role", name: "Role", type: "choices" } as CustomField;

describe("fieldLabel", () => {
  it("names each input as its label on the page does", () => {
    expect(fieldLabel("name", [])).toBe("Name");
    expect(fieldLabel("leadName", [])).toBe("Lead");
    expect(fieldLabel("emails.1.value", [])).toBe("Email 2");
    expect(fieldLabel("phones.0.type", [])).toBe("Phone 1 type");
    expect(fieldLabel("urls.2.value", [])).toBe("URL 3");
    expect(fieldLabel("freeCustom.0.key", [])).toBe("Custom field 1 key");
  });

  it("names a custom field by its Close name, by its id when Close does not list it", () => {
    expect(fieldLabel("custom.cf_role", [ROLE])).toBe("Role");
    expect(fieldLabel("custom.cf_gone", [ROLE])).toBe("Custom field cf_gone");
  });

  it("names a list as a whole by its legend", () => {
    expect(fieldLabel("emails", [])).toBe("Emails");
    expect(fieldLabel("emails.root", [])).toBe("Emails");
  });
});
