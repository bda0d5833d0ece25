import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { CONTACT_CUSTOM_FIELDS, DEMO_API_KEY } from "../src/server/fake-close/fixtures";
import { type Figure, figure, median, type Section } from "./support/figures";
import { ensureNginx, type RunningNginx, startNginx } from "./support/nginx";
import {
  type BenchProcess,
  freePort,
  ROOT,
  serverNodeArgs,
  startProcess,
  waitUntilAnswering,
} from "./support/processes";
import { percentile } from "./support/report";

/** Ports this benchmark may use; others run servers elsewhere on the machine. */
const PORT_RANGE = [5250, 5299] as const;
const DURATION_S = 10;
// One connection: each request's latency is then the time it takes through each path, so the
// difference is what a proxy adds. With more, on this 2-core machine that the load generator,
// the stand-in and the proxy share, CPU contention turns into queueing and the latencies
// measure the machine more than the proxy (bench:load shows our server under 50 connections).
const CONNECTIONS = 1;
const REPEATS = 5;
/** What our server may add to a request's latency over sending it to Close directly. */
const ADDED_P50_TARGET_MS = 0.5;
const ADDED_P99_TARGET_MS = 1.5;
/** Lets V8 compile the hot paths of every target before anything is counted. */
const WARM_UP_S = 3;
const AUTHORIZATION = `Basic ${Buffer.from(`${DEMO_API_KEY}:`).toString("base64")}`;
const BARE_NODE_PROXY = fileURLToPath(new URL("reference/bare-node-proxy.mjs", import.meta.url));

/** One way to create a contact: where autocannon sends it, and with which headers. */
interface Target {
  name: string;
  origin: string;
  path: string;
  headers: Record<string, string>;
}

/** What one autocannon run of one target gave. */
interface RunResult {
  requestsPerS: number;
  p50: number;
  p99: number;
  /** autocannon's own p50, to show its resolution in the notes. */
  autocannonP50: number;
}

/** A contact as the form sends it: name, title, 2 emails, a phone, a URL, a custom field. */
function contactBody(): string {
  const nickname = CONTACT_CUSTOM_FIELDS.find((field) => field.name === "Nickname");
  return JSON.stringify({
    name: "Avery Benchmark",
    title: "Head of Procurement",
    emails: [
      { email: "avery@example.com", type: "office" },
      { email: "avery@home.example.org", type: "home" },
    ],
    phones: [{ phone: "+1 415 555 0134", type: "mobile" }],
    urls: [{ url: "https://example.com/people/avery", type: "url" }],
    ...(nickname && { [`custom.${nickname.id}`]: "Ave" }),
  });
}

