import { useCustomFields } from "../api/custom-fields";
import ContactCard from "./ContactCard";
import type { CreatedContact } from "./parse-contact";

/** The created contact, shown whole; or, when Close's answer could not be read, why. Loaded lazily. */
export default function CreatedContactPanel({ created }: { created: CreatedContact }) {
  // The form loaded the list already; this reads it from the shared cache, for the fields' names.
  const customFields = useCustomFields();
  if (!created.readable) {
    return (
      <p
        role="alert"
        className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 dark:bg-amber-950"
      >
        The contact was created. {created.message}
      </p>
    );
  }
  return <ContactCard contact={created.contact} customFields={customFields.data} />;
}
