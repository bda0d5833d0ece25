import { createContext, type ReactNode, useContext, useRef } from "react";
import { type FieldErrors, useFormState } from "react-hook-form";
import type { FormValues } from "../form-values";

/** Every error message the form shows, by field path ("emails.2.value", "emails.root"). */
type ErrorMessages = ReadonlyMap<string, string>;

const FormErrors = createContext<ErrorMessages | null>(null);

/**
 * One subscription to the form's errors, for all its fields. react-hook-form tells each of its
 * subscribers of every keystroke: one subscription per field made typing cost grow with the
 * number of rows. It also sends its whole state, errors included, after every row added or
 * removed, in the same (mutated) errors object; so fields are given a new value, and re-render,
 * only when a message has changed (on leaving a field, on submit), not on every such update.
 */
export function FormErrorsProvider({ children }: { children: ReactNode }) {
  const { errors } = useFormState<FormValues>();
  const messages = useUnchangedWhileEqual(errorMessages(errors));
  return <FormErrors.Provider value={messages}>{children}</FormErrors.Provider>;
}

/** This field's error message. */
export function useFieldError(path: string): string | undefined {
  const messages = useContext(FormErrors);
  if (!messages) throw new Error("A field's error is read inside a FormErrorsProvider.");
  return messages.get(path);
}

/**
 * react-hook-form's nested errors as one message per path. An error is `{type, message, ref,
 * types}` where `type` is the rule's name (a string); a row's `type` select has its error, an
 * object, under the same key.
 */
export function errorMessages(errors: FieldErrors<FormValues>): ErrorMessages {
  const messages = new Map<string, string>();
  const visit = (node: unknown, path: string) => {
    if (typeof node !== "object" || node === null) return;
    const { message, type } = node as { message?: unknown; type?: unknown };
    if (path && typeof message === "string") messages.set(path, message);
    for (const [key, child] of Object.entries(node)) {
      // The error's own parts: the field's element, and the messages of each rule broken.
      if (key === "ref" || (key === "types" && typeof type === "string")) continue;
      visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(errors, "");
  return messages;
}

/** The messages of the previous render while they hold the same paths and texts. */
function useUnchangedWhileEqual(messages: ErrorMessages): ErrorMessages {
  const kept = useRef(messages);
  if (!sameMessages(kept.current, messages)) kept.current = messages;
  return kept.current;
}

function sameMessages(a: ErrorMessages, b: ErrorMessages): boolean {
  if (a.size !== b.size) return false;
  for (const [path, message] of a) if (b.get(path) !== message) return false;
  return true;
}
