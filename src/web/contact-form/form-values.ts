import type { Path } from "react-hook-form";
import type { EMAIL_TYPES, PHONE_TYPES, URL_TYPES } from "../../shared/close/contact-types";

/**
 * What the form holds, exactly as typed: every input is a string (and one choice a yes or no),
 * so a draft can be stored and restored as is. `toClosePayload` turns it into Close's body.
 */
export interface FormValues {
  name: string;
  title: string;
  /** The chosen lead's id, or a pasted `lead_…` id; "" means a new lead named after the contact. */
  leadId: string;
  /** What the Lead input shows: the chosen lead's name, or what is being typed. */
  leadName: string;
  /** `New lead “<leadName>”` was chosen: the contact goes on a new lead of that name. */
  newLead: boolean;
  emails: { value: string; type: (typeof EMAIL_TYPES)[number] }[];
  phones: { value: string; type: (typeof PHONE_TYPES)[number] }[];
  urls: { value: string; type: (typeof URL_TYPES)[number] }[];
  /**
   * Known custom fields by id (`cf_…`): a string per input (number, date as YYYY-MM-DD,
   * datetime as the datetime-local value YYYY-MM-DDTHH:mm), a list for multi-value fields;
   * undefined until its input has been touched.
   */
  custom: Record<string, string | string[] | undefined>;
  /** Free rows for custom field ids the list does not have: key `cf_…`, value as text. */
  freeCustom: { key: string; value: string }[];
}

/** A path into the form's values ("name", "emails.2.value", "custom.cf_x"): a wrong one does not compile. */
export type FormPath = Path<FormValues>;

/** The lists of rows a person can add to and remove from. */
export type RowList = "emails" | "phones" | "urls" | "freeCustom";

/** Each list's row as it starts, empty: the form's first rows, and each row added. */
export const NEW_ROWS = {
  emails: { value: "", type: "office" },
  phones: { value: "", type: "office" },
  urls: { value: "", type: "url" },
  freeCustom: { key: "", value: "" },
} as const satisfies { [List in RowList]: FormValues[List][number] };

export function emptyFormValues(): FormValues {
  return {
    name: "",
    title: "",
    leadId: "",
    leadName: "",
    newLead: false,
    emails: [{ ...NEW_ROWS.emails }],
    phones: [{ ...NEW_ROWS.phones }],
    urls: [{ ...NEW_ROWS.urls }],
    custom: {},
    freeCustom: [],
  };
}
