import {
  type ContactCreate,
  contactCreateProblems,
  isJsonObject,
} from "../../shared/close/contact-create";
import type { Problem } from "../../shared/close/error-body";
import { type CheckEnvironment, type CheckedContact, checkContact } from "./check-contact";
import { createContact, newLead } from "./create-contact";
import { closeTimestamp } from "./ids";
import type { StandInStore, StoredLead } from "./store";

/** The lead fields the stand-in reads. */
const READ_KEYS = ["name", "contacts"];

/**
 * The part of POST /lead/ the app uses: a lead's name and its contacts, nested ("Create a new
 * lead": "Contacts, addresses, and custom fields can all be nested in the lead"). Each contact
 * is checked as POST /contact/ checks one, its problems under `contacts.<index>`; any problem
 * refuses the whole request, so nothing is made. [choice] Other lead fields (status, addresses,
 * custom fields, …) are refused, so that a client relying on them is caught here.
 */
export function checkLead(
  body: unknown,
  env: CheckEnvironment,
): { ok: true; name: string; contacts: CheckedContact[] } | { ok: false; problems: Problem[] } {
  if (!isJsonObject(body)) {
    return {
      ok: false,
      problems: [{ path: [], message: "Invalid request: JSON dictionary expected." }],
    };
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(body)) {
    if (!READ_KEYS.includes(key))
      problems.push({ path: [key], message: "The stand-in does not read this field." });
  }
  const { name = null, contacts = [] } = body;
  if (name !== null && typeof name !== "string") {
    problems.push({ path: ["name"], message: "Value must be of str type." });
  }
  if (!Array.isArray(contacts)) {
    problems.push({ path: ["contacts"], message: "Value must be of list type." });
    return { ok: false, problems };
  }
  const checked: CheckedContact[] = [];
  for (const [index, contact] of contacts.entries()) {
    const within = (list: Problem[]) => {
      for (const problem of list) {
        problems.push({ ...problem, path: ["contacts", index, ...problem.path] });
      }
    };
    if (!isJsonObject(contact)) {
      within([{ path: [], message: "Value must be of dict type." }]);
      continue;
    }
    const shape = contactCreateProblems(contact);
    if (contact.lead_id != null) {
      shape.push({ path: ["lead_id"], message: "The stand-in does not read this field." });
    }
    if (shape.length > 0) {
      within(shape);
      continue;
    }
    const values = checkContact(contact as ContactCreate, env);
    if (values.ok) checked.push(values.value);
    else within(values.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, name: (name as string | null) ?? "", contacts: checked };
}

/** Stores the lead and then its contacts on it; answers the stored lead. */
export function createLead(
  store: StandInStore,
  input: { name: string; contacts: CheckedContact[] },
  userId: string,
  now = new Date(),
): StoredLead {
  const lead = newLead(input.name, closeTimestamp(now));
  store.addLead(lead);
  for (const contact of input.contacts) {
    createContact(store, { ...contact, lead_id: lead.id }, userId, now);
  }
  return lead;
}
