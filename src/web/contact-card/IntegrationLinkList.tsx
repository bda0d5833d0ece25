import type { Contact } from "../../shared/close/contact";
import { webUrl } from "../../shared/web-url";
import { DetailList } from "./DetailList";
import { SafeLink } from "./SafeLink";

export function IntegrationLinkList({ links }: { links: Contact["integration_links"] }) {
  return (
    <DetailList term="Integration links" items={links}>
      {(link) => (
        <span className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="min-w-0">
            <SafeLink href={link.url}>
              <bdi>{link.name || link.url}</bdi>
            </SafeLink>
          </span>
          {/* A link that cannot be opened still shows where it points. */}
          {webUrl(link.url) === null && (
            <bdi className="min-w-0 text-sm text-slate-600 dark:text-slate-400">{link.url}</bdi>
          )}
        </span>
      )}
    </DetailList>
  );
}
