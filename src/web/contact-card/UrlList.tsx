import type { Contact } from "../../shared/close/contact";
import { DetailList } from "./DetailList";
import { SafeLink } from "./SafeLink";

export function UrlList({ urls }: { urls: Contact["urls"] }) {
  return (
    <DetailList term="URLs" items={urls}>
      {(url) => (
        <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="min-w-0">
            <SafeLink href={url.url}>
              <bdi>{url.url}</bdi>
            </SafeLink>
          </span>
          <span className="text-sm text-slate-600 dark:text-slate-400">{url.type}</span>
        </span>
      )}
    </DetailList>
  );
}
