import { type ReactNode, useCallback, useEffect, useRef } from "react";
import { type FieldArray, useFieldArray, useFormContext } from "react-hook-form";
import { buttonClass } from "./fields/styles";
import { useFieldError } from "./fields/use-field-error";
import type { FormValues, RowList } from "./form-values";
import { moveButtonId, RepeatableRow } from "./RepeatableRow";

interface RepeatableRowsProps<N extends RowList> {
  name: N;
  legend: string;
  /** How buttons name one row: "email" → "Add email", "Remove email 2". */
  noun: string;
  newRow: FieldArray<FormValues, N>;
  /** The row's first input, which gets focus when the row is added or the one above removed. */
  firstInput: "value" | "key";
  /** Rows can move up and down (the first email, phone or URL is the primary one in Close). */
  reorderable?: boolean;
  /** The same function across renders, so that rows re-render only when they change. */
  renderRow: (index: number) => ReactNode;
  children?: ReactNode;
}

/**
 * A fieldset of rows that can be added, removed and reordered from the keyboard. Focus follows
 * the person: to a new row's input, to the next row (or the legend) after a removal, and to the
 * moved row's button after a move.
 */
export function RepeatableRows<N extends RowList>(props: RepeatableRowsProps<N>) {
  const { name, legend, noun, newRow, firstInput, reorderable, renderRow, children } = props;
  const { control, getValues, setFocus } = useFormContext<FormValues>();
  const { fields, append, remove, swap } = useFieldArray({ control, name });
  const legendRef = useRef<HTMLLegendElement>(null);
  const pendingFocus = useRef<(() => void) | null>(null);
  const rootError = useFieldError(`${name}.root`);
  const arrayError = useFieldError(name);
  const listError = rootError ?? arrayError;

  // Rows re-render after an add, remove or move; focus moves once they are in the DOM.
  useEffect(() => {
    pendingFocus.current?.();
    pendingFocus.current = null;
  });

  // The rows' handlers stay the same across renders (RepeatableRow is memoized).
  const removeRow = useCallback(
    (index: number) => {
      const hasNext = index < getValues(name).length - 1;
      pendingFocus.current = hasNext
        ? () => setFocus(`${name}.${index}.${firstInput}` as never)
        : () => legendRef.current?.focus();
      remove(index);
    },
    [name, firstInput, getValues, setFocus, remove],
  );
  const moveRow = useCallback(
    (from: number, to: number) => {
      const direction = to < from ? "up" : "down";
      // Stay on the moved row: on the same button, or on its other one where that is now disabled.
      pendingFocus.current = () => {
        const buttons = [
          moveButtonId(name, to, direction),
          moveButtonId(name, to, direction === "up" ? "down" : "up"),
        ];
        const enabled = buttons
          .map((id) => document.getElementById(id))
          .find(
            (button): button is HTMLButtonElement =>
              button instanceof HTMLButtonElement && !button.disabled,
          );
        enabled?.focus();
      };
      swap(from, to);
    },
    [name, swap],
  );

  return (
    <fieldset
      className="flex flex-col gap-3"
      aria-describedby={listError ? `${name}-list-error` : undefined}
    >
      <legend
        ref={legendRef}
        tabIndex={-1}
        className="mb-1 text-lg font-semibold focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        {legend}
      </legend>
      {children}
      {fields.map((field, index) => (
        <RepeatableRow
          key={field.id}
          list={name}
          noun={noun}
          index={index}
          isLast={index === fields.length - 1}
          reorderable={reorderable ?? false}
          renderRow={renderRow}
          onRemove={removeRow}
          onMove={moveRow}
        />
      ))}
      {listError && (
        <p
          id={`${name}-list-error`}
          role="alert"
          className="text-sm font-medium text-red-700 dark:text-red-300"
        >
          {listError}
        </p>
      )}
      <div>
        <button
          type="button"
          className={buttonClass}
          onClick={() =>
            append(newRow, {
              shouldFocus: true,
              focusName: `${name}.${fields.length}.${firstInput}`,
            })
          }
        >
          Add {noun}
        </button>
      </div>
    </fieldset>
  );
}
