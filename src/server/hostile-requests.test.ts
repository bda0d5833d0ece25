import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "./app";
import { type RawResponse, type RealServer, startRealServer } from "./test-support/real-server";

/**
 * Hostile requests against our server on a real socket, written byte for byte (no fetch to
 * tidy them up): each gets its 4xx, nothing reaches Close, and the key shows up nowhere.
 */

const KEY = "api_HOSTILE_TEST_KEY_123";
const BASIC = Buffer.from(`${KEY}:`).toString("base64");

/** Where a request goes: the Host a browser on the app's own page writes, and its Origin. */
interface Own {
  host: string;
  origin: string;
}
/** A request exactly as written on the wire. */
type Wire = (own: Own) => string;

/**
 * The request line, then Host and `Connection: close` unless the headers give their own, then
 * the headers, an empty line and the body. `$ORIGIN` and `$HOST` stand for the app's own origin
 * and host; they are filled in after lengths are counted, so a body has them only past that.
 */
function wire(method: string, target: string, headers: string[] = [], body = ""): Wire {
  return (own) => {
    const fill = (text: string) =>
      text.replaceAll("$ORIGIN", own.origin).replaceAll("$HOST", own.host);
    const lines = headers.map(fill);
    const has = (name: string) => lines.some((line) => line.toLowerCase().startsWith(`${name}:`));
    return [
      `${method} ${target} HTTP/1.1`,
      ...(has("host") ? [] : [`Host: ${own.host}`]),
      ...(has("connection") ? [] : ["Connection: close"]),
      ...lines,
      "",
      fill(body),
    ].join("\r\n");
  };
}

const OWN_ORIGIN = "Origin: $ORIGIN";
const JSON_TYPE = "Content-Type: application/json";
/** For requests the server must hang up on: we leave our side open. */
const KEEP_ALIVE = "Connection: keep-alive";
const lengthOf = (body: string) => `Content-Length: ${Buffer.byteLength(body)}`;

const get = (target: string, ...headers: string[]) => wire("GET", target, headers);
/** A POST of `body` with its true length, from the app's own page unless `headers` differ. */
const post = (target: string, body: string, headers = [OWN_ORIGIN, JSON_TYPE]) =>
  wire("POST", target, [...headers, lengthOf(body)], body);
/** A contact POST from our own page, kept alive, whose framing headers the caller gives. */
const framed = (framing: string[], body: string) =>
  wire("POST", "/api/contact/", [OWN_ORIGIN, JSON_TYPE, KEEP_ALIVE, ...framing], body);

const ANN = JSON.stringify({ name: "Ann Hostile" });
/**
 * A second request hidden after a body: were the framing read one of its two ways, this would be
 * the next request on the connection, and reach Close (a test below shows that it would).
 */
const SMUGGLED = "GET /api/custom_field/contact/ HTTP/1.1\r\nHost: $HOST\r\n\r\n";
const chunked = (...parts: string[]) =>
  `${parts.map((part) => `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`).join("")}0\r\n\r\n`;
