/**
 * Page-side helpers for what a first load really costs: when the "Name" input takes typing,
 * and the bytes Chromium received for every request made before then. Shared by the budget
 * test (e2e/bundle-budget.spec.ts) and the benchmark (bench/first-load.ts).
 */

/** The "Name" input's id (fieldId("name") in src/web/contact-form/fields/field-ids.ts). */
export const NAME_INPUT = "#field-name";

declare global {
  interface Window {
    /** performance.now() when the Name input first took typing; set by watchNameInput. */
    __nameInteractiveAt?: Promise<number>;
  }
}

/**
 * An init script (before the page's own scripts): notes the moment the Name input exists, is
 * enabled, and has React's handlers (React's __reactProps$ key with an onChange; createRoot
 * attaches its event listeners to the root before the first render). No named functions
 * inside: tsx wraps them in a `__name` helper that the page does not have.
 */
export function watchNameInput(selector: string): void {
  window.__nameInteractiveAt = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const input = document.querySelector(selector);
      if (!(input instanceof HTMLInputElement) || !input.isConnected || input.disabled) return;
      const props = Object.entries(input).find(([key]) => key.startsWith("__reactProps$"))?.[1];
      if (typeof (props as { onChange?: unknown } | undefined)?.onChange !== "function") return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
}

export interface FirstLoadTransfer {
  /** performance.now() when Name took typing. */
  nameInteractive: number;
  /** transferSize (headers and body) of the page and of every request started before then. */
  bytes: number;
  requests: { name: string; bytes: number }[];
}

/**
 * In the page, once watchNameInput ran and the network is idle (a request's timing entry is
 * there only once its response has ended): what the requests started before Name took typing
 * took off the wire, whenever they ended.
 */
export async function firstLoadTransfer(): Promise<FirstLoadTransfer> {
  const nameInteractive = await window.__nameInteractiveAt;
  if (nameInteractive === undefined) throw new Error("The init script did not run.");
  const started = [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
  ].filter((entry) => entry.startTime < nameInteractive);
  const requests = (started as PerformanceResourceTiming[]).map((entry) => ({
    name: new URL(entry.name).pathname,
    bytes: entry.transferSize,
  }));
  return {
    nameInteractive,
    bytes: requests.reduce((sum, request) => sum + request.bytes, 0),
    requests,
  };
}
