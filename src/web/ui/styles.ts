/** Shared classes: one look for every control, with a visible focus ring. */

/** Text inputs, selects and textareas: one short class, defined in src/web/styles.css. */
export const inputClass = "form-control";

export const labelClass = "block text-sm font-medium text-slate-800 dark:text-slate-200";

/**
 * A row's type select, beside its input and below the input's label (pt-6: the label's line and
 * the gap under it); narrower on a phone, so that a row keeps to one line.
 */
export const rowTypeSelectClass = "w-24 self-start pt-6 sm:w-32";

/** Buttons: one short class, defined in src/web/styles.css. */
export const buttonClass = "form-button";

export const primaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md bg-blue-700 px-4 py-2 text-base font-semibold " +
  "text-white hover:bg-blue-800 aria-disabled:opacity-70 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
