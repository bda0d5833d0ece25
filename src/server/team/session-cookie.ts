import type { Context } from "hono";
import { generateCookie, getCookie } from "hono/cookie";
import type { SignedInUser } from "../../shared/sign-in";
import type { Sealer } from "./sealed";

/** Who is signed in, and the tokens Close gave for them: all of it sealed in one cookie. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in ms since the epoch. */
  expiresAt: number;
  user: SignedInUser;
  /** When the person signed in (ms since the epoch): the session ends SESSION_SECONDS after. */
  signedInAt: number;
  /** Set from within a dashboard's frame: the cookie is Partitioned (CHIPS) and SameSite=None. */
  embedded: boolean;
}

/** `__Host-`: Secure, Path=/, no Domain, so that no other host or path can set or read it. */
const SESSION_COOKIE = "__Host-close-session";
/** [choice] A session lasts at most 30 days; Close says nothing of its refresh tokens' life. */
export const SESSION_SECONDS = 30 * 24 * 3600;

export async function readSession(c: Context, sealer: Sealer): Promise<Session | undefined> {
  const opened = await sealer.open(getCookie(c, SESSION_COOKIE));
  return isSession(opened) ? opened : undefined;
}

/** Whether the request carries a session cookie at all (one that did not open: tampered, old). */
export function hasSessionCookie(c: Context): boolean {
  return getCookie(c, SESSION_COOKIE) !== undefined;
}

/** The Set-Cookie value that keeps `session`; appended to whatever response goes out. */
export async function sessionCookie(sealer: Sealer, session: Session): Promise<string> {
  // Renewing the tokens does not lengthen the session: it ends 30 days after signing in.
  const left = Math.max(1, Math.floor(SESSION_SECONDS - (Date.now() - session.signedInAt) / 1000));
  return generateCookie(SESSION_COOKIE, await sealer.seal(session, left), {
    ...cookieAttributes(session.embedded),
    maxAge: left,
  });
}

/**
 * `answer`, clearing the session: the page's cookie and a frame's (Partitioned) alike, for a
 * cookie that no longer opens may be either.
 */
export function clearSession(answer: Response): Response {
  for (const embedded of [false, true]) {
    const cleared = generateCookie(SESSION_COOKIE, "", {
      ...cookieAttributes(embedded),
      maxAge: 0,
    });
    answer.headers.append("Set-Cookie", cleared);
  }
  return answer;
}

/**
 * Read by no script (HttpOnly), sent only over TLS (Secure; Chromium counts http://localhost
 * as secure). At the top level SameSite=Lax; in a frame on another site the cookie must be
 * SameSite=None to be sent at all, and Partitioned, so that it lives only under that dashboard
 * (Chromium blocks third-party cookies that are not).
 */
function cookieAttributes(embedded: boolean) {
  return embedded
    ? ({ path: "/", secure: true, httpOnly: true, sameSite: "None", partitioned: true } as const)
    : ({ path: "/", secure: true, httpOnly: true, sameSite: "Lax" } as const);
}

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const session = value as Partial<Session>;
  return (
    typeof session.accessToken === "string" &&
    typeof session.refreshToken === "string" &&
    typeof session.expiresAt === "number" &&
    typeof session.user?.id === "string" &&
    typeof session.signedInAt === "number" &&
    typeof session.embedded === "boolean"
  );
}
