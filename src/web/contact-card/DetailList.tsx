import { type ReactNode, useId } from "react";

/** A labelled list of a `<dl>`: the items as a `<ul>` named by the term; nothing when there are none. */
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
  if (items.length === 0) return null;
  return (
    <div className="min-w-0">
      <dt id={termId} className="text-sm font-medium text-ink-muted">
        {term}
      </dt>
      <dd className="mt-0.5">
        <ul aria-labelledby={termId} className="flex flex-col gap-2">
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat and are never reordered here
            <li key={index}>{children(item)}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
