import { isCloseId } from "../../shared/close/close-id";

/**
 * Where the contact went, after "Created": "and added to Acme Corporation", or, when the form
 * named no lead, "on a new lead, Jane Doe" (Close names the new lead after the contact:
 * close-api/README.md, "POST /contact/").
 */
export function leadPhrase(leadName: string, contactName: string): string {
  if (!leadName) return `on a new lead, ${contactName}`;
  // A lead given by id whose name never came: no id in a sentence.
  return isCloseId("lead", leadName) ? "and added to the lead" : `and added to ${leadName}`;
}
