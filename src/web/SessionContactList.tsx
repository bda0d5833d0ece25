import { closeLeadUrl } from "../shared/close/lead-url";
import type { CreatedIdentity } from "./contact-card/created-identity";

/** The contacts created since the page was opened, newest first. */
export function SessionContactList({
  contacts,
  live,
}: {
  contacts: readonly CreatedIdentity[];
  live: boolean;
}) {
  if (contacts.length === 0) return null;
  return (
    <section
      aria-labelledby="session-contacts"
      className="flex flex-col gap-2 border-t border-line-soft pt-6"
    >
      <h2 id="session-contacts" className="text-lg font-semibold">
        Created in this session
      </h2>
      <ul className="flex flex-col gap-1">
        {[...contacts].reverse().map((contact) => (
          <li
            key={contact.id}
            className="flex flex-wrap items-baseline gap-x-2 [overflow-wrap:anywhere]"
          >
            {live && contact.leadId ? (
              <a
                href={closeLeadUrl(contact.leadId)}
                target="_blank"
                rel="noopener noreferrer"
                className="text-link underline"
              >
                {contact.displayName}
              </a>
            ) : (
              <span>{contact.displayName}</span>
            )}
            <code className="text-sm text-ink-muted">{contact.id}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
