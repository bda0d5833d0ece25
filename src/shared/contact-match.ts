import { isEmailLikeClose } from "./close/email";

/**
 * A contact Close already holds with an email or a phone being typed, as our
 * `GET /api/contact/matches` answers it (`{matches: [...]}`).
 */
export interface ContactMatch {
  id: string;
  name: string;
  lead_id: string;
  lead_name: string;
  emails: string[];
  phones: string[];
  /** The contact's lead in Close's app. */
  html_url: string;
}

/** An email as a check compares it (Close's `exact_value`, in lower case), or undefined when it is not one. */
export function comparableEmail(raw: string): string | undefined {
  const value = raw.trim().toLowerCase();
  return isEmailLikeClose(value) ? value : undefined;
}
