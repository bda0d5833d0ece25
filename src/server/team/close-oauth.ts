import * as oauth from "oauth4webapi";

/**
 * Close's OAuth 2.0 endpoints, by oauth4webapi (a small, audited, spec-following client: state,
 * PKCE and the token responses are checked by it, not by code of ours). Close ("Authentication
 * with OAuth"): the person consents at app.close.com/oauth2/authorize/; the code is exchanged,
 * and tokens refreshed, at api.close.com/oauth2/token/ with the client's id and secret in the
 * form; tokens are revoked at /oauth2/revoke/. Close's own MCP sign-in uses PKCE (S256) on these
 * endpoints, so the code is bound to this sign-in by PKCE as well as by `state`.
 */
export interface OAuthEndpoints {
  authorize: string;
  token: string;
  revoke: string;
}

export function oauthEndpoints(oauthUrl: string | undefined): OAuthEndpoints {
  if (!oauthUrl) {
    return {
      authorize: "https://app.close.com/oauth2/authorize/",
      token: "https://api.close.com/oauth2/token/",
      revoke: "https://api.close.com/oauth2/revoke/",
    };
  }
  return {
    authorize: `${oauthUrl}/authorize/`,
    token: `${oauthUrl}/token/`,
    revoke: `${oauthUrl}/revoke/`,
  };
}

/** What this browser's sign-in started with, kept sealed in a cookie until Close sends it back. */
export interface PendingSignIn {
  state: string;
  codeVerifier: string;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** ms since the epoch. */
  expiresAt: number;
}

/** A sign-in or refresh Close refused: the person must sign in again. `message` says why. */
export class SignInRefused extends Error {
  constructor(
    /** denied: the person declined; mismatch: not this browser's sign-in; refused: by Close. */
    readonly reason: "denied" | "mismatch" | "refused",
    message: string,
  ) {
    super(message);
  }
}

/** Close's default life of an access token, when its answer does not say. */
const DEFAULT_EXPIRES_IN = 3600;

export class CloseOAuth {
  private readonly server: oauth.AuthorizationServer;
  private readonly client: oauth.Client;
  private readonly clientAuth: oauth.ClientAuth;
  private readonly options: { signal?: AbortSignal; [oauth.allowInsecureRequests]?: boolean };

  constructor(
    private readonly settings: {
      clientId: string;
      clientSecret: string;
      endpoints: OAuthEndpoints;
      redirectUri: string;
      timeoutMs: number;
    },
  ) {
    const { endpoints } = settings;
    this.server = {
      issuer: new URL(endpoints.authorize).origin,
      authorization_endpoint: endpoints.authorize,
      token_endpoint: endpoints.token,
      revocation_endpoint: endpoints.revoke,
    };
    this.client = { client_id: settings.clientId };
    this.clientAuth = oauth.ClientSecretPost(settings.clientSecret);
    // Plain http only where the endpoints are (the stand-in on this machine).
    this.options = { [oauth.allowInsecureRequests]: endpoints.token.startsWith("http:") };
  }

  /** Where to send the person, and what to keep (sealed) until they come back. */
  async startSignIn(): Promise<{ url: string; pending: PendingSignIn }> {
    const pending = {
      state: oauth.generateRandomState(),
      codeVerifier: oauth.generateRandomCodeVerifier(),
    };
    const url = new URL(this.settings.endpoints.authorize);
    url.searchParams.set("client_id", this.settings.clientId);
    url.searchParams.set("response_type", "code");
    url.searchParams.set("redirect_uri", this.settings.redirectUri);
    url.searchParams.set("state", pending.state);
    url.searchParams.set(
      "code_challenge",
      await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    );
    url.searchParams.set("code_challenge_method", "S256");
    return { url: url.href, pending };
  }

  /** The callback's code exchanged for tokens, once `state` is this browser's own. */
  async finishSignIn(callback: URL, pending: PendingSignIn): Promise<Tokens> {
    let parameters: URLSearchParams;
    try {
      parameters = oauth.validateAuthResponse(this.server, this.client, callback, pending.state);
    } catch (error) {
      if (error instanceof oauth.AuthorizationResponseError && error.error === "access_denied")
        throw new SignInRefused("denied", "Close was not given access. Sign in again to allow it.");
      throw new SignInRefused(
        "mismatch",
        "The answer from Close did not match the sign-in this browser started. Sign in again.",
      );
    }
    const answer = await this.guarded(() =>
      oauth.authorizationCodeGrantRequest(
        this.server,
        this.client,
        this.clientAuth,
        parameters,
        this.settings.redirectUri,
        pending.codeVerifier,
        this.withTimeout(),
      ),
    );
    return tokensOf(
      await this.refusedAs(
        "Close did not accept the sign-in (its code was used already, or has expired). Sign in again.",
        () => oauth.processAuthorizationCodeResponse(this.server, this.client, answer),
      ),
    );
  }

  /** New tokens for a refresh token; Close's refresh tokens are good for one use. */
  async refresh(refreshToken: string): Promise<Tokens> {
    const answer = await this.guarded(() =>
      oauth.refreshTokenGrantRequest(
        this.server,
        this.client,
        this.clientAuth,
        refreshToken,
        this.withTimeout(),
      ),
    );
    return tokensOf(
      await this.refusedAs(
        "Your access to Close has ended (it was withdrawn, or has expired). Sign in again.",
        () => oauth.processRefreshTokenResponse(this.server, this.client, answer),
      ),
      refreshToken,
    );
  }

  /** Ends a refresh token and the access it gives. Failing to is not the person's problem. */
  async revoke(token: string): Promise<void> {
    try {
      const answer = await oauth.revocationRequest(
        this.server,
        this.client,
        this.clientAuth,
        token,
        this.withTimeout(),
      );
      await oauth.processRevocationResponse(answer);
    } catch {
      // Signing out still clears the session here; the token dies at its expiry.
    }
  }

  private withTimeout() {
    return { ...this.options, signal: AbortSignal.timeout(this.settings.timeoutMs) };
  }

  /** A request that did not reach Close, or timed out: not a refusal, so no sign-out. */
  private async guarded(send: () => Promise<Response>): Promise<Response> {
    try {
      return await send();
    } catch {
      throw new Error("Could not reach Close to sign in. Try again in a moment.");
    }
  }

  /** Close's OAuth error (invalid_grant and the like) as a refusal; anything else as it is. */
  private async refusedAs<T>(message: string, process: () => Promise<T>): Promise<T> {
    try {
      return await process();
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError && error.status < 500)
        throw new SignInRefused("refused", message);
      throw new Error("Close's sign-in answered with an error. Try again in a moment.");
    }
  }
}

/** `refreshed`: the refresh token used, kept when Close does not send a new one. */
function tokensOf(answer: oauth.TokenEndpointResponse, refreshed?: string): Tokens {
  const refreshToken = answer.refresh_token ?? refreshed;
  if (!refreshToken) throw new Error("Close gave no refresh token.");
  return {
    accessToken: answer.access_token,
    refreshToken,
    expiresAt: Date.now() + (answer.expires_in ?? DEFAULT_EXPIRES_IN) * 1000,
  };
}
