/**
 * Start-up: from spawning `npm start` in a built tree to the first 200 on GET /api/health,
 * next to `node dist/server/main.js` started directly, which is what `npm start` ends up running.
 */
import { readFileSync } from "node:fs";
import { get } from "node:http";
import { DEMO_API_KEY } from "../src/server/fake-close/fixtures";
import { figure, median, type Section } from "./support/figures";
import {
  type BenchProcess,
  freePort,
  ROOT,
  serverNodeArgs,
  sleep,
  startProcess,
} from "./support/processes";

/** Ports this benchmark may use; others run servers elsewhere on the machine. */
const PORT_RANGE = [5250, 5299] as const;
const RUNS = 10;
/** How often /api/health is asked while the server starts: the figures' resolution. */
const POLL_MS = 2;
const TIMEOUT_MS = 30_000;

/** A way to start our server, and how to recognise a run that built first. */
interface Launcher {
  name: string;
  command: string;
  args: string[];
}

export async function measure(): Promise<Section> {
  const port = await freePort(...PORT_RANGE);
  // Live mode, pointed at a port in our range where nothing listens: /api/health does not call
  // Close, and demo mode would start its own stand-in on a port the kernel picks.
  const closePort = await freePort(...PORT_RANGE, [port]);
  const env = {
    PORT: String(port),
    HOST: "127.0.0.1",
    CLOSE_API_KEY: DEMO_API_KEY,
    CLOSE_API_URL: `http://127.0.0.1:${closePort}/api/v1`,
    // npm reads its settings from HOME; and it must not ask the registry for a newer npm.
    ...(process.env.HOME && { HOME: process.env.HOME }),
    npm_config_update_notifier: "false",
  };
  const npmStart: Launcher = { name: "npm start", command: "npm", args: ["start"] };
  const nodeDirect: Launcher = {
    name: "node dist/server/main.js",
    command: process.execPath,
    args: serverNodeArgs(ROOT),
  };
  const healthUrl = `http://127.0.0.1:${port}/api/health`;

  console.log(`Start-up: ${RUNS} runs each of npm start and node directly…`);
  // Unrecorded: builds if the tree is not built yet, and warms the file cache for both.
  await timeToHealthy(npmStart, env, healthUrl, { mayBuild: true });
  await timeToHealthy(nodeDirect, env, healthUrl);
  const samples = { npm: [] as number[], node: [] as number[], prestart: [] as number[] };
  // Interleaved, so that drift on the machine hits both alike.
  for (let run = 0; run < RUNS; run++) {
    samples.npm.push(await timeToHealthy(npmStart, env, healthUrl));
    samples.node.push(await timeToHealthy(nodeDirect, env, healthUrl));
    samples.prestart.push(await timePrestartCheck());
  }
  const direct = { name: nodeDirect.name, median: median(samples.node) };
  return {
    title: "Start-up",
    figures: [
      figure("npm start → first 200 on /api/health", "ms", samples.npm, { reference: direct }),
      figure("node dist/server/main.js → first 200 on /api/health", "ms", samples.node),
      figure(
        "prestart build check alone (node scripts/build-if-missing.mjs)",
        "ms",
        samples.prestart,
      ),
    ],
    notes: [
      `From spawning the command to the first 200 on GET /api/health, asked every ${POLL_MS} ms on a new connection; ${RUNS} runs of each, interleaved, after one unrecorded run of each. Each server is stopped with SIGTERM, and gone, before the next starts.`,
      "From a built tree: npm start's prestart (scripts/build-if-missing.mjs) only compares dist/ with the sources; a run that printed that it was building would fail the benchmark. Its time alone is the third figure.",
      "npm start costs npm's own start-up and the prestart check (another node) on top of node dist/server/main.js; the ratio shows how much that is.",
      "npm hands SIGTERM to our server (the start script execs node); so that nothing outlives a run, every process under npm gets SIGTERM too, and the benchmark waits for each to exit.",
      "Environment: PORT, HOST=127.0.0.1, and live mode (CLOSE_API_KEY, CLOSE_API_URL): /api/health does not call Close, and the modules are the same as in demo mode, which would also start the in-process stand-in.",
    ],
  };
}

/**
 * Starts the server, times it until /api/health answers 200, and stops it. Unless `mayBuild`,
 * fails if npm start built first: that would time the build, not the start.
 */
async function timeToHealthy(
  launcher: Launcher,
  env: Record<string, string>,
  healthUrl: string,
  options: { mayBuild?: boolean } = {},
): Promise<number> {
  const startedAt = performance.now();
  const server = startProcess(launcher.name, launcher.command, launcher.args, { cwd: ROOT, env });
  try {
    await untilHealthy(server, healthUrl);
    const elapsedMs = performance.now() - startedAt;
    if (!options.mayBuild && /building/i.test(server.outputTail())) {
      throw new Error(
        `${launcher.name} built before starting: the sources changed during the run.`,
      );
    }
    return elapsedMs;
  } finally {
    await stopWithChildren(server);
    await untilPortFree(healthUrl);
  }
}

async function untilHealthy(server: BenchProcess, url: string): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS;
  while ((await healthStatus(url)) !== 200) {
    if (server.child.exitCode !== null) {
      throw new Error(`${server.name} exited (${server.child.exitCode}):\n${server.outputTail()}`);
    }
    if (performance.now() > deadline) {
      throw new Error(`${server.name} did not answer ${url}:\n${server.outputTail()}`);
    }
    await sleep(POLL_MS);
  }
}

/** The status of GET `url` on a connection of its own (none kept for the next server), or 0. */
function healthStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode ?? 0));
    });
    request.once("error", () => resolve(0));
  });
}

/**
 * SIGTERM to each process and waits for every one to exit: npm forwards it to our server (the
 * start script execs node), and each process under npm gets its own too, so that none can
 * outlive a run and hold the port for the next.
 */
async function stopWithChildren(server: BenchProcess): Promise<void> {
  const children = descendants(server.pid);
  for (const pid of children) signal(pid, "SIGTERM");
  await server.stop();
  const deadline = performance.now() + 5_000;
  while (children.some(isRunning)) {
    if (performance.now() > deadline) {
      for (const pid of children) signal(pid, "SIGKILL");
      break;
    }
    await sleep(10);
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Whether a process exists and is not a zombie (one nobody has reaped counts as gone). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Every process under `pid`, from /proc (Linux). */
function descendants(pid: number): number[] {
  let children: number[];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .split(" ")
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Waits until nothing listens on the URL's port, so the next run can take it. */
async function untilPortFree(url: string): Promise<void> {
  const port = Number(new URL(url).port);
  const deadline = performance.now() + 10_000;
  for (;;) {
    try {
      await freePort(port, port);
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await sleep(20);
    }
  }
}

/** The prestart script alone: how long the "is the build fresh?" check takes. */
async function timePrestartCheck(): Promise<number> {
  const startedAt = performance.now();
  const check = startProcess("prestart check", process.execPath, ["scripts/build-if-missing.mjs"], {
    cwd: ROOT,
    env: {},
  });
  const code = await new Promise<number | null>((resolve) => {
    if (check.child.exitCode !== null) resolve(check.child.exitCode);
    else check.child.once("exit", resolve);
  });
  const elapsedMs = performance.now() - startedAt;
  await check.stop();
  if (code !== 0 || /building/i.test(check.outputTail())) {
    throw new Error(`The prestart check did not pass quietly (${code}):\n${check.outputTail()}`);
  }
  return elapsedMs;
}
