import type { Page } from "@playwright/test";

/** Console errors and uncaught exceptions of a page (CSP violations show up here too). */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}
