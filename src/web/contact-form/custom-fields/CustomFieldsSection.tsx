import { useEffect } from "react";
import type { CustomField } from "../../../shared/close/custom-field";
import { useCustomFields } from "../../api/custom-fields";
import { FreeCustomRows } from "../rows/row-lists";
import { CustomFieldInput } from "./CustomFieldInput";

type OnFields = (fields: readonly CustomField[]) => void;

/**
 * Close's contact custom fields by type, and free rows for ids the list does not have. Loaded
 * after the form; hands the list to the form, which needs it to check and send the values.
 */
export default function CustomFieldsSection({ onFields }: { onFields: OnFields }) {
  const fields = useCustomFields();
  useEffect(() => {
    if (fields.data) onFields(fields.data);
  }, [fields.data, onFields]);
  return (
    <FreeCustomRows>
      {fields.isPending && (
        <p className="text-sm text-slate-600 dark:text-slate-400">Loading custom fields…</p>
      )}
      {fields.isError && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Close's list of custom fields could not be loaded. You can still add fields by id below.
        </p>
      )}
      {fields.data?.map((field) => (
        <CustomFieldInput key={field.id} field={field} />
      ))}
    </FreeCustomRows>
  );
}
