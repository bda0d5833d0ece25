import type { ReactNode } from "react";
import { webUrl } from "../../shared/web-url";
import { linkClass } from "../ui/styles";

/** A link that opens in a new tab, live only for http(s) URLs; anything else stays plain text. */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const url = webUrl(href)?.href ?? null;
  if (url === null) return <span>{children}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className={linkClass}>
      {children}
    </a>
  );
}
