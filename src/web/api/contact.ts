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

export function useCreateContact() {
  return useMutation({ mutationFn: createContact, retry: false });
}
