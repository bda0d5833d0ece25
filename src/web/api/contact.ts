import type { ContactCreate } from "../../shared/close/contact-create";
import type { CloseErrorBody, FieldError } from "../../shared/close/error-body";
import { ApiError, requestJson } from "./http";

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

/** A contact made on a new lead: Close's Contact as it came, and the lead's name. */
export interface OnNewLead {
  contact: unknown;
  leadName: string;
}

/**
 * POST /api/lead/: a new lead named `leadName` with the contact on it, made as one (Close's
 * POST /lead/ with the contact nested). Close's errors come back as a contact's would: the
 * contact's under its own fields, the lead's name under `lead`, so the form reads one shape.
 */
export async function createContactOnNewLead(
  leadName: string,
  payload: ContactCreate,
): Promise<OnNewLead> {
  const { lead_id: _none, ...contact } = payload;
  let answer: unknown;
  try {
    answer = await requestJson("/api/lead/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: leadName, contacts: [contact] }),
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      throw new ApiError(400, asContactErrors(error.body), error.retryAfterSeconds);
    }
    throw error;
  }
  const lead = (answer ?? {}) as { display_name?: unknown; contacts?: unknown };
  const [made] = Array.isArray(lead.contacts) ? lead.contacts : [];
  return {
    contact: made,
    leadName: typeof lead.display_name === "string" ? lead.display_name : leadName,
  };
}

/**
 * Close's 400 for a new lead, as the 400 for its one contact would read: the contact's own
 * errors (under `contacts.0`) as they are, the lead's name's under `lead`, where the form puts
 * what Close says of the lead; the rest of the lead's as messages about the whole.
 */
export function asContactErrors(body: unknown): CloseErrorBody {
  const lead = (isRecord(body) ? body : {}) as Partial<CloseErrorBody>;
  const { contacts, name, ...others } = isRecord(lead["field-errors"]) ? lead["field-errors"] : {};
  const items = isRecord(contacts) && isRecord(contacts.errors) ? contacts.errors : {};
  const contact = (isRecord(items["0"]) ? items["0"] : {}) as Partial<CloseErrorBody>;
  const messages = (value: unknown) =>
    Array.isArray(value) ? value.filter((m): m is string => typeof m === "string") : [];
  const read: CloseErrorBody = {
    errors: [
      ...messages(lead.errors),
      ...messages(contact.errors),
      ...(typeof contacts === "string" ? [contacts] : []),
      ...Object.values(others).filter((m): m is string => typeof m === "string"),
    ],
    "field-errors": {
      ...(isRecord(contact["field-errors"]) ? contact["field-errors"] : {}),
      ...(name !== undefined && { lead: name }),
    },
  };
  // Nothing recognised: Close's body as it came, for the form to say what it can of it.
  const empty = read.errors.length === 0 && Object.keys(read["field-errors"]).length === 0;
  return empty && body !== undefined && body !== null ? (body as CloseErrorBody) : read;
}

function isRecord(value: unknown): value is Record<string, FieldError> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
