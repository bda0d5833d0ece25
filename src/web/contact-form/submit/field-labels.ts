import type { CustomField } from "../../../shared/close/custom-field";

const LIST_NOUNS = { emails: "Email", phones: "Phone", urls: "URL" } as const;

/**
 * What the error summary calls the input at `path`: its label on the page ("Email 2", "Lead",
 * a custom field's Close name), or, for a list as a whole, the list's legend.
 */
export function fieldLabel(path: string, customFields: readonly CustomField[]): string {
  if (path === "name") return "Name";
  if (path === "title") return "Title";
  if (path === "leadName" || path === "leadId") return "Lead";
  const [list, index, part] = path.split(".");
  if (list === "custom" && index) {
    return customFields.find((field) => field.id === index)?.name ?? `Custom field ${index}`;
  }
  const row = Number(index) + 1;
  if (list === "freeCustom") {
    return Number.isInteger(row) ? `Custom field ${row} ${part ?? "value"}` : "Custom fields";
  }
  if (list && list in LIST_NOUNS) {
    const noun = LIST_NOUNS[list as keyof typeof LIST_NOUNS];
    if (!Number.isInteger(row)) return `${noun}s`;
    return part === "type" ? `${noun} ${row} type` : `${noun} ${row}`;
  }
  return path;
}
