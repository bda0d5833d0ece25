/**
 * `npm run bench:load [-- --duration 20 --connections 50]`: our built server under load,
 * over loopback, creating contacts in the Close stand-in (each its own process), with refused
 * requests mixed in. It checks that nothing fails, nothing is lost or made twice and memory
 * stays flat, then makes 1,000 contacts one at a time; it writes bench/results/load.md and
 * exits non-zero if any check fails.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { CONTACT_CUSTOM_FIELDS, DEMO_API_KEY } from "../src/server/fake-close/fixtures";
import {
  type BenchProcess,
  freePort,
  ROOT,
  residentMemoryBytes,
  serverNodeArgs,
  sleep,
  startProcess,
  waitUntilAnswering,
  watchResidentMemory,
} from "./support/processes";
import {
  type Check,
  check,
  checksTable,
  loadAverageNow,
  machineTable,
  markdownTable,
  megabytes,
  milliseconds,
  percentile,
} from "./support/report";

const REPORT_PATH = "bench/results/load.md";
/** Ports this benchmark may use; others run servers elsewhere on the machine. */
const PORT_RANGE = [5100, 5199] as const;
const SEQUENTIAL_CREATES = 1_000;
const MAX_RSS_GROWTH_BYTES = 50 * 2 ** 20;
/** Long enough for a garbage collection or two to give back what the load needed. */
const IDLE_MS = 5_000;
/**
 * V8 sizes its heap to the load in the first seconds and keeps the pages (the live heap stays
 * at 20-30 MB): RSS is compared from the end of a warm-up, so that growth shows a leak.
 */
const WARM_UP_S = 5;
/** autocannon's own stop cuts requests in flight; ours lets them finish, within this. */
const STOP_GRACE_S = 15;
/** Stands for the status of a request that got no answer (refused, reset, timed out). */
const NO_ANSWER = 0;
const FOREIGN_ORIGIN = "https://elsewhere.example";
const NICKNAME_FIELD = CONTACT_CUSTOM_FIELDS.find((field) => field.name === "Nickname");

interface Settings {
  durationS: number;
  connections: number;
}

/** One kind of request in the mix, and the one status our server must answer it with. */
interface RequestKind {
  name: string;
  /** How many of each round of requests a connection sends are of this kind. */
  weight: number;
  expectedStatus: number;
  build(origin: string): Pick<autocannon.Request, "method" | "path" | "headers" | "body">;
}

const jsonFrom = (origin: string) => ({ Origin: origin, "Content-Type": "application/json" });

const REQUEST_MIX: readonly RequestKind[] = [
  {
    name: "create contact",
    weight: 4,
    expectedStatus: 200,
    build: (origin) => ({
      method: "POST",
      path: "/api/contact/",
      headers: jsonFrom(origin),
      body: contactBody("load"),
    }),
  },
  {
    name: "foreign Origin",
    weight: 1,
    expectedStatus: 403,
    build: () => ({
      method: "POST",
      path: "/api/contact/",
      headers: jsonFrom(FOREIGN_ORIGIN),
      body: contactBody("foreign"),
    }),
  },
  {
    name: "body failing the schema",
    weight: 1,
    expectedStatus: 400,
    build: (origin) => ({
      method: "POST",
      path: "/api/contact/",
      headers: jsonFrom(origin),
      body: JSON.stringify({ name: 42, emails: [{ type: "office" }], phones: "555" }),
    }),
  },
  {
    name: "unknown path",
    weight: 1,
    expectedStatus: 404,
    build: (origin) => ({ method: "GET", path: "/api/contacts/", headers: { Origin: origin } }),
  },
];

let contactSerial = 0;
const RUN_TAG = Date.now().toString(36);

/** A contact as the form sends it, unique in every run so that no two creates look alike. */
function contactBody(prefix: string): string {
  const n = ++contactSerial;
  const handle = `${prefix}-${RUN_TAG}-${n}`;
  return JSON.stringify({
    name: `Avery Loadtest ${n}`,
    title: "Head of Procurement",
    emails: [
      { email: `${handle}@example.com`, type: "office" },
      { email: `${handle}@home.example.org`, type: "home" },
    ],
    phones: [{ phone: `+1 415 555 ${String(n % 10_000).padStart(4, "0")}`, type: "mobile" }],
    urls: [{ url: `https://example.com/people/${handle}`, type: "url" }],
    ...(NICKNAME_FIELD && { [`custom.${NICKNAME_FIELD.id}`]: `Avery ${n}` }),
  });
}

