import { emptyFormValues, type FormValues } from "../form-values";

/**
 * The form's draft in localStorage, so a reload or a crash loses nothing typed. A form opened
 * with a prefill in its address (a dashboard's lead, say) keeps its own draft under that prefill.
 */
export function draftKey(prefillQuery = ""): string {
  return prefillQuery ? `close-contact:draft?${prefillQuery}` : "close-contact:draft";
}

const isString = (value: unknown): value is string => typeof value === "string";
const rowsOf = <K extends string>(value: unknown, keys: readonly K[]) =>
  Array.isArray(value) && value.every((row) => keys.every((key) => isString(row?.[key])))
    ? (value as Record<K, string>[])
    : undefined;

/** The saved draft, or null when there is none or it cannot be read. */
export function loadDraft(key: string): FormValues | null {
  let saved: Partial<Record<keyof FormValues, unknown>>;
  try {
    saved = JSON.parse(localStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
  if (typeof saved !== "object" || saved === null) return null;
  const empty = emptyFormValues();
  const custom = typeof saved.custom === "object" && saved.custom !== null ? saved.custom : {};
  return {
    name: isString(saved.name) ? saved.name : "",
    title: isString(saved.title) ? saved.title : "",
    leadId: isString(saved.leadId) ? saved.leadId : "",
    leadName: isString(saved.leadName) ? saved.leadName : "",
    newLead: saved.newLead === true,
    emails: (rowsOf(saved.emails, ["value", "type"]) as FormValues["emails"]) ?? empty.emails,
    phones: (rowsOf(saved.phones, ["value", "type"]) as FormValues["phones"]) ?? empty.phones,
    urls: (rowsOf(saved.urls, ["value", "type"]) as FormValues["urls"]) ?? empty.urls,
    custom: Object.fromEntries(
      Object.entries(custom).filter(
        ([, v]) => isString(v) || (Array.isArray(v) && v.every(isString)),
      ),
    ) as FormValues["custom"],
    freeCustom: rowsOf(saved.freeCustom, ["key", "value"]) ?? [],
  };
}

/**
 * Keeps the values. A form with nothing typed keeps no draft, nor one holding just the values
 * it started from (`pristine`: a prefill, or the empty form).
 */
export function saveDraft(key: string, values: FormValues, pristine: FormValues): void {
  try {
    if (isUntouched(values) || sameContent(values, pristine)) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, only without a draft.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/**
 * Whether two sets of values hold the same content. Custom field inputs appear (as "") once
 * Close's list arrives: an input left blank is no content.
 */
function sameContent(a: FormValues, b: FormValues): boolean {
  const content = (values: FormValues) =>
    JSON.stringify({
      ...values,
      custom: Object.entries(values.custom).filter(([, v]) => v !== undefined && v.length > 0),
    });
  return content(a) === content(b);
}

function isUntouched(values: FormValues): boolean {
  const texts = [
    values.name,
    values.title,
    values.leadId,
    values.leadName,
    ...values.emails.map((r) => r.value),
    ...values.phones.map((r) => r.value),
    ...values.urls.map((r) => r.value),
    ...values.freeCustom.flatMap((r) => [r.key, r.value]),
    ...Object.values(values.custom).flat(),
  ];
  return texts.every((text) => typeof text !== "string" || text.trim() === "");
}
