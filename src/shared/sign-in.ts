/** Team mode's words shared by our server and the page. */

/** Who is signed in with Close, as `GET /api/session` answers: never a token. */
export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  organization: { id: string; name: string } | null;
}

/** Why a sign-in came back to the page (`?sign-in=`); the page words each, no text travels. */
export type SignInProblem = "denied" | "mismatch" | "no-pending" | "refused" | "unreachable";

/** In our 401's `WWW-Authenticate`: the request needs a session (apart from Close's own 401s). */
export const SIGN_IN_REQUIRED = "sign_in_required";
/** …and, beside it, that Close refused a refresh another instance may have just made. */
export const REFRESH_REFUSED = "refresh refused";
