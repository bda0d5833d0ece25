import { createContext, type ReactNode, useContext } from "react";
import { type FieldErrors, get, useFormState } from "react-hook-form";
import type { FormValues } from "../form-values";

const FormErrors = createContext<{ errors: FieldErrors<FormValues> } | null>(null);

/**
 * One subscription to the form's errors, for all its fields. react-hook-form tells each of its
 * subscribers of every keystroke: one subscription per field made typing cost grow with the
 * number of rows. Fields re-render when an error changes (on leaving a field, on submit).
 */
export function FormErrorsProvider({ children }: { children: ReactNode }) {
  const { errors } = useFormState<FormValues>();
  return <FormErrors.Provider value={{ errors }}>{children}</FormErrors.Provider>;
}

/** This field's error message. */
export function useFieldError(path: string): string | undefined {
  const context = useContext(FormErrors);
  if (!context) throw new Error("A field's error is read inside a FormErrorsProvider.");
  const error = get(context.errors, path) as { message?: unknown } | undefined;
  return typeof error?.message === "string" ? error.message : undefined;
}
