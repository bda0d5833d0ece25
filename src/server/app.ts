import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { methodNotAllowed } from "hono/method-not-allowed";
import { routePath } from "hono/route";
import { secureHeaders } from "hono/secure-headers";
import { isCloseId } from "../shared/close/close-id";
import { checkContactCreate } from "../shared/close/contact-create";
import { toCloseErrorBody } from "../shared/close/error-body";
import { checkLeadWithContact } from "../shared/close/lead-create";
import type { ServerMode } from "../shared/defaults";
import type { SignedInUser } from "../shared/sign-in";
import { callClose, type Upstream } from "./close-client";
import { findMatches, readMatchValues } from "./contact-matches";
import { contactSearch, leadSearch, primaryContactOnly } from "./name-search";
import { ourError } from "./our-error";
import { isUnsafeTarget } from "./request-target";
import { addTeamMode, type TeamMode } from "./team/team-mode";
import { listUsers } from "./users";

export interface AppConfig {
  mode: ServerMode;
  upstream: Upstream;
  /** Where the app itself is served from (see ownOrigins in config.ts). */
  ownOrigins: readonly string[];
  /** Origins, besides the app's own, that may POST, and whose hosts /api also answers to. */
  allowedOrigins: readonly string[];
  /** Origins that may frame the app. */
  embedOrigins: readonly string[];
  /** Country for phones typed without `+`, which the browser needs to check and format them. */
  defaultPhoneCountry: string;
  /** One line per request; console.log unless given. */
  log?: (line: string) => void;
  /** Team mode: each person signs in with Close, and /api calls Close as them. */
  team?: TeamMode;
}

export type AppEnv = {
  Bindings: Partial<HttpBindings>;
  /** Team mode: Close as the signed-in person, and who they are. */
  Variables: { upstream?: Upstream; user?: SignedInUser };
};

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Our server as a web-standard fetch handler: the route table (docs/architecture.md), and the
 * checks that keep anything else from reaching Close with our key.
 */
