import type { HttpBindings } from "@hono/node-server";
import { type Context, Hono } from "hono";
import { checkContactCreate } from "../../shared/close/contact-create";
import { toCloseErrorBody } from "../../shared/close/error-body";
import { DEFAULT_PHONE_COUNTRY } from "../../shared/defaults";
import { basicCredentials } from "./basic-auth";
import { type CheckEnvironment, checkContact } from "./check-contact";
import { createContact } from "./create-contact";
import { checkLead, createLead } from "./create-lead";
import { holdsAny, matchesBeginningOfWords, nextCursor, readSearch } from "./data-search";
import { type Fault, FaultQueue } from "./faults";
import {
  CONTACT_CUSTOM_FIELDS,
  CONTACT_FIELD_SCHEMA,
  DEMO_API_KEY,
  DEMO_CONTACTS,
  DEMO_USER_ID,
  ORGANIZATION_ID,
  USER_IDS,
  USERS,
} from "./fixtures";
import { addOAuth, meOf } from "./oauth";
import {
  endpointGroup,
  RATE_LIMIT_FORMS,
  RateLimiter,
  type RateLimitOptions,
  rateLimitedAnswer,
} from "./rate-limit";
import { page, pickFields, selectFields } from "./select-fields";
import { StandInStore } from "./store";

export interface StandInOptions {
  /** API keys accepted, each acting as the demo user. */
  apiKeys?: readonly string[];
  /** Country for phones written without `+` (the user's setting, in Close). */
  defaultPhoneCountry?: string;
  /** Each endpoint group's limit per key (the organization's is 3 times it); none unless set. */
  rateLimit?: RateLimitOptions;
  /** Demo mode: start with the demo organization's contacts (DEMO_CONTACTS) in it. */
  demoContacts?: boolean;
  /** Test-only: serve /__control/ to queue faults and read counts. Never in `npm start`. */
  control?: boolean;
}

export const API_BASE = "/api/v1";

