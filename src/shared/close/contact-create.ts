import { z } from "zod";
import { CUSTOM_KEY_PREFIX, MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from "./contact-limits";
import { type CloseErrorBody, notAnObjectBody, type Problem, toCloseErrorBody } from "./error-body";

/**
 * The body of POST /contact/ as Close's OpenAPI describes it (CreateContact): its shape, types
 * and limits, with Close's own messages. What only Close can judge — whether an email or a
 * phone is real, a type is known, a lead or custom field exists — is left to Close.
 */

const typeMessage = (kind: string) => `Value must be of ${kind} type.`;
const requiredOr = (kind: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? "This field is required." : typeMessage(kind);

// [choice] Close does not document its message for an over-long string.
const text = z
  .string({ error: typeMessage("str") })
  .max(MAX_TEXT_LENGTH, `The value must be no longer than ${MAX_TEXT_LENGTH} characters.`)
  .nullish();

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: typeMessage("list") })
    .max(MAX_LIST_ITEMS, "List is too long.")
    .nullish();

const item = <T extends z.ZodRawShape>(shape: T) =>
  z.looseObject(shape, { error: typeMessage("dict") });

const itemType = z.string({ error: typeMessage("str") }).optional();

export const ContactEmailInput = item({
  email: z.string({ error: requiredOr("str") }),
  type: itemType,
});
export const ContactPhoneInput = item({
  phone: z.string({ error: typeMessage("str") }).nullish(),
  type: itemType,
});
export const ContactUrlInput = item({
  url: z.string({ error: requiredOr("str") }),
  type: itemType,
});

/** A custom field's value: a scalar, or a list of scalars for multi-value fields; never an object. */
const customScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const CustomFieldValue = z.union([customScalar, z.array(customScalar)], {
  error: "Value must be a string, number, boolean, null or a list of those.",
});
export type CustomFieldValue = z.infer<typeof CustomFieldValue>;

const ContactCreateKnown = z.object({
  name: text,
  title: text,
  lead_id: z.string({ error: typeMessage("str") }).nullish(),
  timezone: z.string({ error: typeMessage("str") }).nullish(),
  created_by: z.string({ error: typeMessage("str") }).nullish(),
  date_created: z.iso.datetime({ offset: true, error: "Invalid date/time." }).nullish(),
  emails: list(ContactEmailInput),
  phones: list(ContactPhoneInput),
  urls: list(ContactUrlInput),
});

export type ContactCreate = z.infer<typeof ContactCreateKnown> &
  Record<`custom.${string}`, CustomFieldValue>;

export type CheckResult<T> = { ok: true; value: T } | { ok: false; error: CloseErrorBody };

/** Checks a parsed JSON body against Close's CreateContact shape, answering in Close's 400 shape. */
export function checkContactCreate(body: unknown): CheckResult<ContactCreate> {
  if (!isJsonObject(body)) return { ok: false, error: notAnObjectBody };
  const problems = contactCreateProblems(body);
  if (problems.length > 0) return { ok: false, error: toCloseErrorBody(problems) };
  return { ok: true, value: body as ContactCreate };
}

/** What is wrong with a contact's body, by path into it (a contact nested in a lead, too). */
export function contactCreateProblems(body: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const known = ContactCreateKnown.safeParse(body);
  if (!known.success) problems.push(...known.error.issues.map(toProblem));
  for (const [key, value] of Object.entries(body)) {
    if (Object.hasOwn(ContactCreateKnown.shape, key)) continue;
    if (!key.startsWith(CUSTOM_KEY_PREFIX)) {
      // [choice] Close's schema forbids other keys; its message for one is not documented.
      problems.push({ path: [key], message: "Unknown field." });
      continue;
    }
    const custom = CustomFieldValue.safeParse(value);
    if (!custom.success)
      problems.push({ path: [key], message: custom.error.issues[0]?.message ?? "" });
  }
  return problems;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  return {
    path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
    message: issue.message,
  };
}
