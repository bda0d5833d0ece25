import type { ReactNode } from "react";
import { webUrl } from "../../shared/web-url";

/** A link that opens in a new tab, live only for http(s) URLs; anything else stays plain text. */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const url = webUrl(href)?.href ?? null;
  if (url === null) return <span>{children}</span>;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="rounded-sm text-blue-700 underline underline-offset-2 hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:hover:text-blue-100 dark:focus-visible:outline-blue-400"
    >
      {children}
    </a>
  );
}
