import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface LoadedFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The first-load budget: JS and CSS that index.html loads before the form can be typed into. */
export const FIRST_LOAD_BUDGET_GZIP_BYTES = 100_000;

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/**
 * What index.html loads before anything else runs: its scripts, stylesheets and module
 * preloads, and every module those import statically (not the lazy `import()` chunks).
 */
export function firstLoadFiles(clientDir: string): LoadedFile[] {
  const html = readFileSync(join(clientDir, "index.html"), "utf8");
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const seen = new Set<string>();
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
  return [...seen].map((file) => {
    const bytes = readFileSync(join(clientDir, file));
    return { file, rawBytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
}
