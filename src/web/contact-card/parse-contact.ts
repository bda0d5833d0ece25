// First: zod reads the setting as each schema is built, some of them on import.
import "../zod-jitless";
import type { z } from "zod";
import { Contact } from "../../shared/close/contact";
import { type CreatedIdentity, readIdentity } from "./created-identity";

export type ParsedContact = { ok: true; contact: Contact } | { ok: false; message: string };

/**
 * Close's answer to a create, read once where it arrives: the Contact, or (created all the
 * same) why it cannot be shown. `body` is the answer as it came, for the dashboard's message.
 */
export type CreatedContact =
  | { readable: true; contact: Contact; identity: CreatedIdentity; body: unknown }
  | { readable: false; message: string; identity: CreatedIdentity | undefined; body: unknown };

export function readCreatedContact(body: unknown): CreatedContact {
  const who = readIdentity(body);
  const parsed = parseContact(body);
  if (parsed.ok && who) return { readable: true, contact: parsed.contact, identity: who, body };
  const message = parsed.ok ? "Close's answer could not be read." : parsed.message;
  return { readable: false, message, identity: who, body };
}

/** Reads Close's answer of POST /contact/ as a Contact, or says in a sentence why it cannot. */
export function parseContact(body: unknown): ParsedContact {
  // reportInput tells a missing field from a wrong one; the input itself is never shown.
  const result = Contact.safeParse(body, { reportInput: true });
  if (result.success) return { ok: true, contact: result.data };
  const [first, ...others] = result.error.issues;
  const more = others.length > 0 ? ` (and ${others.length} more)` : "";
  return {
    ok: false,
    message: `Close's answer could not be read: ${describeIssue(first)}${more}.`,
  };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined || issue.path.length === 0) return "it is not a contact";
  const field = `"${issue.path.map(String).join(".")}"`;
  if (issue.code === "invalid_type" && issue.input === undefined) return `${field} is missing`;
  return `${field} is not valid (${issue.message})`;
}
