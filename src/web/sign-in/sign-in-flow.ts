import type { SignedInUser, SignInProblem } from "../../shared/sign-in";
import { requestJson } from "../api/http";
import { signIn } from "./sign-in-state";

/** Why a sign-in came back to the page (`?sign-in=` from our server), in words. */
const PROBLEMS: Record<SignInProblem, string> = {
  denied: "Close was not given access. Sign in again to allow it.",
  mismatch: "The answer from Close did not match the sign-in this browser started. Sign in again.",
  "no-pending":
    "No sign-in was waiting in this browser (it took over 10 minutes, or was finished already). Sign in again.",
  refused:
    "Close did not accept the sign-in (its code was used already, or has expired). Sign in again.",
  unreachable: "Close could not be reached to finish signing in. Try again in a moment.",
};

/** The problem our server sent the page back with, read once and taken out of the address. */
export function takeSignInProblem(): string | undefined {
  const url = new URL(window.location.href);
  const problem = url.searchParams.get("sign-in");
  if (problem === null) return undefined;
  url.searchParams.delete("sign-in");
  window.history.replaceState(window.history.state, "", url);
  return Object.hasOwn(PROBLEMS, problem)
    ? PROBLEMS[problem as SignInProblem]
    : "Signing in did not finish. Sign in again.";
}

/** At the top level: to Close's consent page and back; the form's draft waits in storage. */
export function signInHere(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/oauth/start?return=${encodeURIComponent(here)}`);
}

/** The sign-in under way in a popup, if any: a second click brings that popup forward. */
let underWay: { popup: Window; done: Promise<void> } | undefined;

/**
 * In a dashboard's frame, where Close's consent page cannot be shown: a popup signs in, hands
 * back a sealed, one-time sign-in, and the frame claims it, getting a cookie of its own. The
 * claim is bound to this frame: it keeps a random secret and gives the popup only its SHA-256.
 */
export async function signInWithPopup(): Promise<void> {
  if (underWay && !underWay.popup.closed) {
    underWay.popup.focus();
    return underWay.done;
  }
  const secret = randomSecret();
  const bind = await sha256(secret);
  const popup = window.open(
    `/oauth/start?bind=${bind}`,
    "close-sign-in",
    "popup,width=520,height=700",
  );
  if (!popup) {
    signIn.set({
      status: "signed-out",
      message: "The sign-in window was blocked. Allow pop-ups for this dashboard, then try again.",
    });
    return;
  }
  const done = new Promise<void>((resolve) => {
    const finish = () => {
      window.removeEventListener("message", heard);
      clearInterval(watching);
      underWay = undefined;
      resolve();
    };
    // Closed without signing in: nothing to wait for any more (one more beat first, for a
    // message the popup posted as it closed).
    let closedSeen = false;
    const watching = setInterval(() => {
      if (closedSeen) finish();
      closedSeen = popup.closed;
    }, 500);
    const heard = async (event: MessageEvent) => {
      const data = event.data as { type?: unknown; handoff?: unknown } | null;
      if (event.origin !== window.location.origin || event.source !== popup) return;
      if (data?.type !== "close-contact:signed-in" || typeof data.handoff !== "string") return;
      window.removeEventListener("message", heard);
      try {
        const body = (await requestJson("/oauth/claim", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ handoff: data.handoff, secret }),
        })) as { user: SignedInUser };
        signIn.set({ status: "signed-in", user: body.user });
      } catch (error) {
        signIn.set({ status: "signed-out", message: (error as Error).message });
      }
      finish();
    };
    window.addEventListener("message", heard);
  });
  underWay = { popup, done };
  return done;
}

function randomSecret(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return base64url(new Uint8Array(digest));
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export async function signOut(): Promise<void> {
  try {
    await requestJson("/oauth/sign-out", { method: "POST" });
    signIn.set({ status: "signed-out", message: "Signed out." });
  } catch (error) {
    signIn.set({ status: "signed-out", message: (error as Error).message });
  }
}
