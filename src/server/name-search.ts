/**
 * Close's Advanced Filtering queries (`POST /data/search/`) for the pickers: objects whose name
 * has words beginning with the words typed, answering only the fields the picker shows. The
 * `beginning_of_words` mode is the one Close's own filters use as you type.
 */
function searchByName(objectType: string, nameField: string, fields: readonly string[]) {
  return (text: string, limit: number) => {
    const byName = {
      type: "field_condition",
      field: { type: "regular_field", object_type: objectType, field_name: nameField },
      condition: { type: "text", mode: "beginning_of_words", value: text },
    };
    return {
      query: {
        type: "and",
        queries: [{ type: "object_type", object_type: objectType }, ...(text ? [byName] : [])],
      },
      _fields: { [objectType]: fields },
      _limit: limit,
    };
  };
}

/**
 * The Lead picker: Close deprecated `GET /lead/?query=` for this (changelog, 2022-02-14);
 * `display_name` is a lead's name as a text field ("Advanced Filtering Fields"). Status, URL and
 * contacts tell leads of one name apart.
 */
export const leadSearch = searchByName("lead", "display_name", [
  "id",
  "display_name",
  "status_label",
  "url",
  "contacts",
]);

/**
 * A `contact` custom field's picker, with what tells contacts apart (an email, the lead).
 * [choice] The contact's `name` as a text field, as `title` is in Close's own example
 * ("Advanced Filtering"); Close's list of contact fields was not checked.
 */
export const contactSearch = searchByName("contact", "name", [
  "id",
  "display_name",
  "emails",
  "lead_id",
]);

/**
 * The search's answer with each lead's contacts cut to the first one's name (Close's primary
 * contact, the one the picker shows): a lead can hold hundreds, and the browser needs one name.
 */
export function primaryContactOnly(answer: unknown): unknown {
  const { data } = (answer ?? {}) as { data?: unknown };
  if (!Array.isArray(data)) return answer;
  return {
    ...(answer as object),
    data: data.map((lead) => {
      if (typeof lead !== "object" || lead === null || !Array.isArray(lead.contacts)) return lead;
      const [primary] = lead.contacts as { display_name?: unknown }[];
      return { ...lead, contacts: primary ? [{ display_name: primary.display_name }] : [] };
    }),
  };
}
