import { buttonClass } from "../../ui/styles";
import type { SubmitState } from "./use-submit-contact";

/** What happened to the last attempt: a countdown while Close asks to wait, or what failed. */
export function SubmitStatus({ state, onRetry }: { state: SubmitState; onRetry: () => void }) {
  if (state.kind === "waiting") {
    return (
      <p role="status" className="rounded-md bg-slate-100 px-4 py-3 dark:bg-slate-800">
        Close is busy and asked to wait. Trying again in{" "}
        <span className="font-semibold tabular-nums">{state.seconds}</span>{" "}
        {state.seconds === 1 ? "second" : "seconds"}.
      </p>
    );
  }
  if (state.kind === "invalid") {
    return (
      <p role="alert" className={alertClass}>
        {state.count === 1 ? "One field needs" : `${state.count} fields need`} attention before the
        contact can be created.
      </p>
    );
  }
  if (state.kind !== "failed") return null;
  return (
    <div role="alert" className={`${alertClass} flex flex-col gap-2`}>
      {state.messages.length === 1 ? (
        <p>{state.messages[0]}</p>
      ) : (
        <ul className="list-disc pl-5">
          {state.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {state.canRetry && (
        <div>
          <button type="button" className={buttonClass} onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}

const alertClass =
  "rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100";
