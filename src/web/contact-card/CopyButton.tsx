import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";
const MESSAGES: Record<CopyState, string> = { idle: "", copied: "Copied", failed: "Copy failed" };
const MESSAGE_MS = 5000;

/** Copies `text` to the clipboard and says, visibly and to screen readers, how it went. */
export function CopyButton({ text, label }: { text: string; label: string }) {
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
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 motion-safe:transition-colors dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 dark:focus-visible:outline-blue-400"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {MESSAGES[state]}
      </span>
    </span>
  );
}
