import type { ReactNode } from "react";
import { NEW_ROWS } from "./form-values";
import { PhoneRow } from "./PhoneRow";
import { RepeatableRows } from "./RepeatableRows";
import { EmailRow, FreeCustomRow, UrlRow } from "./rows";

/** The form's lists of rows, each set up once: the form shows these, and their tests do too. */

export function EmailRows() {
  return (
    <RepeatableRows
      name="emails"
      legend="Emails"
      noun="email"
      newRow={NEW_ROWS.emails}
      firstInput="value"
      reorderable
      renderRow={(index) => <EmailRow index={index} />}
    />
  );
}

export function PhoneRows({ country }: { country: string }) {
  return (
    <RepeatableRows
      name="phones"
      legend="Phones"
      noun="phone"
      newRow={NEW_ROWS.phones}
      firstInput="value"
      reorderable
      renderRow={(index) => <PhoneRow index={index} country={country} />}
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
      firstInput="value"
      reorderable
      renderRow={(index) => <UrlRow index={index} />}
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
      firstInput="key"
      renderRow={(index) => <FreeCustomRow index={index} />}
    >
      {children}
    </RepeatableRows>
  );
}