/** Statuses and latencies of one kind of request. */
class Tally {
  readonly statuses = new Map<number, number>();
  readonly latenciesMs: number[] = [];

  add(status: number, latencyMs: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    this.latenciesMs.push(latencyMs);
  }

  count(status?: number): number {
    if (status !== undefined) return this.statuses.get(status) ?? 0;
    return this.latenciesMs.length;
  }

  statusesText(): string {
    return (
      [...this.statuses]
        .map(([status, count]) => `${status === NO_ANSWER ? "no answer" : status}: ${count}`)
        .join(", ") || "none"
    );
  }

  latencyCells(): string[] {
    const sorted = [...this.latenciesMs].sort((a, b) => a - b);
    return [50, 90, 99, 100].map((p) => milliseconds(percentile(sorted, p)));
  }
}

interface LoadRun {
  result: autocannon.Result;
  tallies: Map<RequestKind, Tally>;
  elapsedS: number;
}

/** Our server's RSS: once a second from just before the load to its end, then after idling. */
interface MemoryReadings {
  /** Just after start, before any request. */
  cold: number;
  during: number[];
  idle: number;
  /** The stand-in's, for comparison: it keeps every contact. */
  standIn: number;
}

interface SequentialRun {
  tally: Tally;
  elapsedMs: number;
  contactsAdded: number;
}

