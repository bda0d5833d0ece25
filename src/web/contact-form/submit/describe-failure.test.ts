// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../../api/http";
import { emptyFormValues, type FormPath, type FormValues } from "../form-values";
import { describeFailure, type FailureContext, showOnInputs } from "./describe-failure";
import type { RowMap } from "./to-close-payload";

const rows: RowMap = { emails: [0, 2], phones: [0], urls: [0], custom: {} };

/** The form as rendered with inputs for these paths only. */
function context(inputs: FormPath[], more: Partial<FailureContext> = {}): FailureContext {
  return { rows, customFields: [], hasInput: (path) => inputs.includes(path), ...more };
}

const closeRefused = (body: unknown) => new ApiError(400, body, undefined);

describe("describeFailure", () => {
  it("places Close's field errors on the form rows they came from", () => {
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
    const failure = describeFailure(
      closeRefused(body),
      context(["name", "emails.0.value", "emails.2.value"]),
    );
    expect(failure).toEqual({
      messages: [
        "Close refused some of the values: see the marked fields.",
        "Something about the whole request.",
        "mystery: Unknown field.",
      ],
      canRetry: false,
      fieldMessages: [
        { path: "name", message: "Value must be of str type." },
        { path: "emails.2.value", message: "Invalid email address." },
      ],
    });
  });

  it("puts a message for a place with no input on screen in the summary", () => {
    const body = {
      errors: [],
      "field-errors": { "custom.cf_gone": 'The Custom Field "cf_gone" does not exist.' },
    };
    const failure = describeFailure(
      closeRefused(body),
      context(["name"], { rows: { ...rows, custom: { "custom.cf_gone": "custom.cf_gone" } } }),
    );
    expect(failure.messages).toContain(
      "Custom field cf_gone: Close has no custom field with this id. Check the id in Close's settings (Custom Fields), or remove it.",
    );
    expect(failure.fieldMessages).toEqual([]);
  });

  it("says what to do about a lead Close does not know, and Close's own words otherwise", () => {
    const body = {
      errors: [],
      "field-errors": { lead: "Object does not exist.", title: "Value must be of str type." },
    };
    const failure = describeFailure(closeRefused(body), context(["leadName", "title"]));
    expect(failure.fieldMessages).toEqual([
      {
        path: "leadName",
        message:
          "Close has no lead with this id. Choose a lead from the suggestions, or leave Lead empty for a new lead.",
      },
      { path: "title", message: "Value must be of str type." },
    ]);
  });

  it("names a custom field the form does not show by its Close name, not its key", () => {
    const region = { id: "cf_region", name: "Region", type: "choices" };
    const body = { errors: [], "field-errors": { "custom.cf_region": "This field is required." } };
    const failure = describeFailure(
      closeRefused(body),
      context(["name"], { customFields: [region] }),
    );
    expect(failure.messages).toContain("Region: This field is required.");
    expect(failure.messages.join(" ")).not.toContain("custom.cf_region");
  });

  it("places an error about a custom field left empty on that field's input", () => {
    const region = { id: "cf_region", name: "Region", type: "choices" };
    const body = { errors: [], "field-errors": { "custom.cf_region": "This field is required." } };
    // The field was left empty, so nothing was sent under its key (rows.custom has no entry).
    const failure = describeFailure(
      closeRefused(body),
      context(["name", "custom.cf_region"], { customFields: [region] }),
    );
    expect(failure.fieldMessages).toEqual([
      { path: "custom.cf_region", message: "This field is required." },
    ]);
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
    const failure = describeFailure(error, context(["name"]));
    expect(failure.messages.join(" ")).toContain(sentence);
    expect(failure.canRetry).toBe(canRetry);
  });
});

describe("showOnInputs", () => {
  it("puts each message on its input, leaving focus to the error summary", () => {
    const first = Object.assign(document.createElement("input"), { id: "first" });
    const second = Object.assign(document.createElement("input"), { id: "second" });
    document.body.replaceChildren(first, second);
    const { result } = renderHook(() => useForm<FormValues>({ defaultValues: emptyFormValues() }));
    const form = result.current;
    form.register("name").ref(first);
    form.register("emails.0.value").ref(second);

    showOnInputs(form, [
      { path: "emails.0.value", message: "Invalid email address." },
      { path: "name", message: "Value must be of str type." },
    ]);
    expect(form.getFieldState("emails.0.value").error?.message).toBe("Invalid email address.");
    expect(form.getFieldState("name").error?.message).toBe("Value must be of str type.");
    expect(document.activeElement).toBe(document.body);
  });
});
