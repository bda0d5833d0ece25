import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { PHONE_TYPES } from "../../../shared/close/contact-types";
import type { FormValues } from "../form-values";
import { loadPhoneFormat } from "./load-phone-format";
import { ContactPointRow } from "./rows";

/** A phone row that shows, as you type, the number as Close will format it. */
export function PhoneRow({ index, country }: { index: number; country: string }) {
  const path = `phones.${index}.value` as const;
  const value = useWatch<FormValues, typeof path>({ name: path });
  const formatted = useFormattedPhone(value, country);
  return (
    <ContactPointRow
      list="phones"
      label="Phone"
      index={index}
      types={PHONE_TYPES}
      type="tel"
      autoComplete="off"
      hint={formatted ? `Close will show ${formatted}` : undefined}
    />
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
