/**
 * Where the contact went, after "Created": "and added to Acme Corporation", or, when the form
 * named no lead, "on a new lead, Jane Doe" (Close names the new lead after the contact:
 * close-api/README.md, "POST /contact/").
 */
export function leadPhrase(leadName: string, contactName: string): string {
  return leadName ? `and added to ${leadName}` : `on a new lead, ${contactName}`;
}
