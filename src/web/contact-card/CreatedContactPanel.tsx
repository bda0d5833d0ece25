import type { ReactNode } from "react";
import { isCloseId } from "../../shared/close/close-id";
import { useCustomFields } from "../api/custom-fields";
import { useLead } from "../api/leads";
import { noticeClass } from "../ui/styles";
import ContactCard from "./ContactCard";
import type { LeadNamed } from "./lead-phrase";
import type { CreatedContact } from "./parse-contact";

/**
 * The created contact, shown whole; or, when Close's answer could not be read, why, with what
 * to do next all the same. Loaded lazily.
 */
export default function CreatedContactPanel({
  created,
  lead,
  actions,
}: {
  created: CreatedContact;
  lead: LeadNamed;
  actions: ReactNode;
}) {
  // The form loaded the list already; this reads it from the shared cache, for the fields' names.
  const customFields = useCustomFields();
  // A lead given by id whose name the form never learnt: ask Close for it.
  const named = useLead(isCloseId("lead", lead.name) ? lead.name : "");
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
      lead={named.data ? { ...lead, name: named.data.display_name } : lead}
      actions={actions}
    />
  );
}
