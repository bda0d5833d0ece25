import { type RefObject, useEffect } from "react";

/**
 * The keys that create, and the one that does not: Ctrl+Enter (⌘+Enter on a Mac) creates the
 * contact from anywhere, a textarea included; a plain Enter in one of the form's inputs creates
 * nothing. A browser sends a form on Enter in a text input, which made a contact, and a new
 * lead, out of a half-typed form. Enter keeps its own work elsewhere: picking a suggestion (the
 * Lead picker handles it before it gets here), pressing a button, a new line in a textarea.
 */
export function useSubmitKeys(formRef: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || event.isComposing) return;
      const form = formRef.current;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        form?.requestSubmit();
      } else if (event.target instanceof HTMLInputElement && form?.contains(event.target)) {
        // The browser's implicit submission follows the keydown; without it, nothing happens.
        event.preventDefault();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [formRef]);
}
