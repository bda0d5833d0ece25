import type { ReactNode } from "react";

/** A short warning next to a value, e.g. "Unsubscribed". */
export function Badge({ children }: { children: ReactNode }) {
  return (
    <span className="inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
      {children}
    </span>
  );
}
