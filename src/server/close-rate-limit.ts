/**
 * How long Close asks us to wait after a 429, in seconds, whatever form the 429 came in. The
 * order is that of Close's own client (closeio-api 2.1, `_get_rate_limit_sleep_time`): the
 * `RateLimit` header's `reset=`, else `Retry-After`, else `RateLimit-Reset`; then, for 429s
 * older than those headers, the body's `rate_reset`, nested under `error` or at the top level
 * (nested-tech/closex's recorded answers). A 429 from Close's ingress has no JSON at all
 * (closeio-api issue #120), only headers.
 */
export function closeRateLimitWait(
  header: (name: string) => string | undefined,
  body: Uint8Array,
  now = Date.now(),
): number {
  return (
    fromRateLimit(header("ratelimit")) ??
    fromRetryAfter(header("retry-after"), now) ??
    fromRateLimitReset(header("ratelimit-reset"), now) ??
    fromBody(body) ??
    DEFAULT_WAIT_SECONDS
  );
}

/** What Close's own client waits when a 429 says nothing it can read. */
export const DEFAULT_WAIT_SECONDS = 2;

/** `limit=100, remaining=0, reset=2.5`, its parts separated by `,` or `;`. */
function fromRateLimit(value: string | undefined): number | undefined {
  const reset = /(?:^|[,;])\s*reset\s*=\s*([^,;\s]+)/i.exec(value ?? "")?.[1];
  return seconds(reset);
}

/** Seconds, or an HTTP date (RFC 9110 allows both). */
function fromRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const delay = seconds(value);
  if (delay !== undefined) return delay;
  // An HTTP date always ends in GMT; Date.parse would read "-3" as a year.
  const date = / GMT$/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/**
 * Seconds, as the IETF draft has it; some servers send the moment of the reset instead, in
 * Unix seconds, which no wait in seconds comes near.
 */
function fromRateLimitReset(value: string | undefined, now: number): number | undefined {
  const reset = seconds(value);
  if (reset === undefined || reset < UNIX_SECONDS_FROM) return reset;
  return Math.max(0, reset - now / 1000);
}
const UNIX_SECONDS_FROM = 1_000_000_000;

function fromBody(body: Uint8Array): number | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const { error, rate_reset } = parsed as {
    error?: { rate_reset?: unknown };
    rate_reset?: unknown;
  };
  return seconds(error?.rate_reset) ?? seconds(rate_reset);
}

/** A non-negative number of seconds, written as a number or as a decimal string. */
function seconds(value: unknown): number | undefined {
  if (typeof value === "string" && !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) && number >= 0 ? number : undefined;
}
