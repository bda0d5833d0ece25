import { expect, test } from "@playwright/test";
import { FIRST_LOAD_BUDGET_GZIP_BYTES, firstLoadFiles } from "../scripts/first-load";

test("the first load (JS + CSS, gzip) stays within its budget", () => {
  const files = firstLoadFiles("dist/client");
  const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  console.log(
    files.map((f) => `${f.file}: ${f.gzipBytes} B gzip`).join("\n"),
    `\ntotal: ${total} B gzip`,
  );
  // The entry script, React's chunk and the stylesheet at least; never a lazy chunk.
  expect(files.some((f) => f.file.endsWith(".css"))).toBe(true);
  expect(files.filter((f) => /form-schema|phone-format|CreatedContactPanel/.test(f.file))).toEqual(
    [],
  );
  expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP_BYTES);
});
