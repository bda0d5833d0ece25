import type { Contact } from "../../shared/close/contact";
import { Detail } from "./Detail";
import { DetailList } from "./DetailList";
import { formatDuration } from "./format";
import { Timestamp } from "./Timestamp";

export function RecentCallList({ calls }: { calls: Contact["recent_calls"] }) {
  return (
    <DetailList term="Recent calls" items={calls}>
      {(call) => (
        <dl className="grid gap-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          {call.status && <Detail term="Status">{call.status}</Detail>}
          {call.duration != null && (
            <Detail term="Duration">{formatDuration(call.duration)}</Detail>
          )}
          {call.finish_timestamp && (
            <Detail term="Finished">
              <Timestamp value={call.finish_timestamp} />
            </Detail>
          )}
        </dl>
      )}
    </DetailList>
  );
}
