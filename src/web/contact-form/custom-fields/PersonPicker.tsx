import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useController } from "react-hook-form";
import { isCloseId } from "../../../shared/close/close-id";
import type { CustomField } from "../../../shared/close/custom-field";
import { type Person, useContactSearch, useUsers } from "../../api/people";
import { inputClass, labelClass } from "../../ui/styles";
import { comboboxAttributes, comboboxKeyDown } from "../fields/combobox";
import { FieldMessages } from "../fields/FieldMessages";
import { describedBy, fieldId } from "../fields/field-ids";
import type { FormPath, FormValues } from "../form-values";
import { useDebounced } from "../lead/use-debounced";

/** Where a lookup for what is typed stands. */
interface Lookup {
  found: Person[];
  state: "idle" | "searching" | "done" | "failed";
  failure?: string;
  /** The name of a chosen (or restored) id, when known. */
  nameOf: (id: string) => string | undefined;
}

interface Kind {
  /** "user" → "No user matches", "paste a user id (user_…)". */
  noun: "user" | "contact";
  idPrefix: "user" | "cont";
  useLookup: (typed: string) => Lookup;
}

/** A `user` custom field: the organization's users, by name or email. */
export function UserPicker({ field }: { field: CustomField }) {
  return <PersonPicker field={field} kind={USERS} />;
}

/** A `contact` custom field: contacts searched by name in Close. */
export function ContactPicker({ field }: { field: CustomField }) {
  return <PersonPicker field={field} kind={CONTACTS} />;
}

const USERS: Kind = {
  noun: "user",
  idPrefix: "user",
  useLookup(typed) {
    const users = useUsers();
    const words = wordsOf(typed);
    const found =
      words.length === 0
        ? []
        : (users.data ?? []).filter((user) => {
            const own = wordsOf(`${user.name} ${user.detail ?? ""}`);
            return words.every((word) => own.some((candidate) => candidate.startsWith(word)));
          });
    return {
      found,
      state: users.isError
        ? "failed"
        : users.isPending
          ? "searching"
          : words.length
            ? "done"
            : "idle",
      failure: users.error?.message,
      nameOf: (id) => users.data?.find((user) => user.id === id)?.name,
    };
  },
};

const CONTACTS: Kind = {
  noun: "contact",
  idPrefix: "cont",
  useLookup(typed) {
    // One search per pause in typing, not one per key.
    const query = useDebounced(typed.trim(), 250);
    const search = useContactSearch(query);
    const [names, setNames] = useState(new Map<string, string>());
    useEffect(() => {
      if (search.data?.length) {
        setNames(
          (known) => new Map([...known, ...search.data.map((c) => [c.id, c.name] as const)]),
        );
      }
    }, [search.data]);
    const settled = query === typed.trim();
    return {
      found: query ? (search.data ?? []) : [],
      state: !query
        ? "idle"
        : search.isError
          ? "failed"
          : search.isFetching || !settled
            ? "searching"
            : "done",
      failure: search.error?.message,
      nameOf: (id) => names.get(id),
    };
  },
};

/**
 * A combobox (ARIA 1.2, as the Lead picker) whose value is a Close id: people are found by
 * name, shown with an email, and chosen; a pasted id is taken as is. Text that names nobody
 * stays in the field, where the form's check says to choose or paste an id.
 */
function PersonPicker({ field, kind }: { field: CustomField; kind: Kind }) {
  const path: FormPath = `custom.${field.id}`;
  const { field: control, fieldState } = useController<FormValues>({ name: path });
  const value = typeof control.value === "string" ? control.value : "";
  const [chosenName, setChosenName] = useState<string>();
  const [typed, setTyped] = useState<string>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();

  const isId = isCloseId(kind.idPrefix, value.trim());
  const searching = typed !== undefined && !isCloseId(kind.idPrefix, typed.trim()) ? typed : "";
  const lookup = kind.useLookup(searching);
  const options = open ? lookup.found : [];
  // Low on the page the list would open under the submit bar: bring it into view (the page's
  // scroll padding keeps it clear of the bar).
  const listRef = useRef<HTMLDivElement>(null);
  const listShown = options.length > 0;
  useEffect(() => {
    if (listShown) listRef.current?.scrollIntoView({ block: "nearest" });
  }, [listShown]);
  // What the input shows: what is being typed, else the chosen person's name, else the value.
  const shown = typed ?? (isId ? (chosenName ?? lookup.nameOf(value.trim()) ?? value) : value);

  const choose = (person: Person) => {
    control.onChange(person.id);
    setChosenName(person.name);
    setTyped(undefined);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    comboboxKeyDown(event, { open, options, active, setOpen, setActive, choose });

  const id = fieldId(path);
  const error = fieldState.error?.message;
  const hint =
    field.description ??
    `Type a name to find a ${kind.noun}, or paste a ${kind.noun} id (${kind.idPrefix}_…).`;
  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        {field.name}
      </label>
      <input
        id={id}
        ref={control.ref}
        value={shown}
        onChange={(event) => {
          const text = event.target.value;
          setTyped(text);
          setOpen(true);
          setActive(-1);
          // A pasted id is the value; other text stays for the check to name.
          control.onChange(isCloseId(kind.idPrefix, text.trim()) ? text.trim() : text);
        }}
        onBlur={() => {
          setOpen(false);
          control.onBlur();
        }}
        onKeyDown={onKeyDown}
        {...comboboxAttributes(listId, options.length, active)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, true, Boolean(error))}
        className={inputClass}
      />
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={`Suggestions for ${field.name}`}
        hidden={options.length === 0}
        className="absolute top-full z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-line bg-surface py-1 shadow-lg"
      >
        {options.map((person, index) => (
          <div
            key={person.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            aria-label={person.name}
            aria-describedby={person.detail ? `${listId}-${index}-about` : undefined}
            tabIndex={-1}
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(person);
            }}
            className="flex cursor-pointer flex-wrap items-baseline justify-between gap-x-3 px-3 py-2 [overflow-wrap:anywhere] aria-selected:bg-selected"
          >
            <span>{person.name}</span>
            {person.detail && (
              <span id={`${listId}-${index}-about`} className="text-sm text-ink-muted">
                {person.detail}
              </span>
            )}
          </div>
        ))}
      </div>
      <p role="status" className="text-sm text-ink-muted">
        {open && searching.trim() ? lookupMessage(lookup, kind, searching.trim()) : ""}
      </p>
      <FieldMessages path={path} hint={hint} error={error} />
    </div>
  );
}

function lookupMessage(lookup: Lookup, kind: Kind, typed: string): string {
  switch (lookup.state) {
    case "searching":
      return `Looking for ${kind.noun}s…`;
    case "failed":
      return `The ${kind.noun}s could not be looked up: ${lookup.failure} You can still paste a ${kind.noun} id.`;
    case "done":
      return lookup.found.length === 0
        ? `No ${kind.noun} matches “${typed}”.`
        : lookup.found.length === 1
          ? `One ${kind.noun} found.`
          : `${lookup.found.length} ${kind.noun}s found.`;
    default:
      return "";
  }
}

/** Words compared as the lead search compares them: runs of letters and digits, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
