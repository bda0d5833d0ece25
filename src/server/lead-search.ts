/**
 * Close's Advanced Filtering query (`POST /data/search/`) for the Lead picker: leads whose name
 * has words beginning with the words typed, answering only the fields the picker shows. Close
 * deprecated `GET /lead/?query=` for it (changelog, 2022-02-14). The `beginning_of_words` mode
 * is the one Close's own filters use as you type; `display_name` is a lead's name as a text field
 * ("Advanced Filtering Fields"). Status, URL and contacts tell leads of one name apart.
 */
const LEAD_PICKER_FIELDS = ["id", "display_name", "status_label", "url", "contacts"];

export function leadSearch(text: string, limit: number) {
  const byName = {
    type: "field_condition",
    field: { type: "regular_field", object_type: "lead", field_name: "display_name" },
    condition: { type: "text", mode: "beginning_of_words", value: text },
  };
  return {
    query: {
      type: "and",
      queries: [{ type: "object_type", object_type: "lead" }, ...(text ? [byName] : [])],
    },
    _fields: { lead: LEAD_PICKER_FIELDS },
    _limit: limit,
  };
}

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
