import { useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { CustomField } from "../../shared/close/custom-field";
import { useCreateContact } from "../api/contact";
import { ApiError } from "../api/http";
import type { Failure } from "./describe-failure";
import type { FormValues } from "./form-values";

export type SubmitState =
  | { kind: "idle" }
  | { kind: "invalid"; count: number }
  | { kind: "sending" }
  | { kind: "waiting"; seconds: number }
  | ({ kind: "failed" } & Failure);

const tick = () => new Promise((resolve) => setTimeout(resolve, 1000));

/** [choice] Longer than this, the form says when to try again rather than count down. */
const MAX_AUTOMATIC_WAIT_SECONDS = 60;

/**
 * Validates and sends the form, once at a time whatever is clicked or pressed. A 429 waits the
 * time Close asks for (up to a minute), counting down, and tries once more by itself.
 */
export function useSubmitContact(
  form: UseFormReturn<FormValues, unknown>,
  customFields: readonly CustomField[],
  onCreated: (contact: unknown) => void,
) {
  const mutation = useCreateContact();
  const sending = useRef(false);
  const [state, setState] = useState<SubmitState>({ kind: "idle" });

  const send = async (values: FormValues, rateLimitRetries: number): Promise<void> => {
    setState({ kind: "sending" });
    const { toClosePayload, describeFailure } = await import("./prepare-submit");
    const { payload, rows } = toClosePayload(values, customFields);
    try {
      const contact = await mutation.mutateAsync(payload);
      setState({ kind: "idle" });
      onCreated(contact);
    } catch (error) {
      const wait = error instanceof ApiError && error.status === 429 && rateLimitWait(error);
      if (wait && rateLimitRetries > 0) {
        for (let left = wait; left > 0; left--) {
          setState({ kind: "waiting", seconds: left });
          await tick();
        }
        // The form stays editable while it waits: send what it holds now, checked again.
        if (!(await form.trigger())) {
          setState({ kind: "invalid", count: countErrors(form.formState.errors) });
          return;
        }
        return send(form.getValues(), rateLimitRetries - 1);
      }
      setState({ kind: "failed", ...describeFailure(error, rows, form, customFields) });
    }
  };

  const submit = form.handleSubmit(
    async (values) => {
      if (sending.current) return;
      sending.current = true;
      try {
        await send(values, 1);
      } catch {
        // Only what comes before the request can land here: Close's answers are handled in send.
        setState({
          kind: "failed",
          messages: [
            "Nothing was sent: this page could not load what it needs to send the contact. Check your connection, then try again.",
          ],
          canRetry: true,
        });
      } finally {
        sending.current = false;
      }
    },
    (errors) => setState({ kind: "invalid", count: countErrors(errors) }),
  );

  const busy = state.kind === "sending" || state.kind === "waiting" || form.formState.isSubmitting;
  return { submit, state, busy };
}

/** How many inputs have a message, however deep. */
function countErrors(errors: object): number {
  return Object.entries(errors).reduce((sum, [key, value]) => {
    if (key === "ref" || typeof value !== "object" || value === null) return sum;
    return sum + ("message" in value && typeof value.message === "string" ? 1 : countErrors(value));
  }, 0);
}

/** The whole seconds to count down before trying again, or undefined when too long to wait. */
function rateLimitWait(error: ApiError): number | undefined {
  const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1));
  return seconds <= MAX_AUTOMATIC_WAIT_SECONDS ? seconds : undefined;
}