await main().then(
  (allPassed) => {
    process.exitCode = allPassed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);

async function main(): Promise<boolean> {
  const settings = readSettings();
  const loadAtStart = loadAverageNow();
  const standInPort = await freePort(...PORT_RANGE);
  const serverPort = await freePort(...PORT_RANGE, [standInPort]);
  const standInOrigin = `http://127.0.0.1:${standInPort}`;
  const serverOrigin = `http://127.0.0.1:${serverPort}`;

  const standIn = startProcess(
    "the Close stand-in",
    process.execPath,
    ["--import", "tsx", "src/server/fake-close/cli.ts", "--port", String(standInPort), "--control"],
    { cwd: ROOT, env: {} },
  );
  const server = startProcess("our server", process.execPath, serverNodeArgs(ROOT), {
    cwd: ROOT,
    env: {
      PORT: String(serverPort),
      HOST: "127.0.0.1",
      CLOSE_API_KEY: DEMO_API_KEY,
      CLOSE_API_URL: `${standInOrigin}/api/v1`,
    },
  });
  try {
    await Promise.all([
      waitUntilAnswering(standIn, `${standInOrigin}/__control/stats`),
      waitUntilAnswering(server, `${serverOrigin}/api/health`),
    ]);
    await controlStandIn(standInOrigin, "/reset", "POST");

    console.log(
      `Load: ${settings.durationS} s, ${settings.connections} connections against ${serverOrigin}…`,
    );
    const cold = residentMemoryBytes(server.pid);
    console.log(`Warm-up: ${WARM_UP_S} s…`);
    await runLoad(serverOrigin, { ...settings, durationS: WARM_UP_S });
    await controlStandIn(standInOrigin, "/reset", "POST");
    // Sampled through the run too: a plateau and a steady climb end at the same "after".
    const rssWatch = watchResidentMemory(server.pid);
    const load = await runLoad(serverOrigin, settings);
    const contactsAfterLoad = await contactCount(standInOrigin);
    const rssDuring = rssWatch.stop();
    await sleep(IDLE_MS);
    const memory: MemoryReadings = {
      cold,
      during: rssDuring,
      idle: residentMemoryBytes(server.pid),
      standIn: residentMemoryBytes(standIn.pid),
    };

    console.log(`Sequential: ${SEQUENTIAL_CREATES} creates, one at a time…`);
    const sequential = await createOneByOne(serverOrigin, standInOrigin);

    const checks = [
      ...loadChecks(load, contactsAfterLoad),
      ...memoryChecks(memory),
      ...sequentialChecks(sequential),
    ];
    const report = [
      "# Load benchmark: creating contacts through our server",
      "",
      `Written by \`npm run bench:load\` on ${new Date().toISOString()}. Our built server`,
      "(`node dist/server/main.js`, live mode) forwards to the Close stand-in, each in its own",
      "process, over loopback; autocannon runs in the benchmark's process on the same machine.",
      "",
      machineTable(loadAtStart),
      "",
      settingsSection(settings),
      loadSection(load, contactsAfterLoad),
      memorySection(memory),
      sequentialSection(sequential),
      "## Checks",
      "",
      checksTable(checks),
      "",
      stderrSection(server, standIn),
    ].join("\n");
    mkdirSync(dirname(join(ROOT, REPORT_PATH)), { recursive: true });
    writeFileSync(join(ROOT, REPORT_PATH), report);
    console.log(`\n${report}\nWritten to ${REPORT_PATH}.`);
    return checks.every((c) => c.pass);
  } finally {
    await Promise.all([server.stop(), standIn.stop()]);
  }
}

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "20" },
      connections: { type: "string", default: "50" },
    },
  });
  return {
    durationS: wholeNumber("--duration", values.duration, 1, 600),
    connections: wholeNumber("--connections", values.connections, 1, 1_000),
  };
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new Error(`${flag} takes a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

/**
 * Runs the mix for the set duration, then lets every connection finish the request it has in
 * flight: autocannon's own stop drops those, and a create dropped after it reached the stand-in
 * would make the stand-in's count and the 200s counted differ for no fault of the server.
 */
function runLoad(serverOrigin: string, settings: Settings): Promise<LoadRun> {
  const tallies = new Map(REQUEST_MIX.map((kind) => [kind, new Tally()]));
  const startedAt = performance.now();
  let lastAnswerAt = startedAt;
  type Timing = { sentAt?: number };

  const requests: autocannon.Request[] = REQUEST_MIX.flatMap((kind) =>
    Array.from({ length: kind.weight }, () => ({
      // Built just before each send: a fresh body, and the time it left.
      setupRequest: (request: autocannon.Request, context: object) => {
        (context as Timing).sentAt = performance.now();
        return { ...request, ...kind.build(serverOrigin) };
      },
      onResponse: (status: number, _body: string, context: object) => {
        lastAnswerAt = performance.now();
        tallies.get(kind)?.add(status, lastAnswerAt - ((context as Timing).sentAt ?? startedAt));
      },
    })),
  );

  const clients: autocannon.Client[] = [];
  return new Promise((resolve, reject) => {
    const stopTimer = setTimeout(() => finishInFlight(clients), settings.durationS * 1000);
    const progress = setInterval(() => {
      const answered = [...tallies.values()].reduce((sum, tally) => sum + tally.count(), 0);
      console.log(`  ${answered} answered`);
    }, 5_000);
    const instance = autocannon(
      {
        url: serverOrigin,
        connections: settings.connections,
        duration: settings.durationS + STOP_GRACE_S,
        requests,
        setupClient: (client) => clients.push(client),
      },
      (error: unknown, result) => {
        clearTimeout(stopTimer);
        clearInterval(progress);
        if (error) reject(error);
        else resolve({ result, tallies, elapsedS: (lastAnswerAt - startedAt) / 1000 });
      },
    );
    instance.on("error", reject);
  });
}

/**
 * autocannon's `amount` ends a client after the answer to its last request, using this field.
 * Setting it to 1 now ends each client once its request in flight is answered. It is not part
 * of autocannon's typed API: the "sent = answered" check fails if that ever stops working.
 */
function finishInFlight(clients: readonly autocannon.Client[]): void {
  for (const client of clients) (client as unknown as { responseMax: number }).responseMax = 1;
}

async function createOneByOne(serverOrigin: string, standInOrigin: string) {
  const before = await contactCount(standInOrigin);
  const tally = new Tally();
  const startedAt = performance.now();
  for (let i = 0; i < SEQUENTIAL_CREATES; i++) {
    const sentAt = performance.now();
    tally.add(await createOne(serverOrigin), performance.now() - sentAt);
  }
  const elapsedMs = performance.now() - startedAt;
  const contactsAdded = (await contactCount(standInOrigin)) - before;
  return { tally, elapsedMs, contactsAdded } satisfies SequentialRun;
}

/** The status of one create, or NO_ANSWER: a failure is counted and reported, not thrown. */
async function createOne(serverOrigin: string): Promise<number> {
  try {
    const response = await fetch(`${serverOrigin}/api/contact/`, {
      method: "POST",
      headers: jsonFrom(serverOrigin),
      body: contactBody("sequential"),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return NO_ANSWER;
  }
}

async function controlStandIn(standInOrigin: string, path: string, method = "GET") {
  const response = await fetch(`${standInOrigin}/__control${path}`, { method });
  if (!response.ok) throw new Error(`The stand-in's ${path} answered ${response.status}.`);
  return (await response.json()) as unknown;
}

