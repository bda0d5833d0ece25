import { type ReactNode, useEffect, useRef, useSyncExternalStore } from "react";
import type { Contact } from "../../shared/close/contact";
import type { CustomField } from "../../shared/close/custom-field";
import { customValues } from "../../shared/close/custom-values";
import { closeLeadUrl } from "../../shared/close/lead-url";
import { signIn } from "../sign-in/sign-in-state";
import { buttonClass } from "../ui/styles";
import { CopyButton } from "./CopyButton";
import {
  CustomValueList,
  EmailList,
  IntegrationLinkList,
  PhoneList,
  RecentCallList,
  SubscriptionList,
  UrlList,
} from "./card-lists";
import { Detail } from "./Detail";
import { type LeadNamed, leadPhrase } from "./lead-phrase";
import { Timestamp } from "./Timestamp";

const UNNAMED = "Unnamed contact";

/**
 * The Contact that Close returned, all of it that a person needs: first what happened (who,
 * on which lead, and what to do next), then how to reach them and what Close added, then ids
 * and times in a quiet footer. Nothing is shown for what is empty. Every value is rendered as
 * text; links are live only for http(s), mailto: and tel:. Default export so the app can load
 * it lazily.
 */
export default function ContactCard({
  contact,
  customFields = [],
  lead,
  actions,
}: {
  contact: Contact;
  customFields?: readonly CustomField[];
  /** The lead as the form knew it, or as made with the contact. */
  lead: LeadNamed;
  /** What to do next, beside "Open in Close": the app's buttons. */
  actions?: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The card replaces what the person was doing: take keyboard and screen reader focus to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const heading = headingOf(contact);
  return (
    <section
      aria-label="Created contact"
      className="flex min-w-0 flex-col gap-5 rounded-lg border border-line-soft bg-surface p-4 break-words text-ink [overflow-wrap:anywhere] sm:p-6"
    >
      <div>
        <p className="text-sm font-medium text-success">
          <span aria-hidden="true">✓ </span>Created {leadPhrase(lead, heading)}
        </p>
        <h2 ref={headingRef} tabIndex={-1} className="mt-1 text-2xl font-semibold outline-none">
          <bdi>{heading}</bdi>
        </h2>
        {contact.title && (
          <p className="text-ink-muted">
            <bdi>{contact.title}</bdi>
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        {contact.lead_id && (
          <a
            href={closeLeadUrl(contact.lead_id)}
            target="_blank"
            rel="noopener noreferrer"
            className={`${buttonClass} h-control text-base`}
          >
            Open in Close
          </a>
        )}
        {actions}
      </div>
      <dl className="grid gap-4 sm:grid-cols-2">
        {contact.name && contact.name !== heading && (
          <Detail term="Name">
            <bdi>{contact.name}</bdi>
          </Detail>
        )}
        <EmailList emails={contact.emails} />
        <PhoneList phones={contact.phones} />
        <UrlList urls={contact.urls} />
        <CustomValueList values={customValues(contact)} customFields={customFields} />
        <SubscriptionList subscriptions={contact.subscriptions} />
        <RecentCallList calls={contact.recent_calls} />
        <IntegrationLinkList links={contact.integration_links} />
      </dl>
      <CardFooter contact={contact} />
    </section>
  );
}

/** Ids and times: there when needed, quiet otherwise. */
function CardFooter({ contact }: { contact: Contact }) {
  return (
    <dl className="grid gap-3 border-t border-line-soft pt-4 text-sm sm:grid-cols-2">
      {contact.id && (
        <Detail term="Contact id">
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <code className="min-w-0">{contact.id}</code>
            <CopyButton text={contact.id} label="Copy contact id" visibleLabel="Copy" />
          </span>
        </Detail>
      )}
      {contact.lead_id && (
        <Detail term="Lead id">
          <code className="min-w-0">{contact.lead_id}</code>
        </Detail>
      )}
      {contact.date_created && (
        <Detail term="Created">
          <Timestamp value={contact.date_created} />
        </Detail>
      )}
      {contact.created_by && (
        <Detail term="Created by">
          <CreatedBy userId={contact.created_by} />
        </Detail>
      )}
      {contact.date_updated && contact.date_updated !== contact.date_created && (
        <Detail term="Updated">
          <Timestamp value={contact.date_updated} />
        </Detail>
      )}
      {contact.timezone && (
        <Detail term="Timezone">
          <bdi>{contact.timezone}</bdi>
        </Detail>
      )}
    </dl>
  );
}

/** Who Close says made the contact: by name when it is the person signed in (team mode). */
function CreatedBy({ userId }: { userId: string }) {
  const state = useSyncExternalStore(signIn.subscribe, signIn.current);
  if (state.status === "signed-in" && state.user.id === userId) return <bdi>{state.user.name}</bdi>;
  return <code className="min-w-0">{userId}</code>;
}

/**
 * Close's display_name; when an answer leaves it out, what Close would have shown instead
 * (name, first email, first phone). A blank one is the unnamed contact it is.
 */
function headingOf(contact: Contact): string {
  const shown =
    contact.display_name ??
    (contact.name ||
      contact.emails[0]?.email ||
      contact.phones[0]?.phone_formatted ||
      contact.phones[0]?.phone ||
      "");
  return shown.trim() === "" ? UNNAMED : shown;
}
