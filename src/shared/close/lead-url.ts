/** A lead's page in Close's app, as Close's `html_url` gives it (`https://app.close.com/lead/lead_…/`). */
export function closeLeadUrl(leadId: string): string {
  return `https://app.close.com/lead/${encodeURIComponent(leadId)}/`;
}
