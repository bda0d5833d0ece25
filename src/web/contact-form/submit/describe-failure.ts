import type { UseFormReturn } from "react-hook-form";
import { CUSTOM_KEY_PREFIX } from "../../../shared/close/contact-limits";
import type { CustomField } from "../../../shared/close/custom-field";
import { mapCloseErrors } from "../../../shared/close/map-close-errors";
import { ApiError, NetworkError } from "../../api/http";
import type { FormPath, FormValues } from "../form-values";
import { toFormPath } from "./form-error-paths";
import type { RowMap } from "./to-close-payload";

export interface Failure {
  messages: string[];
  /** Whether sending the same values again makes sense. */
  canRetry: boolean;
}

/** A message of Close's about one input of the form. */
export interface FieldMessage {
  path: FormPath;
  message: string;
}

export interface FailureContext {
  /** Which form row each sent row came from (blank rows are not sent). */
  rows: RowMap;
  customFields: readonly CustomField[];
  /** Whether the form shows an input for this path; a message for one it does not goes in the summary. */
  hasInput: (path: FormPath) => boolean;
}

const MAYBE_CREATED =
  "Close may or may not have created the contact: check Close before trying again.";

/**
 * Says what went wrong in words a person can act on, and which of Close's messages belong on
 * which input (`showOnInputs` puts them there). The form's values are never touched.
 */
export function describeFailure(
  error: unknown,
  context: FailureContext,
): Failure & { fieldMessages: FieldMessage[] } {
  const summary = (messages: string[], canRetry: boolean) => ({
    messages,
    canRetry,
    fieldMessages: [],
  });
  if (error instanceof NetworkError) {
    return summary([`The server could not be reached. ${MAYBE_CREATED}`], true);
  }
  if (!(error instanceof ApiError)) {
    return summary([`Close's answer could not be read. ${MAYBE_CREATED}`], true);
  }
  switch (error.status) {
    case 400:
      return sortFieldErrors(error.body, context);
    case 401:
      return summary(
        [
          "Close refused the server's API key. Whoever runs this server needs to check CLOSE_API_KEY.",
        ],
        false,
      );
    case 429:
      // Close refused it before doing anything: the contact does not exist.
      return summary(
        [
          `Close is still busy, so the contact was not created. ${whenToRetry(error.retryAfterSeconds)}`,
        ],
        true,
      );
    default:
      return summary([error.message], error.status >= 500);
  }
}

/** Puts Close's messages on their inputs (the error summary takes focus, and links to them). */
export function showOnInputs(
  form: UseFormReturn<FormValues, unknown>,
  fieldMessages: readonly FieldMessage[],
): void {
  for (const { path, message } of fieldMessages) form.setError(path, { type: "close", message });
}

function sortFieldErrors(
  body: unknown,
  { rows, customFields, hasInput }: FailureContext,
): Failure & { fieldMessages: FieldMessage[] } {
  const { fields, general } = mapCloseErrors(body);
  const messages = [...general];
  const fieldMessages: FieldMessage[] = [];
  for (const { path, message: closeMessage } of fields) {
    const formPath = toFormPath(path, rows);
    const message = actionable(formPath, closeMessage);
    // A message for a place with no input on screen (a list as a whole, say) goes in the summary.
    if (formPath && hasInput(formPath)) fieldMessages.push({ path: formPath, message });
    else messages.push(`${placeName(path, customFields)}: ${message}`);
  }
  if (fields.length > 0)
    messages.unshift("Close refused some of the values: see the marked fields.");
  return { messages, canRetry: false, fieldMessages };
}

/**
 * Close's message, or, for the cases where we know what happened, a sentence that says what to
 * do (Close's messages: close-api/README.md, "Errors").
 */
function actionable(formPath: FormPath | undefined, message: string): string {
  if (formPath === "leadName" && message === "Object does not exist.")
    return "Close has no lead with this id. Choose a lead from the suggestions, or leave Lead empty for a new lead.";
  if (/^The Custom Field ".*" does not exist\.$/.test(message))
    return "Close has no custom field with this id. Check the id in Close's settings (Custom Fields), or remove it.";
  return message;
}

/** How the summary names a place with no input on screen: a custom field by its Close name. */
function placeName(closePath: string, customFields: readonly CustomField[]): string {
  if (!closePath.startsWith(CUSTOM_KEY_PREFIX)) return closePath;
  const id = closePath.slice(CUSTOM_KEY_PREFIX.length);
  return customFields.find((field) => field.id === id)?.name ?? `Custom field ${id}`;
}

/** When Close said to try again, in words; a wait of a few seconds is "a moment". */
function whenToRetry(seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 10) return "Wait a moment, then try again.";
  if (seconds < 120) return `Try again in ${Math.ceil(seconds)} seconds.`;
  return `Try again in ${Math.ceil(seconds / 60)} minutes.`;
}
