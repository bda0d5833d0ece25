import { type RefObject, useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { FormValues } from "../form-values";
import { saveDraft } from "./draft-storage";

const SAVE_AFTER_MS = 300;

/**
 * What can change the form: typing and choosing (input, change), the row and draft buttons
 * (click, also from the keyboard), completions made on leaving a field (focusout), a lead
 * picked from the list with a key or the pointer (keydown, pointerdown), and a paste the form
 * reads itself (paste: from a menu, no key is pressed).
 */
const CHANGING_EVENTS = [
  "input",
  "change",
  "click",
  "focusout",
  "keydown",
  "pointerdown",
  "paste",
] as const;

/**
 * Saves the form a moment after each change, and at once when the page goes away. It listens
 * to the form's own events rather than to react-hook-form's watch, which copies every value
 * on every keystroke: here the values are read once per save.
 */
export function useDraftSaving(
  form: UseFormReturn<FormValues, unknown>,
  key: string,
  formElement: RefObject<HTMLFormElement | null>,
  /** The values the form starts from without a draft: holding just those, it keeps none. */
  pristine: FormValues,
): void {
  useEffect(() => {
    const element = formElement.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastChange = 0;
    const saveNow = () => {
      clearTimeout(timer);
      timer = undefined;
      saveDraft(key, form.getValues(), pristine);
    };
    // One timer per pause in typing, not one per event: it waits again while changes go on.
    const saveWhenQuiet = () => {
      const quietFor = performance.now() - lastChange;
      if (quietFor >= SAVE_AFTER_MS) saveNow();
      else timer = setTimeout(saveWhenQuiet, SAVE_AFTER_MS - quietFor);
    };
    const saveSoon = () => {
      lastChange = performance.now();
      timer ??= setTimeout(saveWhenQuiet, SAVE_AFTER_MS);
    };
    const onPageHide = () => {
      if (timer !== undefined) saveNow();
    };
    for (const type of CHANGING_EVENTS) element.addEventListener(type, saveSoon);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      for (const type of CHANGING_EVENTS) element.removeEventListener(type, saveSoon);
      clearTimeout(timer);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [form, key, formElement, pristine]);
}
