import { useEffect, useId, useState } from "react";
import { useFormState, useWatch } from "react-hook-form";
import type { CustomField } from "../../../shared/close/custom-field";
import { useCustomFields } from "../../api/custom-fields";
import { buttonClass } from "../../ui/styles";
import type { FormValues } from "../form-values";
import { FreeCustomRows } from "../rows/row-lists";
import { CustomFieldInput } from "./CustomFieldInput";

type OnFields = (fields: readonly CustomField[]) => void;

/**
 * Close's contact custom fields by type, and free rows for ids the list does not have, under
 * "More fields (N)": closed, none of them is on the page, so the form fits one screen. They open
 * by themselves when one holds a value (a draft, a prefill) or an error. Loaded after the form;
 * hands the list to the form, which needs it to check and send the values.
 */
export default function CustomFieldsSection({ onFields }: { onFields: OnFields }) {
  const fields = useCustomFields();
  useEffect(() => {
    if (fields.data) onFields(fields.data);
  }, [fields.data, onFields]);
  const [open, setOpen] = useState(false);
  const { holdsValue, erredAtSubmit } = useCustomFieldsInUse();
  useEffect(() => {
    if (holdsValue) setOpen(true);
  }, [holdsValue]);
  // Again at each submit that finds an error here, even when the person had closed them.
  useEffect(() => {
    if (erredAtSubmit) setOpen(true);
  }, [erredAtSubmit]);
  const panelId = useId();
  const count = fields.data?.length;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <button
          type="button"
          className={buttonClass}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          <span aria-hidden="true" className={`inline-block ${open ? "rotate-90" : ""}`}>
            ›
          </span>
          More fields{count === undefined ? "" : ` (${count})`}
        </button>
      </div>
      {fields.isError && (
        <p role="status" className="text-sm text-ink-muted">
          Close's list of custom fields could not be loaded. You can still add fields by id under
          More fields.
        </p>
      )}
      {open && (
        <div id={panelId}>
          <FreeCustomRows>
            {fields.isPending && <p className="text-sm text-ink-muted">Loading custom fields…</p>}
            {fields.data?.map((field) => (
              <CustomFieldInput key={field.id} field={field} />
            ))}
          </FreeCustomRows>
        </div>
      )}
    </div>
  );
}

/** Whether any custom field holds a value or an error: the section then opens by itself. */
function useCustomFieldsInUse() {
  // A yes or no, computed as values change: typing in a custom field re-renders nothing here
  // until the answer changes.
  const holdsValue = useWatch({
    name: ["custom", "freeCustom"],
    compute: ([custom, freeCustom]: [FormValues["custom"], FormValues["freeCustom"]]) =>
      Object.values(custom ?? {}).some((value) => (Array.isArray(value) ? value.length : value)) ||
      (freeCustom ?? []).length > 0,
  });
  const { errors, submitCount } = useFormState<FormValues>({ name: ["custom", "freeCustom"] });
  const hasError = Boolean(errors.custom || errors.freeCustom);
  // The submit's number while an error is here (0 when none): it changes at every such submit.
  return { holdsValue, erredAtSubmit: hasError ? submitCount : 0 };
}
