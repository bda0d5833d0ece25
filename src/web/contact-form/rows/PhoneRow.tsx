import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { PHONE_TYPES } from "../../../shared/close/contact-types";
import { rowTypeSelectClass } from "../../ui/styles";
import { SelectField, typeOptions } from "../fields/SelectField";
import { TextField } from "../fields/TextField";
import type { FormValues } from "../form-values";
import { loadPhoneFormat } from "./load-phone-format";

/** A phone row that shows, as you type, the number as Close will format it. */
export function PhoneRow({ index, country }: { index: number; country: string }) {
  const n = index + 1;
  const path = `phones.${index}.value` as const;
  const value = useWatch<FormValues, typeof path>({ name: path });
  const formatted = useFormattedPhone(value, country);
  return (
    <>
      <TextField
        path={path}
        label={`Phone ${n}`}
        labelNote={index === 0 ? "primary" : undefined}
        type="tel"
        autoComplete="off"
        hint={formatted ? `Close will show ${formatted}` : undefined}
      />
      <SelectField
        path={`phones.${index}.type`}
        label={`Phone ${n} type`}
        hideLabel
        options={typeOptions(PHONE_TYPES)}
        className={rowTypeSelectClass}
      />
    </>
  );
}

function useFormattedPhone(value: string | undefined, country: string): string | undefined {
  const [formatted, setFormatted] = useState<string>();
  useEffect(() => {
    if (!value?.trim()) {
      setFormatted(undefined);
      return;
    }
    let current = true;
    loadPhoneFormat().then(({ parsePhoneLikeClose }) => {
      if (current) setFormatted(parsePhoneLikeClose(value, country)?.phone_formatted);
    });
    return () => {
      current = false;
    };
  }, [value, country]);
  return formatted;
}
