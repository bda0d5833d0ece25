/** A contact created in this session, as the list under the form shows it. */
export interface SessionContact {
  id: string;
  displayName: string;
  leadId: string | undefined;
}

/** Reads the few fields the list needs from Close's answer, whatever else it holds. */
export function toSessionContact(body: unknown): SessionContact | undefined {
  const contact = body as { id?: unknown; display_name?: unknown; lead_id?: unknown } | null;
  if (typeof contact?.id !== "string") return undefined;
  return {
    id: contact.id,
    displayName:
      typeof contact.display_name === "string" && contact.display_name
        ? contact.display_name
        : contact.id,
    leadId: typeof contact.lead_id === "string" ? contact.lead_id : undefined,
  };
}
