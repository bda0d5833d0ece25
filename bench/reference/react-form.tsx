import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";

if (new URLSearchParams(location.search).has("content-visibility"))
  document.body.classList.add("skip-unseen");

/** One email row, numbered by its place as in the app and the plain page. */
function EmailRow({ n, onRemove }: { n: number; onRemove: () => void }) {
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
      <button type="button" aria-label={`Remove email ${n}`} onClick={onRemove}>
        Remove
      </button>
    </div>
  );
}

function ReferenceForm() {
  const [rowIds, setRowIds] = useState([0]);
  const nextId = useRef(1);
  const focusNext = useRef<string | null>(null);
  // Focus moves once the rows are in the DOM, as in the plain page: to a new row's input; after
  // a removal, to the next row's input, or to the legend when it was the last row.
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const add = () => {
    focusNext.current = `email-${rowIds.length + 1}`;
    setRowIds([...rowIds, nextId.current++]);
  };
  const remove = (index: number) => {
    focusNext.current = index < rowIds.length - 1 ? `email-${index + 1}` : "emails-legend";
    setRowIds(rowIds.filter((_, other) => other !== index));
  };
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
          <EmailRow key={id} n={index + 1} onRemove={() => remove(index)} />
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
