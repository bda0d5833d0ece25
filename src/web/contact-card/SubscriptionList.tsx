import type { Contact } from "../../shared/close/contact";
import { Detail } from "./Detail";
import { DetailList } from "./DetailList";
import { Timestamp } from "./Timestamp";

/** The sequences Close enrolled the contact in. */
export function SubscriptionList({ subscriptions }: { subscriptions: Contact["subscriptions"] }) {
  return (
    <DetailList term="Subscriptions" items={subscriptions}>
      {(subscription) => (
        <>
          <p className="font-medium">
            <bdi>{subscription.sequence_name || subscription.sequence_id || "A sequence"}</bdi>
          </p>
          <dl className="mt-1 grid gap-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
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
          </dl>
        </>
      )}
    </DetailList>
  );
}
