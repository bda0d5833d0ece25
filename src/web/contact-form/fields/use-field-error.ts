import { get, useFormState } from "react-hook-form";
import type { FormValues } from "../form-values";

/** This field's error message, re-rendering only this field when it changes. */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState<FormValues>({ name: path as never, exact: true });
  const error = get(errors, path) as { message?: unknown } | undefined;
  return typeof error?.message === "string" ? error.message : undefined;
}
