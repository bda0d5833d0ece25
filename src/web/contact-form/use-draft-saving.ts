import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraft } from "./draft-storage";
import type { FormValues } from "./form-values";

const SAVE_AFTER_MS = 300;

/** Saves the form a moment after each change, and at once when the page goes away. */
export function useDraftSaving(form: UseFormReturn<FormValues, unknown>, key: string): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const saveNow = () => {
      clearTimeout(timer);
      timer = undefined;
      saveDraft(key, form.getValues());
    };
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(saveNow, SAVE_AFTER_MS);
    });
    const onPageHide = () => {
      if (timer !== undefined) saveNow();
    };
    window.addEventListener("pagehide", onPageHide);
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [form, key]);
}
