import { type FormPath, type FormValues, NEW_ROWS } from "../contact-form/form-values";

/** Values a dashboard sent to the form on screen, written over what is there, then checked. */
export interface PrefillMessage {
  apply: (values: FormValues) => FormValues;
  paths: FormPath[];
  id: number;
}

/** What a dashboard may fill in, by the address (`?name=…`) or by a prefill message. */
export const PREFILL_KEYS = ["lead_id", "name", "title", "email", "phone", "url"] as const;
export type Prefill = Partial<Record<(typeof PREFILL_KEYS)[number], string>>;

/** The prefill in an address's query; anything else in it is ignored. */
export function prefillFromQuery(search: string): Prefill {
  const params = new URLSearchParams(search);
  const prefill: Prefill = {};
  for (const key of PREFILL_KEYS) {
    const value = params.get(key);
    if (value !== null) prefill[key] = value;
  }
  return prefill;
}

/** A prefill message's `values`, keeping only known keys with string values. */
export function prefillFromMessage(values: unknown): Prefill {
  const prefill: Prefill = {};
  if (typeof values !== "object" || values === null) return prefill;
  for (const key of PREFILL_KEYS) {
    const value = (values as Record<string, unknown>)[key];
    if (typeof value === "string") prefill[key] = value;
  }
  return prefill;
}

/**
 * The form's values with the prefill written in: email, phone and URL into the first row.
 * Values are taken as given, to be checked like anything typed.
 */
export function applyPrefill(values: FormValues, prefill: Prefill): FormValues {
  const next = structuredClone(values);
  if (prefill.name !== undefined) next.name = prefill.name;
  if (prefill.title !== undefined) next.title = prefill.title;
  if (prefill.lead_id !== undefined) {
    next.leadId = prefill.lead_id.trim();
    // The Lead input shows the id until the lead's name arrives.
    next.leadName = prefill.lead_id.trim();
    next.newLead = false;
  }
  // The first row keeps its type; a form without rows gets one.
  if (prefill.email !== undefined)
    next.emails[0] = { ...(next.emails[0] ?? NEW_ROWS.emails), value: prefill.email };
  if (prefill.phone !== undefined)
    next.phones[0] = { ...(next.phones[0] ?? NEW_ROWS.phones), value: prefill.phone };
  if (prefill.url !== undefined)
    next.urls[0] = { ...(next.urls[0] ?? NEW_ROWS.urls), value: prefill.url };
  return next;
}

/** The form paths a prefill wrote, to check them at once. */
export function prefilledPaths(prefill: Prefill): FormPath[] {
  const paths: Record<keyof Prefill, FormPath> = {
    lead_id: "leadName",
    name: "name",
    title: "title",
    email: "emails.0.value",
    phone: "phones.0.value",
    url: "urls.0.value",
  };
  return PREFILL_KEYS.filter((key) => prefill[key] !== undefined).map((key) => paths[key]);
}

export function hasPrefill(prefill: Prefill): boolean {
  return Object.keys(prefill).length > 0;
}
