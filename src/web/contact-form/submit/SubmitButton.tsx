import { Spinner } from "../../ui/Spinner";
import { primaryButtonClass } from "../../ui/styles";

/** "Create contact", with a busy mark and a status line while it works. */
export function SubmitButton({ busy }: { busy: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" aria-disabled={busy || undefined} className={primaryButtonClass}>
        {busy && <Spinner />}
        Create contact
      </button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {busy ? "Creating the contact…" : "or press Ctrl+Enter"}
      </span>
    </div>
  );
}
