/**
 * A create refused for want of a sign-in, to be made once the person has signed in: kept in
 * sessionStorage, so that it survives the round trip to Close's consent page in this tab, and
 * taken when acted on, so that it is made once.
 */
const KEY = "close-contact:create-after-sign-in";

export const createAfterSignIn = {
  remember(): void {
    try {
      sessionStorage.setItem(KEY, "1");
    } catch {
      // Storage refused (private mode, full): the person creates it again after signing in.
    }
  },
  /** Whether a create is waiting; it no longer is once this has answered true. */
  take(): boolean {
    try {
      const waiting = sessionStorage.getItem(KEY) === "1";
      sessionStorage.removeItem(KEY);
      return waiting;
    } catch {
      return false;
    }
  },
};
