import { z } from "zod";
import { CUSTOM_KEY_PREFIX } from "./contact-limits";

/**
 * Close's `Contact` (the answer of POST /contact/), following its OpenAPI schema. Tolerant on
 * purpose: unknown fields are kept (looseObject), enum-typed fields are plain strings and
 * timestamps are not checked, so a value Close adds tomorrow never breaks the card.
 */

const nullableString = z.string().nullable();
/** A list Close may leave out: read as empty. */
const listOf = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const ContactEmail = z.looseObject({
  email: z.string(),
  is_unsubscribed: z.boolean(),
  type: z.string(),
});
export type ContactEmail = z.infer<typeof ContactEmail>;

export const ContactPhone = z.looseObject({
  phone: z.string(),
  type: z.string(),
  phone_formatted: z.string().optional(),
  country: nullableString.optional(),
  outbound_sms_blocked: z.boolean().optional(),
  tz_ids: listOf(z.string()),
});
export type ContactPhone = z.infer<typeof ContactPhone>;

export const ContactUrl = z.looseObject({
  url: z.string(),
  type: z.string(),
});
export type ContactUrl = z.infer<typeof ContactUrl>;

export const RenderedIntegrationLink = z.looseObject({
  name: z.string(),
  url: z.string(),
});
export type RenderedIntegrationLink = z.infer<typeof RenderedIntegrationLink>;

export const ContactRecentCall = z.looseObject({
  id: z.string(),
  dialer_id: nullableString,
  // The seed says integer; any number is accepted so a fractional duration still shows.
  duration: z.number(),
  finish_timestamp: z.string(),
  status: z.string(),
});
export type ContactRecentCall = z.infer<typeof ContactRecentCall>;

export const BasicSubscriptionInfoForContact = z.looseObject({
  subscription_id: z.string(),
  sequence_id: z.string(),
  sequence_name: z.string(),
  sequence_status: z.string(),
  subscription_status: z.string(),
  subscription_status_reason: nullableString,
  contact_email: nullableString,
  initial_email_id: nullableString,
  date_created: z.string(),
  start_date: nullableString,
});
export type BasicSubscriptionInfoForContact = z.infer<typeof BasicSubscriptionInfoForContact>;

export const Contact = z.looseObject({
  id: z.string(),
  organization_id: z.string(),
  display_name: z.string(),
  name: nullableString,
  title: nullableString,
  created_by: nullableString,
  updated_by: nullableString,
  date_created: z.string(),
  date_updated: z.string(),
  lead_id: nullableString.optional(),
  lead_suggestions_operation_id: nullableString.optional(),
  timezone: nullableString.optional(),
  timezone_source: nullableString.optional(),
  emails: listOf(ContactEmail),
  phones: listOf(ContactPhone),
  urls: listOf(ContactUrl),
  integration_links: listOf(RenderedIntegrationLink),
  recent_calls: listOf(ContactRecentCall),
  subscriptions: listOf(BasicSubscriptionInfoForContact),
});
export type Contact = z.infer<typeof Contact>;

const CUSTOM_FIELD_KEY_PREFIX = `${CUSTOM_KEY_PREFIX}cf_`;

/** The contact's custom field values, from its top-level `custom.cf_…` keys, in answer order. */
export function customValues(contact: Contact): { fieldId: string; value: unknown }[] {
  return Object.entries(contact)
    .filter(([key]) => key.startsWith(CUSTOM_FIELD_KEY_PREFIX))
    .map(([key, value]) => ({ fieldId: key.slice(CUSTOM_KEY_PREFIX.length), value }));
}
