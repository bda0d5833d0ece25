import { parsePhoneLikeClose } from "../shared/close/phone-format";
import { type ContactMatch, comparableEmail } from "../shared/contact-match";
import { callClose, type Upstream } from "./close-client";

/** [choice] At most this many emails and phones in one check, and contacts answered. */
const MAX_VALUES = 10;
const MAX_MATCHES = 10;

/** The values a check looks for, as Close stores them: emails in lower case, phones in E.164. */
export interface MatchValues {
  emails: string[];
  phones: string[];
}

/**
 * The emails and phones of a check, read from the query (`email=…&phone=…`, each repeatable):
 * a phone written without `+` is in `country`, as Close reads it. Undefined with a reason when
 * there is nothing to look for, too much, or a value that is not one.
 */
export function readMatchValues(
  emails: readonly string[],
  phones: readonly string[],
  country: string,
): MatchValues | string {
  if (emails.length + phones.length === 0) return "Give an email or a phone to look for.";
  if (emails.length > MAX_VALUES || phones.length > MAX_VALUES) {
    return `Look for at most ${MAX_VALUES} emails and ${MAX_VALUES} phones at once.`;
  }
  const read: MatchValues = { emails: [], phones: [] };
  for (const email of emails) {
    const value = comparableEmail(email);
    if (!value) return `“${email}” is not an email address.`;
    read.emails.push(value);
  }
  for (const phone of phones) {
    const parsed = parsePhoneLikeClose(phone, country);
    if (!parsed) return `“${phone}” is not a phone number.`;
    read.phones.push(parsed.phone);
  }
  return read;
}

/** A contact that holds one of the values, `value` of the related object exactly. */
function holding(related: "contact_email" | "contact_phone", field: string, value: string) {
  return {
    type: "has_related",
    this_object_type: "contact",
    related_object_type: related,
    related_query: {
      type: "field_condition",
      field: { type: "regular_field", object_type: related, field_name: field },
      condition: { type: "text", mode: "exact_value", value },
    },
  };
}

/**
 * Close's Advanced Filtering query for contacts holding any of the emails or phones exactly.
 * A contact's emails and phones are objects of their own in Close's search (`contact_email`,
 * `contact_phone`), reached with `has_related`; `exact_value` compares the whole value, the
 * email in lower case (Close's own scripts search emails so: closeio's search helpers'
 * `build_contact_email_query`); phones are stored in E.164.
 */
export function contactMatchSearch({ emails, phones }: MatchValues) {
  return {
    query: {
      type: "and",
      queries: [
        { type: "object_type", object_type: "contact" },
        {
          type: "or",
          queries: [
            ...emails.map((email) => holding("contact_email", "email", email)),
            ...phones.map((phone) => holding("contact_phone", "phone", phone)),
          ],
        },
      ],
    },
    _fields: { contact: ["id", "display_name", "lead_id", "emails", "phones"] },
    _limit: MAX_MATCHES,
  };
}

/**
 * The contacts Close holds with any of the values, each with its lead's name and page (one
 * `GET /lead/{id}/` per lead found). A failure of Close's is answered as Close's.
 */
export async function findMatches(upstream: Upstream, values: MatchValues): Promise<Response> {
  const answer = await callClose(upstream, {
    method: "POST",
    path: "/data/search/",
    body: JSON.stringify(contactMatchSearch(values)),
    readOnly: true,
  });
  if (!answer.ok) return answer;
  const { data } = ((await answer.json().catch(() => ({}))) ?? {}) as { data?: unknown };
  const contacts = (Array.isArray(data) ? data : []) as Record<string, unknown>[];
  const leadIds = [...new Set(contacts.map((contact) => String(contact.lead_id ?? "")))].filter(
    Boolean,
  );
  // The leads are asked for together, not one after another.
  const answers = await Promise.all(
    leadIds.map((id) =>
      callClose(upstream, {
        method: "GET",
        path: `/lead/${encodeURIComponent(id)}/`,
        query: { _fields: "id,display_name,html_url" },
      }),
    ),
  );
  const failed = answers.find((lead) => !lead.ok);
  if (failed) return failed;
  const leads = new Map<string, { name: string; url: string }>();
  for (const [index, lead] of answers.entries()) {
    const body = (await lead.json()) as { display_name?: unknown; html_url?: unknown };
    leads.set(leadIds[index] ?? "", {
      name: String(body.display_name ?? ""),
      url: String(body.html_url ?? ""),
    });
  }
  const matches: ContactMatch[] = contacts.map((contact) => {
    const leadId = String(contact.lead_id ?? "");
    return {
      id: String(contact.id ?? ""),
      name: String(contact.display_name ?? ""),
      lead_id: leadId,
      lead_name: leads.get(leadId)?.name ?? "",
      emails: listOf(contact.emails, "email"),
      phones: listOf(contact.phones, "phone"),
      html_url: leads.get(leadId)?.url ?? "",
    };
  });
  return Response.json({ matches });
}

function listOf(items: unknown, key: string): string[] {
  return (Array.isArray(items) ? items : []).flatMap((item) => {
    const value = (item as Record<string, unknown> | null)?.[key];
    return typeof value === "string" ? [value] : [];
  });
}
