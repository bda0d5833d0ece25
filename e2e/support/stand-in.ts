import type { Fault } from "../../src/server/fake-close/faults";

/** The stand-in that the live-mode server talks to, through its test-only control. */
const CONTROL = "http://127.0.0.1:4100/__control";
export const LIVE_APP = "http://127.0.0.1:3200";

async function control(path: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(`${CONTROL}${path}`, init);
  if (!response.ok) throw new Error(`Stand-in control ${path} answered ${response.status}`);
  return response.json();
}

export const standIn = {
  reset: () => control("/reset", { method: "POST" }),
  fault: (fault: Fault & { count?: number }) =>
    control("/faults", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(fault),
    }),
  contactCount: async () => ((await control("/stats")) as { contacts: number }).contacts,
  contacts: () => control("/contacts") as Promise<Record<string, unknown>[]>,
  /** Every lead, the fixtures' and those made since, as GET /lead/{id}/ answers each. */
  leads: () =>
    control("/leads") as Promise<{ id: string; name: string; contacts: { id: string }[] }[]>,
  /** Every call made to the stand-in's API since the last reset, as `METHOD /path/`. */
  requests: () => control("/requests") as Promise<string[]>,
  /** Team mode: access tokens' life from now on, and access withdrawn by a user in Close. */
  oauth: (settings: { accessTokenSeconds?: number; revokeUser?: string }) =>
    control("/oauth", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(settings),
    }),
};
