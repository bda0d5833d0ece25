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
