/** Says plainly that nothing typed here reaches Close. */
export function DemoBanner() {
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <strong>Demo mode.</strong> Contacts go to the built-in stand-in of Close, not to Close.
    </p>
  );
}

/** The same, small, for the compact layout in a dashboard's frame. */
export function DemoBadge() {
  return (
    <p
      role="status"
      className="self-start rounded-full bg-amber-100 px-3 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-100"
    >
      Demo mode
      <span className="sr-only">
        : contacts go to the built-in stand-in of Close, not to Close.
      </span>
    </p>
  );
}
