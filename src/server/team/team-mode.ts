import { createHash, randomUUID } from "node:crypto";
import type { Hono, MiddlewareHandler } from "hono";
import { generateCookie, getCookie } from "hono/cookie";
import { html } from "hono/html";
import {
  REFRESH_REFUSED,
  SIGN_IN_REQUIRED,
  type SignedInUser,
  type SignInProblem,
} from "../../shared/sign-in";
import type { AppEnv } from "../app";
import { callClose, type Upstream } from "../close-client";
import { ourError } from "../our-error";
import { type CloseOAuth, type PendingSignIn, SignInRefused, type Tokens } from "./close-oauth";
import type { Sealer } from "./sealed";
import {
  clearSession,
  hasSessionCookie,
  readSession,
  type Session,
  sessionCookie,
} from "./session-cookie";
import { TokenRefresher } from "./token-refresher";

export interface TeamMode {
  oauth: CloseOAuth;
  sealer: Sealer;
  /** Close's API, called with each person's access token. */
  upstream: Upstream;
  /** The origin people use (PUBLIC_URL): where a sign-in comes back to. */
  publicUrl: string;
}

/** [choice] A token this close to its expiry is refreshed first: no request races its end. */
const REFRESH_AHEAD_MS = 10_000;
/** [choice] A sign-in must come back from Close within 10 minutes. */
const PENDING_SECONDS = 600;
/** A popup's sign-in handed to the frame that opened it: usable once, within a minute. */
const HANDOFF_SECONDS = 60;
/** How long a used handoff is remembered: past its expiry and the seal's 5 s of skew. */
const HANDOFF_REMEMBERED_MS = (HANDOFF_SECONDS + 10) * 1000;
const PENDING_COOKIE = "__Host-close-sign-in";

/**
 * Team mode (docs/architecture.md): each person signs in with Close, and every /api request
 * goes to Close with their own access token, refreshed on the way when it is about to expire.
 * Without a session, /api answers 401 (/api/health and /api/settings excepted: the page needs
 * them to know it must ask for a sign-in).
 */
export function addTeamMode(
  app: Hono<AppEnv>,
  team: TeamMode,
  writesFromOwnPages: MiddlewareHandler<AppEnv>,
): void {
  const { oauth, sealer } = team;
  const refresher = new TokenRefresher((refreshToken) => oauth.refresh(refreshToken));
  const usedHandoffs = new Map<string, number>();
  const ownPath = (path: string | undefined) => pathOfThisApp(path, team.publicUrl);

  // Nothing about signing in is kept by a cache: the popup's page holds a sealed sign-in.
  app.use("/oauth/*", async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  });

  app.use("/api/*", async (c, next) => {
    if (c.req.path === "/api/health" || c.req.path === "/api/settings") return next();
    const session = await readSession(c, sealer);
    if (!session) {
      const answer = signInNeeded("Sign in with Close to create contacts as yourself.");
      // A cookie that does not open (changed, expired, sealed with a retired secret) goes.
      if (hasSessionCookie(c)) clearSession(answer);
      return answer;
    }
    let current = session;
    if (session.expiresAt - Date.now() < REFRESH_AHEAD_MS) {
      let tokens: Tokens;
      try {
        tokens = await refresher.tokensFor(session.refreshToken);
      } catch (error) {
        return refreshFailed(error);
      }
      current = { ...session, ...tokens };
    }
    c.set("upstream", { ...team.upstream, accessToken: current.accessToken });
    c.set("user", current.user);
    await next();
    if (c.res.status === 401) {
      // Close refused the token itself: access withdrawn in Close. Signed out, as a refusal is.
      c.res = clearSession(signInNeeded("Your access to Close has ended. Sign in again."));
      return;
    }
    if (current !== session)
      c.res.headers.append("Set-Cookie", await sessionCookie(sealer, current));
  });

  app.get("/api/session", (c) => c.json({ user: c.get("user") }));

  app.get("/oauth/start", async (c) => {
    // A popup's sign-in is bound to the frame that opened it: the frame keeps a secret and
    // sends its SHA-256 here; only the secret itself claims what the popup hands over.
    const bind = c.req.query("bind");
    const popup = bind !== undefined && /^[\w-]{43}$/.test(bind) ? { bind } : undefined;
    // Checked where it is used, at the callback.
    const returnTo = c.req.query("return");
    const { url, pending } = await oauth.startSignIn();
    const sealed = await sealer.seal({ ...pending, popup, returnTo }, PENDING_SECONDS);
    return new Response(null, {
      status: 302,
      headers: { Location: url, "Set-Cookie": pendingCookie(sealed) },
    });
  });

  app.get("/oauth/callback", async (c) => {
    const pending = (await sealer.open(getCookie(c, PENDING_COOKIE))) as
      | (PendingSignIn & { popup?: { bind: string }; returnTo?: string })
      | undefined;
    // The pending sign-in is used up whatever happens: a code can only be tried once.
    const clearPending = pendingCookie("");
    const back = (problem: SignInProblem) => {
      const page = new URL(ownPath(pending?.returnTo));
      page.searchParams.set("sign-in", problem);
      return new Response(null, {
        status: 302,
        headers: { Location: page.href, "Set-Cookie": clearPending },
      });
    };
    if (!pending?.state) return back("no-pending");
    let user: SignedInUser;
    let tokens: Tokens;
    try {
      tokens = await oauth.finishSignIn(new URL(c.req.url), pending);
      user = await whoIs(team.upstream, tokens.accessToken);
    } catch (error) {
      return back(error instanceof SignInRefused ? error.reason : "unreachable");
    }
    const session: Session = { ...tokens, user, signedInAt: Date.now(), embedded: false };
    if (pending.popup) {
      const handoff = await sealer.seal(
        { session, nonce: randomUUID(), bind: pending.popup.bind },
        HANDOFF_SECONDS,
      );
      const page = await c.html(popupDone(handoff));
      page.headers.append("Set-Cookie", clearPending);
      return page;
    }
    // Back to the page as it was opened (its address's prefill names its draft).
    const headers = new Headers({ Location: ownPath(pending.returnTo) });
    headers.append("Set-Cookie", clearPending);
    headers.append("Set-Cookie", await sessionCookie(sealer, session));
    return new Response(null, { status: 302, headers });
  });

  // The frame's half of a popup sign-in: it sends what the popup handed it, and gets its own
  // cookie, Partitioned, set by a request of its own (a cookie set in the popup is not the
  // frame's: Chromium keeps third-party frames' cookies apart, or blocks them).
  app.post("/oauth/claim", writesFromOwnPages, async (c) => {
    const body = (await c.req.json().catch(() => undefined)) as
      | { handoff?: unknown; secret?: unknown }
      | undefined;
    const opened = (await sealer.open(
      typeof body?.handoff === "string" ? body.handoff : undefined,
    )) as { session?: Session; nonce?: string; bind?: string } | undefined;
    const now = Date.now();
    for (const [nonce, at] of usedHandoffs)
      if (at < now - HANDOFF_REMEMBERED_MS) usedHandoffs.delete(nonce);
    const secret = typeof body?.secret === "string" ? body.secret : "";
    const fromItsFrame = opened?.bind !== undefined && sha256(secret) === opened.bind;
    if (!opened?.session || !opened.nonce || !fromItsFrame || usedHandoffs.has(opened.nonce)) {
      return signInNeeded("That sign-in has expired or was used already. Sign in again.");
    }
    usedHandoffs.set(opened.nonce, now);
    const session = { ...opened.session, embedded: true };
    const answer = c.json({ user: session.user });
    answer.headers.append("Set-Cookie", await sessionCookie(sealer, session));
    return answer;
  });

  app.post("/oauth/sign-out", writesFromOwnPages, async (c) => {
    const session = await readSession(c, sealer);
    // Close revokes the access tokens of a revoked refresh token along with it.
    if (session) await oauth.revoke(session.refreshToken);
    return clearSession(c.json({ ok: true }));
  });
}

