/** How long a log line may wait for others to be written with it. */
export const LOG_BATCH_MS = 100;

/**
 * Log lines written in batches, at most LOG_BATCH_MS after the first of each. A write to a
 * pipe is a system call that wakes its reader: one per request cost more, under load, than
 * the rest of the request's own work.
 */
export function batchedLines(write: (text: string) => void = (text) => process.stdout.write(text)) {
  let pending: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const text = `${pending.join("\n")}\n`;
    pending = [];
    write(text);
  };
  const log = (line: string) => {
    timer ??= setTimeout(flush, LOG_BATCH_MS);
    pending.push(line);
  };
  return { log, flush };
}
