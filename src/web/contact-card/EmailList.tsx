import type { Contact } from "../../shared/close/contact";
import { Badge } from "./Badge";
import { DetailList } from "./DetailList";

export function EmailList({ emails }: { emails: Contact["emails"] }) {
  return (
    <DetailList term="Emails" items={emails}>
      {(email) => (
        <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <bdi className="min-w-0">{email.email}</bdi>
          <span className="text-sm text-slate-600 dark:text-slate-400">{email.type}</span>
          {email.is_unsubscribed && <Badge>Unsubscribed</Badge>}
        </span>
      )}
    </DetailList>
  );
}
