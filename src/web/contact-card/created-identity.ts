/** Who was created, as the page names it: read even when the rest of the answer cannot be. */
export interface CreatedIdentity {
  id: string;
  /** Close's display_name, or the id when it is empty. */
  displayName: string;
  leadId: string | undefined;
}

/**
 * The id, name and lead of Close's answer, read without the Contact schema: it comes with the
 * submit, so that the contact is named (and listed) even when the card's code cannot load.
 */
export function readIdentity(body: unknown): CreatedIdentity | undefined {
  const answer = body as { id?: unknown; display_name?: unknown; lead_id?: unknown } | null;
  if (typeof answer?.id !== "string") return undefined;
  const name = typeof answer.display_name === "string" ? answer.display_name : "";
  return {
    id: answer.id,
    displayName: name || answer.id,
    leadId: typeof answer.lead_id === "string" ? answer.lead_id : undefined,
  };
}
