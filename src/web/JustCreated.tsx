import type { CreatedIdentity } from "./contact-card/created-identity";
import { type LeadNamed, leadPhrase } from "./contact-card/lead-phrase";

/**
 * Above the next form after "Create and add another": who was created, and where. The live
 * region is always on the page, so that the words are announced when they come (focus is on
 * Name by then).
 */
export function JustCreated({
  created,
}: {
  created: { identity: CreatedIdentity; lead: LeadNamed } | undefined;
}) {
  return (
    <div role="status" className={created ? undefined : "sr-only"}>
      {created && (
        <p className="rounded-md bg-info-bg px-4 py-2 [overflow-wrap:anywhere]">
          Created <bdi className="font-semibold">{created.identity.displayName}</bdi>{" "}
          {leadPhrase(created.lead, created.identity.displayName)}.
        </p>
      )}
    </div>
  );
}
