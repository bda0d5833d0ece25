// Sums the test suites' JSON reports into one line, `N passed, N failed`, for CI.
// Usage: node scripts/summarize-tests.mjs <exit status of npm test>
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined);
const suites = [];

const vitest = read("reports/vitest.json");
if (vitest) suites.push(["unit (Vitest)", vitest.numPassedTests, vitest.numFailedTests]);

const playwright = read("reports/playwright.json");
if (playwright) {
  const { expected, unexpected, flaky } = playwright.stats;
  suites.push(["browser (Playwright)", expected + flaky, unexpected]);
}

let passed = 0;
let failed = 0;
for (const [name, suitePassed, suiteFailed] of suites) {
  console.log(`${name}: ${suitePassed} passed, ${suiteFailed} failed`);
  passed += suitePassed;
  failed += suiteFailed;
}
const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) {
  console.log(
    "npm test failed outside the test suites (type check, lint, build or set-up): see above.",
  );
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
