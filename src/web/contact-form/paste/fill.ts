import type { ClipboardEvent } from "react";
import type { UseFormReturn } from "react-hook-form";
import { type FormValues, NEW_ROWS } from "../form-values";
import { type Address, splitAddresses } from "./addresses";

type Form = Pick<UseFormReturn<FormValues>, "getValues" | "setValue" | "setFocus">;
type ValueList = "emails" | "phones" | "urls";

/**
 * Puts values into a list's empty rows first, then into new rows at its end. A value the list
 * holds already (case aside) is not put twice; nothing typed is overwritten. Rows that are there
 * are filled in place; only new rows make the list be set anew (its rows are then drawn again).
 */
export function fillRows(form: Form, list: ValueList, values: readonly string[]): void {
  const rows = form.getValues(list).map((row) => ({ ...row }));
  const known = new Set(rows.map((row) => row.value.trim().toLowerCase()));
  const added: typeof rows = [];
  for (const value of values) {
    if (known.has(value.toLowerCase())) continue;
    known.add(value.toLowerCase());
    const index = rows.findIndex((row) => row.value.trim() === "");
    const row = rows[index];
    if (row) {
      row.value = value;
      form.setValue(`${list}.${index}.value`, value, { shouldDirty: true });
    } else {
      added.push({ ...NEW_ROWS[list], value } as (typeof rows)[number]);
    }
  }
  if (added.length > 0) {
    form.setValue(list, [...rows, ...added] as FormValues[typeof list], { shouldDirty: true });
  }
}

/** The addresses a paste holds when it is more than one plain address, else undefined. */
function pastedAddresses(event: ClipboardEvent<HTMLInputElement>): Address[] | undefined {
  const addresses = splitAddresses(event.clipboardData.getData("text/plain"));
  const several = addresses.length > 1 || addresses.some((address) => address.name !== "");
  return several ? addresses : undefined;
}

/**
 * A paste into email row `index` of several addresses ("a@x.com, b@x.com", or a mail's To
 * line): the first goes in this row, each other in a row of its own; a name with the first
 * goes in Name when Name is empty. One plain address is pasted as the browser pastes it.
 */
export function pasteIntoEmailRow(
  form: Form,
  index: number,
  event: ClipboardEvent<HTMLInputElement>,
): void {
  const addresses = pastedAddresses(event);
  const [first, ...others] = addresses ?? [];
  if (!first) return;
  event.preventDefault();
  form.setValue(`emails.${index}.value`, first.email, { shouldDirty: true });
  fillRows(
    form,
    "emails",
    others.map((address) => address.email),
  );
  // Rows added are drawn anew, this one too: focus goes back to it once they are.
  setTimeout(() => form.setFocus(`emails.${index}.value`));
  const named = addresses?.find((address) => address.name);
  if (named && form.getValues("name").trim() === "") {
    form.setValue("name", named.name, { shouldDirty: true });
  }
}

/**
 * A paste into Name of `Name <email>` (or a list of such): the name goes in Name, the
 * addresses in email rows. Answers whether it took the paste.
 */
export function pasteAddressesIntoName(
  form: Form,
  event: ClipboardEvent<HTMLInputElement>,
): boolean {
  const addresses = pastedAddresses(event);
  if (!addresses) return false;
  event.preventDefault();
  const named = addresses.find((address) => address.name);
  if (named) form.setValue("name", named.name, { shouldDirty: true });
  fillRows(
    form,
    "emails",
    addresses.map((address) => address.email),
  );
  return true;
}
