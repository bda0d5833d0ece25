import { type ReactNode, useCallback } from "react";
import { RowMatches } from "../duplicates/RowMatches";
import { type FormPath, NEW_ROWS } from "../form-values";
import { PhoneRow } from "./PhoneRow";
import { RepeatableRows } from "./RepeatableRows";
import { type ContactPointList, EmailRow, FreeCustomRow, UrlRow } from "./rows";

/** The form's lists of rows, each set up once: the form shows these, and their tests do too. */

// Row renderers are the same function across renders, so that unchanged rows do not re-render.
const renderEmailRow = (index: number) => <EmailRow index={index} />;
const renderEmailMatches = (index: number) => (
  <RowMatches path={`emails.${index}.value`} kind="email" country="" />
);
const renderUrlRow = (index: number) => <UrlRow index={index} />;
const renderFreeCustomRow = (index: number) => <FreeCustomRow index={index} />;
const freeCustomKeyInput = (index: number): FormPath => `freeCustom.${index}.key`;
const valueInputOf = {
  emails: (index: number): FormPath => `emails.${index}.value`,
  phones: (index: number): FormPath => `phones.${index}.value`,
  urls: (index: number): FormPath => `urls.${index}.value`,
};
/** Each list's legend, and how its buttons name one row ("Add email", "Remove email 2"). */
const NAMES = {
  emails: { legend: "Emails", noun: "email" },
  phones: { legend: "Phones", noun: "phone" },
  urls: { legend: "URLs", noun: "URL" },
};

/** The rows of one list of emails, phones or URLs, the first being Close's primary one. */
function ContactPointRows({
  list,
  renderRow,
  renderBelow,
}: {
  list: ContactPointList;
  renderRow: (index: number) => ReactNode;
  renderBelow?: (index: number) => ReactNode;
}) {
  return (
    <RepeatableRows
      name={list}
      {...NAMES[list]}
      newRow={NEW_ROWS[list]}
      firstInputOf={valueInputOf[list]}
      hasPrimary
      renderRow={renderRow}
      renderBelow={renderBelow}
    />
  );
}

export function EmailRows() {
  return (
    <ContactPointRows list="emails" renderRow={renderEmailRow} renderBelow={renderEmailMatches} />
  );
}

export function PhoneRows({ country }: { country: string }) {
  const renderPhoneRow = useCallback(
    (index: number) => <PhoneRow index={index} country={country} />,
    [country],
  );
  const renderPhoneMatches = useCallback(
    (index: number) => <RowMatches path={`phones.${index}.value`} kind="phone" country={country} />,
    [country],
  );
  return (
    <ContactPointRows list="phones" renderRow={renderPhoneRow} renderBelow={renderPhoneMatches} />
  );
}

export function UrlRows() {
  return <ContactPointRows list="urls" renderRow={renderUrlRow} />;
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
