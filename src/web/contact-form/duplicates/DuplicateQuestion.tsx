import { useEffect, useId, useRef } from "react";
import { buttonClass, noticeClass, primaryButtonClass } from "../../ui/styles";
import type { Held } from "./known-matches";

/**
 * Asked in the page before creating a contact whose email or phone Close holds already: who
 * holds what, "Create anyway" (one more click, never a dead end) or "Go back". Takes focus, so
 * that it is read at once and answered from the keyboard.
 */
export function DuplicateQuestion({
  held,
  onCreateAnyway,
  onGoBack,
}: {
  held: readonly Held[];
  onCreateAnyway: () => void;
  onGoBack: () => void;
}) {
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  const sentences = held.flatMap(({ value, matches }) =>
    matches.map(
      (match) =>
        `${match.name || "A contact"}${match.lead_name ? ` at ${match.lead_name}` : ""} already has ${value}.`,
    ),
  );
  return (
    <section aria-labelledby={questionId} className={`${noticeClass} flex flex-col gap-3`}>
      <p
        id={questionId}
        ref={question}
        tabIndex={-1}
        className="outline-none [overflow-wrap:anywhere]"
      >
        {sentences.join(" ")} Create anyway?
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButtonClass} onClick={onCreateAnyway}>
          Create anyway
        </button>
        <button type="button" className={`${buttonClass} h-control`} onClick={onGoBack}>
          Go back
        </button>
      </div>
    </section>
  );
}
