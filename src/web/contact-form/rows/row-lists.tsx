import { type ReactNode, useCallback } from "react";
import { type FormPath, NEW_ROWS } from "../form-values";
import { PhoneRow } from "./PhoneRow";
import { RepeatableRows } from "./RepeatableRows";
import { EmailRow, FreeCustomRow, UrlRow } from "./rows";

/** The form's lists of rows, each set up once: the form shows these, and their tests do too. */

// Row renderers are the same function across renders, so that unchanged rows do not re-render.
const renderEmailRow = (index: number) => <EmailRow index={index} />;
const renderUrlRow = (index: number) => <UrlRow index={index} />;
const renderFreeCustomRow = (index: number) => <FreeCustomRow index={index} />;
const emailInput = (index: number): FormPath => `emails.${index}.value`;
const phoneInput = (index: number): FormPath => `phones.${index}.value`;
const urlInput = (index: number): FormPath => `urls.${index}.value`;
const freeCustomKeyInput = (index: number): FormPath => `freeCustom.${index}.key`;

export function EmailRows() {
  return (
    <RepeatableRows
      name="emails"
      legend="Emails"
      noun="email"
      newRow={NEW_ROWS.emails}
      firstInputOf={emailInput}
      hasPrimary
      renderRow={renderEmailRow}
    />
  );
}

export function PhoneRows({ country }: { country: string }) {
  const renderPhoneRow = useCallback(
    (index: number) => <PhoneRow index={index} country={country} />,
    [country],
  );
  return (
    <RepeatableRows
      name="phones"
      legend="Phones"
      noun="phone"
      newRow={NEW_ROWS.phones}
      firstInputOf={phoneInput}
      hasPrimary
      renderRow={renderPhoneRow}
    />
  );
}

export function UrlRows() {
  return (
    <RepeatableRows
      name="urls"
      legend="URLs"
      noun="URL"
      newRow={NEW_ROWS.urls}
      firstInputOf={urlInput}
      hasPrimary
      renderRow={renderUrlRow}
    />
  );
}

/** Rows for custom field ids typed by hand; `children` come first (the fields Close lists). */
export function FreeCustomRows({ children }: { children?: ReactNode }) {
  return (
    <RepeatableRows
      name="freeCustom"
      legend="Custom fields"
      noun="custom field"
      newRow={NEW_ROWS.freeCustom}
      firstInputOf={freeCustomKeyInput}
      renderRow={renderFreeCustomRow}
    >
      {children}
    </RepeatableRows>
  );
}
