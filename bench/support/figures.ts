/**
 * A benchmark figure: every sample of a repeated measurement, summarised by its median and
 * spread, and compared with its reference measured in the same run.
 */
export interface Figure {
  name: string;
  unit: string;
  samples: number[];
  median: number;
  /** Smallest and largest sample. */
  min: number;
  max: number;
  /** What this figure is compared with, measured in the same run. */
  reference?: { name: string; median: number };
  /** median / reference.median */
  ratio?: number;
  /** The target in words, e.g. "≤ 1.2 × plain HTML"; and whether it was met. */
  target?: string;
  pass?: boolean;
}

export interface Section {
  title: string;
  figures: Figure[];
  /** Markdown tables that show what the figures summarise, each with a line above it. */
  tables?: string[];
  /** Sentences that say how it was measured, and what the figures mean. */
  notes: string[];
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** A figure from its samples, with its reference and target when it has them. */
export function figure(
  name: string,
  unit: string,
  samples: readonly number[],
  compare?: {
    reference?: { name: string; median: number };
    target?: { words: string; met: (median: number, ratio: number | undefined) => boolean };
  },
): Figure {
  const m = median(samples);
  const reference = compare?.reference;
  const ratio = reference ? m / reference.median : undefined;
  return {
    name,
    unit,
    samples: [...samples],
    median: m,
    min: Math.min(...samples),
    max: Math.max(...samples),
    ...(reference && { reference, ratio }),
    ...(compare?.target && { target: compare.target.words, pass: compare.target.met(m, ratio) }),
  };
}