export async function measure(): Promise<Section> {
  const nginxBinary = ensureNginx();
  const standInPort = await freePort(...PORT_RANGE);
  const serverPort = await freePort(...PORT_RANGE, [standInPort]);
  const nginxPort = await freePort(...PORT_RANGE, [standInPort, serverPort]);
  const barePort = await freePort(...PORT_RANGE, [standInPort, serverPort, nginxPort]);
  const standInOrigin = `http://127.0.0.1:${standInPort}`;
  const serverOrigin = `http://127.0.0.1:${serverPort}`;
  const nginxOrigin = `http://127.0.0.1:${nginxPort}`;
  const bareOrigin = `http://127.0.0.1:${barePort}`;

  const started: { stop(): Promise<unknown> }[] = [];
  try {
    const standIn = startStandIn(standInPort);
    started.push(standIn);
    const server = startOurServer(serverPort, `${standInOrigin}/api/v1`);
    started.push(server);
    const bare = startBareNodeProxy(barePort, `${standInOrigin}/api/v1`);
    started.push(bare);
    await Promise.all([
      waitUntilAnswering(standIn, `${standInOrigin}/__control/stats`),
      waitUntilAnswering(server, `${serverOrigin}/api/health`),
      waitUntilAnswering(bare, `${bareOrigin}/`),
    ]);
    const nginx: RunningNginx = await startNginx(
      nginxBinary,
      nginxHttpBlock(nginxPort, standInPort),
      `${nginxOrigin}/nginx-ready`,
    );
    started.push(nginx);

    const json = { "Content-Type": "application/json" };
    const targets: Target[] = [
      {
        name: "direct to the stand-in",
        origin: standInOrigin,
        path: "/api/v1/contact/",
        headers: { ...json, Authorization: AUTHORIZATION },
      },
      {
        name: "through our server",
        origin: serverOrigin,
        path: "/api/contact/",
        headers: { ...json, Origin: serverOrigin },
      },
      { name: "through nginx", origin: nginxOrigin, path: "/api/contact/", headers: json },
      { name: "through a bare Node proxy", origin: bareOrigin, path: "/", headers: json },
    ];
    const body = contactBody();
    const reset = () => resetStandIn(standInOrigin);

    console.log(`Server overhead: warm-up, ${WARM_UP_S} s per target…`);
    for (const target of targets) {
      await reset();
      await load(target, body, WARM_UP_S);
    }
    // Interleaved, each round starting one target later (A B C D, B C D A, …), so that drift
    // on the machine, and whatever running after another costs, hits all of them alike.
    const runs = new Map<Target, RunResult[]>(targets.map((target) => [target, []]));
    for (let round = 1; round <= REPEATS; round++) {
      const order = targets.map((_, i) => targets[(i + round - 1) % targets.length] as Target);
      for (const target of order) {
        // An empty store each time: the stand-in keeps every contact (and its new lead).
        await reset();
        const result = await load(target, body, DURATION_S);
        runs.get(target)?.push(result);
        console.log(
          `  round ${round}/${REPEATS}, ${target.name}: ${result.requestsPerS.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms`,
        );
      }
    }
    const [direct, ours, viaNginx, viaBareNode] = targets.map((target) => runs.get(target) ?? []);
    if (!direct || !ours || !viaNginx || !viaBareNode)
      throw new Error("A target was not measured.");
    return {
      title: "Our server's overhead",
      figures: overheadFigures(direct, ours, viaNginx, viaBareNode),
      notes: overheadNotes(nginxBinary, direct),
    };
  } finally {
    // Last started, first stopped: nginx and our server before the stand-in they call.
    for (const running of started.reverse()) await running.stop();
  }
}

function startStandIn(port: number): BenchProcess {
  // --control: POST /__control/reset empties its store between runs.
  return startProcess(
    "the Close stand-in",
    process.execPath,
    ["--import", "tsx", "src/server/fake-close/cli.ts", "--port", String(port), "--control"],
    { cwd: ROOT, env: {} },
  );
}

function startOurServer(port: number, closeApiUrl: string): BenchProcess {
  return startProcess("our server", process.execPath, serverNodeArgs(ROOT), {
    cwd: ROOT,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      CLOSE_API_KEY: DEMO_API_KEY,
      CLOSE_API_URL: closeApiUrl,
    },
  });
}

/** The reference: what any proxy on Node adds (bench/reference/bare-node-proxy.mjs). */
function startBareNodeProxy(port: number, closeApiUrl: string): BenchProcess {
  return startProcess(
    "the bare Node proxy",
    process.execPath,
    [BARE_NODE_PROXY, String(port), closeApiUrl, AUTHORIZATION],
    { cwd: ROOT, env: {} },
  );
}

/** nginx proxying /api/contact/ to the stand-in the way our server does: same key, kept-alive. */
function nginxHttpBlock(nginxPort: number, standInPort: number): string {
  return `  upstream close_stand_in {
    server 127.0.0.1:${standInPort};
    # Connections to the stand-in are kept open and reused, as our server's fetch does.
    keepalive 64;
  }

  server {
    listen 127.0.0.1:${nginxPort};
    # nginx closes a client connection after 1,000 requests by default; autocannon then keeps
    # the dropped request in its queue and times every later answer from an earlier request.
    # Node does not close them, so neither does nginx here.
    keepalive_requests 1000000;

    location = /nginx-ready {
      return 204;
    }

    location /api/contact/ {
      proxy_pass http://close_stand_in/api/v1/contact/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Authorization "${AUTHORIZATION}";
    }
  }`;
}

