import { type ReactNode, Suspense } from "react";
import { isCloseId } from "../shared/close/close-id";
import { lazyWithQueries } from "./api/lazy-with-queries";
import type { CreatedIdentity } from "./contact-card/created-identity";
import type { LeadNamed } from "./contact-card/lead-phrase";
import type { CreatedContact } from "./contact-card/parse-contact";
import { LoadBoundary } from "./ui/LoadBoundary";
import { buttonClass, noticeClass, primaryButtonClass } from "./ui/styles";

// Loaded with the first created contact (fetched ahead once the page is idle).
const CreatedContactPanel = lazyWithQueries(() => import("./contact-card/CreatedContactPanel"));

/** A lead to start the next form on: its id, and its name when the form knew it. */
export interface LeadRef {
  id: string;
  name: string;
}

/** After "Create contact": the card, with what to do next in it. */
export function CreatedView({
  created,
  lead,
  onCreateAnother,
  onAddToLead,
}: {
  created: CreatedContact;
  lead: LeadNamed;
  onCreateAnother: () => void;
  onAddToLead: (lead: LeadRef) => void;
}) {
  const { identity } = created;
  const actions = (
    <>
      {identity?.leadId && (
        <button
          type="button"
          className={`${buttonClass} h-control text-base`}
          onClick={() => identity.leadId && onAddToLead({ id: identity.leadId, name: lead.name })}
        >
          Add another to <bdi>{shownLeadName(lead.name, identity)}</bdi>
        </button>
      )}
      <button type="button" className={primaryButtonClass} onClick={onCreateAnother}>
        Create another contact
      </button>
    </>
  );
  return (
    <LoadBoundary fallback={<CreatedWithoutCard identity={identity} actions={actions} />}>
      <Suspense fallback={<p role="status">Showing the contact…</p>}>
        <CreatedContactPanel created={created} lead={lead} actions={actions} />
      </Suspense>
    </LoadBoundary>
  );
}

/** The lead as a button names it: its name; a lead named after the contact, the contact's; else "this lead". */
function shownLeadName(leadName: string, identity: CreatedIdentity): string {
  if (!leadName) return identity.displayName;
  return isCloseId("lead", leadName) ? "this lead" : leadName;
}

/** The contact exists even when its card cannot load: say so, with what is known of it. */
function CreatedWithoutCard({
  identity,
  actions,
}: {
  identity: CreatedIdentity | undefined;
  actions: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4">
      <p role="alert" className={noticeClass}>
        The contact was created{identity ? `: ${identity.displayName} (${identity.id})` : ""}. This
        page could not load the view of it; reload the page to go on.
      </p>
      <div className="flex flex-wrap gap-3">{actions}</div>
    </div>
  );
}
