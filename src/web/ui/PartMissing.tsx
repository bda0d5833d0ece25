/** Said where a part of the form could not load; what was typed stays, as its draft. */
export function PartMissing({ what }: { what: string }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-notice-line bg-notice-bg px-4 py-3 text-notice-ink"
    >
      {what} could not be loaded. Reload the page: what you typed is kept as a draft.
    </p>
  );
}
