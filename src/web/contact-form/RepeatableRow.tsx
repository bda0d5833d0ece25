import { memo, type ReactNode } from "react";
import { buttonClass } from "./fields/styles";

const rowClass =
  "flex flex-wrap items-start gap-2 border-l-2 border-slate-200 py-[4px] pr-[4px] pl-3 dark:border-slate-700";

interface RepeatableRowProps {
  /** The list's name, for the move buttons' ids. */
  list: string;
  /** How buttons name one row: "email" → "Remove email 2". */
  noun: string;
  index: number;
  isLast: boolean;
  reorderable: boolean;
  renderRow: (index: number) => ReactNode;
  /** Stable across renders, so that adding a row does not re-render the rows before it. */
  onRemove: (index: number) => void;
  onMove: (from: number, to: number) => void;
}

/**
 * One row and its move and remove buttons. Memoized: a row re-renders only when its own
 * props change (its place, or whether it is the last), not whenever the list does.
 */
export const RepeatableRow = memo(function RepeatableRow(props: RepeatableRowProps) {
  const { list, noun, index, isLast, reorderable, renderRow, onRemove, onMove } = props;
  return (
    <div className={rowClass}>
      {renderRow(index)}
      <div className="flex gap-1 self-end pb-0.5">
        {reorderable && (
          <>
            <button
              type="button"
              id={moveButtonId(list, index, "up")}
              className={buttonClass}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
              aria-label={`Move ${noun} ${index + 1} up`}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              id={moveButtonId(list, index, "down")}
              className={buttonClass}
              disabled={isLast}
              onClick={() => onMove(index, index + 1)}
              aria-label={`Move ${noun} ${index + 1} down`}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </>
        )}
        <button
          type="button"
          className={buttonClass}
          onClick={() => onRemove(index)}
          aria-label={`Remove ${noun} ${index + 1}`}
        >
          Remove
        </button>
      </div>
    </div>
  );
});

export function moveButtonId(list: string, index: number, direction: "up" | "down"): string {
  return `${list}-${index}-move-${direction}`;
}
