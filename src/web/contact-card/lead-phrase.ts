import { isCloseId } from "../../shared/close/close-id";

/** The lead a contact went to, as the form knew it. */
export interface LeadNamed {
  /** The lead's name; its id when only that was known; "" for a new lead named after the contact. */
  name: string;
  /** Made with the contact. */
  isNew: boolean;
}

/**
 * Where the contact went, after "Created": "and added to Acme Corporation", or "on a new lead,
 * Newco Widgets"; a new lead without a name of its own is named after the contact by Close
 * (close-api/README.md, "POST /contact/").
 */
export function leadPhrase(lead: LeadNamed, contactName: string): string {
  if (lead.isNew) return `on a new lead, ${lead.name || contactName}`;
  // A lead given by id whose name never came: no id in a sentence.
  return isCloseId("lead", lead.name) ? "and added to the lead" : `and added to ${lead.name}`;
}
