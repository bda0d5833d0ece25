import type { ReactNode } from "react";
import type { Contact } from "../../shared/close/contact";
import type { CustomField } from "../../shared/close/custom-field";
import { webUrl } from "../../shared/web-url";
import { linkClass } from "../ui/styles";
import { Badge } from "./Badge";
import { CopyButton } from "./CopyButton";
import { mailtoHref, telHref } from "./contact-links";
import { Detail } from "./Detail";
import { DetailList } from "./DetailList";
import { formatCustomValue, formatDuration } from "./format";
import { SafeLink } from "./SafeLink";
import { Timestamp } from "./Timestamp";

/** The card's lists: what Close holds of the contact, each shown only when it has something. */

export function EmailList({ emails }: { emails: Contact["emails"] }) {
  return (
    <DetailList term="Emails" items={emails}>
      {(email) => (
        <ValueLine
          notes={[email.type]}
          badge={email.is_unsubscribed && "Unsubscribed"}
          copy={email.email}
        >
          <AppLink href={mailtoHref(email.email)}>
            <bdi>{email.email}</bdi>
          </AppLink>
        </ValueLine>
      )}
    </DetailList>
  );
}

export function PhoneList({ phones }: { phones: Contact["phones"] }) {
  return (
    <DetailList term="Phones" items={phones}>
      {(phone) => (
        <ValueLine
          notes={[phone.type, phone.country]}
          badge={phone.outbound_sms_blocked && "SMS blocked"}
          copy={phone.phone_formatted || phone.phone}
        >
          <AppLink href={telHref(phone.phone)}>
            <bdi>{phone.phone_formatted || phone.phone}</bdi>
          </AppLink>
        </ValueLine>
      )}
    </DetailList>
  );
}

export function UrlList({ urls }: { urls: Contact["urls"] }) {
  return (
    <DetailList term="URLs" items={urls}>
      {(url) => (
        <ValueLine notes={[url.type]} copy={url.url}>
          <SafeLink href={url.url}>
            <bdi>{url.url}</bdi>
          </SafeLink>
        </ValueLine>
      )}
    </DetailList>
  );
}

/** Custom field values under their Close names; a field Close did not list shows its id. */
export function CustomValueList({
  values,
  customFields,
}: {
  values: readonly { fieldId: string; value: unknown }[];
  customFields: readonly CustomField[];
}) {
  // A field Close answers as null or [] holds nothing: not shown, like any empty section.
  const held = values.filter(
    ({ value }) =>
      value !== null && value !== undefined && !(Array.isArray(value) && !value.length),
  );
  if (held.length === 0) return null;
  const known = new Map(customFields.map((field) => [field.id, field]));
  return (
    <Detail term="Custom fields">
      <NestedDetails>
        {held.map(({ fieldId, value }) => {
          const field = known.get(fieldId);
          const name = field?.name ?? fieldId;
          const text = formatCustomValue(value, field?.type);
          return (
            <Detail key={fieldId} term={name}>
              <ValueLine notes={[]} copy={text} copyLabel={`Copy ${name}`}>
                <bdi>{text}</bdi>
              </ValueLine>
            </Detail>
          );
        })}
      </NestedDetails>
    </Detail>
  );
}

/** The sequences Close enrolled the contact in. */
export function SubscriptionList({ subscriptions }: { subscriptions: Contact["subscriptions"] }) {
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
            {subscription.start_date && (
              <Detail term="Started">
                <Timestamp value={subscription.start_date} />
              </Detail>
            )}
          </NestedDetails>
        </>
      )}
    </DetailList>
  );
}

export function RecentCallList({ calls }: { calls: Contact["recent_calls"] }) {
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

export function IntegrationLinkList({ links }: { links: Contact["integration_links"] }) {
  return (
    <DetailList term="Integration links" items={links}>
      {(link) => (
        // A link that cannot be opened still shows where it points.
        <ValueLine notes={[webUrl(link.url) === null && link.url]} copy={link.url}>
          <SafeLink href={link.url}>
            <bdi>{link.name || link.url}</bdi>
          </SafeLink>
        </ValueLine>
      )}
    </DetailList>
  );
}

/** One value of a list, with its quiet notes (its type, a country), a badge, and a copy button. */
function ValueLine({
  children,
  notes,
  badge,
  copy,
  copyLabel,
}: {
  children: ReactNode;
  notes: (string | false | null | undefined)[];
  badge?: string | false | null;
  /** The text the copy button copies, when the value has one. */
  copy?: string;
  /** The copy button's name, when the value itself would make a poor one (a long text). */
  copyLabel?: string;
}) {
  return (
    <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <span className="min-w-0">{children}</span>
      {notes.filter(Boolean).map((note) => (
        <bdi key={String(note)} className="min-w-0 text-sm text-ink-muted">
          {note}
        </bdi>
      ))}
      {badge && <Badge>{badge}</Badge>}
      {copy && <CopyButton text={copy} label={copyLabel ?? `Copy ${copy}`} visibleLabel="Copy" />}
    </span>
  );
}

/** A mailto: or tel: link, or the plain value when it has no such address. */
function AppLink({ href, children }: { href: string | null; children: ReactNode }) {
  if (href === null) return <span>{children}</span>;
  return (
    <a href={href} className={linkClass}>
      {children}
    </a>
  );
}

/** The details of one item of a list, set in under it. */
function NestedDetails({ children }: { children: ReactNode }) {
  return <dl className="mt-1 grid gap-1 border-l-2 border-line-soft pl-3">{children}</dl>;
}
