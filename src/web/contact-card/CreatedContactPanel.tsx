import type { ReactNode } from "react";
import { isCloseId } from "../../shared/close/close-id";
import { useCustomFields } from "../api/custom-fields";
import { useLead } from "../api/leads";
import { noticeClass } from "../ui/styles";
import ContactCard from "./ContactCard";
import type { CreatedContact } from "./parse-contact";

/**
 * The created contact, shown whole; or, when Close's answer could not be read, why, with what
 * to do next all the same. Loaded lazily.
 */
export default function CreatedContactPanel({
  created,
  leadName,
  actions,
}: {
  created: CreatedContact;
  /** The lead's name as the form knew it ("" for a new lead; its id when pasted as one). */
  leadName: string;
  actions: ReactNode;
}) {
  // The form loaded the list already; this reads it from the shared cache, for the fields' names.
  const customFields = useCustomFields();
  // A lead given by id whose name the form never learnt: ask Close for it.
  const lead = useLead(isCloseId("lead", leadName) ? leadName : "");
  if (!created.readable) {
    return (
      <div className="flex flex-col gap-4">
        <p role="alert" className={noticeClass}>
          The contact was created. {created.message}
        </p>
        <div className="flex flex-wrap gap-3">{actions}</div>
      </div>
    );
  }
  return (
    <ContactCard
      contact={created.contact}
      customFields={customFields.data}
      leadName={lead.data?.display_name ?? leadName}
      actions={actions}
    />
  );
}