async function contactCount(standInOrigin: string): Promise<number> {
  const stats = (await controlStandIn(standInOrigin, "/stats")) as { contacts: number };
  return stats.contacts;
}

function statusCount(result: autocannon.Result, status: number): number {
  return result.statusCodeStats?.[`${status}`]?.count ?? 0;
}

function answeredCount(result: autocannon.Result): number {
  return Object.values(result.statusCodeStats ?? {}).reduce((sum, s) => sum + (s.count ?? 0), 0);
}

function unexpectedCount(tallies: Map<RequestKind, Tally>): number {
  let unexpected = 0;
  for (const [kind, tally] of tallies)
    unexpected += tally.count() - tally.count(kind.expectedStatus);
  return unexpected;
}

function loadChecks(load: LoadRun, contacts: number): Check[] {
  const { result, tallies } = load;
  const ok = statusCount(result, 200);
  const answered = answeredCount(result);
  const unexpected = unexpectedCount(tallies);
  // autocannon counts a timeout as an error too; each is reported once here.
  const errors = result.errors - result.timeouts;
  return [
    check("load: connection errors", "0", String(errors), errors === 0),
    check("load: timeouts", "0", String(result.timeouts), result.timeouts === 0),
    check("load: statuses other than expected", "0", String(unexpected), unexpected === 0),
    check(
      "load: every request sent was answered",
      `${result.requests.sent} answered`,
      `${answered} answered`,
      answered === result.requests.sent,
    ),
    check("load: contacts created", "> 0", String(ok), ok > 0),
    check(
      "load: stand-in's contacts = 200s counted",
      String(ok),
      String(contacts),
      contacts === ok,
    ),
  ];
}

function memoryChecks({ during, idle }: MemoryReadings): Check[] {
  const before = during[0] ?? 0;
  const after = during.at(-1) ?? 0;
  const limit = `< ${megabytes(MAX_RSS_GROWTH_BYTES)}`;
  return [
    check(
      "memory: RSS growth right after the load",
      limit,
      megabytes(after - before),
      after - before < MAX_RSS_GROWTH_BYTES,
    ),
    check(
      `memory: RSS growth after ${IDLE_MS / 1000} s idle`,
      limit,
      megabytes(idle - before),
      idle - before < MAX_RSS_GROWTH_BYTES,
    ),
  ];
}

function sequentialChecks({ tally, contactsAdded }: SequentialRun): Check[] {
  const n = String(SEQUENTIAL_CREATES);
  return [
    check(
      "sequential: creates answered 200",
      n,
      String(tally.count(200)),
      tally.count(200) === SEQUENTIAL_CREATES,
    ),
    check(
      "sequential: contacts added to the stand-in",
      n,
      String(contactsAdded),
      contactsAdded === SEQUENTIAL_CREATES,
    ),
  ];
}

function settingsSection(settings: Settings): string {
  const rounds = REQUEST_MIX.map((k) => `${k.weight} × ${k.name} (→ ${k.expectedStatus})`);
  return [
    "## Settings",
    "",
    markdownTable(
      ["setting", "value"],
      [
        ["duration", `${settings.durationS} s, then each connection's request in flight finishes`],
        ["connections", `${settings.connections} (keep-alive, no pipelining)`],
        ["each connection repeats", rounds.join(", ")],
        ["contact body", "name, title, 2 emails, a phone, a URL, a custom field; unique each time"],
        ["refused requests", `foreign Origin ${FOREIGN_ORIGIN}; wrong types; GET /api/contacts/`],
        ["then, sequentially", `${SEQUENTIAL_CREATES} creates with fetch, one at a time`],
      ],
    ),
    "",
  ].join("\n");
}

