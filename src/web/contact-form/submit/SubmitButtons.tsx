import { Spinner } from "../../ui/Spinner";
import { buttonClass, primaryButtonClass } from "../../ui/styles";

/** The `data-intent` of "Create and add another", which the form reads from the submit event. */
export const ADD_ANOTHER = "add-another";

/** The keys that create from anywhere in the form, as this computer's keyboard names them. */
const SHORTCUT = /Macintosh|Mac OS X|iPhone|iPad/.test(navigator.userAgent)
  ? "⌘+Enter"
  : "Ctrl+Enter";

/**
 * The submit bar, kept in view at the bottom of the window (`.submit-bar`): "Create contact",
 * "Create and add another", and a status line while it works (counting down while Close asks to
 * wait); otherwise the shortcut, which a touch screen without a keyboard has no use for.
 */
export function SubmitButtons({ busy, waitSeconds }: { busy: boolean; waitSeconds?: number }) {
  return (
    <div className="submit-bar flex flex-wrap items-center gap-x-3 gap-y-2">
      <button type="submit" aria-disabled={busy || undefined} className={primaryButtonClass}>
        {busy && <Spinner />}
        Create contact
      </button>
      <button
        type="submit"
        data-intent={ADD_ANOTHER}
        aria-disabled={busy || undefined}
        className={`${buttonClass} h-control sm:text-base`}
      >
        Create and add another
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {waitSeconds !== undefined ? (
          <>
            Close is busy and asked to wait. Trying again in{" "}
            <span className="font-semibold tabular-nums">{waitSeconds}</span>{" "}
            {waitSeconds === 1 ? "second" : "seconds"}.
          </>
        ) : busy ? (
          "Creating the contact…"
        ) : (
          <span className="pointer-coarse:hidden">or press {SHORTCUT}</span>
        )}
      </span>
    </div>
  );
}
