/** How our server reaches Close (or anything that answers like it). */
export interface Upstream {
  /** Base URL, e.g. `https://api.close.com/api/v1`. */
  url: string;
  apiKey: string;
  timeoutMs: number;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface CloseRequest {
  method: "GET" | "POST";
  /** Path under the base URL, starting and ending with `/`. */
  path: string;
  query?: Record<string, string>;
  body?: string;
}

/** Close's headers that a client needs; everything else (Set-Cookie above all) stays behind. */
const PASSED_HEADERS = ["content-type", "retry-after", "ratelimit"];

/**
 * Sends one request to Close with our key and answers what the browser should get: Close's own
 * answer for anything below 500, else `{error}` with a sentence a person can act on.
 */
export async function callClose(upstream: Upstream, request: CloseRequest): Promise<Response> {
  const url = new URL(`${upstream.url}${request.path}`);
  for (const [name, value] of Object.entries(request.query ?? {}))
    url.searchParams.set(name, value);
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${upstream.apiKey}:`).toString("base64")}`,
    Accept: "application/json",
  };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  const mayHaveWritten = request.method === "POST";

  let status: number;
  let responseHeaders: Headers;
  let body: ArrayBuffer;
  try {
    const response = await (upstream.fetch ?? fetch)(url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(upstream.timeoutMs),
    });
    status = response.status;
    responseHeaders = response.headers;
    body = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") {
      const seconds = Math.round(upstream.timeoutMs / 100) / 10;
      return failure(
        504,
        `Close did not answer within ${seconds} seconds.${outcome(mayHaveWritten)}`,
      );
    }
    return failure(502, `Could not reach Close.${outcome(mayHaveWritten)}`);
  }

  const isJson = /^application\/json\b/i.test(responseHeaders.get("content-type") ?? "");
  if (status >= 500 || !isJson) {
    const what = status >= 500 ? `an error (${status})` : `something that is not JSON (${status})`;
    return failure(
      status >= 500 ? status : 502,
      `Close answered with ${what}.${outcome(mayHaveWritten)}`,
    );
  }
  const passed = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = responseHeaders.get(name);
    if (value !== null) passed.set(name, value);
  }
  return new Response(body, { status, headers: passed });
}

function outcome(mayHaveWritten: boolean): string {
  return mayHaveWritten
    ? " The contact may or may not have been created: check Close before trying again."
    : " Try again in a moment.";
}

/** Our own refusals and failures: `{error}` with a sentence a person can act on. */
export function failure(status: number, error: string, headers?: Record<string, string>): Response {
  return Response.json({ error }, { status, headers });
}