export function createApp(config: AppConfig): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const log = config.log ?? console.log;

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    log(`${c.req.method} ${routePath(c)} ${c.res.status} ${ms}ms`);
  });
  const headers = (crossOriginOpenerPolicy: string) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'", ...config.embedOrigins],
      },
      // frame-ancestors decides who may frame the app; X-Frame-Options cannot list origins.
      xFrameOptions: config.embedOrigins.length === 0 ? "SAMEORIGIN" : false,
      referrerPolicy: "no-referrer",
      crossOriginOpenerPolicy,
    });
  const ownWindow = headers("same-origin");
  // The sign-in popup hands the frame that opened it its sign-in: with COOP same-origin on any
  // of its responses (its redirects count), Chromium would cut it from that frame, whose top
  // is the dashboard's.
  const signInPopup = headers("unsafe-none");
  app.use((c, next) => (c.req.path.startsWith("/oauth/") ? signInPopup : ownWindow)(c, next));
  app.use(async (c, next) => {
    // The URL Hono sees is already normalized; the raw request line is what an attacker wrote.
    const raw = c.env?.incoming?.url;
    if (raw !== undefined && isUnsafeTarget(raw)) return notFound();
    await next();
  });
  app.use("/api/*", async (c, next) => {
    await next();
    // Set on the response itself (every /api answer is one we build, with headers we may
    // change): c.header() after next() rebuilds it around a body stream, which cost more per
    // request than all our checks together.
    c.res.headers.set("Cache-Control", "no-store");
  });
  app.use("/api/*", onlyOwnHosts([...config.ownOrigins, ...config.allowedOrigins]));

  app.use(
    "/api/*",
    methodNotAllowed({
      app,
      onMethodNotAllowed: (_c, methods) =>
        ourError(405, `Use ${methods.join(" or ")} for this address.`, {
          Allow: methods.join(", "),
        }),
    }),
  );

  const ownPages = sameOriginOrAllowed([...config.ownOrigins, ...config.allowedOrigins]);
  if (config.team) addTeamMode(app, config.team, ownPages);
  /** Close as this request may call it: with our key, or (team mode) the person's token. */
  const upstreamOf = (c: Context<AppEnv>) => {
    const own = c.get("upstream");
    if (own) return own;
    // In team mode Close is only ever called as the person signed in, never with a key.
    if (config.team) throw new Error("A team-mode request reached Close without a session.");
    return config.upstream;
  };
  // What the page needs of the settings: none of them secret (the CSP lists embed origins too).
  const pageSettings = {
    mode: config.mode,
    /** Each person signs in with Close (team mode, or demo mode run as it). */
    signIn: config.team !== undefined,
    defaultPhoneCountry: config.defaultPhoneCountry,
    embedOrigins: config.embedOrigins,
  };
  app.get("/api/settings", (c) => c.json(pageSettings));
  // For monitors: up, and (as documented before /api/settings) the same settings.
  app.get("/api/health", (c) => c.json({ ok: true, ...pageSettings }));

  const writes = [
    ownPages,
    jsonOnly,
    limitBody(MAX_BODY_BYTES, () =>
      ourError(413, "The contact is too large: at most 64 KB can be sent at once."),
    ),
  ] as const;

  app.post("/api/contact/", ...writes, async (c) => {
    const read = await readJson(c);
    if (!read.ok) return read.answer;
    const checked = checkContactCreate(read.body);
    if (!checked.ok) return c.json(checked.error, 400);
    return callClose(upstreamOf(c), {
      method: "POST",
      path: "/contact/",
      query: pick(c, { _fields: /^[\w.,]{1,500}$/ }),
      body: read.text,
    });
  });

  // A contact on a new lead, made as one: Close's POST /lead/ with the contact nested, so that
  // a contact Close refuses leaves no empty lead behind. Answers Close's Lead, contact within.
  app.post("/api/lead/", ...writes, async (c) => {
    const read = await readJson(c);
    if (!read.ok) return read.answer;
    const checked = checkLeadWithContact(read.body);
    if (!checked.ok) return c.json(checked.error, 400);
    return callClose(upstreamOf(c), { method: "POST", path: "/lead/", body: read.text });
  });

  // The Custom Field Schema, not /custom_field/contact/: Close calls it "the best endpoint to
  // use when asking what custom fields can I set on this object", shared fields included.
  app.get("/api/custom_field/contact/", (c) =>
    callClose(upstreamOf(c), { method: "GET", path: "/custom_field_schema/contact/" }),
  );

  app.get("/api/lead/", async (c) => {
    const search = searchOf(c, "lead");
    if (search instanceof Response) return search;
    const answer = await callClose(upstreamOf(c), {
      method: "POST",
      path: "/data/search/",
      body: JSON.stringify(leadSearch(search.text, search.limit)),
      readOnly: true,
    });
    if (!answer.ok) return answer;
    const found: unknown = await answer.json().catch(() => undefined);
    if (found === undefined)
      return ourError(502, "Close answered with something that is not JSON.");
    return c.json(primaryContactOnly(found));
  });

  // For a `contact` custom field: contacts by name.
  app.get("/api/contact/search", (c) => {
    const search = searchOf(c, "contact");
    if (search instanceof Response) return search;
    return callClose(upstreamOf(c), {
      method: "POST",
      path: "/data/search/",
      body: JSON.stringify(contactSearch(search.text, search.limit)),
      readOnly: true,
    });
  });

  // Who in Close already holds an email or a phone being typed: before a duplicate exists.
  app.get("/api/contact/matches", (c) => {
    const values = readMatchValues(
      c.req.queries("email") ?? [],
      c.req.queries("phone") ?? [],
      config.defaultPhoneCountry,
    );
    if (typeof values === "string") return invalidRequest(values);
    return findMatches(upstreamOf(c), values);
  });

  // For a `user` custom field: the organization's users.
  app.get("/api/user/", (c) => listUsers(upstreamOf(c)));

  app.get("/api/lead/:id/", (c) => {
    const id = c.req.param("id") ?? "";
    if (!isCloseId("lead", id)) return notFound();
    return callClose(upstreamOf(c), {
      method: "GET",
      path: `/lead/${id}/`,
      query: { _fields: "id,display_name,html_url" },
    });
  });

  app.all("/api/*", () => notFound());

  app.onError((error, c) => {
    // A body cut short by the client (it hung up, or its framing lied) is the client's doing.
    if (c.env?.incoming?.aborted || (error instanceof Error && error.message === "aborted")) {
      return ourError(400, "The request ended before its body arrived.");
    }
    log(
      `Unexpected error on ${c.req.method} ${routePath(c)}: ${error instanceof Error ? error.name : "error"}`,
    );
    return ourError(500, "Something went wrong in the server. Try again in a moment.");
  });

  return app;
}

