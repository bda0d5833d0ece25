import { memo, type ReactNode } from "react";
import { buttonClass } from "../../ui/styles";

const rowClass =
  "flex flex-wrap items-start gap-2 border-l-2 border-line-soft py-[4px] pr-[4px] pl-3";
/**
 * The row's buttons sit on the inputs' line, below their labels (pt-6: a label's line and the
 * gap under it), at the inputs' height: a hint or an error under an input does not move them.
 */
const buttonsClass = "flex gap-1 self-start pt-6";
const rowButtonClass = `${buttonClass} h-control`;

interface RepeatableRowProps {
  /** How buttons name one row: "email" → "Remove email 2". */
  noun: string;
  index: number;
  /** Rows after the first can become the first, which Close takes as the primary one. */
  canBePrimary: boolean;
  renderRow: (index: number) => ReactNode;
  /**
   * What goes under the row (what Close already holds of its value): a flex item of the row,
   * which takes its full width (basis-full) when it renders anything.
   */
  renderBelow?: (index: number) => ReactNode;
  /** Stable across renders, so that adding a row does not re-render the rows before it. */
  onRemove: (index: number) => void;
  onMakePrimary: (index: number) => void;
}

/**
 * One row and its buttons. Memoized: a row re-renders only when its own props change (its
 * place), not whenever the list does.
 */
export const RepeatableRow = memo(function RepeatableRow(props: RepeatableRowProps) {
  const { noun, index, canBePrimary, renderRow, renderBelow, onRemove, onMakePrimary } = props;
  const n = index + 1;
  return (
    <div className={rowClass}>
      {renderRow(index)}
      <div className={buttonsClass}>
        {canBePrimary && index > 0 && (
          <button
            type="button"
            className={`${rowButtonClass} max-sm:w-control max-sm:px-0`}
            onClick={() => onMakePrimary(index)}
            aria-label={`Make ${noun} ${n} primary`}
          >
            {/*
              On a phone a star stands for the words, so that the row keeps to one line. The
              name is an aria-label, not a visually hidden text (rows hold no absolutely
              positioned element: docs/architecture.md).
            */}
            <StarIcon />
            <span className="max-sm:hidden">Make primary</span>
          </button>
        )}
        <button
          type="button"
          className={`${rowButtonClass} w-control px-0`}
          onClick={() => onRemove(index)}
          aria-label={`Remove ${noun} ${n}`}
        >
          <RemoveIcon />
        </button>
      </div>
      {renderBelow?.(index)}
    </div>
  );
});

/**
 * The icons draw inside their box: not clipping to it (overflow-visible) spares Chromium a
 * paint layer for each, which every row has and every keystroke walks.
 */
const iconProps = { viewBox: "0 0 16 16", width: 16, height: 16 } as const;

function StarIcon() {
  return (
    <svg {...iconProps} aria-hidden="true" className="overflow-visible sm:hidden">
      <path
        d="M8 1.75l1.9 3.9 4.3.6-3.1 3 .75 4.25L8 11.5l-3.85 2 .75-4.25-3.1-3 4.3-.6z"
        stroke="currentColor"
        strokeWidth="1.25"
        strokeLinejoin="round"
        fill="none"
      />
    </svg>
  );
}

function RemoveIcon() {
  return (
    <svg {...iconProps} aria-hidden="true" className="overflow-visible">
      <path
        d="M4 4l8 8M12 4l-8 8"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
