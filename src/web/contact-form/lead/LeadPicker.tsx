import { type KeyboardEvent, useCallback, useEffect, useId, useState } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { isCloseId } from "../../../shared/close/close-id";
import { lazyWithQueries } from "../../api/lazy-with-queries";
import { LoadBoundary } from "../../ui/LoadBoundary";
import { SuspenseAfterFirstRender } from "../../ui/SuspenseAfterFirstRender";
import { inputClass, labelClass } from "../../ui/styles";
import { comboboxAttributes, comboboxKeyDown } from "../fields/combobox";
import { FieldMessages } from "../fields/FieldMessages";
import { describedBy, fieldId } from "../fields/field-ids";
import type { FormValues } from "../form-values";
import type { LeadLookup } from "./LeadSuggestions";
import type { Suggestion } from "./suggestions";
import { useDebounced } from "./use-debounced";

const LeadSuggestions = lazyWithQueries(() => import("./LeadSuggestions"));

/**
 * The Lead combobox (ARIA 1.2 pattern): searches leads by name as you type, offers a new lead
 * by the name typed when none has it, takes a pasted `lead_…` id as is, and says where the
 * contact will go.
 */
export function LeadPicker() {
  const { setValue } = useFormContext<FormValues>();
  const { field, fieldState } = useController<FormValues, "leadName">({ name: "leadName" });
  const leadId = useWatch<FormValues, "leadId">({ name: "leadId" });
  const newLead = useWatch<FormValues, "newLead">({ name: "newLead" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [lookup, setLookup] = useState<LeadLookup>({
    id: "",
    missing: false,
    searched: "",
    search: "idle",
  });
  const listId = useId();
  const text = field.value.trim();
  const searchable = isCloseId("lead", text) || leadId || newLead ? "" : text;
  // One search per pause in typing, not one per key.
  const query = useDebounced(searchable, 250);

  // A lead given by id (pasted, or in the address) shows its name once it is known: the name
  // of that very lead, and only while the input still shows its id.
  useEffect(() => {
    if (leadId && lookup.id === leadId && lookup.name && field.value.trim() === leadId) {
      setValue("leadName", lookup.name);
    }
  }, [lookup, field.value, leadId, setValue]);

  const choose = useCallback(
    (choice: Suggestion) => {
      const isNew = choice.kind === "new";
      setValue("leadId", isNew ? "" : choice.lead.id, { shouldDirty: true });
      setValue("newLead", isNew, { shouldDirty: true });
      field.onChange(isNew ? choice.name : choice.lead.display_name);
      setOpen(false);
      setActive(-1);
    },
    [field, setValue],
  );
  const onType = (value: string) => {
    field.onChange(value);
    setValue("leadId", isCloseId("lead", value.trim()) ? value.trim() : "", { shouldDirty: true });
    setValue("newLead", false, { shouldDirty: true });
    setOpen(true);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    comboboxKeyDown(event, { open, options, active, setOpen, setActive, choose });

  const id = fieldId("leadName");
  const emptyList = <div id={listId} role="listbox" aria-label="Leads" hidden />;
  const suggestionsMissing = (
    <>
      {emptyList}
      <p className="text-sm text-ink-muted">
        Lead suggestions could not be loaded. You can still paste a lead id.
      </p>
    </>
  );
  const error = fieldState.error?.message;
  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className={labelClass}>
        Lead
      </label>
      <input
        id={id}
        ref={field.ref}
        name={field.name}
        value={field.value}
        onChange={(event) => onType(event.target.value)}
        onBlur={() => {
          setOpen(false);
          field.onBlur();
        }}
        onKeyDown={onKeyDown}
        {...comboboxAttributes(listId, options.length, active)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("leadName", true, Boolean(error))}
        className={inputClass}
      />
      <LoadBoundary fallback={suggestionsMissing}>
        <SuspenseAfterFirstRender fallback={emptyList}>
          <LeadSuggestions
            query={query}
            typed={searchable}
            leadId={leadId}
            listId={listId}
            active={active}
            open={open}
            onOptions={setOptions}
            onLeadLookup={setLookup}
            onChoose={choose}
          />
        </SuspenseAfterFirstRender>
      </LoadBoundary>
      <p id={`${id}-search`} role="status" className="text-sm text-ink-muted">
        {open && searchable && lookup.searched === searchable
          ? searchMessage(lookup, options.filter((option) => option.kind === "lead").length)
          : ""}
      </p>
      <FieldMessages path="leadName" hint={leadHint(leadId, newLead, text, lookup)} error={error} />
    </div>
  );
}

/**
 * What became of the search for what is typed, said in a live region once that very text has
 * been searched for (not while it is still being typed).
 */
function searchMessage(lookup: LeadLookup, found: number): string {
  switch (lookup.search) {
    case "searching":
      return "Searching leads…";
    case "found":
      return found === 1 ? "One lead found." : `${found} leads found.`;
    case "none":
      return `No lead matches “${lookup.searched}”: choose New lead to make one.`;
    case "failed":
      return `The lead search failed: ${lookup.searchFailure} You can still paste a lead id.`;
    default:
      return "";
  }
}

function leadHint(leadId: string, newLead: boolean, text: string, lookup: LeadLookup): string {
  if (leadId && lookup.missing) return `No lead with the id ${leadId} was found.`;
  if (leadId) return `The contact joins this lead (${leadId}).`;
  if (newLead && text) return `A new lead “${text}” is created with the contact.`;
  if (text)
    return "Choose a lead from the list (New lead at its end makes one), or paste a lead id.";
  return "Left empty, a new lead is created, named after the contact.";
}
