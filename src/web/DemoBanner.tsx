/** Says plainly that nothing typed here reaches Close. */
export function DemoBanner() {
  return (
    <p
      role="status"
      className="rounded-md border border-notice-line bg-notice-bg px-4 py-3 text-sm text-notice-ink"
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
      className="self-start rounded-full bg-notice-pill px-3 py-0.5 text-xs font-medium text-notice-ink"
    >
      Demo mode
      <span className="sr-only">
        : contacts go to the built-in stand-in of Close, not to Close.
      </span>
    </p>
  );
}
