import type { Tokens } from "./close-oauth";

/**
 * Refreshes each refresh token once, however many requests need it at the same moment. Close
 * revokes a refresh token when it is used, so a second refresh with it would be refused and
 * sign the person out. The answer is kept a little while after, for requests that still carry
 * the cookie from before it (sent before the browser had the new one).
 */
export class TokenRefresher {
  private readonly byRefreshToken = new Map<string, { tokens: Promise<Tokens>; at: number }>();

  constructor(
    private readonly refresh: (refreshToken: string) => Promise<Tokens>,
    private readonly keptMs = 60_000,
  ) {}

  tokensFor(refreshToken: string): Promise<Tokens> {
    this.forgetOld();
    const known = this.byRefreshToken.get(refreshToken);
    if (known) return known.tokens;
    const tokens = this.refresh(refreshToken);
    this.byRefreshToken.set(refreshToken, { tokens, at: Date.now() });
    // A failure that was not a refusal (Close unreachable) may be tried again by the next request.
    tokens.catch(() => this.byRefreshToken.delete(refreshToken));
    return tokens;
  }

  private forgetOld(): void {
    const before = Date.now() - this.keptMs;
    for (const [token, entry] of this.byRefreshToken) {
      if (entry.at < before) this.byRefreshToken.delete(token);
    }
  }
}
