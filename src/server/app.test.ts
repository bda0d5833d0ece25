import { describe, expect, it } from "vitest";
import { type AppConfig, createApp, MAX_BODY_BYTES } from "./app";
import { type Respond, recordingUpstream } from "./test-support/recording-upstream";

const KEY = "api_test_SecretKey123";
const BASIC = `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`;
const OWN = "http://localhost";

/** Our server wired to a recording upstream that answers with `respond` (200 `{}` by default). */
function setup(options: Partial<AppConfig> & { respond?: Respond } = {}) {
  const logs: string[] = [];
  const { respond = () => Response.json({ ok: true }), ...overrides } = options;
  const { send: sendUpstream, calls } = recordingUpstream(respond);
  const app = createApp({
    mode: "live",
    upstream: { url: "https://close.test/api/v1", apiKey: KEY, timeoutMs: 200, send: sendUpstream },
    ownOrigins: [OWN],
    allowedOrigins: ["https://dashboard.example.com"],
    embedOrigins: [],
    defaultPhoneCountry: "US",
    log: (line) => logs.push(line),
    ...overrides,
  });
  /** Sends a request; `raw` is the request target as written on the wire (Node's incoming.url). */
  const send = (path: string, init: RequestInit = {}, raw?: string) =>
    app.request(path, init, raw === undefined ? undefined : { incoming: { url: raw } as never });
  return { app, calls, logs, send };
}