const nestedArrays = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}null${"}".repeat(depth)}`;
/** `{"name": "aaa…"}` of exactly `bytes` bytes. */
const contactOfSize = (bytes: number) => `{"name":"${"a".repeat(bytes - 11)}"}`;

interface Hostile {
  name: string;
  request: Wire;
  status: number;
  /** The server must refuse and hang up by itself (Node's parser does for broken framing). */
  serverCloses?: boolean;
  /** The answer is Close's 400 body, `{errors, "field-errors"}`. */
  closeShaped?: boolean;
}

const framing = (name: string, request: Wire, status = 400): Hostile => ({
  name,
  request,
  status,
  serverCloses: true,
});

// Each target would land on a route that calls Close, were it normalised or decoded first.
const TRAVERSAL = "custom_field/contact/";
const HOSTILE: Hostile[] = [
  // Path tricks: our check of the raw target answers 404 before any routing.
  { name: "dot segments", request: get(`/api/lead/../${TRAVERSAL}`), status: 404 },
  { name: "a lone dot segment", request: get(`/api/./${TRAVERSAL}`), status: 404 },
  { name: "%2e%2e", request: get(`/api/x/%2e%2e/${TRAVERSAL}`), status: 404 },
  { name: "%2E%2e", request: get(`/api/x/%2E%2e/${TRAVERSAL}`), status: 404 },
  { name: ".%2e", request: get(`/api/x/.%2e/${TRAVERSAL}`), status: 404 },
  { name: "%2e.", request: get(`/api/x/%2e./${TRAVERSAL}`), status: 404 },
  {
    name: "double-encoded %252e%252e",
    request: get(`/api/x/%252e%252e/${TRAVERSAL}`),
    status: 404,
  },
  { name: "..%2f", request: get("/api/lead/..%2fcustom_field%2fcontact/"), status: 404 },
  { name: "an encoded slash %2f", request: get("/api/custom_field%2fcontact/"), status: 404 },
  { name: "an encoded slash %2F", request: get("/api/custom_field%2Fcontact/"), status: 404 },
  { name: "an encoded backslash %5c", request: get(`/api/lead/%5c..%5c${TRAVERSAL}`), status: 404 },
  { name: "an encoded NUL", request: get("/api/lead/lead_abc%00/"), status: 404 },
  { name: "an encoded CRLF", request: get("/api/lead/%0d%0aX-Injected:%201/"), status: 404 },
  { name: "a ; path parameter", request: get(`/api/${TRAVERSAL};jsessionid=1`), status: 404 },
  { name: "a ; segment before ..", request: get(`/api/lead/;x/../../${TRAVERSAL}`), status: 404 },
  { name: "an empty segment /api//lead/", request: get("/api//lead/?query=a"), status: 404 },
  {
    name: "a protocol-relative target",
    request: get("//evil.example/api/lead/?query=a"),
    status: 404,
  },
  {
    name: "an absolute-form target",
    request: get("http://evil.example/api/lead/?query=a"),
    status: 404,
  },
  // @hono/node-server refuses a raw backslash in the path itself ("Backslash in request path").
  { name: "raw backslashes", request: get(`/api/lead\\..\\${TRAVERSAL}`), status: 400 },

  // Method tricks: no override header or parameter changes the method.
  {
    name: "X-HTTP-Method-Override: POST on GET /api/contact/",
    request: get("/api/contact/", OWN_ORIGIN, JSON_TYPE, "X-HTTP-Method-Override: POST"),
    status: 405,
  },
  {
    name: "X-HTTP-Method-Override: GET on POST /api/settings",
    request: post("/api/settings", "{}", [OWN_ORIGIN, JSON_TYPE, "X-HTTP-Method-Override: GET"]),
    status: 405,
  },
  {
    name: "X-HTTP-Method: DELETE on POST /api/settings",
    request: post("/api/settings", "{}", [OWN_ORIGIN, JSON_TYPE, "X-HTTP-Method: DELETE"]),
    status: 405,
  },
  {
    name: "X-Method-Override: GET on POST /api/custom_field/contact/",
    request: post("/api/custom_field/contact/", "{}", [
      OWN_ORIGIN,
      JSON_TYPE,
      "X-Method-Override: GET",
    ]),
    status: 405,
  },
  {
    name: "?_method=GET on POST /api/settings",
    request: post("/api/settings?_method=GET", "{}"),
    status: 405,
  },
  { name: "TRACE", request: wire("TRACE", "/api/health"), status: 405 },
  {
    name: "a CORS preflight from a foreign origin",
    request: wire("OPTIONS", "/api/contact/", [
      "Origin: https://evil.example",
      "Access-Control-Request-Method: POST",
    ]),
    status: 405,
  },

  // Header injection: Node's parser refuses bare CR, bare LF, NUL and folded lines, and hangs up.
  framing(
    "a bare CR in a header value",
    framed(["X-Note: a\rX-HTTP-Method-Override: PUT", lengthOf(ANN)], ANN),
  ),
  framing(
    "a bare LF in a header value",
    framed(["X-Note: a\nX-HTTP-Method-Override: PUT", lengthOf(ANN)], ANN),
  ),
  framing(
    "a bare CR in Origin",
    wire(
      "POST",
      "/api/contact/",
      ["Origin: $ORIGIN\rX-Injected: 1", JSON_TYPE, KEEP_ALIVE, lengthOf(ANN)],
      ANN,
    ),
  ),
  framing("a NUL in a header value", framed(["X-Note: a\0b", lengthOf(ANN)], ANN)),
  framing("a folded header line", framed(["X-Note: a", " X-Injected: b", lengthOf(ANN)], ANN)),

  // Framing: whatever two servers could read differently, Node refuses and hangs up on.
  framing(
    "duplicate Content-Length with different values",
    framed([lengthOf(ANN), `Content-Length: ${Buffer.byteLength(ANN) + 5}`], ANN + SMUGGLED),
  ),
  framing(
    "Transfer-Encoding: chunked with Content-Length",
    framed([lengthOf(chunked(ANN)), "Transfer-Encoding: chunked"], chunked(ANN) + SMUGGLED),
  ),
  framing(
    "Transfer-Encoding: chunked, identity",
    framed(["Transfer-Encoding: chunked, identity"], chunked(ANN) + SMUGGLED),
  ),
  framing(
    "Transfer-Encoding: xchunked",
    framed(["Transfer-Encoding: xchunked"], chunked(ANN) + SMUGGLED),
  ),
  framing(
    "a space before the colon of Transfer-Encoding",
    framed([lengthOf(ANN), "Transfer-Encoding : chunked"], chunked(ANN) + SMUGGLED),
  ),
  framing("a space in the request target", wire("GET", "/api/lead/ x/", [KEEP_ALIVE])),
  framing("a raw NUL in the request target", wire("GET", "/api/lead/\0/", [KEEP_ALIVE])),
  framing("no Host", () => `GET /api/health HTTP/1.1\r\n${KEEP_ALIVE}\r\n\r\n`),
  framing(
    "headers over 16 KB",
    get("/api/health", KEEP_ALIVE, `X-Big: ${"a".repeat(17_000)}`),
    431,
  ),
  {
    name: "a body shorter than its Content-Length",
    request: wire(
      "POST",
      "/api/contact/",
      [OWN_ORIGIN, JSON_TYPE, `Content-Length: ${ANN.length + 10}`],
      ANN,
    ),
    status: 400,
  },
  // @hono/node-server refuses a Host whose URL would name another host.
  {
    name: "a Host with user info",
    request: get("/api/health", "Host: 127.0.0.1@evil.example"),
    status: 400,
  },

  // Size: at most 64 KB, however it is sent.
  {
    name: "a body over 64 KB sent chunked, without Content-Length",
    request: wire(
      "POST",
      "/api/contact/",
      [OWN_ORIGIN, JSON_TYPE, "Transfer-Encoding: chunked"],
      chunked(
        ...Array.from({ length: 9 }, (_, i) => (i === 0 ? `{"name":"` : "a".repeat(8192))),
        '"}',
      ),
    ),
    status: 413,
  },
  {
    name: "a Content-Length over the limit",
    request: post("/api/contact/", contactOfSize(MAX_BODY_BYTES + 1)),
    status: 413,
  },

  // Not JSON.
  {
    name: "text/plain",
    request: post("/api/contact/", ANN, [OWN_ORIGIN, "Content-Type: text/plain"]),
    status: 415,
  },
  { name: "no Content-Type", request: post("/api/contact/", ANN, [OWN_ORIGIN]), status: 415 },
  {
    name: "a JSON-looking type",
    request: post("/api/contact/", ANN, [OWN_ORIGIN, "Content-Type: application/jsonx"]),
    status: 415,
  },

  // Deep nesting: a Close-shaped 400, and the server stays up for the next request.
  {
    name: "20,000 nested arrays",
    request: post("/api/contact/", nestedArrays(20_000)),
    status: 400,
    closeShaped: true,
  },
  {
    name: "20,000 nested arrays as the name",
    request: post("/api/contact/", `{"name":${nestedArrays(20_000)}}`),
    status: 400,
    closeShaped: true,
  },
  {
    name: "10,000 nested objects",
    request: post("/api/contact/", nestedObjects(10_000)),
    status: 400,
    closeShaped: true,
  },
  {
    name: "nested arrays as a custom field",
    request: post("/api/contact/", `{"custom.cf_x":${nestedArrays(20_000)}}`),
    status: 400,
    closeShaped: true,
  },

  // Origin: only the app's own pages (and ALLOWED_ORIGINS, empty here) may create contacts.
  {
    name: "a foreign Origin",
    request: post("/api/contact/", ANN, ["Origin: https://evil.example", JSON_TYPE]),
    status: 403,
  },
  {
    name: "a foreign Origin, then ours",
    request: post("/api/contact/", ANN, ["Origin: https://evil.example", OWN_ORIGIN, JSON_TYPE]),
    status: 403,
  },
  { name: "no Origin", request: post("/api/contact/", ANN, [JSON_TYPE]), status: 403 },
  {
    name: "Origin: null",
    request: post("/api/contact/", ANN, ["Origin: null", JSON_TYPE]),
    status: 403,
  },
  {
    name: "an Origin that starts with ours",
    request: post("/api/contact/", ANN, ["Origin: $ORIGIN.evil.example", JSON_TYPE]),
    status: 403,
  },
  {
    name: "a foreign Origin with X-Forwarded-Host naming it",
    request: post("/api/contact/", ANN, [
      "Origin: http://evil.example",
      "X-Forwarded-Host: evil.example",
      JSON_TYPE,
    ]),
    status: 403,
  },
  {
    name: "a foreign Host reading leads (DNS rebinding)",
    request: get("/api/lead/?query=a", "Host: evil.example"),
    status: 403,
  },
  {
    // DNS rebinding: a page at evil.example, resolved to 127.0.0.1, is "same-origin" by Host.
    name: "a foreign Host with the matching Origin (DNS rebinding)",
    request: post("/api/contact/", ANN, [
      "Host: evil.example",
      "Origin: http://evil.example",
      JSON_TYPE,
    ]),
    status: 403,
  },
];

