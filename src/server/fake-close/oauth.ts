import { createHash, randomBytes } from "node:crypto";
import type { Context, Hono } from "hono";
import { html } from "hono/html";
import { basicCredentials } from "./basic-auth";
import { ORGANIZATION_ID, USERS } from "./fixtures";

/**
 * The stand-in's OAuth 2.0 server, as Close's "Authentication with OAuth" page describes its
 * own: the authorization code flow at /oauth2/authorize/ (a consent page), /oauth2/token/ for
 * the code and refresh grants (form-encoded, the client's id and secret in the body), and
 * /oauth2/revoke/. Close's refresh "issues a new Refresh Token each time and revokes the old
 * one"; access tokens live `expires_in` seconds (3600 by default).
 */

/** The one OAuth app the stand-in knows: demo mode in team mode, and the tests, use it. */
export const DEMO_OAUTH_CLIENT = {
  id: "oa2client_demoStandInApp",
  secret: "demo-stand-in-oauth-secret-not-for-close",
} as const;

const CODE_SECONDS = 60;
const DEFAULT_ACCESS_TOKEN_SECONDS = 3600;
const SCOPE = "all.full_access offline_access";

interface Grant {
  userId: string;
  /** Made by one code; a code used twice revokes every token made from it (RFC 6749 §4.1.2). */
  code: string;
}
interface PendingCode {
  userId: string;
  redirectUri: string;
  codeChallenge: string | undefined;
  expiresAt: number;
  used: boolean;
}
interface AccessToken extends Grant {
  expiresAt: number;
}

export interface StandInOAuth {
  /** The user an access token acts as, or undefined when it is unknown, expired or revoked. */
  userOf(accessToken: string): string | undefined;
  /** Test control: how long access tokens issued from now on live. */
  setAccessTokenSeconds(seconds: number): void;
  /** Test control: a user withdraws the app's access in Close; every token of theirs ends. */
  revokeUser(userId: string): void;
  reset(): void;
}

/** Adds the OAuth routes to the stand-in's app; `log` records each call for tests. */
export function addOAuth(app: Hono, log: (line: string) => void): StandInOAuth {
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, AccessToken>();
  const refreshTokens = new Map<string, Grant>();
  let accessTokenSeconds = DEFAULT_ACCESS_TOKEN_SECONDS;

  app.get("/oauth2/authorize/", (c) => {
    const query = c.req.query();
    const refused = refuseAuthorize(query);
    if (refused) return c.html(consentError(refused), 400);
    return c.html(consentPage(query));
  });

  // The consent page's answer: a user picked (the stand-in's way to sign in), or declined.
  app.post("/oauth2/authorize/", async (c) => {
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    const refused = refuseAuthorize(form);
    if (refused) return c.html(consentError(refused), 400);
    const back = new URL(form.redirect_uri ?? "");
    if (form.state) back.searchParams.set("state", form.state);
    const user = USERS.find((candidate) => candidate.id === form.user);
    if (!user) {
      back.searchParams.set("error", "access_denied");
      return c.redirect(back.href, 302);
    }
    const code = token("code");
    codes.set(code, {
      userId: user.id,
      redirectUri: form.redirect_uri ?? "",
      codeChallenge: form.code_challenge || undefined,
      expiresAt: Date.now() + CODE_SECONDS * 1000,
      used: false,
    });
    back.searchParams.set("code", code);
    return c.redirect(back.href, 302);
  });

  app.post("/oauth2/token/", async (c) => {
    const form = new URLSearchParams(await c.req.text());
    log(`POST /oauth2/token/ ${form.get("grant_type") ?? ""}`);
    if (!clientAuthenticated(c, form)) return oauthError(c, "invalid_client", 401);
    const grantType = form.get("grant_type");
    if (grantType === "authorization_code") {
      const code = form.get("code") ?? "";
      const pending = codes.get(code);
      if (!pending || pending.expiresAt < Date.now()) return oauthError(c, "invalid_grant");
      if (pending.used) {
        revokeWhere((grant) => grant.code === code);
        return oauthError(c, "invalid_grant");
      }
      pending.used = true;
      if (form.get("redirect_uri") !== pending.redirectUri) return oauthError(c, "invalid_grant");
      if (pending.codeChallenge !== undefined) {
        const verifier = form.get("code_verifier") ?? "";
        if (s256(verifier) !== pending.codeChallenge) return oauthError(c, "invalid_grant");
      }
      return c.json(issue({ userId: pending.userId, code }));
    }
    if (grantType === "refresh_token") {
      const old = form.get("refresh_token") ?? "";
      const grant = refreshTokens.get(old);
      if (!grant) return oauthError(c, "invalid_grant");
      refreshTokens.delete(old);
      return c.json(issue(grant));
    }
    return oauthError(c, "unsupported_grant_type");
  });

  // RFC 7009: 200 whether or not the token was known; a refresh token takes its grant's
  // access tokens with it. [choice] Close's page names the endpoint and no more.
  app.post("/oauth2/revoke/", async (c) => {
    const form = new URLSearchParams(await c.req.text());
    log("POST /oauth2/revoke/");
    if (!clientAuthenticated(c, form)) return oauthError(c, "invalid_client", 401);
    const revoked = form.get("token") ?? "";
    const grant = refreshTokens.get(revoked);
    if (grant) revokeWhere((other) => other.code === grant.code);
    accessTokens.delete(revoked);
    return c.body(null, 200);
  });

  function issue(grant: Grant) {
    const accessToken = token("access");
    const refreshToken = token("refresh");
    accessTokens.set(accessToken, { ...grant, expiresAt: Date.now() + accessTokenSeconds * 1000 });
    refreshTokens.set(refreshToken, grant);
    return {
      access_token: accessToken,
      token_type: "Bearer",
      expires_in: accessTokenSeconds,
      refresh_token: refreshToken,
      scope: SCOPE,
    };
  }

  function revokeWhere(matches: (grant: Grant) => boolean) {
    for (const [value, grant] of accessTokens) if (matches(grant)) accessTokens.delete(value);
    for (const [value, grant] of refreshTokens) if (matches(grant)) refreshTokens.delete(value);
  }

  return {
    userOf(accessToken) {
      const found = accessTokens.get(accessToken);
      return found && found.expiresAt > Date.now() ? found.userId : undefined;
    },
    setAccessTokenSeconds(seconds) {
      accessTokenSeconds = seconds;
    },
    revokeUser(userId) {
      revokeWhere((grant) => grant.userId === userId);
    },
    reset() {
      codes.clear();
      accessTokens.clear();
      refreshTokens.clear();
      accessTokenSeconds = DEFAULT_ACCESS_TOKEN_SECONDS;
    },
  };
}

