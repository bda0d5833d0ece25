import type { FocusEvent } from "react";
import { useFormContext } from "react-hook-form";
import type { FormPath, FormValues } from "../form-values";

type FieldEvent = { target: { value: string }; type: string };

/**
 * react-hook-form's register, without putting `name` on the element. React writes an input's
 * name again after every change, and each write makes the browser rebuild the form's list of
 * controls (hundreds of them with many rows) at the next event; so the handlers tell
 * react-hook-form the field's name themselves.
 */
export function useBoundField(path: FormPath, beforeBlur?: (value: string) => void) {
  const { register } = useFormContext<FormValues>();
  const { ref, onChange, onBlur } = register(path);
  const named = (event: FieldEvent) => ({
    target: { name: path, value: event.target.value },
    type: event.type,
  });
  return {
    ref,
    onChange: (event: FieldEvent) => onChange(named(event)),
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      beforeBlur?.(event.target.value);
      return onBlur(named(event));
    },
  };
}
