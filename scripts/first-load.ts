import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface LoadedFile {
  file: string;
  rawBytes: number;
  /** What the server sends a browser that accepts brotli and gzip, as Chromium does. */
  sentBytes: number;
  sentEncoding: "br" | "gzip" | "identity";
}

/** The first-load budget: the page and what it loads before the form can be typed into. */
export const FIRST_LOAD_BUDGET_BYTES = 100_000;

/**
 * What index.html loads before anything else runs: the page itself, its scripts, stylesheets
 * and module preloads, and every module those import statically (not the lazy `import()`
 * chunks).
 */
export function firstLoadFiles(clientDir: string): LoadedFile[] {
  const html = readFileSync(join(clientDir, "index.html"), "utf8");
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const seen = new Set<string>(["index.html"]);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    const code = readFileSync(join(clientDir, file), "utf8");
    // Static imports in Vite's output: `import{a as b}from"./x.js"` or `import"./x.js"`.
    for (const [, name] of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(`assets/${name}`);
    }
  }
  return [...seen].map((file) => loadedFile(clientDir, file));
}

/**
 * A built file's size, and the size of what the server sends for it: the build's brotli copy
 * where there is one, else its gzip copy, else the file (src/server/static-files.ts, which
 * prefers brotli when the request accepts both).
 */
export function loadedFile(clientDir: string, file: string): LoadedFile {
  const path = join(clientDir, file);
  const rawBytes = statSync(path).size;
  for (const [encoding, suffix] of [
    ["br", ".br"],
    ["gzip", ".gz"],
  ] as const) {
    if (existsSync(path + suffix))
      return { file, rawBytes, sentBytes: statSync(path + suffix).size, sentEncoding: encoding };
  }
  return { file, rawBytes, sentBytes: rawBytes, sentEncoding: "identity" };
}
