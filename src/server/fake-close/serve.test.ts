import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_API_KEY } from "./fixtures";
import { type RunningStandIn, startStandIn } from "./serve";

const auth = { Authorization: `Basic ${Buffer.from(`${DEMO_API_KEY}:`).toString("base64")}` };

describe("the stand-in over HTTP", () => {
  let running: RunningStandIn;

  beforeAll(async () => {
    running = await startStandIn({ control: true });
  });

  afterAll(async () => {
    await running.close();
  });

  const queueFault = (fault: Record<string, unknown>) =>
    fetch(`${running.origin}/__control/faults`, { method: "POST", body: JSON.stringify(fault) });

  it("serves the API under /api/v1 on a free local port", async () => {
    expect(running.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(running.apiUrl).not.toMatch(/:0\//);
    const lead = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
    const response = await fetch(`${running.apiUrl}/lead/${lead}/?_fields=id`, { headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: lead });
  });

  it("drops the connection of a request told to, and serves the next one", async () => {
    expect((await queueFault({ drop: true, path: "/contact/" })).status).toBe(200);
    const post = () =>
      fetch(`${running.apiUrl}/contact/`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "Dropped" }),
      });

    await expect(post()).rejects.toThrow(TypeError);

    const next = await post();
    expect(next.status).toBe(200);
    expect(await next.json()).toMatchObject({ name: "Dropped", display_name: "Dropped" });
    const stats = await fetch(`${running.origin}/__control/stats`);
    expect(await stats.json()).toEqual({ contacts: 1 });
  });
});