async function resetStandIn(standInOrigin: string): Promise<void> {
  const response = await fetch(`${standInOrigin}/__control/reset`, { method: "POST" });
  if (!response.ok) throw new Error(`The stand-in's reset answered ${response.status}.`);
}

/**
 * One autocannon run. Latencies come from its per-response timings (process.hrtime, fractional
 * ms): its histogram records whole milliseconds, too coarse for sub-millisecond differences.
 */
function load(target: Target, body: string, durationS: number): Promise<RunResult> {
  const latenciesMs: number[] = [];
  const statuses = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.origin}${target.path}`,
        method: "POST",
        headers: target.headers,
        body,
        connections: CONNECTIONS,
        duration: durationS,
      },
      (error: unknown, result) => {
        if (error) return reject(error);
        const failed = result.errors + result.non2xx;
        if (failed > 0) {
          const counts = [...statuses].map(([status, n]) => `${status}: ${n}`).join(", ");
          return reject(
            new Error(
              `${target.name}: ${result.non2xx} answers other than 2xx (${counts}), ${result.errors} connection errors; its figures would not be comparable.`,
            ),
          );
        }
        const requestsPerS = latenciesMs.length / result.duration;
        const timingError = littlesLawError(target, requestsPerS, latenciesMs);
        if (timingError) return reject(timingError);
        latenciesMs.sort((a, b) => a - b);
        resolve({
          requestsPerS,
          p50: percentile(latenciesMs, 50),
          p99: percentile(latenciesMs, 99),
          autocannonP50: result.latency.p50,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, responseTimeMs) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 200 && status < 300) latenciesMs.push(responseTimeMs);
    });
  });
}

/**
 * With a fixed number of connections each waiting for its answer, requests/s × mean latency
 * cannot exceed the connections (Little's law). More means latencies were timed from the
 * wrong request, as autocannon does after a server closes a kept-alive connection.
 */
function littlesLawError(target: Target, requestsPerS: number, latenciesMs: number[]) {
  const meanS = latenciesMs.reduce((sum, ms) => sum + ms, 0) / latenciesMs.length / 1000;
  const inFlight = requestsPerS * meanS;
  if (inFlight <= CONNECTIONS * 1.1) return undefined;
  return new Error(
    `${target.name}: ${inFlight.toFixed(1)} requests in flight on average with ${CONNECTIONS} connections; the latencies are mistimed (did the server close connections?).`,
  );
}

function overheadFigures(
  direct: RunResult[],
  ours: RunResult[],
  viaNginx: RunResult[],
  viaBareNode: RunResult[],
): Figure[] {
  const pick = (runs: RunResult[], key: "requestsPerS" | "p50" | "p99") => runs.map((r) => r[key]);
  const reference = (name: string, samples: number[]) => ({ name, median: median(samples) });
  // Paired within each round: the same moment on the machine for every target.
  const added = (runs: RunResult[], key: "p50" | "p99") =>
    runs.map((run, i) => run[key] - (direct[i]?.[key] ?? Number.NaN));
  const oursAddsP50 = added(ours, "p50");
  const nginxAddsP50 = added(viaNginx, "p50");
  const oursAddsP99 = added(ours, "p99");
  const nginxAddsP99 = added(viaNginx, "p99");
  const bareNodeAddsP50 = added(viaBareNode, "p50");
  const bareNodeAddsP99 = added(viaBareNode, "p99");

  const perTarget = (label: string, runs: RunResult[], withReference: boolean): Figure[] => [
    figure(`requests/s, ${label}`, "req/s", pick(runs, "requestsPerS"), {
      ...(withReference && { reference: reference("direct", pick(direct, "requestsPerS")) }),
    }),
    figure(`latency p50, ${label}`, "ms", pick(runs, "p50"), {
      ...(withReference && { reference: reference("direct", pick(direct, "p50")) }),
    }),
    figure(`latency p99, ${label}`, "ms", pick(runs, "p99"), {
      ...(withReference && { reference: reference("direct", pick(direct, "p99")) }),
    }),
  ];
  return [
    ...perTarget("direct to the stand-in", direct, false),
    ...perTarget("through our server", ours, true),
    ...perTarget("through nginx", viaNginx, true),
    ...perTarget("through a bare Node proxy", viaBareNode, true),
    figure("latency our server adds at p50 (ours − direct)", "ms", oursAddsP50, {
      target: { words: `≤ ${ADDED_P50_TARGET_MS} ms`, met: (m) => m <= ADDED_P50_TARGET_MS },
    }),
    figure("latency nginx adds at p50 (nginx − direct)", "ms", nginxAddsP50),
    figure("latency our server adds at p50, next to nginx's", "ms", oursAddsP50, {
      reference: reference("latency nginx adds at p50", nginxAddsP50),
    }),
    figure("latency our server adds at p99 (ours − direct)", "ms", oursAddsP99, {
      reference: reference("latency nginx adds at p99", nginxAddsP99),
      target: { words: `≤ ${ADDED_P99_TARGET_MS} ms`, met: (m) => m <= ADDED_P99_TARGET_MS },
    }),
    figure("latency nginx adds at p99 (nginx − direct)", "ms", nginxAddsP99),
    figure("latency a bare Node proxy adds at p50, next to nginx's", "ms", bareNodeAddsP50, {
      reference: reference("latency nginx adds at p50", nginxAddsP50),
    }),
    figure("latency a bare Node proxy adds at p99, next to nginx's", "ms", bareNodeAddsP99, {
      reference: reference("latency nginx adds at p99", nginxAddsP99),
    }),
    figure("latency our server adds at p50, next to a bare Node proxy's", "ms", oursAddsP50, {
      reference: reference("latency a bare Node proxy adds at p50", bareNodeAddsP50),
    }),
    figure("latency our server adds at p99, next to a bare Node proxy's", "ms", oursAddsP99, {
      reference: reference("latency a bare Node proxy adds at p99", bareNodeAddsP99),
    }),
  ];
}

function overheadNotes(nginx: ReturnType<typeof ensureNginx>, direct: RunResult[]): string[] {
  const autocannonP50s = direct.map((run) => run.autocannonP50).join(", ");
  return [
    `autocannon on loopback, ${CONNECTIONS} connections (keep-alive, no pipelining), ${DURATION_S} s per run, ${REPEATS} rounds; each round runs the four targets one after another (direct, ours, nginx, bare Node proxy), each round starting one target later, so drift on the machine hits all alike. A ${WARM_UP_S} s warm-up of each target comes first and is not counted.`,
    "Every request is POST /contact/ with the same realistic body: name, title, 2 emails, a phone, a URL and a custom field, as application/json; ours also gets the Origin the app's pages send. The stand-in's store is emptied before each run. A run with any answer other than 2xx or any connection error fails the benchmark.",
    "Each process is its own: the stand-in (node with tsx), our built server (node dist/server/main.js, live mode, pointed at the stand-in), nginx, and the bare Node proxy (bench/reference/bare-node-proxy.mjs: node:http, the body read whole, undici on kept-alive connections, no framework, checks or log — what any server on Node adds before doing anything of its own); autocannon runs in the benchmark's process. All of them share this machine's cores, so a proxy's CPU time per request shows up as latency too.",
    `nginx: ${nginx.version}${nginx.installed ? " (installed by this run from Debian's packages)" : ""}, one worker, an upstream keepalive pool of 64, Authorization set like ours, access log on (our server logs a line per request too).`,
    `Latency is from autocannon's own per-response timing (process.hrtime, fractional ms), taken from its "response" event; its result's latency histogram records whole milliseconds (its p50s for the direct runs were ${autocannonP50s} ms), too coarse for sub-millisecond differences. p50 and p99 are nearest-rank percentiles of every 2xx answer of a run; requests/s is 2xx answers over the run's duration.`,
    "Added latency is paired within each round (ours − direct, nginx − direct, bare Node proxy − direct, at the same percentile); its median is over the rounds, and its spread the smallest and largest round.",
  ];
}
