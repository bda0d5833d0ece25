import type { ContactCreate, CustomFieldValue } from "../../../shared/close/contact-create";
import { CUSTOM_KEY_PREFIX } from "../../../shared/close/contact-limits";
import type { CustomField } from "../../../shared/close/custom-field";
import type { FormPath, FormValues } from "../form-values";
import { withScheme } from "../with-scheme";

/**
 * Where each part of the payload came from in the form, so Close's errors (which name payload
 * positions) land on the right input: payload `emails[i]` is form row `emails[i]` of this map,
 * and `custom["custom.cf_x"]` is the form path of the input that produced that key.
 */
export interface RowMap {
  emails: number[];
  phones: number[];
  urls: number[];
  /** By payload key (`custom.cf_x`): the input whose value was sent under it. */
  custom: Record<string, FormPath>;
}

const isBlank = (value: string) => value.trim() === "";

/** Turns what was typed into Close's POST /contact/ body, leaving out whatever is empty. */
export function toClosePayload(
  values: FormValues,
  customFields: readonly CustomField[],
): { payload: ContactCreate; rows: RowMap } {
  const payload: ContactCreate = {};
  const rows: RowMap = { emails: [], phones: [], urls: [], custom: {} };

  // Sent exactly as typed: Close keeps names byte for byte, spaces included.
  if (!isBlank(values.name)) payload.name = values.name;
  if (!isBlank(values.title)) payload.title = values.title;
  const leadId = values.leadId.trim();
  if (leadId !== "") payload.lead_id = leadId;

  const emails = filledRows(values.emails, rows.emails).map((row) => ({
    email: row.value.trim(),
    type: row.type,
  }));
  const phones = filledRows(values.phones, rows.phones).map((row) => ({
    phone: row.value.trim(),
    type: row.type,
  }));
  const urls = filledRows(values.urls, rows.urls).map((row) => ({
    url: withScheme(row.value.trim()),
    type: row.type,
  }));
  if (emails.length > 0) payload.emails = emails;
  if (phones.length > 0) payload.phones = phones;
  if (urls.length > 0) payload.urls = urls;

  for (const [fieldId, value] of Object.entries(values.custom)) {
    // A value kept (in a draft, say) for a field Close no longer lists has no input on screen:
    // it is not sent, so nothing is created, or refused, that the person cannot see.
    const field = customFields.find((f) => f.id === fieldId);
    if (!field) continue;
    const sent = customValue(field, value);
    if (sent === undefined) continue;
    const key = `${CUSTOM_KEY_PREFIX}${fieldId}` as const;
    payload[key] = sent;
    rows.custom[key] = `custom.${fieldId}`;
  }

  values.freeCustom.forEach((row, index) => {
    const key = row.key.trim();
    // A half-filled row (key without value, or value without key) is still sent, as
    // `custom.<key>` with the typed value, so that validation names the problem on that row
    // instead of the row vanishing silently. Only a row left wholly blank is dropped.
    if (key === "" && isBlank(row.value)) return;
    const payloadKey = key.startsWith(CUSTOM_KEY_PREFIX)
      ? (key as `custom.${string}`)
      : (`${CUSTOM_KEY_PREFIX}${key}` as const);
    // A key already sent (a known field, or an earlier row) is overwritten: the payload can hold
    // one value per key, and `rows` then points at the row whose value was sent.
    payload[payloadKey] = row.value;
    rows.custom[payloadKey] = `freeCustom.${index}.value`;
  });

  return { payload, rows };
}

/** The rows with a value, recording each one's form index in `sources`. */
function filledRows<T extends { value: string }>(rows: readonly T[], sources: number[]): T[] {
  const filled: T[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row.value)) return;
    filled.push(row);
    sources.push(index);
  });
  return filled;
}

/** A known field's value in the JSON type Close expects; undefined when there is nothing to send. */
function customValue(
  field: CustomField,
  value: string | string[] | undefined,
): CustomFieldValue | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    const chosen = value.filter((item) => !isBlank(item));
    return chosen.length > 0 ? chosen : undefined;
  }
  if (isBlank(value)) return undefined;
  if (field.accepts_multiple_values) return [value];
  switch (field.type) {
    case "number": {
      // Not a finite number: sent as typed, so it is refused rather than silently changed.
      const number = Number(value);
      return Number.isFinite(number) ? number : value;
    }
    case "datetime":
      return datetimeWithOffset(value);
    default:
      return value;
  }
}

/** A datetime-local value (the browser's own time zone) as an ISO string with an offset. */
function datetimeWithOffset(value: string): string {
  const date = new Date(value);
  // An unreadable value is sent as typed, for validation to refuse.
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
