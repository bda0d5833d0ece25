import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../app";
import { DEMO_USER_ID, OTHER_USER_ID } from "../fake-close/fixtures";
import { DEMO_OAUTH_CLIENT } from "../fake-close/oauth";
import { type RunningStandIn, startStandIn } from "../fake-close/serve";
import { CloseOAuth, oauthEndpoints } from "./close-oauth";
import { Sealer } from "./sealed";

/** Team mode against the stand-in over HTTP: its consent page, its tokens, its GET /me/. */

const OWN = "http://127.0.0.1:3999";
const SECRET = "a-session-secret-of-at-least-32-characters";
const OTHER_SECRET = "another-session-secret-of-32-characters-or-more";

let standIn: RunningStandIn;
beforeAll(async () => {
  standIn = await startStandIn({ control: true });
});
afterAll(() => standIn.close());
beforeEach(async () => {
  await fetch(`${standIn.origin}/__control/reset`, { method: "POST" });
});
afterEach(() => {
  vi.useRealTimers();
});

/** An instance of our server in team mode; several made with one secret are one service. */
function instance(secrets = [SECRET]) {
  const upstream = { url: standIn.apiUrl, apiKey: "", timeoutMs: 3000 };
  return createApp({
    mode: "team",
    upstream,
    ownOrigins: [OWN],
    allowedOrigins: [],
    embedOrigins: [],
    defaultPhoneCountry: "US",
    log: () => {},
    team: {
      oauth: new CloseOAuth({
        clientId: DEMO_OAUTH_CLIENT.id,
        clientSecret: DEMO_OAUTH_CLIENT.secret,
        endpoints: oauthEndpoints(`${standIn.origin}/oauth2`),
        redirectUri: `${OWN}/oauth/callback`,
        timeoutMs: 3000,
      }),
      sealer: new Sealer(secrets),
      upstream,
      publicUrl: OWN,
    },
  });
}
type App = ReturnType<typeof instance>;

