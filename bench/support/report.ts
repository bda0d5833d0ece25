import { cpus, loadavg, totalmem } from "node:os";

/** One pass/fail line of a benchmark report; a failing check makes the run exit non-zero. */
export interface Check {
  name: string;
  expected: string;
  actual: string;
  pass: boolean;
}

export function check(name: string, expected: string, actual: string, pass: boolean): Check {
  return { name, expected, actual, pass };
}

/** The load average now, to show later whether others were using the machine. */
export function loadAverageNow(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(" / ");
}

/**
 * The machine a figure was measured on, since figures mean little without it; `loadAtStart`
 * (from `loadAverageNow()`) tells a busy machine from a quiet one.
 */
export function machineTable(loadAtStart?: string): string {
  const cores = cpus();
  const models = [...new Set(cores.map((core) => core.model.trim()))].join(", ");
  return markdownTable(
    ["machine", ""],
    [
      ["CPU", `${models || "unknown"} × ${cores.length}`],
      ["memory", `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
      ["Node", process.version],
      ["OS", `${process.platform} ${process.arch}`],
      ...(loadAtStart ? [["load average at start (1 / 5 / 15 min)", loadAtStart]] : []),
    ],
  );
}

export function checksTable(checks: readonly Check[]): string {
  return markdownTable(
    ["check", "expected", "actual", "result"],
    checks.map((c) => [c.name, c.expected, c.actual, c.pass ? "pass" : "**FAIL**"]),
  );
}

/** A Markdown table with padded columns, the way Biome formats Markdown (`npm run lint`). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]) {
  const escaped = [header, ...rows].map((cells) =>
    cells.map((cell) => cell.replaceAll("|", "\\|")),
  );
  const widths = header.map((_, column) =>
    Math.max(3, ...escaped.map((cells) => [...(cells[column] ?? "")].length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => padEnd(cells[column] ?? "", width)).join(" | ")} |`;
  const [head = [], ...body] = escaped;
  return [line(head), line(widths.map((width) => "-".repeat(width))), ...body.map(line)].join("\n");
}

/** Pads by characters, not UTF-16 units, so "×" and "→" count once. */
function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

export function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

export function milliseconds(ms: number): string {
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** Nearest-rank percentile of samples sorted ascending; 0 when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? 0;
}
