import type { CreatedIdentity } from "./contact-card/created-identity";
import { leadPhrase } from "./contact-card/lead-phrase";

/** Above the next form after "Create and add another": who was created, and where. */
export function JustCreated({
  identity,
  leadName,
}: {
  identity: CreatedIdentity;
  leadName: string;
}) {
  return (
    <p role="status" className="rounded-md bg-info-bg px-4 py-2 [overflow-wrap:anywhere]">
      Created <bdi className="font-semibold">{identity.displayName}</bdi>{" "}
      {leadPhrase(leadName, identity.displayName)}.
    </p>
  );
}
