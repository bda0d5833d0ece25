import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { isCloseId } from "../../shared/close/close-id";
import { ApiError, requestJson } from "./http";

export interface LeadOption {
  id: string;
  display_name: string;
  /** Close's `status_label`: where the lead stands ("Potential", "Customer"). */
  status_label?: string;
  /** The lead's own web address, when it has one. */
  url?: string;
  /** The name of its first contact, Close's primary one. */
  primaryContactName?: string;
}

const isLead = (lead: unknown): lead is LeadOption =>
  typeof (lead as LeadOption)?.id === "string" &&
  typeof (lead as LeadOption).display_name === "string";

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);

/** A lead as Close's search answers it (see server/name-search.ts), read leniently. */
function toLeadOption(lead: LeadOption & { url?: unknown; contacts?: unknown }): LeadOption {
  const [primary] = Array.isArray(lead.contacts) ? lead.contacts : [];
  return {
    id: lead.id,
    display_name: lead.display_name,
    status_label: text(lead.status_label),
    url: text(lead.url),
    primaryContactName: text((primary as { display_name?: unknown } | undefined)?.display_name),
  };
}

/**
 * Leads whose name has words beginning with the words of `query`, at most `limit`: more than
 * the picker shows, so that among many leads beginning so, one of exactly that name is found.
 */
export async function searchLeads(query: string, limit = 50): Promise<LeadOption[]> {
  const params = new URLSearchParams({ query, _limit: String(limit) });
  const body = (await requestJson(`/api/lead/?${params}`)) as { data?: unknown };
  return Array.isArray(body.data) ? body.data.filter(isLead).map(toLeadOption) : [];
}

export function useLeadSearch(query: string) {
  return useQuery({
    queryKey: ["lead-search", query],
    queryFn: () => searchLeads(query),
    enabled: query.trim() !== "",
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    // A failed search says so at once (typing again searches again); one Close rate limited
    // waits the little it asks, once.
    retry: (failures, error) =>
      failures < 1 && error instanceof ApiError && error.status === 429 && waitFor(error) <= 10,
    retryDelay: (_, error) => (error instanceof ApiError ? waitFor(error) : 1) * 1000,
  });
}

export async function getLead(id: string): Promise<LeadOption> {
  const body = await requestJson(`/api/lead/${encodeURIComponent(id)}/`);
  if (!isLead(body)) throw new Error("The lead is not understood.");
  return body;
}

/** One lead by id, to show the name of a lead given by id (in the URL, or pasted). */
export function useLead(id: string) {
  return useQuery({
    queryKey: ["lead", id],
    queryFn: () => getLead(id),
    enabled: isCloseId("lead", id),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

const waitFor = (error: ApiError) => error.retryAfterSeconds ?? 1;
