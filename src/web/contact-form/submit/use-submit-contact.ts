import { type BaseSyntheticEvent, useRef, useState } from "react";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { ContactCreate } from "../../../shared/close/contact-create";
import type { CustomField } from "../../../shared/close/custom-field";
import { createContact, createContactOnNewLead } from "../../api/contact";
import { ApiError } from "../../api/http";
import { readIdentity } from "../../contact-card/created-identity";
import type { LeadNamed } from "../../contact-card/lead-phrase";
import type { CreatedContact } from "../../contact-card/parse-contact";
import { createAfterSignIn } from "../../sign-in/create-after-sign-in";
import { isSignInRequired } from "../../sign-in/sign-in-state";
import type { Held, KnownMatches } from "../duplicates/known-matches";
import { fieldId } from "../fields/field-ids";
import { errorMessages } from "../fields/use-field-error";
import type { FormPath, FormValues } from "../form-values";
import { describeFailure, type Failure, type FieldMessage, showOnInputs } from "./describe-failure";
import { toClosePayload } from "./to-close-payload";

export type SubmitState =
  | { kind: "idle" }
  | { kind: "invalid"; fields: FieldMessage[] }
  | { kind: "sending" }
  | { kind: "waiting"; seconds: number }
  /** Contacts in Close hold values of this one: asked before creating. */
  | { kind: "confirm"; held: Held[] }
  | ({ kind: "failed"; fields: FieldMessage[] } & Failure);

const tick = () => new Promise((resolve) => setTimeout(resolve, 1000));

/** [choice] Longer than this, the form says when to try again rather than count down. */
const MAX_AUTOMATIC_WAIT_SECONDS = 60;

/**
 * The form's submit, top to bottom: check the values, turn them into Close's body, send it,
 * then show the contact or say what failed (Close's field messages on their inputs). Once at a
 * time whatever is clicked or pressed. A 429 waits the time Close asks for (up to a minute),
 * counting down, and tries once more by itself.
 */
export function useSubmitContact(
  form: UseFormReturn<FormValues, unknown>,
  customFields: readonly CustomField[],
  /** With the lead it went to, as the values sent named it (the form may have changed since). */
  onCreated: (created: CreatedContact, lead: LeadNamed) => void,
  /** What the rows' checks found in Close: asked about before creating. */
  known?: KnownMatches,
) {
  const sending = useRef(false);
  const [state, setState] = useState<SubmitState>({ kind: "idle" });
  const sayInvalid = (errors: FieldErrors<FormValues>) =>
    setState({
      kind: "invalid",
      fields: [...errorMessages(errors)].map(([path, message]) => ({
        path: path as FormPath,
        message,
      })),
    });

  const send = async (values: FormValues, rateLimitRetries: number): Promise<void> => {
    setState({ kind: "sending" });
    const { payload, rows } = toClosePayload(values, customFields);
    try {
      const { contact, lead } = await createWithLead(values, payload);
      const created = await readAnswer(contact);
      setState({ kind: "idle" });
      onCreated(created, lead);
    } catch (error) {
      const wait = error instanceof ApiError && error.status === 429 && rateLimitWait(error);
      if (wait && rateLimitRetries > 0) {
        for (let left = wait; left > 0; left--) {
          setState({ kind: "waiting", seconds: left });
          await tick();
        }
        // The form stays editable while it waits: send what it holds now, checked again (and
        // focus on the first field in error, as on a submit).
        return form.handleSubmit((now) => send(now, rateLimitRetries - 1), sayInvalid)();
      }
      if (isSignInRequired(error)) {
        // Nothing was sent to Close: it is, once, as soon as the person is signed in.
        createAfterSignIn.remember();
        return setState({
          kind: "failed",
          messages: [
            "Sign in with Close to create this contact. It is created once you are signed in, with what you typed.",
          ],
          canRetry: false,
          fields: [],
        });
      }
      const { fieldMessages, ...failure } = describeFailure(error, {
        rows,
        customFields,
        hasInput: inputChecker(customFields),
      });
      showOnInputs(form, fieldMessages);
      if (values.newLead && mayHaveCreated(error)) {
        // Sent again as it is, it could make a second lead of that name: the Lead field
        // searches again instead, and finds the first if it was made.
        form.setValue("newLead", false);
        failure.messages.push(
          `The new lead “${values.leadName.trim()}” may have been made too: choose it under Lead if it is there now, or choose New lead again.`,
        );
      }
      setState({ kind: "failed", ...failure, fields: fieldMessages });
    }
  };

  const checkAndSend = (askFirst: boolean) =>
    form.handleSubmit(async (values) => {
      if (sending.current) return;
      const held = askFirst ? (known?.all() ?? []) : [];
      if (held.length > 0) return setState({ kind: "confirm", held });
      sending.current = true;
      try {
        await send(values, 1);
      } finally {
        sending.current = false;
      }
    }, sayInvalid);
  /** `anyway`: create though Close holds some of its values, as the person said. */
  const submit = async (event?: BaseSyntheticEvent, { anyway = false } = {}) => {
    try {
      await checkAndSend(!anyway)(event);
    } catch {
      // The checks load after the form: offline before they arrived, nothing can be checked.
      setState({
        kind: "failed",
        messages: [
          "Nothing was sent: this page could not load what it needs to send the contact. Check your connection, then try again.",
        ],
        canRetry: true,
        fields: [],
      });
    }
  };

  const busy = state.kind === "sending" || state.kind === "waiting" || form.formState.isSubmitting;
  const goBack = () => setState({ kind: "idle" });
  return { submit, goBack, state, busy };
}

/**
 * The contact made on the lead the form names: a chosen one, a new one by the name typed
 * (Close's POST /lead/, the contact nested), or, with Lead empty, one Close names after it.
 */
async function createWithLead(
  { leadId, leadName, newLead }: FormValues,
  payload: ContactCreate,
): Promise<{ contact: unknown; lead: LeadNamed }> {
  if (newLead) {
    const made = await createContactOnNewLead(leadName.trim(), payload);
    return { contact: made.contact, lead: { name: made.leadName, isNew: true } };
  }
  const contact = await createContact(payload);
  return { contact, lead: leadId ? { name: leadName, isNew: false } : { name: "", isNew: true } };
}

/**
 * Close's answer, read once, here. The reader (the Contact schema, with zod) loads after the
 * form, fetched ahead once the page is idle; should it fail to load, the contact exists all the
 * same, named from the few fields read without it.
 */
async function readAnswer(body: unknown): Promise<CreatedContact> {
  try {
    const { readCreatedContact } = await import("../../contact-card/parse-contact");
    return readCreatedContact(body);
  } catch {
    const message = "This page could not load the view of it; reload the page to go on.";
    return { readable: false, message, identity: readIdentity(body), body };
  }
}

/**
 * Whether the form has an input for `path`: on screen, or under "More fields", which opens for
 * an error (a free custom row; a custom field Close lists, but not one it no longer lists).
 */
function inputChecker(customFields: readonly CustomField[]) {
  return (path: FormPath): boolean => {
    if (path.startsWith("freeCustom.")) return true;
    if (path.startsWith("custom."))
      return customFields.some((field) => path === `custom.${field.id}`);
    return document.getElementById(fieldId(path)) !== null;
  };
}

/** Whether Close may have acted on a request that failed: no answer, or its 5xx. */
function mayHaveCreated(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500;
}

/** The whole seconds to count down before trying again, or undefined when too long to wait. */
function rateLimitWait(error: ApiError): number | undefined {
  const seconds = Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1));
  return seconds <= MAX_AUTOMATIC_WAIT_SECONDS ? seconds : undefined;
}
