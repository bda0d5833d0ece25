// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/http";
import { describeFailure } from "./describe-failure";
import { fieldId } from "./fields/field-ids";
import { emptyFormValues, type FormValues } from "./form-values";

const rows = { emails: [0, 2], phones: [0], urls: [0], custom: {} };

/** The inputs Close's errors can land on, as the form renders them. */
function renderInputs(...paths: string[]) {
  document.body.replaceChildren(
    ...paths.map((path) => Object.assign(document.createElement("input"), { id: fieldId(path) })),
  );
}

function setup() {
  const { result } = renderHook(() => useForm<FormValues>({ defaultValues: emptyFormValues() }));
  return result.current;
}

describe("describeFailure", () => {
  it("puts Close's field errors on the form rows they came from", () => {
    renderInputs("name", "emails.0.value", "emails.2.value");
    const form = setup();
    const body = {
      errors: ["Something about the whole request."],
      "field-errors": {
        name: "Value must be of str type.",
        emails: {
          errors: { "1": { errors: [], "field-errors": { email: "Invalid email address." } } },
        },
        mystery: "Unknown field.",
      },
    };
    const failure = describeFailure(new ApiError(400, body, undefined), rows, form, []);
    expect(form.getFieldState("emails.2.value").error?.message).toBe("Invalid email address.");
    expect(form.getFieldState("name").error?.message).toBe("Value must be of str type.");
    expect(failure).toEqual({
      messages: [
        "Close refused some of the values: see the marked fields.",
        "Something about the whole request.",
        "mystery: Unknown field.",
      ],
      canRetry: false,
    });
  });

  it("puts a message for a place with no input on screen in the summary", () => {
    renderInputs("name");
    const form = setup();
    const body = {
      errors: [],
      "field-errors": { "custom.cf_gone": 'The Custom Field "cf_gone" does not exist.' },
    };
    const failure = describeFailure(
      new ApiError(400, body, undefined),
      { ...rows, custom: { "custom.cf_gone": "custom.cf_gone" } },
      form,
      [],
    );
    expect(failure.messages).toContain(
      'Custom field cf_gone: The Custom Field "cf_gone" does not exist.',
    );
    expect(form.getFieldState("custom.cf_gone" as never).error).toBeUndefined();
  });

  it("names a custom field the form does not show by its Close name, not its key", () => {
    renderInputs("name");
    const form = setup();
    const region = { id: "cf_region", name: "Region", type: "choices" };
    const body = { errors: [], "field-errors": { "custom.cf_region": "This field is required." } };
    const failure = describeFailure(new ApiError(400, body, undefined), rows, form, [region]);
    expect(failure.messages).toContain("Region: This field is required.");
    expect(failure.messages.join(" ")).not.toContain("custom.cf_region");
  });

  it("puts an error about a custom field left empty on that field's input", () => {
    renderInputs("name", "custom.cf_region");
    const form = setup();
    const region = { id: "cf_region", name: "Region", type: "choices" };
    const body = { errors: [], "field-errors": { "custom.cf_region": "This field is required." } };
    // The field was left empty, so nothing was sent under its key (rows.custom has no entry).
    describeFailure(new ApiError(400, body, undefined), rows, form, [region]);
    const { error } = form.getFieldState("custom.cf_region" as never) as {
      error?: { message?: string };
    };
    expect(error?.message).toBe("This field is required.");
  });

  it.each([
    [new ApiError(401, { error: "nope" }, undefined), "Close refused the server's API key", false],
    [new ApiError(429, {}, 3), "Close is still busy, so the contact was not created. Wait", true],
    [new ApiError(429, {}, 300), "the contact was not created. Try again in 5 minutes.", true],
    [
      new ApiError(
        504,
        {
          error:
            "Close did not answer within 15 seconds. The contact may or may not have been created: check Close before trying again.",
        },
        undefined,
      ),
      "may or may not have been created",
      true,
    ],
    [
      new ApiError(403, { error: "This page may not create contacts here." }, undefined),
      "may not create contacts",
      false,
    ],
    [
      new NetworkError("down"),
      "The server could not be reached. Close may or may not have created the contact",
      true,
    ],
  ])("says what %s means", (error, sentence, canRetry) => {
    const failure = describeFailure(error, rows, setup(), []);
    expect(failure.messages.join(" ")).toContain(sentence);
    expect(failure.canRetry).toBe(canRetry);
  });
});
