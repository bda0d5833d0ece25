import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder, where the benchmarks run their commands. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A process a benchmark started, and the little it needs to watch and stop it. */
export interface BenchProcess {
  name: string;
  pid: number;
  child: ChildProcess;
  /** The last few kilobytes of stdout and stderr, for telling why something went wrong. */
  outputTail(): string;
  /** Everything written to stderr (kept whole: a healthy server writes nothing there). */
  errorOutput(): string;
  /** Sends SIGTERM, waits for the exit, and kills it if it does not go in time. */
  stop(timeoutMs?: number): Promise<number | null>;
}

const TAIL_CHARS = 8_000;
/** Stopped on exit, however the benchmark ends, so no server outlives it. */
const running = new Set<BenchProcess>();

process.once("exit", () => {
  for (const started of running) started.child.kill("SIGKILL");
});
// Node skips "exit" handlers when a signal ends it: exit properly, so the handler above runs.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.once(signal, () => process.exit(code));
}

/**
 * Starts a process with only the environment given (plus PATH), so settings in the caller's
 * shell, such as ALLOWED_ORIGINS, cannot change what is measured.
 */
export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { env: Record<string, string>; cwd: string },
): BenchProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined)
    throw new Error(`${name} did not start: ${command} ${args.join(" ")}`);
  let tail = "";
  let errors = "";
  // Always read the pipes: a server that logs every request blocks once a pipe is full.
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-TAIL_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", (chunk: Buffer) => {
    keep(chunk);
    errors += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const started: BenchProcess = {
    name,
    pid: child.pid,
    child,
    outputTail: () => tail,
    errorOutput: () => errors,
    stop: async (timeoutMs = 5_000) => {
      running.delete(started);
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  running.add(started);
  return started;
}

/** Polls `url` until it answers 2xx; fails early, with the process's output, if it exits. */
export async function waitUntilAnswering(
  started: BenchProcess,
  url: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (started.child.exitCode !== null) {
      throw new Error(
        `${started.name} exited (${started.child.exitCode}):\n${started.outputTail()}`,
      );
    }
    const answered = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    if (Date.now() > deadline) {
      throw new Error(`${started.name} did not answer ${url}:\n${started.outputTail()}`);
    }
    await sleep(100);
  }
}

/** Resident memory of a process, from VmRSS in /proc/<pid>/status (Linux). */
export function residentMemoryBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kilobytes = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`No VmRSS in /proc/${pid}/status`);
  return Number(kilobytes) * 1024;
}

/**
 * Samples a process's resident memory now, every `intervalMs`, and when stopped; answers the
 * samples, first to last.
 */
export function watchResidentMemory(pid: number, intervalMs = 1_000): { stop(): number[] } {
  const samples = [residentMemoryBytes(pid)];
  const timer = setInterval(() => samples.push(residentMemoryBytes(pid)), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      samples.push(residentMemoryBytes(pid));
      return samples;
    },
  };
}

/**
 * The first port in [from, to] that 127.0.0.1 can listen on, skipping `taken`. Benchmarks
 * share the machine with other servers, so a fixed port is a guess; this checks it.
 */
export async function freePort(from: number, to: number, taken: readonly number[] = []) {
  for (let port = from; port <= to; port++) {
    if (!taken.includes(port) && (await canListen(port))) return port;
  }
  throw new Error(`No free port on 127.0.0.1 from ${from} to ${to}.`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Node's arguments for our server exactly as `npm start` runs it (its V8 options included),
 * read from package.json, so that a benchmark measures the server people run; with `script`,
 * another build's server in place of npm start's script, its last argument.
 */
export function serverNodeArgs(root: string, script?: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const args = scripts.start.replace(/^exec\s+/, "").split(/\s+/);
  if (args.shift() !== "node") throw new Error(`npm start does not run node: ${scripts.start}`);
  if (!args.at(-1)?.endsWith(".js"))
    throw new Error(`npm start does not end with its script: ${scripts.start}`);
  return script === undefined ? args : [...args.slice(0, -1), script];
}
