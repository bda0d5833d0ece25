import { useCustomFields } from "../api/custom-fields";
import { WithQueries } from "../api/WithQueries";
import ContactCard from "./ContactCard";
import { parseContact } from "./parse-contact";

/** Close's answer, read with the shared Contact schema, then shown whole. Loaded lazily. */
export default function CreatedContactPanel({ body }: { body: unknown }) {
  return (
    <WithQueries>
      <CreatedContact body={body} />
    </WithQueries>
  );
}

function CreatedContact({ body }: { body: unknown }) {
  // The form loaded the list already; this reads it from the shared cache, for the fields' names.
  const customFields = useCustomFields();
  const parsed = parseContact(body);
  if (!parsed.ok) {
    return (
      <p
        role="alert"
        className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 dark:bg-amber-950"
      >
        The contact was created. {parsed.message}
      </p>
    );
  }
  return <ContactCard contact={parsed.contact} customFields={customFields.data} />;
}
