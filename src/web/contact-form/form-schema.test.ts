// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { formResolver, type ValidationContext } from "./form-schema";
import { emptyFormValues, type FormValues } from "./form-values";

const context: ValidationContext = { customFields: [], phoneCountry: "US" };

/** The form as the page has it: the resolver, checks on blur, and its text inputs mounted. */
function renderForm() {
  const { result } = renderHook(() =>
    useForm<FormValues, ValidationContext>({
      defaultValues: emptyFormValues(),
      resolver: formResolver,
      context,
      mode: "onBlur",
    }),
  );
  const form = result.current;
  for (const path of ["name", "title", "emails.0.value", "phones.0.value"] as const) {
    form.register(path).ref(document.createElement("input"));
  }
  return form;
}

describe("formResolver, as react-hook-form calls it", () => {
  it("asks for a name, an email or a phone on submit", async () => {
    const form = renderForm();
    await act(() => form.handleSubmit(() => {})());
    expect(form.getFieldState("name").error?.message).toBe(
      "Give the contact a name, an email or a phone.",
    );
  });

  it("says nothing of the whole form when an empty Name is left", async () => {
    const form = renderForm();
    await act(() => form.trigger("name"));
    expect(form.getFieldState("name").error).toBeUndefined();
  });
});
