/**
 * Messages between the app and the dashboard that frames it. Sent only to, and taken only
 * from, the allowed origins (the app's own and EMBED_ORIGINS) — never "*".
 */
export type OutgoingMessage =
  | { type: "close-contact:created"; contact: unknown }
  | { type: "close-contact:resize"; height: number }
  /** Contacts in Close that hold an email or a phone being typed. */
  | { type: "close-contact:duplicate"; matches: unknown[] };

export type IncomingMessage =
  | { type: "close-contact:prefill"; values: unknown }
  | { type: "close-contact:reset" };

export function isFramed(): boolean {
  return window.parent !== window;
}

/** Posts to the parent once per allowed origin: the browser delivers it only where it matches. */
export function postToParent(message: OutgoingMessage, allowedOrigins: readonly string[]): void {
  if (!isFramed()) return;
  for (const origin of allowedOrigins) window.parent.postMessage(message, origin);
}

/** A message from the parent frame, from an allowed origin, of a known type; else null. */
export function readParentMessage(
  event: MessageEvent,
  allowedOrigins: readonly string[],
): IncomingMessage | null {
  if (event.source !== window.parent || !allowedOrigins.includes(event.origin)) return null;
  const data = event.data as { type?: unknown; values?: unknown } | null;
  if (data?.type === "close-contact:reset") return { type: "close-contact:reset" };
  if (data?.type === "close-contact:prefill")
    return { type: "close-contact:prefill", values: data.values };
  return null;
}