/** GET /me/: the signed-in user, with their organizations, as Close's "Me" answers. */
export function meOf(userId: string) {
  const user = USERS.find((candidate) => candidate.id === userId);
  if (!user) return undefined;
  return {
    ...user,
    organizations: [{ id: ORGANIZATION_ID, name: "Demo Organization" }],
  };
}

function refuseAuthorize(query: Record<string, string | undefined>): string | undefined {
  if (query.client_id !== DEMO_OAUTH_CLIENT.id) return "This app is not known to Close.";
  if (query.response_type !== "code") return "response_type must be code.";
  if (!query.redirect_uri || !URL.canParse(query.redirect_uri)) return "redirect_uri is missing.";
  if (query.code_challenge && query.code_challenge_method !== "S256")
    return "code_challenge_method must be S256.";
  return undefined;
}

/** The client's id and secret, in the form's body (as Close's page shows) or as Basic auth. */
function clientAuthenticated(c: Context, form: URLSearchParams): boolean {
  // As Basic auth, each is form-encoded first (RFC 6749, 2.3.1).
  const basic = basicCredentials(c.req.header("Authorization"));
  const [id, secret] = basic
    ? [decodeURIComponent(basic.user), decodeURIComponent(basic.password)]
    : [form.get("client_id"), form.get("client_secret")];
  return id === DEMO_OAUTH_CLIENT.id && secret === DEMO_OAUTH_CLIENT.secret;
}

function oauthError(c: Context, error: string, status: 400 | 401 = 400) {
  return c.json({ error }, status);
}

function token(kind: string): string {
  return `${kind}_${randomBytes(24).toString("base64url")}`;
}

function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

const pageStyle = html`<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }
  button { display: block; width: 100%; margin: 0.5rem 0; padding: 0.6rem; font: inherit; }
</style>`;

function consentPage(query: Record<string, string | undefined>) {
  const hidden = ["client_id", "response_type", "redirect_uri", "state", "code_challenge"]
    .concat("code_challenge_method")
    .map((name) => html`<input type="hidden" name="${name}" value="${query[name] ?? ""}" />`);
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Close (stand-in): allow access</title>
        ${pageStyle}
      </head>
      <body>
        <main>
          <h1>Allow the contact creator to use Close as you?</h1>
          <p>This is the offline stand-in of Close's consent page. Pick who signs in.</p>
          <form method="post" action="/oauth2/authorize/">
            ${hidden}
            ${USERS.map(
              (user) =>
                html`<button type="submit" name="user" value="${user.id}">
                  Allow as ${user.first_name} ${user.last_name}
                </button>`,
            )}
            <button type="submit" name="user" value="">Decline</button>
          </form>
        </main>
      </body>
    </html>`;
}

function consentError(message: string) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Close (stand-in): cannot authorize</title>
        ${pageStyle}
      </head>
      <body>
        <main><h1>Cannot authorize</h1><p>${message}</p></main>
      </body>
    </html>`;
}
