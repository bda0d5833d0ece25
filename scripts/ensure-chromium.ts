// Before the browser tests: find a Chromium, or install one, or say exactly what to run.
import { spawnSync } from "node:child_process";
import { findChromium } from "../e2e/support/find-chromium";

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", timeout: 10 * 60_000 });
  return result.status === 0;
}

function report(): boolean {
  const found = findChromium();
  if (found)
    console.log(
      `Browser tests use ${found.source} Chromium${found.executablePath ? ` (${found.executablePath})` : ""}.`,
    );
  return found !== undefined;
}

if (!report()) {
  console.log("No Chromium found: installing one.");
  const isRoot = process.getuid?.() === 0;
  const installed =
    (run("npx", ["playwright", "install", "chromium"]) && report()) ||
    (isRoot &&
      run("apt-get", ["update"]) &&
      run("apt-get", ["install", "-y", "chromium"]) &&
      report());
  if (!installed) {
    console.error(
      [
        "No Chromium for the browser tests. Do one of these, then run npm test again:",
        "  npx playwright install chromium",
        "  sudo apt-get install -y chromium      (Debian, Ubuntu)",
        "  export CHROMIUM_PATH=/path/to/chromium-or-chrome",
      ].join("\n"),
    );
    process.exit(1);
  }
}
