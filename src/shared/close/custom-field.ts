import { z } from "zod";

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

/** One item of GET /custom_field/contact/. Unknown types are kept, so a new kind never breaks. */
export const CustomField = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  choices: z.array(z.string()).nullable().optional(),
  accepts_multiple_values: z.boolean().optional(),
  description: z.string().nullable().optional(),
});
export type CustomField = z.infer<typeof CustomField>;

export const CustomFieldList = z.looseObject({
  data: z.array(CustomField),
  has_more: z.boolean(),
});
