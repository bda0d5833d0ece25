import { expect, test } from "@playwright/test";
import { FIRST_LOAD_BUDGET_BYTES, firstLoadFiles } from "../scripts/first-load";
import { firstLoadTransfer, NAME_INPUT, watchNameInput } from "./support/first-load-transfer";

test("the first load, as the server sends it to Chromium, stays within its budget", () => {
  const files = firstLoadFiles("dist/client");
  const total = files.reduce((sum, file) => sum + file.sentBytes, 0);
  console.log(
    files.map((f) => `${f.file}: ${f.sentBytes} B ${f.sentEncoding}`).join("\n"),
    `\ntotal: ${total} B`,
  );
  // The page, the entry script, React's chunk and the stylesheet at least; never a lazy chunk.
  expect(files.map((f) => f.file)).toContain("index.html");
  expect(files.some((f) => f.file.endsWith(".css"))).toBe(true);
  expect(files.filter((f) => /form-schema|phone-format|CreatedContactPanel/.test(f.file))).toEqual(
    [],
  );
  // Each of them has a brotli copy for the server to send.
  expect(files.filter((f) => f.sentEncoding !== "br")).toEqual([]);
  expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});

test("what Chromium receives before Name takes typing stays within the budget", async ({
  page,
}) => {
  await page.addInitScript(watchNameInput, NAME_INPUT);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const transfer = await page.evaluate(firstLoadTransfer);
  console.log(
    transfer.requests.map((r) => `${r.name}: ${r.bytes} B`).join("\n"),
    `\ntotal: ${transfer.bytes} B`,
  );
  // The page and its scripts came compressed: far fewer bytes than the files themselves.
  const files = firstLoadFiles("dist/client");
  const rawBytes = files.reduce((sum, file) => sum + file.rawBytes, 0);
  expect(transfer.requests.length).toBeGreaterThanOrEqual(files.length);
  expect(transfer.bytes).toBeLessThan(rawBytes / 2);
  expect(transfer.bytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});
