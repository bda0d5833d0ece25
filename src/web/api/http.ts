import { REFRESH_REFUSED, SIGN_IN_REQUIRED } from "../../shared/sign-in";

/** A failed call to our server: its status and body, and Close's advised wait on a 429. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    /** Seconds to wait before retrying, from Retry-After. */
    readonly retryAfterSeconds: number | undefined,
    /** Team mode: our server's 401 for a request without a session (not one of Close's). */
    readonly signInRequired = false,
  ) {
    super(errorSentence(body) ?? `The server answered ${status}.`);
  }
}

/** The request never got an answer: the network, or our server, is down. */
export class NetworkError extends Error {}

/** Told when a request meets "sign in first" (team mode), whichever part of the page made it. */
let onSignInRequired: ((message: string) => void) | undefined;
export function whenSignInRequired(listener: (message: string) => void): void {
  onSignInRequired = listener;
}

/** [choice] How long to wait before asking again after a refused refresh (see below). */
const AFTER_REFUSED_REFRESH_MS = 500;

/**
 * Calls our server and answers the parsed JSON body, or throws ApiError / NetworkError.
 * Team mode: a refresh refused may be one another instance has just made with the same token
 * (the renewed cookie then arrives with its answer), so such a 401 is asked again, once —
 * nothing reached Close, so even a create is safe to send again.
 */
export async function requestJson(
  path: string,
  init: RequestInit = {},
  askedAgain = false,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: "application/json", ...init.headers },
    });
  } catch {
    throw new NetworkError("The server could not be reached.");
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const challenge =
      response.status === 401 ? (response.headers.get("www-authenticate") ?? "") : "";
    if (!askedAgain && challenge.includes(REFRESH_REFUSED)) {
      await new Promise((resolve) => setTimeout(resolve, AFTER_REFUSED_REFRESH_MS));
      return requestJson(path, init, true);
    }
    const signInRequired = challenge.includes(SIGN_IN_REQUIRED);
    const error = new ApiError(
      response.status,
      body,
      retryAfterSeconds(response.headers),
      signInRequired,
    );
    if (signInRequired) onSignInRequired?.(error.message);
    throw error;
  }
  return body;
}

function errorSentence(body: unknown): string | undefined {
  const { error, errors } = (body ?? {}) as { error?: unknown; errors?: unknown };
  if (typeof error === "string") return error;
  // Close's 400 for a request refused as a whole.
  if (Array.isArray(errors) && typeof errors[0] === "string") return errors[0];
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** Our server puts Close's wait, whatever form its 429 came in, in Retry-After as seconds. */
export function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get("retry-after");
  const seconds = Number(value);
  return value !== null && value.trim() !== "" && Number.isFinite(seconds) && seconds >= 0
    ? seconds
    : undefined;
}
