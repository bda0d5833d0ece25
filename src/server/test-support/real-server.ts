import { connect } from "node:net";
import { serve } from "@hono/node-server";
import { DEFAULT_PHONE_COUNTRY } from "../../shared/defaults";
import { type AppConfig, createApp } from "../app";
import { recordingUpstream, type UpstreamCall } from "./recording-upstream";

/** A response read off the socket: the status (0 when none came), the head, the decoded body. */
export interface RawResponse {
  status: number;
  /** Whether the server closed the connection (rather than our timeout). */
  closedByServer: boolean;
  head: string;
  body: string;
  /** Every byte the server sent, as text. */
  raw: string;
}

export interface RealServer {
  port: number;
  /** `http://127.0.0.1:<port>`: what a browser on the app's own pages sends as Origin. */
  origin: string;
  /** Every request that reached the upstream, in order. */
  calls: UpstreamCall[];
  /** Every line our server logged, in order. */
  logs: string[];
  /** Sends bytes exactly as written on a new connection; resolves when the connection closes. */
  send(bytes: string | Buffer, options?: SendOptions): Promise<RawResponse>;
  /** Waits until every request the app has started has finished (and so has been logged). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Our server (`createApp`) on a real socket, on a free port of 127.0.0.1 which is its own origin,
 * with an upstream that records every call and answers 200 `{"id": "cont_recorded"}`, and a log
 * that collects lines.
 */
export function startRealServer(
  options: { apiKey: string } & Partial<Omit<AppConfig, "upstream" | "log" | "ownOrigins">>,
): Promise<RealServer> {
  const { apiKey, ...overrides } = options;
  const { send, calls } = recordingUpstream(() => Response.json({ id: "cont_recorded" }));
  const logs: string[] = [];
  /** The app, made once the port (and so the app's own origin) is known. */
  const appFor = (origin: string) =>
    createApp({
      mode: "live",
      upstream: { url: "https://close.test/api/v1", apiKey, timeoutMs: 5000, send },
      ownOrigins: [origin],
      allowedOrigins: [],
      embedOrigins: [],
      defaultPhoneCountry: DEFAULT_PHONE_COUNTRY,
      log: (line) => logs.push(line),
      ...overrides,
    });

  let app: ReturnType<typeof createApp> | undefined;
  const inFlight = new Set<Promise<unknown>>();
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request, env) => {
          if (!app) throw new Error("A request came before the server was listening.");
          const answer = Promise.resolve(app.fetch(request, env));
          inFlight.add(answer);
          const forget = () => inFlight.delete(answer);
          answer.then(forget, forget);
          return answer;
        },
        port: 0,
        hostname: "127.0.0.1",
      },
      (info) => {
        const origin = `http://127.0.0.1:${info.port}`;
        app = appFor(origin);
        resolve({
          port: info.port,
          origin,
          calls,
          logs,
          send: (bytes, sendOptions) => sendRaw(info.port, bytes, sendOptions),
          settled: async () => {
            await new Promise((done) => setImmediate(done));
            await Promise.allSettled([...inFlight]);
          },
          close: () =>
            new Promise((done) => {
              server.close(() => done());
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}

export interface SendOptions {
  /**
   * End our side after the bytes (the default), or keep it open so that only the server can
   * close the connection: for requests it must refuse and hang up on.
   */
  halfClose?: boolean;
  /** How long to wait for the server to close; then we close, and `closedByServer` is false. */
  timeoutMs?: number;
}

/**
 * Writes bytes on a fresh connection to 127.0.0.1 and reads until the connection closes. A
 * reset after the answer (the server closing with our body unread) still yields what was read.
 */
export function sendRaw(
  port: number,
  bytes: string | Buffer,
  { halfClose = true, timeoutMs = 5000 }: SendOptions = {},
): Promise<RawResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let closedByServer = true;
    const socket = connect(port, "127.0.0.1", () =>
      halfClose ? socket.end(bytes) : socket.write(bytes),
    );
    socket.setTimeout(timeoutMs, () => {
      closedByServer = false;
      socket.destroy();
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () =>
      resolve(parseResponse(Buffer.concat(chunks).toString("utf8"), closedByServer)),
    );
  });
}

function parseResponse(raw: string, closedByServer: boolean): RawResponse {
  const status = Number(/^HTTP\/1\.[01] (\d{3}) /.exec(raw)?.[1] ?? 0);
  const split = raw.indexOf("\r\n\r\n");
  const head = split === -1 ? raw : raw.slice(0, split);
  const rest = split === -1 ? "" : raw.slice(split + 4);
  const chunked = /^transfer-encoding:\s*chunked\s*$/im.test(head);
  return { status, closedByServer, head, body: chunked ? unchunk(rest) : rest, raw };
}

/** Decodes a chunked body (sizes count bytes; our answers here are ASCII JSON). */
function unchunk(text: string): string {
  let body = "";
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf("\r\n", at);
    if (lineEnd === -1) break;
    const size = Number.parseInt(text.slice(at, lineEnd), 16);
    if (!(size > 0)) break;
    body += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
  return body;
}
