import type { ReactNode } from "react";

/** A short warning next to a value, e.g. "Unsubscribed". */
export function Badge({ children }: { children: ReactNode }) {
  return (
    <span className="inline-block rounded-full bg-notice-pill px-2 py-0.5 text-xs font-medium text-notice-ink">
      {children}
    </span>
  );
}
