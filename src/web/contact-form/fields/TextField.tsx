import type { InputHTMLAttributes } from "react";
import { inputClass, labelClass } from "../../ui/styles";
import type { FormPath } from "../form-values";
import { FieldMessages } from "./FieldMessages";
import { describedBy, fieldId } from "./field-ids";
import { useBoundField } from "./use-bound-field";
import { useFieldError } from "./use-field-error";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> {
  path: FormPath;
  label: string;
  hint?: string;
  /** Shown small beside the label, e.g. "primary". */
  labelNote?: string;
  /** Runs before validation on blur, e.g. to complete a URL. */
  beforeBlur?: (value: string) => void;
  multiline?: boolean;
}

/** A labelled input (or textarea) bound to a form path, with its hint and error. */
export function TextField({
  path,
  label,
  hint,
  labelNote,
  beforeBlur,
  multiline,
  ...input
}: TextFieldProps) {
  const error = useFieldError(path);
  const props = {
    ...useBoundField(path, beforeBlur),
    id: fieldId(path),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(path, Boolean(hint), Boolean(error)),
    className: inputClass,
  };
  const labelElement = (
    <label htmlFor={fieldId(path)} className={labelClass}>
      {label}
    </label>
  );
  return (
    <div className="flex min-w-24 flex-1 flex-col gap-1 sm:min-w-48">
      {/* The label alone when it has no note: every row has one, and elements cost per keystroke. */}
      {labelNote ? (
        <div className="flex items-baseline gap-2">
          {labelElement}
          <span className="text-sm text-ink-muted">{labelNote}</span>
        </div>
      ) : (
        labelElement
      )}
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...input} {...props} />}
      <FieldMessages path={path} hint={hint} error={error} />
    </div>
  );
}
