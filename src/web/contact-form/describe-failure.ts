import type { UseFormReturn } from "react-hook-form";
import { CUSTOM_KEY_PREFIX } from "../../shared/close/contact-limits";
import type { CustomField } from "../../shared/close/custom-field";
import { mapCloseErrors } from "../../shared/close/map-close-errors";
import { ApiError, NetworkError } from "../api/http";
import { fieldId } from "./fields/field-ids";
import { toFormPath } from "./form-error-paths";
import type { FormValues } from "./form-values";
import type { RowMap } from "./to-close-payload";

export interface Failure {
  messages: string[];
  /** Whether sending the same values again makes sense. */
  canRetry: boolean;
}

const MAYBE_CREATED =
  "Close may or may not have created the contact: check Close before trying again.";

/**
 * Says what went wrong in words a person can act on, and puts Close's field errors on the
 * exact inputs they are about (focusing the first). The form's values are never touched.
 */
export function describeFailure(
  error: unknown,
  rows: RowMap,
  form: UseFormReturn<FormValues, unknown>,
  customFields: readonly CustomField[],
): Failure {
  if (error instanceof NetworkError) {
    return { messages: [`The server could not be reached. ${MAYBE_CREATED}`], canRetry: true };
  }
  if (!(error instanceof ApiError)) {
    return { messages: [`Close's answer could not be read. ${MAYBE_CREATED}`], canRetry: true };
  }
  switch (error.status) {
    case 400:
      return placeFieldErrors(error.body, rows, form, customFields);
    case 401:
      return {
        messages: [
          "Close refused the server's API key. Whoever runs this server needs to check CLOSE_API_KEY.",
        ],
        canRetry: false,
      };
    case 429:
      // Close refused it before doing anything: the contact does not exist.
      return {
        messages: [
          `Close is still busy, so the contact was not created. ${whenToRetry(error.retryAfterSeconds)}`,
        ],
        canRetry: true,
      };
    default:
      return { messages: [error.message], canRetry: error.status >= 500 };
  }
}

function placeFieldErrors(
  body: unknown,
  rows: RowMap,
  form: UseFormReturn<FormValues, unknown>,
  customFields: readonly CustomField[],
): Failure {
  const { fields, general } = mapCloseErrors(body);
  const messages = [...general];
  let focused = false;
  for (const { path, message } of fields) {
    const formPath = toFormPath(path, rows);
    // A message for a place with no input on screen (a list as a whole, say) goes in the summary.
    if (!formPath || !document.getElementById(fieldId(formPath))) {
      messages.push(`${placeName(path, customFields)}: ${message}`);
      continue;
    }
    form.setError(formPath as never, { type: "close", message }, { shouldFocus: !focused });
    focused = true;
  }
  if (fields.length > 0)
    messages.unshift("Close refused some of the values: see the marked fields.");
  return { messages, canRetry: false };
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
