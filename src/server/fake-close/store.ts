import { closeLeadUrl } from "../../shared/close/lead-url";
import { LEADS, type LeadFixture, ORGANIZATION_ID } from "./fixtures";
import { closeTimestamp } from "./ids";

export interface StoredLead extends LeadFixture {
  date_created: string;
  date_updated: string;
  contact_ids: string[];
}

/** A created contact as the stand-in keeps it: Close's Contact, custom values included. */
export type StoredContact = Record<string, unknown> & { id: string; lead_id: string };

/** The stand-in's memory: the fixture leads, and every lead and contact created since. */
export class StandInStore {
  readonly leads = new Map<string, StoredLead>();
  readonly contacts = new Map<string, StoredContact>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.contacts.clear();
    this.leads.clear();
    const created = closeTimestamp(new Date("2024-01-15T09:30:00Z"));
    for (const lead of LEADS) {
      this.leads.set(lead.id, {
        ...lead,
        date_created: created,
        date_updated: created,
        contact_ids: [],
      });
    }
  }

  addLead(lead: StoredLead): void {
    this.leads.set(lead.id, lead);
  }

  addContact(contact: StoredContact): void {
    this.contacts.set(contact.id, contact);
    this.leads.get(contact.lead_id)?.contact_ids.push(contact.id);
  }

  /** The Lead as GET /lead/{id}/ answers it. */
  leadView(lead: StoredLead): Record<string, unknown> {
    return {
      id: lead.id,
      name: lead.name,
      display_name: lead.name,
      status_label: lead.status_label,
      url: lead.url ?? null,
      html_url: closeLeadUrl(lead.id),
      organization_id: ORGANIZATION_ID,
      date_created: lead.date_created,
      date_updated: lead.date_updated,
      contacts: lead.contact_ids.flatMap((id) => this.contacts.get(id) ?? []),
    };
  }
}
