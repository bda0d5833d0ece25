import { useEffect, useMemo } from "react";
import { type LeadOption, useLead, useLeadSearch } from "../../api/leads";
import { newLeadLabel, type Suggestion, suggestionsFor, twinHint } from "./suggestions";

/** What our server said of `leadId` (its name, or that it does not exist), and of the search. */
export interface LeadLookup {
  id: string;
  name?: string;
  missing: boolean;
  /** The text searched for, and where that search stands. */
  searched: string;
  search: "idle" | "searching" | "found" | "none" | "failed";
  /** Why it failed, in our server's words. */
  searchFailure?: string;
}

export interface LeadSuggestionsProps {
  /** The settled search text; "" searches nothing. */
  query: string;
  /** The text as typed now: a new lead is offered only once the search has caught up with it. */
  typed: string;
  /** A lead id to show the name of (chosen, pasted, or given in the address). */
  leadId: string;
  listId: string;
  active: number;
  open: boolean;
  onOptions: (options: Suggestion[]) => void;
  onLeadLookup: (lookup: LeadLookup) => void;
  onChoose: (choice: Suggestion) => void;
}

const NO_LEADS: LeadOption[] = [];

/** The Lead combobox's list, and what our server knows of a lead id. Loaded after the form. */
export default function LeadSuggestions({
  query,
  typed,
  leadId,
  listId,
  active,
  open,
  onOptions,
  onLeadLookup,
  onChoose,
}: LeadSuggestionsProps) {
  const search = useLeadSearch(query);
  const byId = useLead(leadId);
  const status = searchStatus(query, search);
  const found = open && query ? (search.data ?? NO_LEADS) : NO_LEADS;
  const settled =
    open && query === typed && (status === "found" || status === "none" || status === "failed");
  const options = useMemo(() => suggestionsFor(query, found, settled), [query, found, settled]);

  const searchFailure = search.error?.message;
  useEffect(() => onOptions(options), [options, onOptions]);
  useEffect(
    () =>
      onLeadLookup({
        id: leadId,
        name: byId.data?.id === leadId ? byId.data.display_name : undefined,
        missing: byId.isError,
        searched: query,
        search: status,
        searchFailure,
      }),
    [leadId, byId.data, byId.isError, query, status, searchFailure, onLeadLookup],
  );

  return (
    <div
      id={listId}
      role="listbox"
      aria-label="Leads"
      hidden={options.length === 0}
      className="absolute top-full z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-line bg-surface py-1 shadow-lg"
    >
      {options.map((choice, index) => {
        const id = `${listId}-${index}`;
        return (
          <div
            key={choice.kind === "lead" ? choice.lead.id : "new"}
            id={id}
            role="option"
            aria-selected={index === active}
            // Options are pointed at by the input's aria-activedescendant, never tabbed to.
            tabIndex={-1}
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              onChoose(choice);
            }}
            className="cursor-pointer px-3 py-2 [overflow-wrap:anywhere] aria-selected:bg-selected"
            {...(choice.kind === "lead"
              ? optionContent(choice.lead, found, `${id}-about`)
              : { children: <NewLead name={choice.name} /> })}
          />
        );
      })}
    </div>
  );
}

/**
 * A lead's option: named by the lead's name alone (DESIGN.md), its status — and what tells it
 * apart from a lead of the same name — beside it, as the option's description.
 */
function optionContent(lead: LeadOption, found: readonly LeadOption[], aboutId: string) {
  const about = [lead.status_label, twinHint(lead, found)].filter(Boolean).join(" · ");
  return {
    "aria-label": lead.display_name,
    "aria-describedby": about ? aboutId : undefined,
    children: (
      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span>{lead.display_name}</span>
        {about && (
          <span id={aboutId} className="text-sm text-ink-muted">
            {about}
          </span>
        )}
      </span>
    ),
  };
}

function NewLead({ name }: { name: string }) {
  return (
    <span className="font-medium">
      <span aria-hidden="true">+ </span>
      {newLeadLabel(name)}
    </span>
  );
}

function searchStatus(
  query: string,
  search: ReturnType<typeof useLeadSearch>,
): LeadLookup["search"] {
  if (!query) return "idle";
  if (search.isFetching) return "searching";
  if (search.isError) return "failed";
  return search.data?.length ? "found" : "none";
}
