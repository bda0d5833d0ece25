import type { LeadOption } from "../../api/leads";

/** One choice of the Lead picker: a lead Close holds, or a new lead by the name typed. */
export type Suggestion = { kind: "lead"; lead: LeadOption } | { kind: "new"; name: string };

/** The accessible name of the choice that makes a new lead (DESIGN.md). */
export const newLeadLabel = (name: string) => `New lead “${name}”`;

/** How many leads the list shows; the search finds more, so that a lead of exactly the name typed is not missed among many beginning with it. */
export const LEADS_SHOWN = 8;

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: "accent" }) === 0;

/**
 * The leads found, those of exactly the name typed first, at most `LEADS_SHOWN`; then — once
 * the search for `typed` has settled, found or not (or failed: a new company can still be made)
 * — a new lead by that name, unless a lead found has exactly it.
 */
export function suggestionsFor(
  typed: string,
  found: readonly LeadOption[],
  settled: boolean,
): Suggestion[] {
  const name = typed.trim();
  const exact = found.filter((lead) => sameName(lead.display_name, name));
  const others = found.filter((lead) => !exact.includes(lead));
  const leads = [...exact, ...others]
    .slice(0, LEADS_SHOWN)
    .map((lead): Suggestion => ({ kind: "lead", lead }));
  if (!name || !settled || exact.length > 0) return leads;
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
