/** The kinds of contact custom field Close has (documented, and seen in use). */
export const CUSTOM_FIELD_TYPES = [
  "text",
  "textarea",
  "number",
  "date",
  "datetime",
  "choices",
  "user",
  "contact",
] as const;

/**
 * One item of GET /custom_field/contact/. `type` stays a string: a kind Close adds later is
 * shown as a text input, never an error. Other fields Close sends are kept as they are.
 */
export interface CustomField {
  id: string;
  name: string;
  type: string;
  choices?: string[] | null;
  accepts_multiple_values?: boolean;
  description?: string | null;
  [other: string]: unknown;
}
