import { useEffect } from "react";
import { useFormContext } from "react-hook-form";
import type { CustomField } from "../../shared/close/custom-field";
import { WithQueries } from "../api/WithQueries";
import type { FormValues } from "./form-values";
import { SubmitButton } from "./SubmitButton";
import { SubmitStatus } from "./SubmitStatus";
import { useSubmitContact } from "./use-submit-contact";

export interface SubmitAreaProps {
  customFields: readonly CustomField[];
  onCreated: (contact: unknown) => void;
  /** Hands the form its submit action once this part has loaded. */
  onReady: (submit: () => void) => void;
}

/** The submit button, what became of the last attempt, and the request itself. Loaded after the form. */
export default function SubmitArea(props: SubmitAreaProps) {
  return (
    <WithQueries>
      <Submitter {...props} />
    </WithQueries>
  );
}

function Submitter({ customFields, onCreated, onReady }: SubmitAreaProps) {
  const form = useFormContext<FormValues>();
  const { submit, state, busy } = useSubmitContact(form, customFields, onCreated);
  useEffect(() => onReady(() => void submit()), [submit, onReady]);
  // Fetch what checking, sending and showing the answer need now, while the network is there:
  // a submit made offline, or while our server restarts, then fails with a clear word.
  useEffect(() => {
    void import("./prepare-submit");
    void import("./form-schema");
    void import("../contact-card/CreatedContactPanel");
  }, []);
  return (
    <>
      <SubmitStatus state={state} onRetry={() => void submit()} />
      <SubmitButton busy={busy} />
    </>
  );
}
