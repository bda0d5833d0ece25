import { fieldId } from "./field-ids";

/** The hint and error under an input, with the ids its aria-describedby points at. */
export function FieldMessages({
  path,
  hint,
  error,
}: {
  path: string;
  hint?: string;
  error?: string;
}) {
  return (
    <>
      {hint && (
        <p id={`${fieldId(path)}-hint`} className="text-sm text-ink-muted [overflow-wrap:anywhere]">
          {hint}
        </p>
      )}
      {error && (
        <p
          id={`${fieldId(path)}-error`}
          className="text-sm font-medium text-danger [overflow-wrap:anywhere]"
        >
          {error}
        </p>
      )}
    </>
  );
}
