import { type ReactNode, useCallback, useEffect, useRef } from "react";
import { type FieldArray, useFieldArray, useFormContext } from "react-hook-form";
import { buttonClass } from "../../ui/styles";
import { fieldId } from "../fields/field-ids";
import { useFieldError } from "../fields/use-field-error";
import type { FormPath, FormValues, RowList } from "../form-values";
import { RepeatableRow } from "./RepeatableRow";

interface RepeatableRowsProps<N extends RowList> {
  name: N;
  legend: string;
  /** How buttons name one row: "email" → "Add email", "Remove email 2". */
  noun: string;
  newRow: FieldArray<FormValues, N>;
  /**
   * The path of row `index`'s first input, which gets focus when the row is added or the one
   * above removed. The same function across renders.
   */
  firstInputOf: (index: number) => FormPath;
  /** Rows after the first can be made the first: Close's primary email, phone or URL. */
  hasPrimary?: boolean;
  /** The same function across renders, so that rows re-render only when they change. */
  renderRow: (index: number) => ReactNode;
  /** Under each row, its full width; the same function across renders too. */
  renderBelow?: (index: number) => ReactNode;
  children?: ReactNode;
}

/**
 * A fieldset of rows that can be added, removed and made primary from the keyboard. Focus
 * follows the person: to a new row's input, to the next row (or the legend) after a removal,
 * and to the row made primary, now the first.
 */
export function RepeatableRows<N extends RowList>(props: RepeatableRowsProps<N>) {
  const { name, legend, noun, newRow, firstInputOf, hasPrimary, renderRow, renderBelow, children } =
    props;
  const { control, getValues, setFocus } = useFormContext<FormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name });
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
        ? () => setFocus(firstInputOf(index))
        : () => legendRef.current?.focus();
      remove(index);
    },
    [name, firstInputOf, getValues, setFocus, remove],
  );
  const makePrimary = useCallback(
    (index: number) => {
      pendingFocus.current = () => setFocus(firstInputOf(0));
      move(index, 0);
    },
    [firstInputOf, setFocus, move],
  );

  return (
    <fieldset
      className="flex flex-col gap-3"
      aria-describedby={listError ? `${name}-list-error` : undefined}
    >
      {/* The error summary links a message about the list as a whole to its legend. */}
      <legend
        ref={legendRef}
        id={fieldId(name)}
        tabIndex={-1}
        className="mb-1 text-lg font-semibold outline-none"
      >
        {legend}
      </legend>
      {children}
      {fields.map((field, index) => (
        <RepeatableRow
          key={field.id}
          noun={noun}
          index={index}
          canBePrimary={hasPrimary ?? false}
          renderRow={renderRow}
          renderBelow={renderBelow}
          onRemove={removeRow}
          onMakePrimary={makePrimary}
        />
      ))}
      {listError && (
        <p id={`${name}-list-error`} role="alert" className="text-sm font-medium text-danger">
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
              focusName: firstInputOf(fields.length),
            })
          }
        >
          Add {noun}
        </button>
      </div>
    </fieldset>
  );
}
