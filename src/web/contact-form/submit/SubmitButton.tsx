import { Spinner } from "../../ui/Spinner";
import { primaryButtonClass } from "../../ui/styles";

/** The keys that create from anywhere in the form, as this computer's keyboard names them. */
const SHORTCUT = /Macintosh|Mac OS X|iPhone|iPad/.test(navigator.userAgent)
  ? "⌘+Enter"
  : "Ctrl+Enter";

/**
 * "Create contact", with a busy mark and a status line while it works; otherwise the shortcut,
 * which a touch screen without a keyboard has no use for.
 */
export function SubmitButton({ busy }: { busy: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" aria-disabled={busy || undefined} className={primaryButtonClass}>
        {busy && <Spinner />}
        Create contact
      </button>
      <span role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {busy ? (
          "Creating the contact…"
        ) : (
          <span className="pointer-coarse:hidden">or press {SHORTCUT}</span>
        )}
      </span>
    </div>
  );
}
