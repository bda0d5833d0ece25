import type { ContactCreate } from "../../shared/close/contact-create";
import { requestJson } from "./http";

/**
 * POST /api/contact/: answers Close's Contact as it came. A plain request, sent at once even
 * when the browser thinks it is offline: the person is told, and chooses when to try again.
 */
export function createContact(payload: ContactCreate): Promise<unknown> {
  return requestJson("/api/contact/", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
}
