import { Agent, request } from "undici";
import { closeRateLimitWait } from "./close-rate-limit";
import { ourError } from "./our-error";

/** One request to Close, as the sender gets it. */
export interface Outgoing {
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** Aborts when Close takes longer than the timeout. */
  signal: AbortSignal;
}

/** Close's answer, read whole. */
export interface Answer {
  status: number;
  header(name: string): string | undefined;
  body: Uint8Array<ArrayBuffer>;
}

/** What carries a request to Close and back: undici here; tests give their own. */
export type Send = (url: URL, outgoing: Outgoing) => Promise<Answer>;

/** How our server reaches Close (or anything that answers like it). */
export interface Upstream {
  /** Base URL, e.g. `https://api.close.com/api/v1`. */
  url: string;
  apiKey: string;
  /** Team mode: the signed-in person's OAuth access token, sent instead of the key. */
  accessToken?: string;
  timeoutMs: number;
  send?: Send;
}

export interface CloseRequest {
  method: "GET" | "POST";
  /** Path under the base URL, starting and ending with `/`. */
  path: string;
  query?: Record<string, string>;
  body?: string;
  /** A POST that only reads (a search): whatever befalls it, it created nothing. */
  readOnly?: boolean;
}

// Kept-alive connections to Close, shared by every request: a new TLS handshake each time
// would cost more than everything else we do.
const connections = new Agent({ keepAliveTimeout: 30_000, connections: 128 });

/**
 * undici's request, not fetch: the same client underneath without the web streams, which
 * made most of our server's cost per request. Redirects are not followed.
 */
export const sendWithUndici: Send = async (url, outgoing) => {
  const answer = await request(url, { ...outgoing, dispatcher: connections });
  const body = new Uint8Array(await answer.body.arrayBuffer());
  return {
    status: answer.statusCode,
    header: (name) => {
      const value = answer.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    },
    body,
  };
};

/** A fetch-shaped upstream (a test's recorder, the stand-in's `app.request`) as a Send. */
export function sendVia(fetchLike: (url: URL, init: RequestInit) => Promise<Response>): Send {
  return async (url, outgoing) => {
    const response = await fetchLike(url, outgoing);
    return {
      status: response.status,
      header: (name) => response.headers.get(name) ?? undefined,
      body: new Uint8Array(await response.arrayBuffer()),
    };
  };
}

/**
 * Sends one request to Close with our key (or the person's token) and answers what the browser should get: Close's own
 * answer for anything below 500, else `{error}` with a sentence a person can act on.
 */
export async function callClose(upstream: Upstream, closeRequest: CloseRequest): Promise<Response> {
  const url = new URL(`${upstream.url}${closeRequest.path}`);
  for (const [name, value] of Object.entries(closeRequest.query ?? {}))
    url.searchParams.set(name, value);
  const headers: Record<string, string> = {
    Authorization: upstream.accessToken
      ? `Bearer ${upstream.accessToken}`
      : `Basic ${Buffer.from(`${upstream.apiKey}:`).toString("base64")}`,
    Accept: "application/json",
  };
  if (closeRequest.body !== undefined) headers["Content-Type"] = "application/json";
  const mayHaveWritten = closeRequest.method === "POST" && !closeRequest.readOnly;

  // A timer of our own, cleared as soon as Close answers: AbortSignal.timeout would keep each
  // request's signal, and all that listens to it, alive for the whole timeout under load.
  const timeout = new AbortController();
  const { signal } = timeout;
  const timer = setTimeout(() => timeout.abort(), upstream.timeoutMs);
  // The timeout counts from here whatever undici is doing: it heeds the signal only once the
  // request has a connection, and connecting to an unanswering host has its own, longer limit.
  const timedOut = new Promise<never>((_resolve, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
  );
  let answer: Answer;
  try {
    const sent = (upstream.send ?? sendWithUndici)(url, {
      method: closeRequest.method,
      headers,
      body: closeRequest.body,
      signal,
    });
    answer = await Promise.race([sent, timedOut]);
  } catch {
    if (signal.aborted) {
      const seconds = Math.round(upstream.timeoutMs / 100) / 10;
      return ourError(
        504,
        `Close did not answer within ${seconds} seconds.${outcome(mayHaveWritten)}`,
      );
    }
    return ourError(502, `Could not reach Close.${outcome(mayHaveWritten)}`);
  } finally {
    clearTimeout(timer);
  }

  if (answer.status === 429) return rateLimited(answer, mayHaveWritten);
  const isJson = /^application\/json\b/i.test(answer.header("content-type") ?? "");
  const redirected = answer.status >= 300 && answer.status < 400;
  if (answer.status >= 500 || !isJson || redirected) {
    const what =
      answer.status >= 500
        ? `an error (${answer.status})`
        : `something that is not JSON (${answer.status})`;
    return ourError(
      answer.status >= 500 ? answer.status : 502,
      `Close answered with ${what}.${outcome(mayHaveWritten)}`,
    );
  }
  // Only the type: everything else Close sends (Set-Cookie above all) stays behind.
  const contentType = answer.header("content-type") ?? "application/json";
  return new Response(answer.body, {
    status: answer.status,
    headers: { "Content-Type": contentType },
  });
}

/**
 * Close's 429 comes in several forms (see close-rate-limit.ts), some without JSON: the browser
 * gets one, `{error}` and the wait in `Retry-After`, in whole seconds. Nothing was done.
 */
function rateLimited(answer: Answer, mayHaveWritten: boolean): Response {
  const seconds = Math.max(1, Math.ceil(closeRateLimitWait(answer.header, answer.body)));
  const unit = seconds === 1 ? "second" : "seconds";
  const nothingDone = mayHaveWritten ? " The contact was not created." : "";
  return ourError(
    429,
    `Close is getting too many requests and asked to wait ${seconds} ${unit}.${nothingDone}`,
    { "Retry-After": String(seconds) },
  );
}

function outcome(mayHaveWritten: boolean): string {
  return mayHaveWritten
    ? " The contact may or may not have been created: check Close before trying again."
    : " Try again in a moment.";
}
