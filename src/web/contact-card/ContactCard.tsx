import { useEffect, useId, useRef } from "react";
import { type Contact, customValues } from "../../shared/close/contact";
import type { CustomField } from "../../shared/close/custom-field";
import { closeLeadUrl } from "../../shared/close/lead-url";
import { CopyButton } from "./CopyButton";
import { CustomValueList } from "./CustomValueList";
import { Detail } from "./Detail";
import { EmailList } from "./EmailList";
import { IntegrationLinkList } from "./IntegrationLinkList";
import { PhoneList } from "./PhoneList";
import { RecentCallList } from "./RecentCallList";
import { SafeLink } from "./SafeLink";
import { SubscriptionList } from "./SubscriptionList";
import { Timestamp } from "./Timestamp";
import { UrlList } from "./UrlList";

const UNNAMED = "Unnamed contact";

/**
 * The Contact that Close returned, all of it that a person needs. Every value is rendered as
 * text; links are live only for http(s). Default export so the app can load it lazily.
 */
export default function ContactCard({
  contact,
  customFields = [],
}: {
  contact: Contact;
  customFields?: readonly CustomField[];
}) {
  const labelId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The card replaces what the person was doing: take keyboard and screen reader focus to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const heading = headingOf(contact);
  return (
    <section
      aria-labelledby={labelId}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 break-words text-slate-900 [overflow-wrap:anywhere] sm:p-6 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <p id={labelId} className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
        Created contact
      </p>
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 rounded-sm text-xl font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400"
      >
        <bdi>{heading}</bdi>
      </h2>
      <dl className="mt-4 grid gap-4">
        {contact.name && (
          <Detail term="Name">
            <bdi>{contact.name}</bdi>
          </Detail>
        )}
        {contact.title && (
          <Detail term="Title">
            <bdi>{contact.title}</bdi>
          </Detail>
        )}
        {contact.lead_id && (
          <Detail term="Lead">
            <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <SafeLink href={closeLeadUrl(contact.lead_id)}>Open lead in Close</SafeLink>
              <code className="min-w-0 text-sm text-slate-600 dark:text-slate-400">
                {contact.lead_id}
              </code>
            </span>
          </Detail>
        )}
        {contact.id && (
          <Detail term="Contact id">
            <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <code className="min-w-0 text-sm">{contact.id}</code>
              <CopyButton text={contact.id} label="Copy contact id" />
            </span>
          </Detail>
        )}
        {contact.date_created && (
          <Detail term="Created">
            <Timestamp value={contact.date_created} />
          </Detail>
        )}
        {contact.date_updated && (
          <Detail term="Updated">
            <Timestamp value={contact.date_updated} />
          </Detail>
        )}
        {contact.timezone && (
          <Detail term="Timezone">
            <bdi>{contact.timezone}</bdi>
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
    </section>
  );
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
