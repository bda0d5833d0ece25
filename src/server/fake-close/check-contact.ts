import type { ContactCreate, CustomFieldValue } from "../../shared/close/contact-create";
import { EMAIL_TYPES, PHONE_TYPES, URL_TYPES } from "../../shared/close/contact-types";
import type { CustomField } from "../../shared/close/custom-field";
import { isEmailLikeClose } from "../../shared/close/email";
import type { Problem } from "../../shared/close/error-body";
import { type ClosePhone, parsePhoneLikeClose } from "../../shared/close/phone-format";
import { webUrl } from "../../shared/web-url";

/** What Close alone can judge about a well-shaped body: the values themselves. */
export interface CheckEnvironment {
  customFields: readonly CustomField[];
  defaultCountry: string;
  leadExists(id: string): boolean;
  userExists(id: string): boolean;
  contactExists(id: string): boolean;
}

export interface CheckedContact {
  name: string | null;
  title: string | null;
  lead_id: string | null;
  timezone: string | null;
  emails: { email: string; type: string }[];
  phones: (ClosePhone & { type: string })[];
  urls: { url: string; type: string }[];
  /** By field id; a null value clears a field and is not kept. */
  custom: Record<string, CustomFieldValue>;
}

export function checkContact(
  body: ContactCreate,
  env: CheckEnvironment,
): { ok: true; value: CheckedContact } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (path: Problem["path"], message: string) => problems.push({ path, message });
  // [choice] A missing type is the first of Close's (office, office, url); another is refused.
  const typeOf = (path: Problem["path"], type: string | undefined, allowed: readonly string[]) => {
    if (type === undefined) return allowed[0] as string;
    if (!allowed.includes(type)) problem(path, "Not a valid choice.");
    return type;
  };

  const emails = (body.emails ?? []).map((item, i) => {
    const email = item.email.trim();
    if (!isEmailLikeClose(email)) problem(["emails", i, "email"], "Invalid email address.");
    return { email, type: typeOf(["emails", i, "type"], item.type, EMAIL_TYPES) };
  });

  const phones = (body.phones ?? []).flatMap((item, i) => {
    const type = typeOf(["phones", i, "type"], item.type, PHONE_TYPES);
    if (item.phone == null || item.phone.trim() === "") {
      problem(["phones", i, "phone"], "This field is required.");
      return [];
    }
    const parsed = parsePhoneLikeClose(item.phone, env.defaultCountry);
    if (!parsed) {
      // [choice] Close's message for a number it cannot read is not documented.
      problem(["phones", i, "phone"], "Invalid phone number.");
      return [];
    }
    return [{ ...parsed, type }];
  });

  const urls = (body.urls ?? []).map((item, i) => {
    const url = item.url.trim();
    // [choice] an absolute http(s) URL with a host, as Close's URL field requires.
    if (webUrl(url) === null) problem(["urls", i, "url"], "Invalid URL.");
    return { url, type: typeOf(["urls", i, "type"], item.type, URL_TYPES) };
  });

  // Keyed `lead`, as Close's recorded answers key an unknown lead (nested-tech/closex cassettes).
  if (body.lead_id != null && !env.leadExists(body.lead_id)) {
    problem(["lead"], "Object does not exist.");
  }
  // [choice] Any IANA time zone the runtime knows.
  if (body.timezone != null && !isTimeZone(body.timezone)) {
    problem(["timezone"], "Not a valid choice.");
  }

  const custom: Record<string, CustomFieldValue> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!key.startsWith("custom.")) continue;
    const ref = key.slice("custom.".length);
    // Close still accepts a field's name here (deprecated), and answers with its id. [choice] A
    // field a contact cannot hold (shared with leads only) is refused as one that does not exist.
    const field = env.customFields.find((f) => f.id === ref || f.name === ref);
    if (!field) {
      problem([key], `The Custom Field "${ref}" does not exist.`);
      continue;
    }
    if (value === null) continue;
    const message = customValueProblem(field, value as CustomFieldValue, env);
    if (message) problem([key], message);
    else custom[field.id] = normalizeCustomValue(field, value as CustomFieldValue);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name: body.name ?? null,
      title: body.title ?? null,
      lead_id: body.lead_id ?? null,
      timezone: body.timezone ?? null,
      emails,
      phones,
      urls,
      custom,
    },
  };
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** [choice] Close's messages for custom values follow its validator's "Value must be of … type." */
function customValueProblem(
  field: CustomField,
  value: CustomFieldValue,
  env: CheckEnvironment,
): string | null {
  if (field.accepts_multiple_values) {
    if (!Array.isArray(value)) return "Value must be of list type.";
    for (const item of value) {
      const message = scalarProblem(field, item, env);
      if (message) return message;
    }
    return null;
  }
  if (Array.isArray(value)) return "Value must not be a list.";
  return scalarProblem(field, value, env);
}

function scalarProblem(
  field: CustomField,
  value: string | number | boolean | null,
  env: CheckEnvironment,
): string | null {
  switch (field.type) {
    case "number":
      return toNumber(value) === null ? "Value must be of number type." : null;
    case "date":
      return typeof value === "string" && DATE.test(value) && isRealDate(value)
        ? null
        : "Invalid date.";
    case "datetime":
      return typeof value === "string" && DATETIME.test(value) && isRealDate(value)
        ? null
        : "Invalid date/time.";
    case "choices":
      return typeof value === "string" && field.choices?.includes(value)
        ? null
        : "Not a valid choice.";
    case "user":
      return typeof value === "string" && env.userExists(value) ? null : "Object does not exist.";
    case "contact":
      return typeof value === "string" && env.contactExists(value)
        ? null
        : "Object does not exist.";
    default:
      return typeof value === "string" ? null : "Value must be of str type.";
  }
}

/** Whether the calendar date a value starts with exists: Date.parse rolls 02-30 into March. */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day
  );
}

/** A number, or a string that reads as a finite one; else null. */
function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Numbers are kept as numbers, however they were sent. */
function normalizeCustomValue(field: CustomField, value: CustomFieldValue): CustomFieldValue {
  if (field.type !== "number") return value;
  return Array.isArray(value) ? value.map((v) => toNumber(v)) : toNumber(value);
}
