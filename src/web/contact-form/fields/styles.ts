/** Shared Tailwind classes: one look for every control, with a visible focus ring. */
export const inputClass =
  "block w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 " +
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 " +
  "aria-invalid:border-red-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";

export const labelClass = "block text-sm font-medium text-slate-800 dark:text-slate-200";

export const buttonClass =
  "inline-flex items-center justify-center gap-1 rounded-md border border-slate-400 px-3 py-1.5 text-sm " +
  "font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 " +
  "dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800";

export const primaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md bg-blue-700 px-4 py-2 text-base font-semibold " +
  "text-white hover:bg-blue-800 aria-disabled:opacity-70 " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";
