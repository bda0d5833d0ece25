import { useFormContext } from "react-hook-form";
import { EMAIL_TYPES, URL_TYPES } from "../../../shared/close/contact-types";
import { rowTypeSelectClass } from "../../ui/styles";
import { SelectField, typeOptions } from "../fields/SelectField";
import { TextField, type TextFieldProps } from "../fields/TextField";
import type { FormValues } from "../form-values";
import { pasteIntoEmailRow } from "../paste/fill";
import { withScheme } from "../with-scheme";

/** Row components, one per kind of row; each knows only its own index. */

/** The lists whose rows hold a value and its type, the first row being Close's primary one. */
export type ContactPointList = "emails" | "phones" | "urls";

interface ContactPointRowProps extends Omit<TextFieldProps, "path" | "label" | "labelNote"> {
  list: ContactPointList;
  /** The value's label without its number: "Email" → "Email 2", "Email 2 type". */
  label: string;
  index: number;
  types: readonly string[];
}

/** An email, phone or URL row: its value (marked primary on the first row) and its type. */
export function ContactPointRow({ list, label, index, types, ...input }: ContactPointRowProps) {
  const n = index + 1;
  return (
    <>
      <TextField
        path={`${list}.${index}.value`}
        label={`${label} ${n}`}
        labelNote={index === 0 ? "primary" : undefined}
        {...input}
      />
      <SelectField
        path={`${list}.${index}.type`}
        label={`${label} ${n} type`}
        hideLabel
        options={typeOptions(types)}
        className={rowTypeSelectClass}
      />
    </>
  );
}

const EMAIL_ROW = {
  list: "emails",
  label: "Email",
  types: EMAIL_TYPES,
  type: "email",
  autoComplete: "off",
  spellCheck: false,
} as const;
const URL_ROW = {
  list: "urls",
  label: "URL",
  types: URL_TYPES,
  type: "url",
  inputMode: "url",
  spellCheck: false,
} as const;

export function EmailRow({ index }: { index: number }) {
  const form = useFormContext<FormValues>();
  // Several addresses pasted at once ("a@x.com, b@x.com") go one to a row.
  return (
    <ContactPointRow
      {...EMAIL_ROW}
      index={index}
      onPaste={(event) => pasteIntoEmailRow(form, index, event)}
    />
  );
}

export function UrlRow({ index }: { index: number }) {
  const { getValues, setValue } = useFormContext<FormValues>();
  const path = `urls.${index}.value` as const;
  // A URL typed without a scheme gets https://, visibly, when the person leaves the input.
  const completeScheme = (value: string) => {
    const completed = value.trim() === "" ? value : withScheme(value);
    if (completed !== getValues(path)) setValue(path, completed);
  };
  return <ContactPointRow {...URL_ROW} index={index} beforeBlur={completeScheme} />;
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
