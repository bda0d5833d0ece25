import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { requestJson } from "./http";

/** Someone a `user` or `contact` custom field can name, as its picker shows them. */
export interface Person {
  id: string;
  name: string;
  /** What tells them apart: an email. */
  detail?: string;
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The organization's users (our GET /api/user/, from Close's GET /user/). */
export async function listUsers(): Promise<Person[]> {
  const body = (await requestJson("/api/user/")) as { data?: unknown };
  if (!Array.isArray(body.data)) throw new Error("The list of users is not understood.");
  return body.data.flatMap((user: Record<string, unknown>) => {
    if (typeof user?.id !== "string") return [];
    const name = [text(user.first_name), text(user.last_name)].filter(Boolean).join(" ");
    const email = text(user.email);
    return [{ id: user.id, name: name || email || user.id, detail: email || undefined }];
  });
}

export function useUsers() {
  return useQuery({ queryKey: ["users"], queryFn: listUsers, staleTime: 5 * 60_000, retry: 1 });
}

/** Contacts whose name has words beginning with the words of `query` (our GET /api/contact/search). */
export async function searchContacts(query: string, limit = 8): Promise<Person[]> {
  const params = new URLSearchParams({ query, _limit: String(limit) });
  const body = (await requestJson(`/api/contact/search?${params}`)) as { data?: unknown };
  if (!Array.isArray(body.data)) return [];
  return body.data.flatMap((contact: Record<string, unknown>) => {
    if (typeof contact?.id !== "string") return [];
    const [email] = Array.isArray(contact.emails) ? contact.emails : [];
    const address = text((email as { email?: unknown } | undefined)?.email);
    const name = text(contact.display_name) || address || contact.id;
    return [{ id: contact.id, name, detail: address && address !== name ? address : undefined }];
  });
}

export function useContactSearch(query: string) {
  return useQuery({
    queryKey: ["contact-search", query],
    queryFn: () => searchContacts(query),
    enabled: query.trim() !== "",
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}
