import { useEffect, useRef } from "react";
import type { CustomField } from "../../../shared/close/custom-field";
import { buttonClass } from "../../ui/styles";
import { fieldId } from "../fields/field-ids";
import type { FieldMessage } from "./describe-failure";
import { fieldLabel } from "./field-labels";

interface ErrorSummaryProps {
  /** What stopped the contact, not tied to one input. */
  messages: readonly string[];
  /** The messages on inputs, each linked to its input. */
  fields: readonly FieldMessage[];
  canRetry: boolean;
  customFields: readonly CustomField[];
  onRetry: () => void;
}

/** The input a message is about, or, for a list as a whole ("emails.root"), the list's legend. */
function fieldOnPage(path: string): HTMLElement | null {
  const list = path.split(".")[0] ?? path;
  return document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(list));
}

/**
 * Why the contact was not created, at the top of the form, as GOV.UK's error summary does it:
 * it takes focus when it appears (so the page scrolls to it and a screen reader reads it), and
 * each field's message links to the field, moving focus there.
 */
export function ErrorSummary({
  messages,
  fields,
  canRetry,
  customFields,
  onRetry,
}: ErrorSummaryProps) {
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each new summary (each submit that fails) takes focus again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows every new summary
  useEffect(() => {
    summaryRef.current?.focus();
  }, [messages, fields]);

  const heading =
    messages.length > 0
      ? undefined
      : `${fields.length === 1 ? "One field needs" : `${fields.length} fields need`} attention before the contact can be created.`;
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      role="alert"
      className="flex flex-col gap-2 rounded-md border-2 border-danger-line bg-danger-bg px-4 py-3 text-danger-ink outline-none focus-visible:border-danger"
    >
      {heading && <h2 className="font-semibold">{heading}</h2>}
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {fields.length > 0 && (
        <ul className="flex flex-col gap-1 [overflow-wrap:anywhere]">
          {fields.map(({ path, message }) => (
            <li key={path}>
              <a
                href={`#${fieldId(path)}`}
                className="rounded-sm text-danger-ink underline underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
                onClick={(event) => {
                  const input = fieldOnPage(path);
                  if (!input) return;
                  event.preventDefault();
                  input.focus();
                  input.scrollIntoView({ block: "center" });
                }}
              >
                {fieldLabel(path, customFields)}: {message}
              </a>
            </li>
          ))}
        </ul>
      )}
      {canRetry && (
        <div>
          <button type="button" className={buttonClass} onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
