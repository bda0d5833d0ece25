import { describe, expect, it } from "vitest";
import { formResolver } from "./form-schema";
import { emptyFormValues } from "./form-values";

const context = { customFields: [], phoneCountry: "US" };
const check = (names?: ("name" | "title")[]) =>
  formResolver(emptyFormValues(), context, {
    names,
    fields: {},
    shouldUseNativeValidation: false,
  });

describe("formResolver", () => {
  it("asks for a name, an email or a phone on submit", async () => {
    const { errors } = await check();
    expect(errors.name?.message).toBe("Give the contact a name, an email or a phone.");
  });

  it("says nothing of the whole form when an empty field is left", async () => {
    const { errors } = await check(["name"]);
    expect(errors.name).toBeUndefined();
  });
});