/** One browser's cookies for our server: what Set-Cookie said last, by name. */
class Jar {
  readonly cookies = new Map<string, string>();
  take(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function get(app: App, jar: Jar, path: string): Promise<Response> {
  return jar.take(await app.request(`${OWN}${path}`, { headers: { Cookie: jar.header } }));
}

async function post(app: App, jar: Jar, path: string, body?: unknown): Promise<Response> {
  return jar.take(
    await app.request(`${OWN}${path}`, {
      method: "POST",
      headers: { Cookie: jar.header, Origin: OWN, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

/** Through Close's consent page as `userId` (or declining): the callback's address. */
async function consent(authorizeUrl: string, userId: string): Promise<string> {
  const asked = new URL(authorizeUrl);
  expect((await fetch(asked)).status).toBe(200);
  const form = new URLSearchParams(asked.searchParams);
  form.set("user", userId);
  const answer = await fetch(`${standIn.origin}/oauth2/authorize/`, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  expect(answer.status).toBe(302);
  return answer.headers.get("location") ?? "";
}

async function signIn(app: App, jar: Jar, userId = DEMO_USER_ID) {
  const started = await get(app, jar, "/oauth/start");
  expect(started.status).toBe(302);
  const callback = new URL(await consent(started.headers.get("location") ?? "", userId));
  return get(app, jar, `${callback.pathname}${callback.search}`);
}

const stand = {
  requests: async () =>
    (await (await fetch(`${standIn.origin}/__control/requests`)).json()) as string[],
  oauth: (settings: { accessTokenSeconds?: number; revokeUser?: string }) =>
    fetch(`${standIn.origin}/__control/oauth`, { method: "POST", body: JSON.stringify(settings) }),
};

describe("team mode", () => {
  it("without a session, every /api route but health and the page's settings answers 401", async () => {
    const app = instance();
    const jar = new Jar();
    for (const path of [
      "/api/session",
      "/api/lead/?query=a",
      "/api/user/",
      "/api/custom_field/contact/",
    ]) {
      const answer = await get(app, jar, path);
      expect(answer.status, path).toBe(401);
      expect(answer.headers.get("www-authenticate")).toContain("sign_in_required");
      expect(await answer.json()).toEqual({
        error: "Sign in with Close to create contacts as yourself.",
      });
    }
    expect((await post(app, jar, "/api/contact/", { name: "Nobody" })).status).toBe(401);
    expect((await post(app, jar, "/api/lead/", { name: "Co", contacts: [{}] })).status).toBe(401);
    expect((await get(app, jar, "/api/health")).status).toBe(200);
    expect(await (await get(app, jar, "/api/settings")).json()).toMatchObject({
      mode: "team",
      signIn: true,
    });
    expect(await stand.requests()).toEqual([]);
  });

  it("signs in with state and PKCE, and creates contacts as the person who signed in", async () => {
    const app = instance();
    const jar = new Jar();
    const started = await get(app, jar, "/oauth/start");
    const authorize = new URL(started.headers.get("location") ?? "");
    expect(authorize.origin + authorize.pathname).toBe(`${standIn.origin}/oauth2/authorize/`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: DEMO_OAUTH_CLIENT.id,
      response_type: "code",
      redirect_uri: `${OWN}/oauth/callback`,
      code_challenge_method: "S256",
    });
    expect(authorize.searchParams.get("state")).toMatch(/^\S{20,}$/);
    const pending = started.headers.getSetCookie()[0] ?? "";
    expect(pending).toMatch(/^__Host-close-sign-in=Fe26\.2\*/);
    expect(pending).toMatch(/HttpOnly/);
    expect(pending).toMatch(/Secure/);

    const callback = new URL(await consent(authorize.href, OTHER_USER_ID));
    const back = await get(app, jar, `${callback.pathname}${callback.search}`);
    expect(back.status).toBe(302);
    expect(back.headers.get("location")).toBe(`${OWN}/`);
    const session = back.headers
      .getSetCookie()
      .find((line) => line.startsWith("__Host-close-session="));
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; SameSite=Lax/);
    // Sealed: nothing of the tokens or the person can be read in it.
    expect(session).not.toMatch(/access_|refresh_|Alex/);

    const me = await get(app, jar, "/api/session");
    expect(await me.json()).toEqual({
      user: {
        id: OTHER_USER_ID,
        name: "Alex Rivera",
        email: "alex.rivera@demo.example",
        organization: { id: expect.stringMatching(/^orga_/), name: "Demo Organization" },
      },
    });
    const made = await post(app, jar, "/api/contact/", { name: "Made By Alex" });
    expect(made.status).toBe(200);
    expect(((await made.json()) as { created_by: string }).created_by).toBe(OTHER_USER_ID);
    // No token reached anything the page can read.
    expect(JSON.stringify(await (await get(app, jar, "/api/session")).json())).not.toMatch(
      /access_|refresh_/,
    );
  });

  it("returns to the page's own address after signing in, and never to another site", async () => {
    const app = instance();
    for (const [asked, landed] of [
      ["/?embed=1&name=Jane", "/?embed=1&name=Jane"],
      ["//evil.example/", "/"],
      ["https://evil.example/", "/"],
      ["/\\evil.example", "/"],
      ["/\t/evil.example", "/"],
      ["/.//evil.example", "/"],
      ["/%2e//evil.example", "/"],
    ]) {
      const jar = new Jar();
      const started = await get(app, jar, `/oauth/start?return=${encodeURIComponent(asked ?? "")}`);
      const callback = new URL(await consent(started.headers.get("location") ?? "", DEMO_USER_ID));
      const back = await get(app, jar, `${callback.pathname}${callback.search}`);
      expect(back.headers.get("location"), asked).toBe(`${OWN}${landed}`);
    }
  });

  it("ends at the page with a reason, and no session, for a state that does not match", async () => {
    const app = instance();
    const jar = new Jar();
    const started = await get(app, jar, "/oauth/start");
    const callback = new URL(await consent(started.headers.get("location") ?? "", DEMO_USER_ID));
    callback.searchParams.set("state", "not-the-state-this-browser-started");
    const back = await get(app, jar, `${callback.pathname}${callback.search}`);
    expect(back.headers.get("location")).toBe(`${OWN}/?sign-in=mismatch`);
    expect(jar.cookies.has("__Host-close-session")).toBe(false);
    expect((await get(app, jar, "/api/session")).status).toBe(401);
  });

  it("refuses a callback without a pending sign-in, and a code used twice", async () => {
    const app = instance();
    const jar = new Jar();
    const started = await get(app, jar, "/oauth/start");
    const pending = jar.header;
    const callback = new URL(await consent(started.headers.get("location") ?? "", DEMO_USER_ID));
    const path = `${callback.pathname}${callback.search}`;
    expect((await get(app, jar, path)).headers.get("location")).toBe(`${OWN}/`);
    // The pending sign-in is gone with its use: the same callback again finds none.
    const again = await get(app, new Jar(), path);
    expect(again.headers.get("location")).toBe(`${OWN}/?sign-in=no-pending`);
    // Replayed with the old pending cookie: Close refuses the used code.
    const replayed = await app.request(`${OWN}${path}`, { headers: { Cookie: pending } });
    expect(replayed.headers.get("location")).toBe(`${OWN}/?sign-in=refused`);
    expect(replayed.headers.getSetCookie().join()).not.toMatch(/__Host-close-session=Fe26/);
  });

  it("takes a declined consent back to the page", async () => {
    const app = instance();
    const jar = new Jar();
    const started = await get(app, jar, "/oauth/start");
    const callback = new URL(await consent(started.headers.get("location") ?? "", ""));
    const back = await get(app, jar, `${callback.pathname}${callback.search}`);
    expect(back.headers.get("location")).toBe(`${OWN}/?sign-in=denied`);
  });

  it("treats a changed cookie as no session, and clears it", async () => {
    const app = instance();
    const jar = new Jar();
    await signIn(app, jar);
    const sealed = jar.cookies.get("__Host-close-session") ?? "";
    jar.cookies.set("__Host-close-session", `${sealed.slice(0, -4)}AAAA`);
    const answer = await get(app, jar, "/api/session");
    expect(answer.status).toBe(401);
    expect(jar.cookies.has("__Host-close-session")).toBe(false);
  });

  it("refreshes an access token about to expire once, however many requests need it", async () => {
    const app = instance();
    const jar = new Jar();
    await stand.oauth({ accessTokenSeconds: 5 });
    await signIn(app, jar);
    const before = (await stand.requests()).filter((line) => line.includes("refresh_token"));
    expect(before).toHaveLength(0);
    const cookie = jar.header;
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => app.request(`${OWN}/api/user/`, { headers: { Cookie: cookie } })),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const refreshes = (await stand.requests()).filter((line) => line.includes("refresh_token"));
    expect(refreshes).toEqual(["POST /oauth2/token/ refresh_token"]);
    // Each answer carries the renewed session, so the browser keeps the new tokens.
    for (const answer of answers)
      expect(answer.headers.getSetCookie().join()).toMatch(/__Host-close-session=Fe26/);
    jar.take(answers[0] as Response);
    expect(jar.header).not.toBe(cookie);
  });

  it("signs out a person whose access was withdrawn in Close", async () => {
    const app = instance();
    const jar = new Jar();
    await signIn(app, jar);
    await stand.oauth({ revokeUser: DEMO_USER_ID });
    const answer = await get(app, jar, "/api/user/");
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toContain("sign_in_required");
    expect(await answer.json()).toEqual({
      error: "Your access to Close has ended. Sign in again.",
    });
    expect(jar.cookies.has("__Host-close-session")).toBe(false);
  });

  it("signs out a person whose refresh Close refuses, leaving the cookie to a newer one", async () => {
    const app = instance();
    const jar = new Jar();
    await stand.oauth({ accessTokenSeconds: 1 });
    await signIn(app, jar);
    await stand.oauth({ revokeUser: DEMO_USER_ID });
    const answer = await get(app, jar, "/api/user/");
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toContain("refresh refused");
    expect(((await answer.json()) as { error: string }).error).toMatch(/Sign in again\.$/);
    expect(answer.headers.getSetCookie()).toEqual([]);
  });

  it("when two instances renew one token at once, one wins and its cookie serves the next request", async () => {
    const first = instance();
    const second = instance();
    const jar = new Jar();
    await stand.oauth({ accessTokenSeconds: 5 });
    await signIn(first, jar);
    const cookie = jar.header;
    const answers = await Promise.all(
      [first, second].map((app) =>
        app.request(`${OWN}/api/user/`, { headers: { Cookie: cookie } }),
      ),
    );
    const won = answers.find((answer) => answer.status === 200);
    const lost = answers.find((answer) => answer.status === 401);
    expect(won && lost).toBeTruthy();
    // The loser does not clear the cookie the winner sets: the browser keeps the new one.
    expect(lost?.headers.getSetCookie()).toEqual([]);
    expect(lost?.headers.get("www-authenticate")).toContain("refresh refused");
    jar.take(won as Response);
    expect((await get(second, jar, "/api/user/")).status).toBe(200);
    expect((await get(first, jar, "/api/user/")).status).toBe(200);
  });

  it("ends a session 30 days after signing in, and clears its cookie", async () => {
    const app = instance();
    const jar = new Jar();
    await signIn(app, jar);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 30 * 24 * 3600 * 1000 + 10_000);
    const answer = await get(app, jar, "/api/session");
    expect(answer.status).toBe(401);
    expect(answer.headers.getSetCookie().join()).toMatch(/__Host-close-session=;.*Max-Age=0/);
    expect(jar.cookies.has("__Host-close-session")).toBe(false);
  });

  it("signs out: revokes the tokens in Close and clears the cookie", async () => {
    const app = instance();
    const jar = new Jar();
    await signIn(app, jar);
    const foreign = await app.request(`${OWN}/oauth/sign-out`, {
      method: "POST",
      headers: { Cookie: jar.header, Origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    const kept = jar.header;
    const out = await post(app, jar, "/oauth/sign-out");
    expect(out.status).toBe(200);
    expect(jar.cookies.has("__Host-close-session")).toBe(false);
    expect(await stand.requests()).toContain("POST /oauth2/revoke/");
    // The old cookie, kept by someone, opens but its tokens no longer work.
    const replayed = await app.request(`${OWN}/api/user/`, { headers: { Cookie: kept } });
    expect(replayed.status).toBe(401);
  });

  it("serves one session from two instances that share the secret, and across a rotation", async () => {
    const first = instance([SECRET]);
    const second = instance([SECRET]);
    const jar = new Jar();
    await signIn(first, jar, OTHER_USER_ID);
    for (const app of [second, first, second]) {
      const answer = await get(app, jar, "/api/session");
      expect(((await answer.json()) as { user: { id: string } }).user.id).toBe(OTHER_USER_ID);
    }
    // A new secret put first: sessions sealed with the old one still open.
    const rotated = instance([OTHER_SECRET, SECRET]);
    expect((await get(rotated, jar, "/api/session")).status).toBe(200);
    // An instance without the old secret does not open them.
    expect((await get(instance([OTHER_SECRET]), jar, "/api/session")).status).toBe(401);
  });

  it("hands a popup's sign-in to the frame that opened it, once, as a Partitioned cookie", async () => {
    const app = instance();
    const popup = new Jar();
    // The frame keeps a secret, and gives the popup its SHA-256.
    const secret = "the-frame-s-own-secret";
    const bind = createHash("sha256").update(secret).digest("base64url");
    const started = await get(app, popup, `/oauth/start?bind=${bind}`);
    const callback = new URL(await consent(started.headers.get("location") ?? "", DEMO_USER_ID));
    const done = await get(app, popup, `${callback.pathname}${callback.search}`);
    expect(done.status).toBe(200);
    // The popup itself gets no session: it only hands one over.
    expect(popup.cookies.has("__Host-close-session")).toBe(false);
    const handoff = /data-handoff="([^"]+)"/.exec(await done.text())?.[1];
    expect(handoff).toMatch(/^Fe26\.2\*/);

    // Without the frame's secret, the handoff is worth nothing.
    expect((await post(app, new Jar(), "/oauth/claim", { handoff, secret: "guess" })).status).toBe(
      401,
    );
    const frame = new Jar();
    const claimed = await post(app, frame, "/oauth/claim", { handoff, secret });
    expect(claimed.status).toBe(200);
    expect(await claimed.json()).toMatchObject({ user: { id: DEMO_USER_ID, name: "Sam Carter" } });
    const cookie = claimed.headers.getSetCookie().join();
    expect(cookie).toMatch(/SameSite=None/);
    expect(cookie).toMatch(/Partitioned/);
    expect(cookie).toMatch(/Secure/);
    expect((await get(app, frame, "/api/session")).status).toBe(200);
    const again = await post(app, new Jar(), "/oauth/claim", { handoff, secret });
    expect(again.status).toBe(401);
    // Claims come from the app's own pages only.
    const foreign = await app.request(`${OWN}/oauth/claim`, {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
      body: JSON.stringify({ handoff, secret }),
    });
    expect(foreign.status).toBe(403);
  });
});