/** The body as text (sent on as it came) and as JSON, or the 400 for a body that is not JSON. */
async function readJson(
  c: Context,
): Promise<{ ok: true; text: string; body: unknown } | { ok: false; answer: Response }> {
  const text = await c.req.text();
  try {
    return { ok: true, text, body: JSON.parse(text) };
  } catch {
    return { ok: false, answer: invalidRequest("Invalid request: the body is not valid JSON.") };
  }
}

/** A request Close itself would refuse as a whole: its 400, in its shape. */
function invalidRequest(message: string): Response {
  return Response.json(toCloseErrorBody([{ path: [], message }]), { status: 400 });
}

function notFound(): Response {
  return ourError(404, "Not found.");
}

/**
 * A search's text (`query`, trimmed) and `_limit` (1 to 100, else 10). A text over 200
 * characters is refused, not dropped: a dropped one would search everything.
 */
function searchOf(c: Context, what: string): { text: string; limit: number } | Response {
  const text = c.req.query("query")?.trim() ?? "";
  if (text.length > 200 || text.includes("\0")) {
    return invalidRequest(`Search for a ${what} with at most 200 characters.`);
  }
  const { _limit = "10" } = pick(c, { _limit: /^(100|[1-9]\d?)$/ });
  return { text, limit: Number(_limit) };
}

/** The query parameters a route allows, each only when it has the allowed form. */
function pick(c: Context, allowed: Record<string, RegExp>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, form] of Object.entries(allowed)) {
    const value = c.req.query(name);
    if (value !== undefined && form.test(value)) picked[name] = value;
  }
  return picked;
}

/** A POST must come from the app's own pages or an allowed origin: no Origin, no write. */
function sameOriginOrAllowed(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header("Origin");
    if (!origin || !allowed.includes(origin)) {
      return ourError(
        403,
        "This page may not create contacts here: its origin is not allowed. Open the app from its own address, or add the page's origin to ALLOWED_ORIGINS.",
      );
    }
    await next();
  };
}

/**
 * /api answers only to the names the app is served under. Against DNS rebinding: a page whose
 * name is made to point here sends a matching Host and Origin, and must still be refused.
 */
function onlyOwnHosts(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  const hosts = new Set(origins.map((origin) => new URL(origin).host));
  return async (c, next) => {
    if (!hosts.has(new URL(c.req.url).host)) {
      return ourError(
        403,
        "This server does not answer to that address. If it is served under another name, add that address to ALLOWED_ORIGINS.",
      );
    }
    await next();
  };
}

/**
 * Hono's bodyLimit, but a body that declares its length is judged by that alone (Node holds it
 * to it), without touching the body: bodyLimit first asks for the request's body stream, and
 * building that web Request cost more per request than all the rest of our server. A chunked
 * body is counted by bodyLimit as it arrives.
 */
function limitBody(maxBytes: number, tooLarge: () => Response): MiddlewareHandler<AppEnv> {
  const counted = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const declared = c.req.header("Content-Length");
    if (declared === undefined || c.req.header("Transfer-Encoding") !== undefined) {
      return counted(c, next);
    }
    // Node's parser refuses such a length before we see it; anywhere else, so do we.
    if (!/^\d+$/.test(declared)) {
      return invalidRequest("Invalid request: its Content-Length is not a number.");
    }
    if (Number(declared) > maxBytes) return tooLarge();
    await next();
  };
}

const jsonOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("Content-Type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return ourError(415, "Send the contact as JSON, with Content-Type: application/json.");
  }
  await next();
};
