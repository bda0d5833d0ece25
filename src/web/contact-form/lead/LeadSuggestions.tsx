import { useEffect } from "react";
import { type LeadOption, useLead, useLeadSearch } from "../../api/leads";

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
  /** A lead id to show the name of (chosen, pasted, or given in the address). */
  leadId: string;
  listId: string;
  active: number;
  open: boolean;
  onOptions: (options: LeadOption[]) => void;
  onLeadLookup: (lookup: LeadLookup) => void;
  onChoose: (lead: LeadOption) => void;
}

const NO_OPTIONS: LeadOption[] = [];

/** The Lead combobox's list, and what our server knows of a lead id. Loaded after the form. */
export default function LeadSuggestions({
  query,
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
  const options = open && query ? (search.data ?? NO_OPTIONS) : NO_OPTIONS;

  const status = searchStatus(query, search);
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
      {options.map((lead, index) => (
        <div
          key={lead.id}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === active}
          // Options are pointed at by the input's aria-activedescendant, never tabbed to.
          tabIndex={-1}
          // Chosen on mousedown, before the input's blur closes the list.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(lead);
          }}
          className="cursor-pointer px-3 py-2 aria-selected:bg-selected"
        >
          {lead.display_name}
        </div>
      ))}
    </div>
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
