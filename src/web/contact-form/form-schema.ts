// First: zod reads the setting as each schema is built, some of them on import.
import "../zod-jitless";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { z } from "zod";
import { isCloseId } from "../../shared/close/close-id";
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from "../../shared/close/contact-limits";
import type { CustomField } from "../../shared/close/custom-field";
import { isEmailLikeClose } from "../../shared/close/email";
import { parsePhoneLikeClose } from "../../shared/close/phone-format";
import { DEFAULT_PHONE_COUNTRY } from "../../shared/defaults";
import { webUrl } from "../../shared/web-url";
import type { FormValues } from "./form-values";
import { withScheme } from "./with-scheme";

/**
 * The form's rules, checked on blur and on submit. Loaded only then (with zod and
 * libphonenumber), since typing needs none of it. Blank rows are fine: they are not sent.
 */
export interface ValidationContext {
  customFields: readonly CustomField[];
  phoneCountry: string;
}

const blank = (value: string) => value.trim() === "";
const row = z.object({ value: z.string(), type: z.string() });

/**
 * The shape is only the form's own (every input a string); every rule is in one pass below, so
 * that all problems show at once — zod skips refinements of an object whose parts failed.
 */
function formSchema({ customFields, phoneCountry }: ValidationContext, wholeForm: boolean) {
  return z
    .object({
      name: z.string(),
      title: z.string(),
      leadId: z.string(),
      leadName: z.string(),
      newLead: z.boolean(),
      emails: z.array(row),
      phones: z.array(row),
      urls: z.array(row),
      custom: z.record(z.string(), z.union([z.string(), z.array(z.string())]).optional()),
      freeCustom: z.array(z.object({ key: z.string(), value: z.string() })),
    })
    .superRefine((values, ctx) => {
      const problem = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: "custom", path, message });

      for (const [key, label] of [
        ["name", "Name"],
        ["title", "Title"],
      ] as const) {
        if (values[key].length > MAX_TEXT_LENGTH) {
          problem(
            [key],
            `${label} can be at most ${MAX_TEXT_LENGTH} characters (it has ${values[key].length}).`,
          );
        }
      }
      // About the whole form, not the field just left: said on submit only, so that leaving
      // an empty Name (focused as the page opens) is no error.
      if (
        wholeForm &&
        blank(values.name) &&
        values.emails.every((e) => blank(e.value)) &&
        values.phones.every((p) => blank(p.value))
      ) {
        problem(["name"], "Give the contact a name, an email or a phone.");
      }
      if (!blank(values.leadName) && !values.leadId && !values.newLead) {
        problem(
          ["leadName"],
          "Choose a lead from the list (New lead at its end makes one), or paste a lead id (lead_…).",
        );
      } else if (values.leadId && !isCloseId("lead", values.leadId)) {
        problem(["leadName"], "A lead id looks like lead_ followed by letters and digits.");
      }

      const lists = [
        [
          "emails",
          "emails",
          // Close would take "a@x.com, b@x.com" as one address: one row holds one.
          (v: string) =>
            /[,;\s]/u.test(v.trim())
              ? "One email address per row: put each of the others in a row of its own."
              : isEmailLikeClose(v)
                ? undefined
                : "Enter an email address like name@example.com.",
        ],
        [
          "phones",
          "phones",
          (v: string) =>
            parsePhoneLikeClose(v, phoneCountry) !== null
              ? undefined
              : `Enter a phone number, with + and the country code when it is not in ${phoneCountry}.`,
        ],
        [
          "urls",
          "URLs",
          (v: string) =>
            isTypedWebUrl(withScheme(v.trim()))
              ? undefined
              : "Enter a web address like https://example.com.",
        ],
      ] as const;
      for (const [name, plural, problemOf] of lists) {
        if (values[name].length > MAX_LIST_ITEMS) {
          problem(
            [name, "root"],
            `A contact can have at most ${MAX_LIST_ITEMS} ${plural} (this one has ${values[name].length}).`,
          );
        }
        values[name].forEach((entry, index) => {
          const message = blank(entry.value) ? undefined : problemOf(entry.value);
          if (message) problem([name, index, "value"], message);
        });
      }

      const seen = new Map<string, number>();
      values.emails.forEach((entry, index) => {
        const key = entry.value.trim().toLowerCase();
        if (!key) return;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, index);
        else problem(["emails", index, "value"], `This email is already in row ${first + 1}.`);
      });

      for (const field of customFields) {
        const message = customValueProblem(field, values.custom[field.id]);
        if (message) problem(["custom", field.id], message);
      }
      const keys = new Set(
        customFields.filter((f) => !blank(String(values.custom[f.id] ?? ""))).map((f) => f.id),
      );
      values.freeCustom.forEach((entry, index) => {
        if (blank(entry.key) && blank(entry.value)) return;
        const id = entry.key.trim().replace(/^custom\./, "");
        if (!isCloseId("cf", id)) {
          problem(
            ["freeCustom", index, "key"],
            "Enter a custom field id like cf_… (from Close's settings).",
          );
        } else if (keys.has(id)) {
          problem(["freeCustom", index, "key"], "This custom field already has a value above.");
        } else if (blank(entry.value)) {
          problem(["freeCustom", index, "value"], "Enter a value, or remove this row.");
        }
        keys.add(id);
      });
    });
}

function customValueProblem(field: CustomField, value: unknown): string | undefined {
  if (typeof value !== "string" || blank(value)) return undefined;
  if (field.type === "number" && !Number.isFinite(Number(value)))
    return "Enter a number, like 12 or 3.5.";
  if (field.type === "user" && !isCloseId("user", value.trim()))
    return "Choose a user from the list, or paste a user id (user_…).";
  if (field.type === "contact" && !isCloseId("cont", value.trim()))
    return "Choose a contact from the list, or paste a contact id (cont_…).";
  return undefined;
}

/** A web address, whose host has a dot: "https://acme" is a typo more often than an intranet. */
function isTypedWebUrl(value: string): boolean {
  return webUrl(value)?.hostname.includes(".") ?? false;
}

/** The resolver react-hook-form calls; `raw` keeps the values exactly as typed. */
export const formResolver: Resolver<FormValues, ValidationContext> = (values, context, options) => {
  // react-hook-form names the one field left on a blur; on submit, every field on the page.
  const schema = formSchema(
    context ?? { customFields: [], phoneCountry: DEFAULT_PHONE_COUNTRY },
    (options.names?.length ?? 0) !== 1,
  );
  // The schema reads type selects as plain strings; the values it answers are the form's own.
  const resolve = zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<
    FormValues,
    ValidationContext
  >;
  return resolve(values, context, options);
};
