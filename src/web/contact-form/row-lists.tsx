import type { ReactNode } from "react";
import { EMAIL_TYPES } from "../../shared/close/contact-types";
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
      newRow={{ value: "", type: EMAIL_TYPES[0] }}
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
      newRow={{ value: "", type: "office" }}
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
      newRow={{ value: "", type: "url" }}
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
      newRow={{ key: "", value: "" }}
      firstInput="key"
      renderRow={(index) => <FreeCustomRow index={index} />}
    >
      {children}
    </RepeatableRows>
  );
}
