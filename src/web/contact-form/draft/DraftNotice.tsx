import { buttonClass } from "../../ui/styles";

/** Tells that the form came back from a draft, and offers to start from scratch. */
export function DraftNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-info-bg px-4 py-2">
      <p role="status">Draft restored</p>
      <button type="button" className={buttonClass} onClick={onDiscard}>
        Discard draft
      </button>
    </div>
  );
}
