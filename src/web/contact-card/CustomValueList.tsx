import type { CustomField } from "../../shared/close/custom-field";
import { Detail } from "./Detail";
import { formatCustomValue } from "./format";

/** Custom field values under their Close names; a field Close did not list shows its id. */
export function CustomValueList({
  values,
  customFields,
}: {
  values: readonly { fieldId: string; value: unknown }[];
  customFields: readonly CustomField[];
}) {
  const names = new Map(customFields.map((field) => [field.id, field.name]));
  return (
    <Detail term="Custom fields">
      {values.length === 0 ? (
        "None"
      ) : (
        <dl className="mt-1 grid gap-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          {values.map(({ fieldId, value }) => (
            <Detail key={fieldId} term={names.get(fieldId) ?? fieldId}>
              <bdi>{formatCustomValue(value)}</bdi>
            </Detail>
          ))}
        </dl>
      )}
    </Detail>
  );
}
