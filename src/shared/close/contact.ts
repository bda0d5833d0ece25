import { z } from "zod";

/**
 * Close's `Contact` (the answer of POST /contact/), following its OpenAPI schema but lenient,
 * because Close's real answers are: recorded ones lack fields the schema marks required (an
 * email without `is_unsubscribed`, no `subscriptions` at all). So every field may be missing or
 * null, except the value an item of a list is about (an email's address, a phone's number, a
 * URL); lists read as empty. Unknown fields are kept (looseObject), enum-typed fields are plain
 * strings and timestamps are not checked, so nothing Close leaves out or adds hides the contact.
 */

/** A string Close may leave out or send as null. */
const maybeText = z.string().nullish();
/** A list Close may leave out or send as null: read as empty. */
const listOf = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);

export const ContactEmail = z.looseObject({
  email: z.string(),
  is_unsubscribed: z.boolean().nullish(),
  type: maybeText,
});
export type ContactEmail = z.infer<typeof ContactEmail>;

export const ContactPhone = z.looseObject({
  phone: z.string(),
  type: maybeText,
  phone_formatted: maybeText,
  country: maybeText,
  outbound_sms_blocked: z.boolean().nullish(),
  tz_ids: listOf(z.string()),
});
export type ContactPhone = z.infer<typeof ContactPhone>;

export const ContactUrl = z.looseObject({
  url: z.string(),
  type: maybeText,
});
export type ContactUrl = z.infer<typeof ContactUrl>;

export const RenderedIntegrationLink = z.looseObject({
  name: maybeText,
  url: z.string(),
});
export type RenderedIntegrationLink = z.infer<typeof RenderedIntegrationLink>;

export const ContactRecentCall = z.looseObject({
  id: maybeText,
  dialer_id: maybeText,
  // The seed says integer; any number is accepted so a fractional duration still shows.
  duration: z.number().nullish(),
  finish_timestamp: maybeText,
  status: maybeText,
});
export type ContactRecentCall = z.infer<typeof ContactRecentCall>;

export const BasicSubscriptionInfoForContact = z.looseObject({
  subscription_id: maybeText,
  sequence_id: maybeText,
  sequence_name: maybeText,
  sequence_status: maybeText,
  subscription_status: maybeText,
  subscription_status_reason: maybeText,
  contact_email: maybeText,
  initial_email_id: maybeText,
  date_created: maybeText,
  start_date: maybeText,
});
export type BasicSubscriptionInfoForContact = z.infer<typeof BasicSubscriptionInfoForContact>;

export const Contact = z.looseObject({
  id: maybeText,
  organization_id: maybeText,
  display_name: maybeText,
  name: maybeText,
  title: maybeText,
  created_by: maybeText,
  updated_by: maybeText,
  date_created: maybeText,
  date_updated: maybeText,
  lead_id: maybeText,
  lead_suggestions_operation_id: maybeText,
  timezone: maybeText,
  timezone_source: maybeText,
  emails: listOf(ContactEmail),
  phones: listOf(ContactPhone),
  urls: listOf(ContactUrl),
  integration_links: listOf(RenderedIntegrationLink),
  recent_calls: listOf(ContactRecentCall),
  subscriptions: listOf(BasicSubscriptionInfoForContact),
});
export type Contact = z.infer<typeof Contact>;
