/** Shared classes: one look for every control, with a visible focus ring. */

/** Text inputs, selects and textareas: one short class, defined in src/web/styles.css. */
export const inputClass = "form-control";

export const labelClass = "block text-sm font-medium text-ink";

/**
 * A row's type select, beside its input and below the input's label (pt-6: the label's line and
 * the gap under it); narrower on a phone, so that a row keeps to one line.
 */
export const rowTypeSelectClass = "w-24 self-start pt-6 sm:w-32 embedded:sm:w-24";

/** Buttons: one short class, defined in src/web/styles.css. */
export const buttonClass = "form-button";

export const primaryButtonClass =
  "inline-flex items-center justify-center gap-2 h-control rounded-md bg-accent px-3 text-sm font-semibold sm:px-4 sm:text-base " +
  "text-white hover:bg-accent-hover aria-disabled:opacity-70 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";

/** Links in text: underlined, thicker on hover. */
export const linkClass =
  "rounded-sm text-link underline underline-offset-2 hover:decoration-2 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";

/** A notice box: something the person should know that is no error. */
export const noticeClass =
  "rounded-md border border-notice-line bg-notice-bg px-4 py-3 text-notice-ink";
