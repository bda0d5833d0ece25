import type { ReactNode } from "react";

/** One labelled value (a term and its definition) of a `<dl>`. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-medium text-ink-muted">{term}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
