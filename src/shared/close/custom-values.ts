import type { Contact } from "./contact";
import { CUSTOM_KEY_PREFIX } from "./contact-limits";

const CUSTOM_FIELD_KEY_PREFIX = `${CUSTOM_KEY_PREFIX}cf_`;

/**
 * The contact's custom field values, from its top-level `custom.cf_…` keys, in answer order.
 * Kept apart from the Contact schema, so that the card, which reads a parsed Contact, loads no
 * zod of its own (zod must be told not to probe for eval before it builds a schema).
 */
export function customValues(contact: Contact): { fieldId: string; value: unknown }[] {
  return Object.entries(contact)
    .filter(([key]) => key.startsWith(CUSTOM_FIELD_KEY_PREFIX))
    .map(([key, value]) => ({ fieldId: key.slice(CUSTOM_KEY_PREFIX.length), value }));
}
