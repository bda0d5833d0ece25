import { type ReactNode, useEffect, useId, useRef } from "react";
import type { Contact } from "../../shared/close/contact";
import type { CustomField } from "../../shared/close/custom-field";
import { customValues } from "../../shared/close/custom-values";
import { closeLeadUrl } from "../../shared/close/lead-url";
import { webUrl } from "../../shared/web-url";
import { Badge } from "./Badge";
import { CopyButton } from "./CopyButton";
import { Detail } from "./Detail";
import { DetailList } from "./DetailList";
import { formatCustomValue, formatDuration } from "./format";
import { SafeLink } from "./SafeLink";
import { Timestamp } from "./Timestamp";

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

function EmailList({ emails }: { emails: Contact["emails"] }) {
  return (
    <DetailList term="Emails" items={emails}>
      {(email) => (
        <ValueLine notes={[email.type]} badge={email.is_unsubscribed && "Unsubscribed"}>
          <bdi>{email.email}</bdi>
        </ValueLine>
      )}
    </DetailList>
  );
}

function PhoneList({ phones }: { phones: Contact["phones"] }) {
  return (
    <DetailList term="Phones" items={phones}>
      {(phone) => (
        <ValueLine
          notes={[phone.type, phone.country]}
          badge={phone.outbound_sms_blocked && "SMS blocked"}
        >
          <bdi>{phone.phone_formatted || phone.phone}</bdi>
        </ValueLine>
      )}
    </DetailList>
  );
}

function UrlList({ urls }: { urls: Contact["urls"] }) {
  return (
    <DetailList term="URLs" items={urls}>
      {(url) => (
        <ValueLine notes={[url.type]}>
          <SafeLink href={url.url}>
            <bdi>{url.url}</bdi>
          </SafeLink>
        </ValueLine>
      )}
    </DetailList>
  );
}

/** Custom field values under their Close names; a field Close did not list shows its id. */
function CustomValueList({
  values,
  customFields,
}: {
  values: readonly { fieldId: string; value: unknown }[];
  customFields: readonly CustomField[];
}) {
  const names = new Map(customFields.map((field) => [field.id, field.name]));
  return (
    <Detail term="Custom fields">
      {values.length === 0 ? (
        "None"
      ) : (
        <NestedDetails>
          {values.map(({ fieldId, value }) => (
            <Detail key={fieldId} term={names.get(fieldId) ?? fieldId}>
              <bdi>{formatCustomValue(value)}</bdi>
            </Detail>
          ))}
        </NestedDetails>
      )}
    </Detail>
  );
}

/** The sequences Close enrolled the contact in. */
function SubscriptionList({ subscriptions }: { subscriptions: Contact["subscriptions"] }) {
  return (
    <DetailList term="Subscriptions" items={subscriptions}>
      {(subscription) => (
        <>
          <p className="font-medium">
            <bdi>{subscription.sequence_name || subscription.sequence_id || "A sequence"}</bdi>
          </p>
          <NestedDetails>
            {subscription.sequence_status && (
              <Detail term="Sequence status">{subscription.sequence_status}</Detail>
            )}
            {subscription.subscription_status && (
              <Detail term="Subscription status">{subscription.subscription_status}</Detail>
            )}
            {subscription.subscription_status_reason && (
              <Detail term="Status reason">{subscription.subscription_status_reason}</Detail>
            )}
            <Detail term="Started">
              {subscription.start_date ? <Timestamp value={subscription.start_date} /> : "None"}
            </Detail>
          </NestedDetails>
        </>
      )}
    </DetailList>
  );
}

function RecentCallList({ calls }: { calls: Contact["recent_calls"] }) {
  return (
    <DetailList term="Recent calls" items={calls}>
      {(call) => (
        <NestedDetails>
          {call.status && <Detail term="Status">{call.status}</Detail>}
          {call.duration != null && (
            <Detail term="Duration">{formatDuration(call.duration)}</Detail>
          )}
          {call.finish_timestamp && (
            <Detail term="Finished">
              <Timestamp value={call.finish_timestamp} />
            </Detail>
          )}
        </NestedDetails>
      )}
    </DetailList>
  );
}

function IntegrationLinkList({ links }: { links: Contact["integration_links"] }) {
  return (
    <DetailList term="Integration links" items={links}>
      {(link) => (
        // A link that cannot be opened still shows where it points.
        <ValueLine notes={[webUrl(link.url) === null && link.url]}>
          <SafeLink href={link.url}>
            <bdi>{link.name || link.url}</bdi>
          </SafeLink>
        </ValueLine>
      )}
    </DetailList>
  );
}

/** One value of a list, with its quiet notes (its type, a country) and a badge. */
function ValueLine({
  children,
  notes,
  badge,
}: {
  children: ReactNode;
  notes: (string | false | null | undefined)[];
  badge?: string | false | null;
}) {
  return (
    <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <span className="min-w-0">{children}</span>
      {notes.filter(Boolean).map((note) => (
        <bdi key={String(note)} className="min-w-0 text-sm text-slate-600 dark:text-slate-400">
          {note}
        </bdi>
      ))}
      {badge && <Badge>{badge}</Badge>}
    </span>
  );
}

/** The details of one item of a list, set in under it. */
function NestedDetails({ children }: { children: ReactNode }) {
  return (
    <dl className="mt-1 grid gap-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
      {children}
    </dl>
  );
}
