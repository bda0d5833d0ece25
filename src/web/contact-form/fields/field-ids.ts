/** Stable DOM ids for a form path, and for its hint and error message. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, "-")}`;
}

export function describedBy(path: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint && `${fieldId(path)}-hint`, hasError && `${fieldId(path)}-error`].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(" ") : undefined;
}
