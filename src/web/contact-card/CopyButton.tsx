import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";
const MESSAGES: Record<CopyState, string> = { idle: "", copied: "Copied", failed: "Copy failed" };
const MESSAGE_MS = 5000;

/**
 * Copies `text` to the clipboard and says, visibly and to screen readers, how it went. `label`
 * names the button; a shorter `visibleLabel` ("Copy") begins it, so the name holds what is seen.
 */
export function CopyButton({
  text,
  label,
  visibleLabel,
}: {
  text: string;
  label: string;
  visibleLabel?: string;
}) {
  const [state, setState] = useState<CopyState>("idle");

  // Clearing the message lets a second copy be announced again.
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      // Pages on plain http (and some frames) have no clipboard at all.
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={visibleLabel ? label : undefined}
        className="rounded-md border border-line bg-surface px-2 py-0.5 text-sm font-medium text-ink hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus motion-safe:transition-colors"
      >
        {visibleLabel ?? label}
      </button>
      <span role="status" className="text-sm text-ink-muted">
        {MESSAGES[state]}
      </span>
    </span>
  );
}
