import { type ReactNode, useId } from "react";

/**
 * A labelled list of a `<dl>`: the items as a `<ul>` named by the term, or "None" when there
 * are none, so an empty list is said rather than left out.
 */
export function DetailList<T>({
  term,
  items,
  children,
}: {
  term: string;
  items: readonly T[];
  children: (item: T) => ReactNode;
}) {
  const termId = useId();
  return (
    <div className="min-w-0">
      <dt id={termId} className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {term}
      </dt>
      <dd className="mt-0.5">
        {items.length === 0 ? (
          "None"
        ) : (
          <ul aria-labelledby={termId} className="flex flex-col gap-2">
            {items.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat and are never reordered here
              <li key={index}>{children(item)}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}
