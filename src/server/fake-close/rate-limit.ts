/**
 * Close's rate limits: counted per API key and per endpoint group, with the organization's
 * limit (all its keys together) 3 times a key's ("Rate Limits" in Close's API docs). Each limit
 * is a fixed window of `windowSeconds` allowing `limit` calls ([choice]: Close does not say how
 * it counts). Over it, a 429 in one of the forms Close has been seen to answer with; the body
 * names the limit hit, `rate_limit_type` "key" (as recorded) or [choice] "organization".
 */
export interface Limit {
  limit: number;
  windowSeconds: number;
}

/**
 * [choice] Close groups paths and methods into endpoint groups but does not publish them. The
 * stand-in has three: creating (POST /contact/, POST /lead/), searching (POST /data/search/), and reading
 * (every GET), so that lead searches never use up what creating contacts needs.
 */
export const ENDPOINT_GROUPS = ["create", "search", "read"] as const;
export type EndpointGroup = (typeof ENDPOINT_GROUPS)[number];

/** The limit of each group that has one; a group left out is not limited. */
export type RateLimitOptions = Partial<Record<EndpointGroup, Limit>>;

export function endpointGroup(method: string, path: string): EndpointGroup {
  if (method === "POST" && path === "/data/search/") return "search";
  if (method === "GET") return "read";
  return "create";
}

/** "The per Organization limit is currently 3 times higher than individual API key rate limits." */
const ORGANIZATION_FACTOR = 3;

/** Which limit a call went over: the key's own, or the organization's. */
export type LimitType = "key" | "organization";

export interface Taken {
  /** Headers every answer carries: `RateLimit` for the limit closest to being hit. */
  headers: Record<string, string>;
  /** Set when the call is over a limit. */
  over?: RateLimited;
}

interface Window {
  start: number;
  count: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly options: RateLimitOptions) {}

  /**
   * Counts a call by `key` in `group`, against the key's limit and the organization's.
   * [choice] A refused call counts against neither, so one key retrying does not lock out the
   * organization's other keys.
   */
  take(key: string, group: EndpointGroup, now = Date.now()): Taken {
    const keyLimit = this.options[group];
    if (!keyLimit) return { headers: {} };
    const orgLimit = { ...keyLimit, limit: keyLimit.limit * ORGANIZATION_FACTOR };
    const own = { ...this.window(`key:${key}:${group}`, keyLimit, now), limit: keyLimit };
    const org = { ...this.window(`organization:${group}`, orgLimit, now), limit: orgLimit };
    const over =
      own.window.count >= keyLimit.limit
        ? own
        : org.window.count >= orgLimit.limit
          ? org
          : undefined;
    if (!over) {
      own.window.count++;
      org.window.count++;
    }
    // The header speaks of the limit closest to being hit, as Close's does.
    const remaining = (of: typeof own) => Math.max(0, of.limit.limit - of.window.count);
    const closest = remaining(own) <= remaining(org) ? own : org;
    const headers = {
      RateLimit: rateLimitHeader(closest.limit.limit, remaining(closest), closest.resetSeconds),
    };
    if (!over) return { headers };
    return {
      headers,
      over: {
        type: over === own ? "key" : "organization",
        limit: over.limit,
        resetSeconds: over.resetSeconds,
        group,
      },
    };
  }

  /** Forgets every count (the stand-in's reset). */
  reset(): void {
    this.windows.clear();
  }

  /** The current window of `id` (a new one when the last has ended), and when it ends. */
  private window(id: string, limit: Limit, now: number) {
    let window = this.windows.get(id);
    if (!window || now - window.start >= limit.windowSeconds * 1000) {
      window = { start: now, count: 0 };
      this.windows.set(id, window);
    }
    const resetSeconds = Math.max(0, (window.start + limit.windowSeconds * 1000 - now) / 1000);
    return { window, resetSeconds };
  }
}

function rateLimitHeader(limit: number, remaining: number, resetSeconds: number): string {
  return `limit=${limit}, remaining=${remaining}, reset=${resetSeconds.toFixed(3)}`;
}

/**
 * The forms of Close's 429:
 * - `nested`: today's, per Close's docs: `RateLimit` and `Retry-After` headers, and the body
 *   under `error` that older clients read (`{error: {message, rate_reset, …}}`);
 * - `top-level`: an older one, as recorded in nested-tech/closex's cassettes: the body's fields
 *   at the top level with `rate_reset` a string, and only `X-Rate-Limit-*` headers;
 * - `ingress`: from Close's ingress, before its app (closeio-api issue #120): no JSON, only the
 *   `RateLimit` header, here with `;` between its parts as some endpoints were seen sending it.
 */
export const RATE_LIMIT_FORMS = ["nested", "top-level", "ingress"] as const;
export type RateLimitForm = (typeof RATE_LIMIT_FORMS)[number];

export interface RateLimited {
  limit: Limit;
  resetSeconds: number;
  type: LimitType;
  group: EndpointGroup;
}

/** A 429 as Close answers it, in the given form. */
export function rateLimitedAnswer(form: RateLimitForm, over: RateLimited): Response {
  const { limit, resetSeconds } = over;
  const reset = resetSeconds.toFixed(3);
  const details = {
    message: "API call count exceeded for this period",
    rate_endpoint_group: over.group,
    rate_limit: limit.limit,
    rate_limit_type: over.type,
    rate_window: limit.windowSeconds,
  };
  switch (form) {
    case "nested":
      return Response.json(
        { error: { ...details, rate_reset: Number(reset) } },
        {
          status: 429,
          headers: {
            RateLimit: rateLimitHeader(limit.limit, 0, resetSeconds),
            "Retry-After": String(Math.max(1, Math.ceil(resetSeconds))),
          },
        },
      );
    case "top-level":
      return Response.json(
        { ...details, rate_reset: reset },
        {
          status: 429,
          headers: {
            "X-Rate-Limit-Limit": String(limit.limit),
            "X-Rate-Limit-Remaining": "0",
            "X-Rate-Limit-Reset": reset,
          },
        },
      );
    case "ingress":
      return new Response("<html><body><h1>429 Too Many Requests</h1></body></html>", {
        status: 429,
        headers: {
          "Content-Type": "text/html",
          RateLimit: `limit=${limit.limit}; remaining=0; reset=${reset}`,
        },
      });
  }
}
