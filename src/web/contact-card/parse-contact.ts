import type { z } from "zod";
import { Contact } from "../../shared/close/contact";
import "../zod-jitless";

export type ParsedContact = { ok: true; contact: Contact } | { ok: false; message: string };

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
