import { useEffect, useRef, useSyncExternalStore } from "react";
import { queryClient } from "../api/WithQueries";
import { buttonClass, primaryButtonClass } from "../ui/styles";
import { signInHere, signInWithPopup, signOut, takeSignInProblem } from "./sign-in-flow";
import { signIn } from "./sign-in-state";

/**
 * Team mode: who is signed in with Close and "Sign out", or "Sign in with Close" and why.
 * Signing in keeps what was typed: at the top level the form's draft waits in storage for the
 * round trip to Close; in a dashboard's frame a popup signs in and the page is not left.
 */
export function SignInBar({ embedded }: { embedded: boolean }) {
  const state = useSyncExternalStore(signIn.subscribe, signIn.current);
  useEffect(() => {
    const problem = takeSignInProblem();
    void signIn.check().then(() => {
      if (problem && signIn.current().status === "signed-out")
        signIn.set({ status: "signed-out", message: problem });
    });
  }, []);

  // What was refused while signed out (the custom fields, say) is asked again as the person.
  const before = useRef(state.status);
  useEffect(() => {
    if (before.current === "signed-out" && state.status === "signed-in")
      void queryClient.invalidateQueries();
    before.current = state.status;
  }, [state.status]);

  if (state.status === "checking") return null;
  if (state.status === "signed-in") {
    const { user } = state;
    return (
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <p>
          Signed in as <strong>{user.name}</strong>
          {user.organization && <> ({user.organization.name})</>}
        </p>
        <button type="button" className={buttonClass} onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    );
  }
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-notice-line bg-notice-bg px-4 py-3 text-sm text-notice-ink"
    >
      <p className="basis-full sm:basis-auto sm:flex-1">
        {state.message ?? "Sign in with Close to create contacts as yourself."} What you type here
        is kept.
      </p>
      <button
        type="button"
        className={primaryButtonClass}
        onClick={() => (embedded ? void signInWithPopup() : signInHere())}
      >
        Sign in with Close
      </button>
    </div>
  );
}
