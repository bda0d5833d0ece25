import { memo, useCallback, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

/**
 * One email row, numbered by its place as in the app and the plain page. Memoized, with a
 * handler that stays the same, so that adding a row renders that row alone, as in the app.
 */
const EmailRow = memo(function EmailRow({
  index,
  onRemove,
}: {
  index: number;
  onRemove: (index: number) => void;
}) {
  const n = index + 1;
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={`email-${n}`}>{`Email ${n}`}</label>
        <input
          id={`email-${n}`}
          name={`email-${n}`}
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="type">
        <label className="sr-only" htmlFor={`email-${n}-type`}>{`Email ${n} type`}</label>
        <select id={`email-${n}-type`} name={`email-${n}-type`}>
          <option value="office">Office</option>
          <option value="home">Home</option>
          <option value="direct">Direct</option>
          <option value="other">Other</option>
        </select>
      </div>
      <button type="button" aria-label={`Remove email ${n}`} onClick={() => onRemove(index)}>
        Remove
      </button>
    </div>
  );
});

function ReferenceForm() {
  const [rowIds, setRowIds] = useState([0]);
  const nextId = useRef(1);
  /** The input to focus once the rows are in the DOM; the legend when it is gone. */
  const focusNext = useRef<string | null>(null);
  // Focus moves as in the plain page: to a new row's input; after a removal, to the next row's
  // input, or to the legend when it was the last row.
  useEffect(() => {
    if (focusNext.current === null) return;
    (
      document.getElementById(focusNext.current) ?? document.getElementById("emails-legend")
    )?.focus();
    focusNext.current = null;
  });
  const add = () => {
    focusNext.current = `email-${rowIds.length + 1}`;
    setRowIds([...rowIds, nextId.current++]);
  };
  const remove = useCallback((index: number) => {
    focusNext.current = `email-${index + 1}`;
    setRowIds((ids) => ids.filter((_, other) => other !== index));
  }, []);
  return (
    <form aria-label="New contact" noValidate>
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" name="name" autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" name="title" autoComplete="off" />
      </div>
      <fieldset id="emails">
        <legend id="emails-legend" tabIndex={-1}>
          Emails
        </legend>
        {rowIds.map((id, index) => (
          <EmailRow key={id} index={index} onRemove={remove} />
        ))}
        <div>
          <button type="button" onClick={add}>
            Add email
          </button>
        </div>
      </fieldset>
    </form>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("react-form.html has no #root.");
createRoot(root).render(<ReferenceForm />);
