// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { emptyFormValues, type FormValues } from "../form-values";
import { clearDraft, draftKey, loadDraft, saveDraft } from "./draft-storage";

afterEach(() => localStorage.clear());

const typed: FormValues = {
  ...emptyFormValues(),
  name: "Ada",
  emails: [{ value: "ada@example.com", type: "home" }],
  custom: { cf_a: "1", cf_b: ["x", "y"] },
  freeCustom: [{ key: "cf_c", value: "z" }],
};

describe("draft storage", () => {
  it("keys a prefilled form's draft by its prefill", () => {
    expect(draftKey()).toBe("close-contact:draft");
    expect(draftKey("name=Pat")).toBe("close-contact:draft?name=Pat");
  });

  it("gives back what was saved", () => {
    saveDraft(draftKey(), typed, emptyFormValues());
    expect(loadDraft(draftKey())).toEqual(typed);
  });

  it("keeps no draft of an untouched form, nor of one holding only its starting values", () => {
    saveDraft(draftKey(), typed, emptyFormValues());
    saveDraft(draftKey(), emptyFormValues(), emptyFormValues());
    expect(localStorage.getItem(draftKey())).toBeNull();

    const prefilled = { ...emptyFormValues(), name: "Pat" };
    saveDraft(draftKey("name=Pat"), prefilled, prefilled);
    expect(localStorage.getItem(draftKey("name=Pat"))).toBeNull();
  });

  it("reads none from nothing, from broken JSON, or from a value that is not a form", () => {
    expect(loadDraft(draftKey())).toBeNull();
    localStorage.setItem(draftKey(), "{not json");
    expect(loadDraft(draftKey())).toBeNull();
    localStorage.setItem(draftKey(), "42");
    expect(loadDraft(draftKey())).toBeNull();
  });

  it("keeps the well-formed parts of a damaged draft and the defaults for the rest", () => {
    localStorage.setItem(
      draftKey(),
      JSON.stringify({
        name: "Ada",
        title: 7,
        emails: [{ value: "a@example.com" }],
        phones: [{ value: "1", type: "mobile" }],
        custom: { cf_ok: "yes", cf_bad: 3, cf_list: ["a", 2] },
        freeCustom: "nope",
      }),
    );
    expect(loadDraft(draftKey())).toEqual({
      ...emptyFormValues(),
      name: "Ada",
      phones: [{ value: "1", type: "mobile" }],
      custom: { cf_ok: "yes" },
    });
  });

  it("forgets a draft when cleared", () => {
    saveDraft(draftKey(), typed, emptyFormValues());
    clearDraft(draftKey());
    expect(loadDraft(draftKey())).toBeNull();
  });
});
