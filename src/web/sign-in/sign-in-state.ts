import type { SignedInUser } from "../../shared/sign-in";
import { ApiError, requestJson, whenSignInRequired } from "../api/http";
import { ValueStore } from "../ui/value-store";

export type SignIn =
  | { status: "checking" }
  | { status: "signed-in"; user: SignedInUser }
  /** `message`: why, when there is more to say than "sign in". */
  | { status: "signed-out"; message?: string };

/** Our server's 401 that means "no session", apart from any other 401. */
export function isSignInRequired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.signInRequired;
}

/**
 * The page's one idea of who is signed in, outside React so that any request that meets a 401
 * can say so, and every part showing it (the bar, the form) hears.
 */
class SignInStore extends ValueStore<SignIn> {
  /** Asks our server who the session is for; a 401 is "signed out", anything else unknown. */
  async check(): Promise<void> {
    try {
      const body = (await requestJson("/api/session")) as { user?: SignedInUser };
      if (body.user) this.set({ status: "signed-in", user: body.user });
    } catch (error) {
      if (isSignInRequired(error))
        this.set({ status: "signed-out", message: (error as Error).message });
    }
  }
}

export const signIn = new SignInStore({ status: "checking" });
whenSignInRequired((message) => signIn.set({ status: "signed-out", message }));