function loadSection(load: LoadRun, contacts: number): string {
  const { result, tallies, elapsedS } = load;
  const answered = answeredCount(result);
  const everything = new Tally();
  // One at a time: spreading hundreds of thousands of arguments overflows the stack.
  for (const tally of tallies.values()) {
    for (const ms of tally.latenciesMs) everything.latenciesMs.push(ms);
  }
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([status, s]) => `${status}: ${s.count ?? 0}`)
    .join(", ");
  return [
    "## Load",
    "",
    markdownTable(
      ["figure", "value"],
      [
        ["requests answered", `${answered} in ${elapsedS.toFixed(1)} s`],
        ["requests/s (all kinds)", (answered / elapsedS).toFixed(0)],
        ["contacts created/s", (statusCount(result, 200) / elapsedS).toFixed(0)],
        ["status counts (autocannon)", statuses || "none"],
        ["connection errors / timeouts", `${result.errors - result.timeouts} / ${result.timeouts}`],
        ["stand-in's contacts vs 200s counted", `${contacts} vs ${statusCount(result, 200)}`],
      ],
    ),
    "",
    "Latency, from each request's send to its full answer, measured in the load generator:",
    "",
    markdownTable(
      ["requests", "expected", "answered", "statuses", "p50", "p90", "p99", "max"],
      [
        ...[...tallies].map(([kind, tally]) => [
          kind.name,
          String(kind.expectedStatus),
          String(tally.count()),
          tally.statusesText(),
          ...tally.latencyCells(),
        ]),
        ["all", "", String(everything.count()), "", ...everything.latencyCells()],
      ],
    ),
    "",
  ].join("\n");
}

function memorySection({ cold, during, idle, standIn }: MemoryReadings): string {
  const before = during[0] ?? 0;
  const after = during.at(-1) ?? 0;
  const peak = Math.max(...during);
  const atQuarters = [1, 2, 3].map((q) => during[Math.round((q * (during.length - 1)) / 4)] ?? 0);
  const row = (label: string, bytes: number) => [
    label,
    megabytes(bytes),
    megabytes(bytes - before),
  ];
  return [
    "## Memory (resident, VmRSS)",
    "",
    markdownTable(
      ["our server", "RSS", "growth"],
      [
        ["at start, before any request", megabytes(cold), ""],
        row(`before the load, after a ${WARM_UP_S} s warm-up`, before),
        ...atQuarters.map((bytes, i) => row(`${(i + 1) * 25} % through the load`, bytes)),
        row("right after the load", after),
        row(`after ${IDLE_MS / 1000} s idle`, idle),
        row("peak during the load", peak),
      ],
    ),
    "",
    `Sampled once a second. Growth is counted from the end of the warm-up: in its first seconds V8 grows its heap to the load and keeps the pages, whereas a leak keeps growing through the run. The stand-in, which keeps every contact in memory, was at ${megabytes(standIn)} afterwards.`,
    "",
  ].join("\n");
}

function sequentialSection({ tally, elapsedMs, contactsAdded }: SequentialRun): string {
  const [p50, p90, p99, max] = tally.latencyCells();
  return [
    `## ${SEQUENTIAL_CREATES} sequential creates`,
    "",
    markdownTable(
      ["figure", "value"],
      [
        ["total time", `${(elapsedMs / 1000).toFixed(2)} s`],
        ["per create, mean", milliseconds(elapsedMs / SEQUENTIAL_CREATES)],
        ["p50 / p90 / p99 / max", [p50, p90, p99, max].join(" / ")],
        ["statuses", tally.statusesText()],
        ["contacts added to the stand-in", String(contactsAdded)],
      ],
    ),
    "",
  ].join("\n");
}

/** A healthy run writes nothing to stderr; anything there is worth reading. */
function stderrSection(...processes: BenchProcess[]): string {
  const lines = processes.map((p) => {
    const text = p.errorOutput().trim();
    return text ? `${p.name} wrote to stderr:\n\n\`\`\`\n${text.slice(-2_000)}\n\`\`\`\n` : "";
  });
  const written = lines.filter(Boolean);
  return written.length > 0 ? written.join("\n") : "Neither process wrote to stderr.\n";
}
