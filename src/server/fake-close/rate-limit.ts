/**
 * Close's per-key limit: a fixed window of `windowSeconds` allowing `limit` calls. Over it,
 * 429 with `RateLimit: limit=…, remaining=0, reset=…`, `Retry-After` and the legacy body.
 */
export interface RateLimitOptions {
  limit: number;
  windowSeconds: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Counts a call for `key`; answers the headers for it, and whether it is over the limit. */
  take(key: string, now = Date.now()): { limited: boolean; headers: Record<string, string> } {
    const { limit, windowSeconds } = this.options;
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowSeconds * 1000) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    const reset = Math.max(0, (window.start + windowSeconds * 1000 - now) / 1000);
    const remaining = Math.max(0, limit - window.count);
    const headers: Record<string, string> = {
      RateLimit: `limit=${limit}, remaining=${remaining}, reset=${reset.toFixed(3)}`,
    };
    const limited = window.count > limit;
    if (limited) headers["Retry-After"] = String(Math.max(1, Math.ceil(reset)));
    return { limited, headers };
  }
}

/** The body Close used to send with a 429, still read by older clients. */
export function legacyRateLimitBody(options: RateLimitOptions, resetSeconds: number) {
  return {
    error: {
      message: "API call count exceeded for this period",
      rate_reset: resetSeconds,
      rate_limit: options.limit,
      rate_window: options.windowSeconds,
    },
  };
}
