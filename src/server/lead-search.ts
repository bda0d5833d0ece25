/**
 * Close's Advanced Filtering query (`POST /data/search/`) for the Lead picker: leads whose name
 * has words beginning with the words typed, answering only the fields the picker shows. Close
 * deprecated `GET /lead/?query=` for it (changelog, 2022-02-14). The `beginning_of_words` mode
 * is the one Close's own filters use as you type; `display_name` is a lead's name as a text field
 * ("Advanced Filtering Fields").
 */
const LEAD_PICKER_FIELDS = ["id", "display_name"];

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
