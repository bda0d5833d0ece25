import { useFormContext } from "react-hook-form";
import { EMAIL_TYPES, URL_TYPES } from "../../../shared/close/contact-types";
import { rowTypeSelectClass } from "../../ui/styles";
import { SelectField, typeOptions } from "../fields/SelectField";
import { TextField } from "../fields/TextField";
import type { FormValues } from "../form-values";
import { withScheme } from "../with-scheme";

/** Row components, one per kind of row; each knows only its own index. */

export function EmailRow({ index }: { index: number }) {
  const n = index + 1;
  return (
    <>
      <TextField
        path={`emails.${index}.value`}
        label={`Email ${n}`}
        labelNote={index === 0 ? "primary" : undefined}
        type="email"
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        path={`emails.${index}.type`}
        label={`Email ${n} type`}
        hideLabel
        options={typeOptions(EMAIL_TYPES)}
        className={rowTypeSelectClass}
      />
    </>
  );
}

export function UrlRow({ index }: { index: number }) {
  const n = index + 1;
  const { getValues, setValue } = useFormContext<FormValues>();
  const path = `urls.${index}.value` as const;
  // A URL typed without a scheme gets https://, visibly, when the person leaves the input.
  const completeScheme = (value: string) => {
    const completed = value.trim() === "" ? value : withScheme(value);
    if (completed !== getValues(path)) setValue(path, completed);
  };
  return (
    <>
      <TextField
        path={path}
        label={`URL ${n}`}
        labelNote={index === 0 ? "primary" : undefined}
        type="url"
        inputMode="url"
        spellCheck={false}
        beforeBlur={completeScheme}
      />
      <SelectField
        path={`urls.${index}.type`}
        label={`URL ${n} type`}
        hideLabel
        options={typeOptions(URL_TYPES)}
        className={rowTypeSelectClass}
      />
    </>
  );
}

export function FreeCustomRow({ index }: { index: number }) {
  const n = index + 1;
  return (
    <>
      <TextField
        path={`freeCustom.${index}.key`}
        label={`Custom field ${n} key`}
        hint="A field id, cf_…"
        spellCheck={false}
      />
      <TextField path={`freeCustom.${index}.value`} label={`Custom field ${n} value`} />
    </>
  );
}
