import type { Contact } from "../../shared/close/contact";
import { Badge } from "./Badge";
import { DetailList } from "./DetailList";

export function PhoneList({ phones }: { phones: Contact["phones"] }) {
  return (
    <DetailList term="Phones" items={phones}>
      {(phone) => (
        <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <bdi className="min-w-0">{phone.phone_formatted || phone.phone}</bdi>
          <span className="text-sm text-slate-600 dark:text-slate-400">{phone.type}</span>
          {phone.country && (
            <span className="text-sm text-slate-600 dark:text-slate-400">{phone.country}</span>
          )}
          {phone.outbound_sms_blocked && <Badge>SMS blocked</Badge>}
        </span>
      )}
    </DetailList>
  );
}
