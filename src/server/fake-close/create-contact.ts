import type { CheckedContact } from "./check-contact";
import { INTEGRATION_LINK_TEMPLATES, ORGANIZATION_ID } from "./fixtures";
import { closeTimestamp, newId } from "./ids";
import type { StandInStore, StoredContact, StoredLead } from "./store";

/**
 * [choice] Close documents display_name only as equal to name. Without a name: the first
 * email, else the first formatted phone, else "".
 */
export function displayName(contact: Pick<CheckedContact, "name" | "emails" | "phones">): string {
  return contact.name || contact.emails[0]?.email || contact.phones[0]?.phone_formatted || "";
}

/** Stores a checked contact, and a new lead named after it when it names none; answers the Contact. */
export function createContact(
  store: StandInStore,
  input: CheckedContact,
  userId: string,
  now = new Date(),
): StoredContact {
  const timestamp = closeTimestamp(now);
  const display_name = displayName(input);
  const lead = input.lead_id ? store.leads.get(input.lead_id) : undefined;
  // [choice] Named by the contact's display name, else "Untitled".
  const target = lead ?? newLead(display_name || "Untitled", timestamp);
  if (!lead) store.addLead(target);

  const id = newId("cont");
  const contact: StoredContact = {
    id,
    organization_id: ORGANIZATION_ID,
    lead_id: target.id,
    name: input.name,
    title: input.title,
    display_name,
    created_by: userId,
    updated_by: userId,
    date_created: timestamp,
    date_updated: timestamp,
    timezone: input.timezone,
    emails: input.emails.map((email) => ({ ...email, is_unsubscribed: false })),
    phones: input.phones,
    urls: input.urls,
    recent_calls: [],
    subscriptions: subscriptionsFor(target, input, timestamp),
    integration_links: renderIntegrationLinks(id, input),
    ...Object.fromEntries(
      Object.entries(input.custom).map(([fieldId, value]) => [`custom.${fieldId}`, value]),
    ),
  };
  store.addContact(contact);
  return contact;
}

/**
 * A lead in the organization's first status, as Close puts a lead made without one ("Create a
 * new lead": "the organization's default (first) status"); the stand-in's first is "Potential".
 */
export function newLead(name: string, timestamp: string): StoredLead {
  return {
    id: newId("lead"),
    name,
    status_label: "Potential",
    date_created: timestamp,
    date_updated: timestamp,
    contact_ids: [],
  };
}

/**
 * [choice] Demo data, not Close's behaviour: Close enrols contacts in sequences only when someone
 * (or a workflow) does. Here a lead's enrolling sequence takes every new contact with an email,
 * so that the card is seen with subscriptions.
 */
function subscriptionsFor(lead: StoredLead, input: CheckedContact, timestamp: string) {
  const sequence = lead.enrolling_sequence;
  const email = input.emails[0]?.email;
  if (!sequence || !email) return [];
  return [
    {
      subscription_id: newId("sub"),
      sequence_id: sequence.id,
      sequence_name: sequence.name,
      sequence_status: sequence.status,
      subscription_status: "active",
      subscription_status_reason: null,
      contact_email: email,
      initial_email_id: null,
      date_created: timestamp,
      start_date: timestamp,
    },
  ];
}

/**
 * [choice] Demo data: Close renders the links an organization has configured, and most have
 * none; the stand-in's organization has two, so that the card is seen with them.
 */
function renderIntegrationLinks(id: string, input: CheckedContact) {
  const values: Record<string, string> = {
    "contact.id": id,
    "contact.name": input.name ?? "",
    "contact.primary_email": input.emails[0]?.email ?? "",
  };
  return INTEGRATION_LINK_TEMPLATES.map((template) => ({
    name: template.name,
    url: template.url.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) =>
      encodeURIComponent(values[key] ?? ""),
    ),
  }));
}