/**
 * A refresh that failed. Refused by Close: signed out — but the cookie is left as it is, for
 * another instance may have just renewed this very refresh token, and the cookie it set is the
 * one to keep (the page asks once more before it believes it is signed out).
 */
function refreshFailed(error: unknown): Response {
  if (!(error instanceof SignInRefused))
    return ourError(502, "Could not reach Close to renew your sign-in. Try again in a moment.");
  return signInNeeded(error.message, REFRESH_REFUSED);
}

/**
 * 401 `{error}`, and a header the page reads as "sign in", apart from Close's own 401s;
 * `description` says more (REFRESH_REFUSED).
 */
function signInNeeded(message: string, description?: string): Response {
  const answer = ourError(401, message);
  const more = description ? `, error_description="${description}"` : "";
  answer.headers.set(
    "WWW-Authenticate",
    `Bearer realm="Close", error="${SIGN_IN_REQUIRED}"${more}`,
  );
  return answer;
}

/** The pending sign-in's cookie: this browser's `state` and verifier, sealed; "" clears it. */
function pendingCookie(sealed: string): string {
  return generateCookie(PENDING_COOKIE, sealed, {
    path: "/",
    secure: true,
    httpOnly: true,
    sameSite: "Lax",
    maxAge: sealed ? PENDING_SECONDS : 0,
  });
}

/**
 * The address of this app to come back to, absolute under PUBLIC_URL: a path as the page
 * gave it, or its home when it is anything else (another site, a path that a browser or URL
 * normalising would make into one, control characters).
 */
function pathOfThisApp(path: string | undefined, publicUrl: string): string {
  const home = new URL("/", publicUrl).href;
  const unsafe = [...(path ?? "")].some((char) => char < " " || char === "\u007f" || char === "\\");
  if (!path?.startsWith("/") || unsafe) return home;
  const url = new URL(path, publicUrl);
  if (url.origin !== new URL(publicUrl).origin || url.pathname.startsWith("//")) return home;
  return url.href;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** Close's GET /me/: the person's id, name, email and first organization. */
async function whoIs(upstream: Upstream, accessToken: string): Promise<SignedInUser> {
  const answer = await callClose(
    { ...upstream, accessToken },
    {
      method: "GET",
      path: "/me/",
      query: { _fields: "id,first_name,last_name,email,organizations" },
    },
  );
  if (answer.status === 401)
    throw new SignInRefused("refused", "Close did not accept the sign-in.");
  if (!answer.ok) throw new Error("Close did not say who signed in.");
  const me = (await answer.json()) as {
    id: string;
    first_name?: string;
    last_name?: string;
    email?: string;
    organizations?: { id: string; name: string }[];
  };
  const name = [me.first_name, me.last_name].filter(Boolean).join(" ");
  const organization = me.organizations?.[0];
  return {
    id: me.id,
    name: name || me.email || me.id,
    email: me.email ?? "",
    organization: organization ? { id: organization.id, name: organization.name } : null,
  };
}

/** The popup's last page: it hands the sealed sign-in to the frame that opened it, and closes. */
function popupDone(handoff: string) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Signed in</title>
        <script src="/oauth-popup.js" defer></script>
      </head>
      <body>
        <main id="handoff" data-handoff="${handoff}">
          <p>Signed in. You can close this window.</p>
        </main>
      </body>
    </html>`;
}
