import type { Dispatch, KeyboardEvent, SetStateAction } from "react";

interface Combobox<Option> {
  open: boolean;
  options: readonly Option[];
  active: number;
  setOpen: (open: boolean) => void;
  setActive: Dispatch<SetStateAction<number>>;
  choose: (option: Option) => void;
}

/**
 * The attributes that make a text input a combobox over the list `listId` (ARIA 1.2's
 * pattern), the option moved to (`active`) named as its active descendant.
 */
export function comboboxAttributes(listId: string, optionCount: number, active: number) {
  return {
    role: "combobox",
    "aria-expanded": optionCount > 0,
    "aria-controls": listId,
    "aria-autocomplete": "list",
    "aria-activedescendant":
      active >= 0 && active < optionCount ? `${listId}-${active}` : undefined,
    autoComplete: "off",
    spellCheck: false,
  } as const;
}

/**
 * A combobox's keys (ARIA 1.2's pattern): the arrows open the list and move through it, round
 * and round; Enter picks the option moved to; Escape closes the list. Other keys type.
 */
export function comboboxKeyDown<Option>(
  event: KeyboardEvent<HTMLInputElement>,
  { open, options, active, setOpen, setActive, choose }: Combobox<Option>,
): void {
  const chosen = options[active];
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    setOpen(true);
    if (options.length === 0) return;
    const step = event.key === "ArrowDown" ? 1 : -1;
    setActive((current) => (current + step + options.length) % options.length);
  } else if (event.key === "Enter" && open && chosen) {
    event.preventDefault();
    choose(chosen);
  } else if (event.key === "Escape" && open) {
    event.preventDefault();
    setOpen(false);
  }
}
