/**
 * Close's Advanced Filtering query (`POST /data/search/`) for a `contact` custom field's picker:
 * contacts whose name has words beginning with the words typed, with what tells them apart (an
 * email, the lead). [choice] The contact's `name` as a text field, as `title` is in Close's own
 * example ("Advanced Filtering") and `display_name` is for leads.
 */
const CONTACT_PICKER_FIELDS = ["id", "display_name", "emails", "lead_id"];

export function contactSearch(text: string, limit: number) {
  const byName = {
    type: "field_condition",
    field: { type: "regular_field", object_type: "contact", field_name: "name" },
    condition: { type: "text", mode: "beginning_of_words", value: text },
  };
  return {
    query: {
      type: "and",
      queries: [{ type: "object_type", object_type: "contact" }, ...(text ? [byName] : [])],
    },
    _fields: { contact: CONTACT_PICKER_FIELDS },
    _limit: limit,
  };
}
