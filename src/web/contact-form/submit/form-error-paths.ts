import { CUSTOM_KEY_PREFIX } from "../../../shared/close/contact-limits";
import type { FormPath } from "../form-values";
import type { RowMap } from "./to-close-payload";

/** Each payload list, and the name of its item's value in Close's body. */
const LIST_VALUE_KEYS = { emails: "email", phones: "phone", urls: "url" } as const;
type ListName = keyof typeof LIST_VALUE_KEYS;

const isListName = (name: string): name is ListName => Object.hasOwn(LIST_VALUE_KEYS, name);

/**
 * The form path of the input a Close error path is about, or undefined when no single input
 * is (a list as a whole, say): the caller then shows the message in the summary.
 * Payload list indices are turned back into form rows with `rows`, since blank rows are not sent.
 */
export function toFormPath(closePath: string, rows: RowMap): FormPath | undefined {
  if (closePath === "name" || closePath === "title") return closePath;
  // Close has been seen keying an unknown lead `lead` (nested-tech/closex's recorded answers),
  // though the request names it `lead_id`: either is about the Lead field.
  if (closePath === "lead_id" || closePath === "lead") return "leadName";
  // The input whose value was sent under that key; else a known field's own input (the form
  // path of field cf_x is `custom.cf_x`, its key), which is on screen only if Close lists it.
  // Every key here starts with "custom.", so no lookup can reach Object.prototype.
  if (closePath.startsWith(CUSTOM_KEY_PREFIX))
    return rows.custom[closePath] ?? `custom.${closePath.slice(CUSTOM_KEY_PREFIX.length)}`;

  const [list, index, key, ...rest] = closePath.split(".");
  if (list === undefined || !isListName(list) || rest.length > 0 || index === undefined)
    return undefined;
  const row = /^\d+$/.test(index) ? rows[list][Number(index)] : undefined;
  if (row === undefined) return undefined;
  if (key === undefined || key === LIST_VALUE_KEYS[list]) return `${list}.${row}.value`;
  if (key === "type") return `${list}.${row}.type`;
  return undefined;
}
