import { useMutation } from "@tanstack/react-query";
import type { ContactCreate } from "../../shared/close/contact-create";
import { requestJson } from "./http";

/** POST /api/contact/: answers Close's Contact as it came (the card parses it). */
export function createContact(payload: ContactCreate): Promise<unknown> {
  return requestJson("/api/contact/", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
}

/**
 * Sent at once even when the browser thinks it is offline (TanStack Query would hold it
 * silently until the network is back): the person is told, and chooses when to try again.
 */
export function useCreateContact() {
  return useMutation({ mutationFn: createContact, retry: false, networkMode: "always" });
}
