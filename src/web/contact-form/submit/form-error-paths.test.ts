import { describe, expect, it } from "vitest";
import { emptyFormValues, type FormValues } from "../form-values";
import { toFormPath } from "./form-error-paths";
import { type RowMap, toClosePayload } from "./to-close-payload";

const noRows: RowMap = { emails: [], phones: [], urls: [], custom: {} };

describe("toFormPath", () => {
  it.each([
    ["name", "name"],
    ["title", "title"],
    ["lead_id", "leadName"],
    ["lead", "leadName"],
    ["emails", undefined],
    ["phones", undefined],
    ["urls", undefined],
  ])("maps %s to %s", (closePath, formPath) => {
    expect(toFormPath(closePath, noRows)).toBe(formPath);
  });

  it("shifts payload indices back past the blank rows that were not sent", () => {
    const values: FormValues = {
      ...emptyFormValues(),
      emails: [
        { value: " ", type: "office" },
        { value: "a@example.com", type: "office" },
        { value: "", type: "home" },
        { value: "bad@", type: "home" },
      ],
      phones: [
        { value: "", type: "office" },
        { value: "12", type: "mobile" },
      ],
      urls: [
        { value: "", type: "url" },
        { value: "", type: "url" },
        { value: "not a url", type: "url" },
      ],
    };
    const { rows } = toClosePayload(values, []);
    expect(toFormPath("emails.1.email", rows)).toBe("emails.3.value");
    expect(toFormPath("emails.1.type", rows)).toBe("emails.3.type");
    expect(toFormPath("emails.0", rows)).toBe("emails.1.value");
    expect(toFormPath("phones.0.phone", rows)).toBe("phones.1.value");
    expect(toFormPath("urls.0.url", rows)).toBe("urls.2.value");
  });

  it("finds the input behind each custom key sent", () => {
    const values: FormValues = {
      ...emptyFormValues(),
      custom: { cf_role: "CEO" },
      freeCustom: [
        { key: "", value: "" },
        { key: "cf_x", value: "1" },
      ],
    };
    const { rows } = toClosePayload(values, [{ id: "cf_role", name: "Role", type: "text" }]);
    expect(toFormPath("custom.cf_role", rows)).toBe("custom.cf_role");
    expect(toFormPath("custom.cf_x", rows)).toBe("freeCustom.1.value");
  });

  it.each([
    "emails.5.email",
    "emails.x.email",
    "emails.0.unknown",
    "emails.0.email.extra",
    "phones.0.email",
    "timezone",
    "",
    "__proto__",
    "constructor.0",
  ])("leaves %j to the summary", (closePath) => {
    const rows: RowMap = { ...noRows, emails: [0], phones: [0] };
    expect(toFormPath(closePath, rows)).toBeUndefined();
  });

  it("sends a custom key nothing was sent under to that field's own input, if it is shown", () => {
    expect(toFormPath("custom.cf_never_sent", noRows)).toBe("custom.cf_never_sent");
  });
});
