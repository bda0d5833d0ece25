// `npm run bench`: every benchmark of the app on this machine, side by side with its
// reference, into bench/results/report.md and report.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { measure as firstLoad } from "./first-load";
import { measure as serverOverhead } from "./server-overhead";
import { measure as startup } from "./startup";
import type { Figure, Section } from "./support/figures";
import { loadAverageNow, machineTable, markdownTable } from "./support/report";
import { measure as typing } from "./typing";

const RESULTS = join(import.meta.dirname, "results");

const benchmarks: [string, () => Promise<Section>][] = [
  ["first load", firstLoad],
  ["typing with many rows", typing],
  ["our server's overhead", serverOverhead],
  ["start-up", startup],
];

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return "—";
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = value.toLocaleString("en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
  return unit === "×" ? `${number} ×` : `${number} ${unit}`;
}

function figureRow(f: Figure): string[] {
  const spread = f.samples.length > 1 ? `${format(f.min, f.unit)} – ${format(f.max, f.unit)}` : "";
  return [
    f.name,
    format(f.median, f.unit),
    spread,
    String(f.samples.length),
    f.reference ? `${f.reference.name}: ${format(f.reference.median, f.unit)}` : "",
    f.ratio === undefined ? "" : `${f.ratio.toFixed(2)} ×`,
    f.target ?? "",
    f.pass === undefined ? "" : f.pass ? "pass" : "**miss**",
  ];
}

function sectionMarkdown(section: Section): string {
  return [
    `## ${section.title}`,
    "",
    markdownTable(
      [
        "figure",
        "median",
        "spread (min – max)",
        "runs",
        "reference (median)",
        "ratio",
        "target",
        "result",
      ],
      section.figures.map(figureRow),
    ),
    "",
    ...(section.tables ?? []).flatMap((table) => [table, ""]),
    ...section.notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
}

const startedAt = new Date();
const loadAtStart = loadAverageNow();
const sections: Section[] = [];
for (const [name, measure] of benchmarks) {
  console.log(`Benchmark: ${name}…`);
  sections.push(await measure());
}

mkdirSync(RESULTS, { recursive: true });
const machine = {
  cpu: [...new Set(cpus().map((cpu) => cpu.model.trim()))].join(", "),
  cores: cpus().length,
  memoryBytes: totalmem(),
  node: process.version,
  loadAverageAtStart: loadAtStart,
};
writeFileSync(
  join(RESULTS, "report.json"),
  `${JSON.stringify({ date: startedAt.toISOString(), machine, sections }, null, 2)}\n`,
);
const report = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${startedAt.toISOString()}: medians over repeated runs, the spread of`,
  "the samples, and each figure's ratio to its reference measured in the same run.",
  "",
  machineTable(loadAtStart),
  "",
  ...sections.map(sectionMarkdown),
].join("\n");
writeFileSync(join(RESULTS, "report.md"), report);
console.log(report);

const missed = sections.flatMap((s) => s.figures).filter((f) => f.pass === false);
if (missed.length > 0) console.log(`Missed targets: ${missed.map((f) => f.name).join("; ")}`);
