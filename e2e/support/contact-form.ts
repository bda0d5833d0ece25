import { expect, type Page } from "@playwright/test";
import { draftKey } from "../../src/web/contact-form/draft/draft-storage";

/** The contact form as a person sees it, by the accessible names in docs/architecture.md. */
export function contactForm(page: Page) {
  const field = (name: string) => page.getByLabel(name, { exact: true });
  return {
    field,
    name: field("Name"),
    title: field("Title"),
    lead: page.getByRole("combobox", { name: "Lead" }),
    submit: page.getByRole("button", { name: "Create contact" }),
    card: page.getByRole("region", { name: "Created contact" }),
    alert: page.getByRole("alert"),
    moreFields: page.getByRole("button", { name: /^More fields \(\d+\)$/ }),
    async open(url: string) {
      await page.goto(url);
      // The parts that talk to the server load right after the form; the count of custom
      // fields shows them.
      await expect(this.moreFields).toBeVisible();
    },
    async add(noun: string) {
      await page.getByRole("button", { name: `Add ${noun}`, exact: true }).click();
    },
    async chooseLead(search: string, name: string) {
      await this.lead.fill(search);
      await page.getByRole("option", { name }).click();
    },
    /** The draft saved now (under any prefill's key), or null: to wait for, not sleep on. */
    savedDraft(): Promise<unknown> {
      return page.evaluate((prefix) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
        return key === undefined ? null : JSON.parse(localStorage.getItem(key) ?? "null");
      }, draftKey());
    },
  };
}
