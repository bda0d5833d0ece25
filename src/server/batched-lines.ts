/**
 * Log lines written a batch per turn of the event loop. A write to a pipe blocks the process,
 * and one write per request cost more, under load, than the rest of the request's own work.
 */
export function batchedLines(write: (text: string) => void = (text) => process.stdout.write(text)) {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join("\n")}\n`;
    pending = [];
    write(text);
  };
  const log = (line: string) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
  return { log, flush };
}