const postContact = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { Origin: OWN, "Content-Type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("routes", () => {
  it("answers the page's settings itself: the mode, the phone country, the embed origins", async () => {
    const { send, calls } = setup({
      mode: "live",
      defaultPhoneCountry: "GB",
      embedOrigins: ["https://dash.example.com"],
    });
    const response = await send("/api/settings");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      mode: "live",
      signIn: false,
      defaultPhoneCountry: "GB",
      embedOrigins: ["https://dash.example.com"],
    });
    expect(calls).toHaveLength(0);
  });

  it("answers health itself, with the mode and the phone country", async () => {
    const { send, calls } = setup({ mode: "demo", defaultPhoneCountry: "GB" });
    const response = await send("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      mode: "demo",
      signIn: false,
      defaultPhoneCountry: "GB",
      embedOrigins: [],
    });
    expect(calls).toHaveLength(0);
  });

  it("forwards a contact unchanged, with our key and only _fields", async () => {
    const { send, calls } = setup();
    const body = JSON.stringify({ name: "Ann", emails: [{ email: "ann@example.com" }] });
    const response = await send(
      "/api/contact/?_fields=id,display_name&lead_id=lead_x&admin=1",
      postContact(body, { Authorization: "Bearer client-token", Cookie: "session=abc" }),
    );
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe("POST");
    expect(call?.url.href).toBe("https://close.test/api/v1/contact/?_fields=id%2Cdisplay_name");
    expect(call?.body).toBe(body);
    expect(call?.headers.get("authorization")).toBe(BASIC);
    expect(call?.headers.get("cookie")).toBeNull();
    expect(call?.headers.get("content-type")).toBe("application/json");
  });

  it("asks Close's Custom Field Schema for the fields, with no query of the browser's", async () => {
    const { send, calls } = setup();
    expect((await send("/api/custom_field/contact/?_limit=5&x=1")).status).toBe(200);
    expect(calls[0]?.url.href).toBe("https://close.test/api/v1/custom_field_schema/contact/");
  });

  it("searches leads by name with Close's Advanced Filtering, asking only what the picker shows", async () => {
    const { send, calls } = setup();
    await send("/api/lead/?query=%20acme%20corp%20&_limit=8&_fields=everything&_skip=5");
    const call = calls[0];
    expect(call?.method).toBe("POST");
    expect(call?.url.href).toBe("https://close.test/api/v1/data/search/");
    expect(call?.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(call?.body ?? "")).toEqual({
      query: {
        type: "and",
        queries: [
          { type: "object_type", object_type: "lead" },
          {
            type: "field_condition",
            field: { type: "regular_field", object_type: "lead", field_name: "display_name" },
            condition: { type: "text", mode: "beginning_of_words", value: "acme corp" },
          },
        ],
      },
      _fields: { lead: ["id", "display_name", "status_label", "url", "contacts"] },
      _limit: 8,
    });
  });

  it("answers each lead found with its first contact's name only, not all its contacts", async () => {
    const contact = (name: string) => ({ id: `cont_${name}`, display_name: name, emails: [] });
    const { send } = setup({
      respond: () =>
        Response.json({
          data: [
            { id: "lead_a", display_name: "Acme", contacts: [contact("Ann"), contact("Bob")] },
            { id: "lead_b", display_name: "Acme", status_label: "Customer", contacts: [] },
          ],
          cursor: null,
        }),
    });
    const response = await send("/api/lead/?query=acme");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      data: [
        { id: "lead_a", display_name: "Acme", contacts: [{ display_name: "Ann" }] },
        { id: "lead_b", display_name: "Acme", status_label: "Customer", contacts: [] },
      ],
      cursor: null,
    });
  });

  it("searches contacts by name for a contact field, asking for what tells them apart", async () => {
    const { send, calls } = setup();
    await send("/api/contact/search?query=%20ada%20&_limit=8");
    expect(calls[0]?.url.href).toBe("https://close.test/api/v1/data/search/");
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({
      query: {
        type: "and",
        queries: [
          { type: "object_type", object_type: "contact" },
          {
            type: "field_condition",
            field: { type: "regular_field", object_type: "contact", field_name: "name" },
            condition: { type: "text", mode: "beginning_of_words", value: "ada" },
          },
        ],
      },
      _fields: { contact: ["id", "display_name", "emails", "lead_id"] },
      _limit: 8,
    });
    const tooLong = await send(`/api/contact/search?query=${"a".repeat(201)}`);
    expect(tooLong.status).toBe(400);
  });

  it("lists every page of the organization's users, each with its id, name and email only", async () => {
    const user = (n: number) => ({
      id: `user_${n}`,
      first_name: `First${n}`,
      last_name: "Last",
      email: `u${n}@example.com`,
      email_accounts: [{ secret: "not for the browser" }],
    });
    const { send, calls } = setup({
      respond: (call) => {
        const skip = Number(call.url.searchParams.get("_skip"));
        const data = skip === 0 ? Array.from({ length: 100 }, (_, i) => user(i)) : [user(100)];
        return Response.json({ data, has_more: skip === 0 });
      },
    });
    const response = await send("/api/user/");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown[]; has_more: boolean };
    expect(body.has_more).toBe(false);
    expect(body.data).toHaveLength(101);
    expect(body.data[100]).toEqual({
      id: "user_100",
      first_name: "First100",
      last_name: "Last",
      email: "u100@example.com",
    });
    expect(calls.map((call) => call.url.search)).toEqual([
      "?_limit=100&_skip=0",
      "?_limit=100&_skip=100",
    ]);
  });

  it("asks Close which contacts hold an email or a phone exactly, and names their leads", async () => {
    const lead = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
    const { send, calls } = setup({
      respond: (call) =>
        call.url.pathname.endsWith("/data/search/")
          ? Response.json({
              data: [
                {
                  id: "cont_1",
                  display_name: "Jane Doe",
                  lead_id: lead,
                  emails: [{ email: "jane@acme.com", type: "office" }],
                  phones: [{ phone: "+19045551234", type: "office" }],
                },
              ],
              cursor: null,
            })
          : Response.json({
              id: lead,
              display_name: "Acme Corporation",
              html_url: `https://app.close.com/lead/${lead}/`,
            }),
    });
    const response = await send(
      `/api/contact/matches?email=${encodeURIComponent(" Jane@Acme.com ")}&phone=${encodeURIComponent("(904) 555-1234")}`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      matches: [
        {
          id: "cont_1",
          name: "Jane Doe",
          lead_id: lead,
          lead_name: "Acme Corporation",
          emails: ["jane@acme.com"],
          phones: ["+19045551234"],
          html_url: `https://app.close.com/lead/${lead}/`,
        },
      ],
    });
    const holding = (related: string, field: string, value: string) => ({
      type: "has_related",
      this_object_type: "contact",
      related_object_type: related,
      related_query: {
        type: "field_condition",
        field: { type: "regular_field", object_type: related, field_name: field },
        condition: { type: "text", mode: "exact_value", value },
      },
    });
    expect(JSON.parse(calls[0]?.body ?? "")).toEqual({
      query: {
        type: "and",
        queries: [
          { type: "object_type", object_type: "contact" },
          {
            type: "or",
            queries: [
              holding("contact_email", "email", "jane@acme.com"),
              holding("contact_phone", "phone", "+19045551234"),
            ],
          },
        ],
      },
      _fields: { contact: ["id", "display_name", "lead_id", "emails", "phones"] },
      _limit: 10,
    });
    expect(calls[1]?.url.href).toBe(
      `https://close.test/api/v1/lead/${lead}/?_fields=id%2Cdisplay_name%2Chtml_url`,
    );
  });

  it.each([
    ["nothing to look for", "/api/contact/matches"],
    ["an email that is not one", "/api/contact/matches?email=jane%40"],
    ["a phone that is not one", "/api/contact/matches?phone=12"],
    [
      "more than 10 emails",
      `/api/contact/matches?${Array.from({ length: 11 }, (_, i) => `email=a${i}%40x.com`).join("&")}`,
    ],
  ])("refuses a check of %s before asking Close", async (_what, path) => {
    const { send, calls } = setup();
    const response = await send(path);
    expect(response.status).toBe(400);
    expect(calls).toEqual([]);
  });

  it("answers a failed page of users as Close's failure", async () => {
    const { send } = setup({ respond: () => Response.json({ error: "Nope" }, { status: 401 }) });
    const response = await send("/api/user/");
    expect(response.status).toBe(401);
  });

  it("makes a contact on a new lead as one request: Close's POST /lead/ with the contact nested", async () => {
    const { send, calls } = setup();
    const body = JSON.stringify({
      name: "Newco Widgets",
      contacts: [{ name: "Nina", emails: [{ email: "nina@newco.example" }] }],
    });
    const response = await send("/api/lead/?_fields=id", postContact(body));
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe("POST");
    expect(calls[0]?.url.href).toBe("https://close.test/api/v1/lead/");
    expect(calls[0]?.body).toBe(body);
    expect(calls[0]?.headers.get("authorization")).toBe(BASIC);
  });

  it("refuses a search of over 200 characters rather than searching every lead", async () => {
    const { send, calls } = setup();
    const response = await send(`/api/lead/?query=${"a".repeat(201)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: ["Search for a lead with at most 200 characters."],
      "field-errors": {},
    });
    expect(calls).toEqual([]);
  });

  it("searches every lead without a query, and 10 unless _limit is 1 to 100", async () => {
    const { send, calls } = setup();
    await send("/api/lead/?_limit=5000");
    expect(JSON.parse(calls[0]?.body ?? "")).toMatchObject({
      query: { type: "and", queries: [{ type: "object_type", object_type: "lead" }] },
      _limit: 10,
    });
  });

  it("never says a failed search may have created a contact", async () => {
    const { send } = setup({ respond: () => Response.json({}, { status: 503 }) });
    const response = await send("/api/lead/?query=acme");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: "Close answered with an error (503). Try again in a moment.",
    });
  });

  it("fetches one lead by id with its name and link only", async () => {
    const { send, calls } = setup();
    await send("/api/lead/lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo/");
    expect(calls[0]?.url.href).toBe(
      "https://close.test/api/v1/lead/lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo/?_fields=id%2Cdisplay_name%2Chtml_url",
    );
  });
});

describe("what Close answers reaches the browser as Close said it", () => {
  it("keeps every header of Close's but the type from the browser, Set-Cookie above all", async () => {
    for (const status of [200, 400]) {
      const { send } = setup({
        respond: () =>
          Response.json(
            {},
            {
              status,
              headers: { "Set-Cookie": "close=1", "X-Close-Internal": "x", RateLimit: "limit=1" },
            },
          ),
      });
      const response = await send("/api/contact/", postContact({ name: "Ann" }));
      expect(response.status).toBe(status);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("x-close-internal")).toBeNull();
      expect(response.headers.get("ratelimit")).toBeNull();
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    }
  });

  it("passes a 400 body through", async () => {
    const closeBody = {
      errors: [],
      "field-errors": {
        emails: {
          errors: { "0": { errors: [], "field-errors": { email: "Invalid email address." } } },
        },
      },
    };
    const { send } = setup({ respond: () => Response.json(closeBody, { status: 400 }) });
    const response = await send("/api/contact/", postContact({ emails: [{ email: "x@y.zz" }] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(closeBody);
  });

  it("answers every form of Close's 429 as one: {error} and the wait in Retry-After", async () => {
    const forms: [string, Response][] = [
      [
        "nested under error, with RateLimit and Retry-After",
        Response.json(
          { error: { message: "API call count exceeded for this period", rate_reset: 2.5 } },
          {
            status: 429,
            headers: {
              "Retry-After": "3",
              RateLimit: "limit=100, remaining=0, reset=2.5",
              "Set-Cookie": "close=1",
            },
          },
        ),
      ],
      [
        "the older body at the top level",
        Response.json(
          { message: "API call count exceeded for this period", rate_reset: "2.4" },
          { status: 429, headers: { "X-Rate-Limit-Reset": "2.4" } },
        ),
      ],
      [
        "no JSON, from Close's ingress",
        new Response("<html>429 Too Many Requests</html>", {
          status: 429,
          headers: { "Content-Type": "text/html", RateLimit: "limit=10; remaining=0; reset=2.2" },
        }),
      ],
    ];
    for (const [form, answer] of forms) {
      const { send } = setup({ respond: () => answer });
      const response = await send("/api/contact/", postContact({ name: "Ann" }));
      expect(response.status, form).toBe(429);
      expect(response.headers.get("retry-after"), form).toBe("3");
      expect(response.headers.get("set-cookie"), form).toBeNull();
      expect(await response.json(), form).toEqual({
        error:
          "Close is getting too many requests and asked to wait 3 seconds. The contact was not created.",
      });
    }
  });

  it("says nothing of a contact when a read is rate limited, and waits 2 s when Close says nothing", async () => {
    const { send } = setup({ respond: () => new Response(null, { status: 429 }) });
    const response = await send("/api/custom_field/contact/");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(await response.json()).toEqual({
      error: "Close is getting too many requests and asked to wait 2 seconds.",
    });
  });

  it("passes a 401 from Close through", async () => {
    const { send } = setup({
      respond: () => Response.json({ error: "Unauthorized" }, { status: 401 }),
    });
    const response = await send("/api/custom_field/contact/");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Unauthorized" });
  });
});

describe("when Close fails", () => {
  it("answers 504 when Close is slower than the timeout, saying the contact may exist", async () => {
    const { send } = setup({
      respond: (_call, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
    });
    const response = await send("/api/contact/", postContact({ name: "Ann" }));
    expect(response.status).toBe(504);
    const { error } = (await response.json()) as { error: string };
    expect(error).toBe(
      "Close did not answer within 0.2 seconds. The contact may or may not have been created: check Close before trying again.",
    );
  });

  it("answers 504 on time even when the request never gets going (no connection, say)", async () => {
    // A sender that ignores the signal, as undici does while it has no connection yet.
    const { send } = setup({ respond: () => new Promise<Response>(() => {}) });
    const started = performance.now();
    const response = await send("/api/contact/", postContact({ name: "Ann" }));
    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("answers 502 when Close redirects, saying the contact may exist", async () => {
    const { send } = setup({
      respond: () =>
        Response.json(
          { moved: true },
          { status: 302, headers: { Location: "https://elsewhere.example/" } },
        ),
    });
    const response = await send("/api/contact/", postContact({ name: "Ann" }));
    expect(response.status).toBe(502);
    expect(response.headers.get("location")).toBeNull();
    expect(((await response.json()) as { error: string }).error).toContain(
      "may or may not have been created",
    );
  });

  it("answers 502 when Close cannot be reached", async () => {
    // A real fetch to a port nothing listens on.
    const { send } = setup({
      upstream: { url: "http://127.0.0.1:9/api/v1", apiKey: KEY, timeoutMs: 2000 },
    });
    const response = await send("/api/lead/?query=a");
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: "Could not reach Close. Try again in a moment.",
    });
  });

  it.each([500, 502, 503])(
    "answers Close's %i with a sentence, not Close's page",
    async (status) => {
      const { send } = setup({ respond: () => new Response("<html>oops</html>", { status }) });
      const response = await send("/api/contact/", postContact({ name: "Ann" }));
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({
        error: `Close answered with an error (${status}). The contact may or may not have been created: check Close before trying again.`,
      });
    },
  );

  it("answers its own failures with a sentence and one log line, never a stack", async () => {
    // An upstream address that cannot be parsed makes the request fail inside our server.
    const { send, logs } = setup({ upstream: { url: "not a url", apiKey: KEY, timeoutMs: 200 } });
    const response = await send("/api/custom_field/contact/");
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: "Something went wrong in the server. Try again in a moment.",
    });
    expect(logs).toEqual([
      "Unexpected error on GET /api/custom_field/contact/: TypeError",
      expect.stringMatching(/^GET \/api\/custom_field\/contact\/ 500 \d+\.\dms$/),
    ]);
  });

  it("answers 502 when Close's answer is not JSON", async () => {
    const { send } = setup({ respond: () => new Response("<html>login</html>", { status: 200 }) });
    const response = await send("/api/custom_field/contact/");
    expect(response.status).toBe(502);
  });
});

/** A new lead and its contact as the app sends them. */
const NEW_LEAD = { name: "Newco", contacts: [{ name: "Nina" }] };

describe("refusals, before anything reaches Close", () => {
  const refusals: [string, string, RequestInit, number, string?][] = [
    ["an unknown path", "/api/secrets", {}, 404],
    ["a route without its slash", "/api/contact", postContact({ name: "Ann" }), 404],
    ["a lead id that is not one", "/api/lead/..%2F..%2Fcontact/", {}, 404],
    // The path Hono routes is one that would be answered; the raw target is what was sent.
    ["dot segments", "/api/lead/?query=a", {}, 404, "/api/lead/../lead/?query=a"],
    ["encoded dot segments", "/api/lead/?query=a", {}, 404, "/api/x/%2e%2e/lead/?query=a"],
    ["encoded slashes", "/api/lead/?query=a", {}, 404, "/api/lead%2f?query=a"],
    ["encoded backslashes", "/api/lead/?query=a", {}, 404, "/api/lead/%5c?query=a"],
    [
      "a protocol-relative target",
      "/api/lead/?query=a",
      {},
      404,
      "//evil.example/api/lead/?query=a",
    ],
    [
      "an absolute URL target",
      "/api/lead/?query=a",
      {},
      404,
      "http://evil.example/api/lead/?query=a",
    ],
    ["GET on the contact route", "/api/contact/", {}, 405],
    ["DELETE on the lead search", "/api/lead/", { method: "DELETE" }, 405],
    ["PUT on health", "/api/health", { method: "PUT" }, 405],
    [
      "text/plain",
      "/api/contact/",
      postContact({ name: "Ann" }, { "Content-Type": "text/plain" }),
      415,
    ],
    [
      "form data",
      "/api/contact/",
      postContact("name=Ann", { "Content-Type": "application/x-www-form-urlencoded" }),
      415,
    ],
    ["a body over 64 KB", "/api/contact/", postContact({ name: "a".repeat(MAX_BODY_BYTES) }), 413],
    [
      "a Content-Length that is not a plain number",
      "/api/contact/",
      postContact({ name: "a".repeat(MAX_BODY_BYTES) }, { "Content-Length": "1e2" }),
      400,
    ],
    ["no Origin", "/api/contact/", postContact({ name: "Ann" }, { Origin: "" }), 403],
    [
      "a foreign Origin",
      "/api/contact/",
      postContact({ name: "Ann" }, { Origin: "https://evil.example" }),
      403,
    ],
    ["the null Origin", "/api/contact/", postContact({ name: "Ann" }, { Origin: "null" }), 403],
    ["malformed JSON", "/api/contact/", postContact('{"name": "Ann",'), 400],
    ["a body that is not an object", "/api/contact/", postContact([1, 2]), 400],
    ["a body that fails the schema", "/api/contact/", postContact({ name: 5, emails: "x" }), 400],
    [
      "a new lead from a foreign Origin",
      "/api/lead/",
      postContact(NEW_LEAD, { Origin: "https://evil.example" }),
      403,
    ],
    [
      "a new lead as text/plain",
      "/api/lead/",
      postContact(NEW_LEAD, { "Content-Type": "text/plain" }),
      415,
    ],
    ["a new lead without a name", "/api/lead/", postContact({ ...NEW_LEAD, name: " " }), 400],
    [
      "a new lead with two contacts",
      "/api/lead/",
      postContact({ ...NEW_LEAD, contacts: [{}, {}] }),
      400,
    ],
    [
      "a new lead's contact on another lead",
      "/api/lead/",
      postContact({ ...NEW_LEAD, contacts: [{ lead_id: "lead_x" }] }),
      400,
    ],
    [
      "a new lead with more than a name and a contact",
      "/api/lead/",
      postContact({ ...NEW_LEAD, status_id: "stat_x" }),
      400,
    ],
  ];

  it.each(refusals)("refuses %s", async (_what, path, init, status, raw) => {
    const { send, calls } = setup();
    const response = await send(path, init, raw);
    expect(response.status).toBe(status);
    const body = (await response.json()) as Record<string, unknown>;
    if (status === 400) expect(Object.keys(body).sort()).toEqual(["errors", "field-errors"]);
    else expect(typeof body.error).toBe("string");
    expect(calls).toHaveLength(0);
  });

  it("lets the same request through when its raw target is plain", async () => {
    const { send, calls } = setup();
    const response = await send("/api/lead/?query=a", {}, "/api/lead/?query=a%2F..");
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it("refuses a page whose name was pointed at this server (DNS rebinding), on every route", async () => {
    const { send, calls } = setup();
    const rebound = "http://rebind.attacker.example:3000";
    const post = await send(
      `${rebound}/api/contact/`,
      postContact({ name: "Ann" }, { Origin: rebound }),
    );
    const read = await send(`${rebound}/api/lead/?query=a`);
    expect([post.status, read.status]).toEqual([403, 403]);
    expect(calls).toHaveLength(0);
  });

  it("answers under the host of an allowed origin, as behind a proxy", async () => {
    const { send, calls } = setup();
    const response = await send("http://dashboard.example.com/api/lead/?query=a");
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it("says which method a known address takes", async () => {
    const { send } = setup();
    const response = await send("/api/contact/");
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("answers schema failures in Close's shape, nested by index", async () => {
    const { send } = setup();
    const response = await send(
      "/api/contact/",
      postContact({ emails: [{ email: "a@b.co" }, { type: "home" }] }),
    );
    expect(await response.json()).toEqual({
      errors: [],
      "field-errors": {
        emails: {
          errors: { "1": { errors: [], "field-errors": { email: "This field is required." } } },
        },
      },
    });
  });

  it("lets a POST through from an origin in ALLOWED_ORIGINS", async () => {
    const { send, calls } = setup();
    const response = await send(
      "/api/contact/",
      postContact({ name: "Ann" }, { Origin: "https://dashboard.example.com" }),
    );
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it("accepts a JSON content type with a charset", async () => {
    const { send } = setup();
    const response = await send(
      "/api/contact/",
      postContact({ name: "Ann" }, { "Content-Type": "application/json; charset=utf-8" }),
    );
    expect(response.status).toBe(200);
  });
});

describe("headers and logs", () => {
  it("sets the security headers, framing only by itself without EMBED_ORIGINS", async () => {
    const { send } = setup();
    const response = await send("/api/health");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("lists EMBED_ORIGINS in frame-ancestors", async () => {
    const { send } = setup({ embedOrigins: ["https://dash.example.com", "http://127.0.0.1:4000"] });
    const response = await send("/api/health");
    expect(response.headers.get("content-security-policy")).toContain(
      "frame-ancestors 'self' https://dash.example.com http://127.0.0.1:4000",
    );
    expect(response.headers.get("x-frame-options")).toBeNull();
  });

  it("logs one line per request, and never the key nor a body", async () => {
    const { send, logs } = setup({
      respond: () => Response.json({ error: "nope" }, { status: 401 }),
    });
    await send("/api/contact/", postContact({ name: "Very Private Person" }));
    await send("/api/nothing");
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatch(/^POST \/api\/contact\/ 401 \d+\.\dms$/);
    expect(logs[1]).toMatch(/^GET \/api\/\* 404 \d+\.\dms$/);
    expect(logs.join("\n")).not.toContain(KEY);
    expect(logs.join("\n")).not.toContain("Private");
  });

  it("never shows the key in any answer", async () => {
    const answers = [
      () => Response.json({ ok: true }),
      () => Response.json({ error: "x" }, { status: 401 }),
      () => new Response("down", { status: 503 }),
      () => Promise.reject(new TypeError("fetch failed")),
    ];
    for (const respond of answers) {
      const { send } = setup({ respond });
      for (const response of [
        await send("/api/contact/", postContact({ name: "Ann" })),
        await send("/api/lead/?query=a"),
        await send("/api/contact/", postContact("{")),
      ]) {
        const text = `${[...response.headers].join("\n")}\n${await response.text()}`;
        expect(text).not.toContain(KEY);
        expect(text).not.toContain(BASIC.slice(6));
      }
    }
  });
});
