import { useController } from "react-hook-form";
import type { CustomField } from "../../../shared/close/custom-field";
import { labelClass } from "../../ui/styles";
import { FieldMessages } from "../fields/FieldMessages";
import { describedBy, fieldId } from "../fields/field-ids";
import { SelectField } from "../fields/SelectField";
import { TextField } from "../fields/TextField";
import type { FormPath, FormValues } from "../form-values";
import { ContactPicker, UserPicker } from "./PersonPicker";

/** One of Close's contact custom fields, as the input its type calls for, labelled with its name. */
export function CustomFieldInput({ field }: { field: CustomField }) {
  const path: FormPath = `custom.${field.id}`;
  const hint = field.description ?? undefined;
  switch (field.type) {
    case "textarea":
      return <TextField path={path} label={field.name} hint={hint} multiline />;
    case "number":
      // A text input: type="number" would empty itself on input it cannot read, losing it.
      return <TextField path={path} label={field.name} hint={hint} inputMode="decimal" />;
    case "date":
      return <TextField path={path} label={field.name} hint={hint} type="date" />;
    case "datetime":
      return (
        <TextField
          path={path}
          label={field.name}
          hint={hint ?? "In your time zone."}
          type="datetime-local"
        />
      );
    case "user":
      return <UserPicker field={field} />;
    case "contact":
      return <ContactPicker field={field} />;
    case "choices":
      return field.accepts_multiple_values ? (
        <ChoiceCheckboxes field={field} path={path} />
      ) : (
        <SelectField
          path={path}
          label={field.name}
          options={[
            { value: "", label: "Not set" },
            ...(field.choices ?? []).map((c) => ({ value: c, label: c })),
          ]}
        />
      );
    default:
      return <TextField path={path} label={field.name} hint={hint} />;
  }
}

/** A multi-value choice: a checkbox per choice, the value always a list of the checked ones. */
function ChoiceCheckboxes({ field, path }: { field: CustomField; path: FormPath }) {
  const { field: control, fieldState } = useController<FormValues>({ name: path });
  const value: unknown = control.value;
  const checked = Array.isArray(value) ? (value as string[]) : [];
  const error = fieldState.error?.message;
  const toggle = (choice: string, on: boolean) =>
    control.onChange(on ? [...checked, choice] : checked.filter((value) => value !== choice));
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className={labelClass}>{field.name}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {(field.choices ?? []).map((choice, index) => (
          <label key={choice} className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              ref={index === 0 ? control.ref : undefined}
              // The first box stands for the field: the error summary's link focuses it.
              id={index === 0 ? fieldId(path) : undefined}
              name={control.name}
              value={choice}
              checked={checked.includes(choice)}
              onChange={(event) => toggle(choice, event.target.checked)}
              onBlur={control.onBlur}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(path, false, Boolean(error))}
              className="size-4 focus-visible:outline-2 focus-visible:outline-focus"
            />
            {choice}
          </label>
        ))}
      </div>
      <FieldMessages path={path} error={error} />
    </fieldset>
  );
}