/** The offline stand-in of Close's API, as its own Hono app with its own store. */
export function createStandIn(options: StandInOptions = {}) {
  const store = new StandInStore();
  const faults = new FaultQueue();
  const apiKeys = new Set(options.apiKeys ?? [DEMO_API_KEY]);
  const limiter = options.rateLimit && new RateLimiter(options.rateLimit);
  const defaultCountry = options.defaultPhoneCountry ?? DEFAULT_PHONE_COUNTRY;
  const app = new Hono();
  const api = new Hono<{ Variables: { userId: string } }>();

  /** With control: every call to the API, as `METHOD /path/`, for tests to see what was asked. */
  const requests: string[] = [];
  const oauth = addOAuth(app, (line) => {
    if (options.control) requests.push(line);
  });
  api.use(async (c, next) => {
    const path = c.req.path.slice(API_BASE.length);
    if (options.control) requests.push(`${c.req.method} ${path}`);
    const fault = faults.take(path);
    if (fault) {
      const answer = await applyFault(c, fault);
      if (answer) return answer;
    }
    const authorization = c.req.header("Authorization");
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
    // Close takes the API key as the Basic auth user name, with an empty password.
    const apiKey = basicCredentials(authorization)?.user;
    // An API key acts as the demo user; an OAuth access token as the user who granted it.
    const userId = bearer
      ? oauth.userOf(bearer)
      : apiKey && apiKeys.has(apiKey)
        ? DEMO_USER_ID
        : undefined;
    if (!userId) {
      // [choice] Close's wording for a bad key or token is not documented; its shape, {error}, is.
      return c.json({ error: "The API key or access token is missing or not valid." }, 401);
    }
    if (limiter) {
      const caller = bearer ?? apiKey ?? userId;
      const { headers, over } = limiter.take(caller, endpointGroup(c.req.method, path));
      if (over) return rateLimitedAnswer("nested", over);
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
    }
    c.set("userId", userId);
    await next();
  });

  const checkEnvironment: CheckEnvironment = {
    customFields: CONTACT_FIELD_SCHEMA,
    defaultCountry,
    leadExists: (id) => store.leads.has(id),
    userExists: (id) => USER_IDS.includes(id),
    contactExists: (id) => store.contacts.has(id),
  };

  if (options.demoContacts) {
    for (const body of DEMO_CONTACTS) {
      const checked = checkContact(body, checkEnvironment);
      if (checked.ok) createContact(store, checked.value, DEMO_USER_ID);
    }
  }

  api.post("/contact/", async (c) => {
    const body = await c.req.json().catch(() => undefined);
    const shaped = checkContactCreate(body);
    if (!shaped.ok) return c.json(shaped.error, 400);
    const checked = checkContact(shaped.value, checkEnvironment);
    if (!checked.ok) return c.json(toCloseErrorBody(checked.problems), 400);
    const contact = createContact(store, checked.value, c.get("userId"));
    return c.json(selectFields(contact, c.req.query("_fields")), 200);
  });

  // Success is 200 with the whole Lead, its contacts within, as for a contact. [choice] Close's
  // page for creating a lead shows no status code.
  api.post("/lead/", async (c) => {
    const checked = checkLead(await c.req.json().catch(() => undefined), checkEnvironment);
    if (!checked.ok) return c.json(toCloseErrorBody(checked.problems), 400);
    const lead = createLead(store, checked, c.get("userId"));
    return c.json(selectFields(store.leadView(lead), c.req.query("_fields")), 200);
  });

  // Every field a contact can hold, regular and shared, in the organization's order. [choice]
  // The envelope's name "Contact", by analogy with Close's example for leads ("Lead").
  api.get("/custom_field_schema/contact/", (c) =>
    c.json({
      object_type: "contact",
      name: "Contact",
      organization_id: ORGANIZATION_ID,
      fields: CONTACT_FIELD_SCHEMA,
    }),
  );

  // Only the regular contact fields, as Close's Contact Custom Field API lists them.
  api.get("/custom_field/contact/", (c) => {
    const listing = page(CONTACT_CUSTOM_FIELDS, c.req.query());
    const fields = c.req.query("_fields");
    return c.json({ ...listing, data: listing.data.map((f) => selectFields(f, fields)) });
  });

  api.post("/data/search/", async (c) => {
    const read = readSearch(await c.req.json().catch(() => undefined));
    if (!read.ok) return c.json(toCloseErrorBody(read.problems), 400);
    const { objectType, holding, nameField, words, fields, limit, skip } = read.search;
    // [choice] In the order they were made: Close does not say how it orders a search that
    // has no sort.
    const objects =
      objectType === "lead"
        ? [...store.leads.values()].map((lead) => store.leadView(lead))
        : [...store.contacts.values()];
    const matches = objects.filter((object) =>
      holding
        ? holdsAny(object, holding)
        : matchesBeginningOfWords(String(object[nameField] ?? ""), words),
    );
    const answered = matches.slice(skip, skip + limit);
    return c.json({
      data: answered.map((object) => ({
        __object_type: objectType,
        ...pickFields(object, fields),
      })),
      cursor: nextCursor(skip, answered.length, matches.length),
    });
  });

  // The organization's users; Close lists "all the users who are members of the same
  // organizations as you are", _limit 100 by default.
  api.get("/user/", (c) => c.json(page(USERS, c.req.query())));

  // "Me": the user the key or token acts as, with the organizations they belong to.
  api.get("/me/", (c) => c.json(meOf(c.get("userId"))));

  api.get("/lead/:id/", (c) => {
    const lead = store.leads.get(c.req.param("id"));
    if (!lead) return c.json({ error: "Object does not exist." }, 404);
    return c.json(selectFields(store.leadView(lead), c.req.query("_fields")));
  });

  api.all("/contact/", (c) => c.json({ error: "Method not allowed." }, 405));
  api.notFound((c) => c.json({ error: "Not found." }, 404));
  app.route(API_BASE, api);

  if (options.control) {
    app.post("/__control/faults", async (c) => {
      const { count, ...fault } = (await c.req.json()) as Fault & { count?: number };
      if (fault.rateLimitForm !== undefined && !RATE_LIMIT_FORMS.includes(fault.rateLimitForm)) {
        return c.json({ error: `rateLimitForm is one of ${RATE_LIMIT_FORMS.join(", ")}.` }, 400);
      }
      faults.add(fault, count ?? 1);
      return c.json({ ok: true });
    });
    app.delete("/__control/faults", (c) => {
      faults.clear();
      return c.json({ ok: true });
    });
    app.get("/__control/stats", (c) => c.json({ contacts: store.contacts.size }));
    app.get("/__control/contacts", (c) => c.json([...store.contacts.values()]));
    app.get("/__control/leads", (c) =>
      c.json([...store.leads.values()].map((lead) => store.leadView(lead))),
    );
    app.get("/__control/requests", (c) => c.json(requests));
    // Access tokens that expire in seconds, and access withdrawn in Close, for sign-in tests.
    app.post("/__control/oauth", async (c) => {
      const { accessTokenSeconds, revokeUser } = (await c.req.json()) as {
        accessTokenSeconds?: number;
        revokeUser?: string;
      };
      if (accessTokenSeconds !== undefined) oauth.setAccessTokenSeconds(accessTokenSeconds);
      if (revokeUser !== undefined) oauth.revokeUser(revokeUser);
      return c.json({ ok: true });
    });
    app.post("/__control/reset", (c) => {
      store.reset();
      faults.clear();
      limiter?.reset();
      oauth.reset();
      requests.length = 0;
      return c.json({ ok: true });
    });
  }
  app.notFound((c) => c.json({ error: "Not found." }, 404));
  app.onError((_error, c) => c.json({ error: "Internal error in the stand-in." }, 500));

  return { app, store, faults };
}

export type StandIn = ReturnType<typeof createStandIn>;

async function applyFault(c: Context, fault: Fault): Promise<Response | undefined> {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.drop) {
    const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket;
    if (!socket) throw new Error("Dropping a connection needs the stand-in served over HTTP.");
    socket.destroy();
    return c.body(null, 500);
  }
  if (fault.status === 429) {
    return rateLimitedAnswer(fault.rateLimitForm ?? "nested", {
      limit: { limit: 100, windowSeconds: 60 },
      resetSeconds: fault.retryAfter ?? 1,
      type: "key",
      group: endpointGroup(c.req.method, c.req.path.slice(API_BASE.length)),
    });
  }
  if (fault.status) {
    const body = fault.body ?? { error: `The stand-in was told to fail with ${fault.status}.` };
    return c.json(body, fault.status as 500);
  }
  return undefined;
}
