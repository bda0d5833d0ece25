import type { LeadOption } from "../../api/leads";

/** One choice of the Lead picker: a lead Close holds, or a new lead by the name typed. */
export type Suggestion = { kind: "lead"; lead: LeadOption } | { kind: "new"; name: string };

/** The accessible name of the choice that makes a new lead (DESIGN.md). */
export const newLeadLabel = (name: string) => `New lead “${name}”`;

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: "accent" }) === 0;

/**
 * The leads found, then — once the search for `typed` has settled, found or not (or failed: a
 * new company can still be made) — a new lead by that name, unless a lead has exactly it.
 */
export function suggestionsFor(
  typed: string,
  found: readonly LeadOption[],
  settled: boolean,
): Suggestion[] {
  const leads = found.map((lead): Suggestion => ({ kind: "lead", lead }));
  const name = typed.trim();
  if (!name || !settled || found.some((lead) => sameName(lead.display_name, name))) return leads;
  return [...leads, { kind: "new", name }];
}

/**
 * What tells a lead apart from others of the same name in the list: its URL, else its first
 * (primary) contact's name. Undefined when its name is its own.
 */
export function twinHint(lead: LeadOption, found: readonly LeadOption[]): string | undefined {
  const twins = found.filter((other) => sameName(other.display_name, lead.display_name));
  if (twins.length < 2) return undefined;
  return lead.url || lead.primaryContactName || undefined;
}
