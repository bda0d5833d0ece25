import { inputClass, labelClass } from "../../ui/styles";
import type { FormPath } from "../form-values";
import { FieldMessages } from "./FieldMessages";
import { describedBy, fieldId } from "./field-ids";
import { useBoundField } from "./use-bound-field";
import { useFieldError } from "./use-field-error";

interface SelectFieldProps {
  path: FormPath;
  label: string;
  options: readonly { value: string; label: string }[];
  /**
   * No visible label, for compact rows: the label is the select's aria-label, not a visually
   * hidden <label> (rows hold no absolutely positioned element: docs/architecture.md).
   */
  hideLabel?: boolean;
  className?: string;
}

export function SelectField({ path, label, options, hideLabel, className }: SelectFieldProps) {
  const bound = useBoundField(path);
  const error = useFieldError(path);
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      {!hideLabel && (
        <label htmlFor={fieldId(path)} className={labelClass}>
          {label}
        </label>
      )}
      <select
        {...bound}
        id={fieldId(path)}
        aria-label={hideLabel ? label : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, false, Boolean(error))}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages path={path} error={error} />
    </div>
  );
}

/** Close's type values as options: "office" → "Office", "url" → "URL". */
export function typeOptions(types: readonly string[]) {
  return types.map((value) => ({
    value,
    label: value === "url" ? "URL" : value.charAt(0).toUpperCase() + value.slice(1),
  }));
}
