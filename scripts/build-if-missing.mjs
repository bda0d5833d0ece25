// `npm start` builds the app first when the build is missing or older than the sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const outputs = ["dist/client/index.html", "dist/server/main.js"];
const sources = [
  "src",
  "public",
  "index.html",
  "vite.config.ts",
  "tailwind.config.js",
  "package.json",
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = outputs.every((path) => existsSync(path));
const stale =
  built && Math.max(...sources.filter(existsSync).map(newest)) > Math.min(...outputs.map(newest));
if (!built || stale) {
  console.log(
    built ? "Sources changed since the last build: building." : "No build yet: building.",
  );
  execSync("npm run build", { stdio: "inherit" });
}
