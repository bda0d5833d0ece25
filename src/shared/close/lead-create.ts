import {
  type CheckResult,
  type ContactCreate,
  contactCreateProblems,
  isJsonObject,
} from "./contact-create";
import { MAX_TEXT_LENGTH } from "./contact-limits";
import { notAnObjectBody, type Problem, toCloseErrorBody } from "./error-body";

/**
 * A new lead and the contact on it, as one body for Close's POST /lead/ ("Create a new lead":
 * "Contacts, addresses, and custom fields can all be nested in the lead"). One request, so a
 * contact Close refuses leaves no lead behind.
 */
export interface LeadWithContact {
  name: string;
  contacts: [Omit<ContactCreate, "lead_id">];
}

/**
 * Checks the body of our route for a contact on a new lead: a lead name and exactly one contact,
 * shaped as POST /contact/ takes it but without a lead (it goes on this one). [choice] Ours:
 * the app sends nothing else, so nothing else passes with our key. Problems in Close's 400
 * shape, the contact's nested under `contacts.0` as Close nests a list's items.
 */
export function checkLeadWithContact(body: unknown): CheckResult<LeadWithContact> {
  if (!isJsonObject(body)) return { ok: false, error: notAnObjectBody };
  const problems: Problem[] = [];
  const { name, contacts, ...others } = body;
  for (const key of Object.keys(others)) problems.push({ path: [key], message: "Unknown field." });
  if (typeof name !== "string" || name.trim() === "") {
    problems.push({ path: ["name"], message: "Give the new lead a name." });
  } else if (name.length > MAX_TEXT_LENGTH) {
    problems.push({
      path: ["name"],
      message: `The value must be no longer than ${MAX_TEXT_LENGTH} characters.`,
    });
  }
  const [contact, ...more] = Array.isArray(contacts) ? contacts : [];
  if (!isJsonObject(contact) || more.length > 0) {
    problems.push({ path: ["contacts"], message: "Give exactly one contact." });
  } else {
    const nested = contactCreateProblems(contact);
    if ("lead_id" in contact) nested.push({ path: ["lead_id"], message: "Unknown field." });
    for (const problem of nested) {
      problems.push({ ...problem, path: ["contacts", 0, ...problem.path] });
    }
  }
  if (problems.length > 0) return { ok: false, error: toCloseErrorBody(problems) };
  return { ok: true, value: body as unknown as LeadWithContact };
}