interface Outcome {
  name: string;
  response: RawResponse;
  logs: string[];
}

describe("hostile requests to our server on a real socket", () => {
  let server: RealServer;
  let own: Own;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    server = await startRealServer({ apiKey: KEY });
    own = { host: `127.0.0.1:${server.port}`, origin: server.origin };
  });
  afterAll(() => server.close());

  /** Sends one request and keeps what came back and what the server logged for it. */
  async function send(name: string, request: Wire, serverCloses = false): Promise<RawResponse> {
    const logged = server.logs.length;
    const response = await server.send(request(own), { halfClose: !serverCloses });
    await server.settled();
    outcomes.push({ name, response, logs: server.logs.slice(logged) });
    return response;
  }

  it.each(HOSTILE)(
    "$name → $status",
    async ({ name, request, status, serverCloses, closeShaped }) => {
      const called = server.calls.length;
      const response = await send(name, request, serverCloses);

      expect(response.status).toBe(status);
      expect(server.calls.slice(called), "requests that reached Close").toEqual([]);
      if (serverCloses) expect(response.closedByServer, "the server hung up").toBe(true);
      if (closeShaped) {
        const body = JSON.parse(response.body) as Record<string, unknown>;
        expect(Object.keys(body).sort()).toEqual(["errors", "field-errors"]);
        expect(Array.isArray(body.errors)).toBe(true);
        expect(body["field-errors"]).toBeTypeOf("object");
      } else if ([403, 404, 405, 413, 415].includes(status)) {
        expect(JSON.parse(response.body)).toEqual({ error: expect.any(String) });
      }
    },
  );

  it("is still up afterwards: health answers, and a valid contact goes to Close once, as sent", async () => {
    const health = await send("health", get("/api/health"));
    expect(health.status).toBe(200);

    const called = server.calls.length;
    const response = await send("a valid contact", post("/api/contact/", ANN));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ id: "cont_recorded" });
    const calls = server.calls.slice(called);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe("POST");
    expect(calls[0]?.url.href).toBe("https://close.test/api/v1/contact/");
    expect(calls[0]?.body).toBe(ANN);
    expect(calls[0]?.headers.get("authorization")).toBe(`Basic ${BASIC}`);
  });

  it("would see a smuggled request: as the next request on a connection, it reaches Close", async () => {
    const called = server.calls.length;
    const pipelined = wire(
      "POST",
      "/api/contact/",
      [OWN_ORIGIN, JSON_TYPE, KEEP_ALIVE, lengthOf(ANN)],
      ANN + SMUGGLED,
    );
    const response = await send("a pipelined request", pipelined);
    expect(response.raw.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
    expect(
      server.calls
        .slice(called)
        .map((call) => call.url.href)
        .sort(),
    ).toEqual([
      "https://close.test/api/v1/contact/",
      "https://close.test/api/v1/custom_field_schema/contact/",
    ]);
  });

  it("shows the key, plain or as Basic auth, in no response header or body", () => {
    expect(outcomes.length).toBe(HOSTILE.length + 3);
    for (const { name, response } of outcomes) {
      expect(response.raw, name).not.toContain(KEY);
      expect(response.raw, name).not.toContain(BASIC);
    }
  });

  it("lets no other origin read an answer (no CORS allowance)", () => {
    for (const { name, response } of outcomes) {
      expect(response.head, name).not.toMatch(/^access-control-allow-/im);
    }
  });

  it("logs one plain line per request it handled, never the key, never a smuggled line break", () => {
    expect(server.logs.length).toBeGreaterThan(0);
    for (const line of server.logs) {
      expect(line).toMatch(/^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE) \S+ \d{3} \d+\.\dms$/);
      expect(line).not.toContain(KEY);
      expect(line).not.toContain(BASIC);
    }
  });

  it("never fails itself (5xx) on a hostile request, even one whose body never arrives", () => {
    const failed = outcomes.flatMap(({ name, logs }) =>
      logs.filter((line) => / 5\d\d /.test(line)).map((line) => `${name}: ${line}`),
    );
    expect(failed).toEqual([]);
  });
});
