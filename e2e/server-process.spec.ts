import { expect, test } from "@playwright/test";
import { DEMO_API_KEY } from "../src/server/fake-close/fixtures";
import { startStandIn } from "../src/server/fake-close/serve";
import { listening, rawRequest, startServer } from "./support/server-process";

/** The built server as a process: start-up, raw requests, and shutdown. Ports 31xx are its own. */

test("a bad setting stops start-up with one clear line", async () => {
  for (const [env, line] of [
    [{ PORT: "abc" }, 'Cannot start: PORT must be a whole number from 1 to 65535, not "abc".'],
    [
      { CLOSE_API_URL: "ftp://x" },
      'Cannot start: CLOSE_API_URL must be an http(s) URL such as https://api.close.com/api/v1, not "ftp://x".',
    ],
  ] as const) {
    const server = startServer(env);
    expect(await server.exited).toBe(1);
    expect(server.output()).toBe(`${line}\n`);
  }
});

test("demo mode says so, and how to go live", async () => {
  const server = startServer({ PORT: "3111" });
  await listening(server);
  expect(server.output()).toContain("Close contact creator at http://127.0.0.1:3111");
  expect(server.output()).toContain(
    "Demo mode: contacts go to the built-in stand-in of Close, not to Close. To go live, set CLOSE_API_KEY",
  );
  server.child.kill("SIGTERM");
  expect(await server.exited).toBe(0);
});

test("raw traversal targets get 404 before routing", async () => {
  const server = startServer({ PORT: "3112" });
  await listening(server);
  try {
    for (const target of [
      "/api/lead/../contact/",
      "/api/lead/%2e%2e/%2e%2e/index.html",
      "/api/lead/%2E%2E%2Fcontact/",
      "//evil.example/api/health",
      "http://evil.example/api/health",
      "/assets/..%2f..%2fpackage.json",
    ]) {
      const response = await rawRequest(
        3112,
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
      expect(response, target).toMatch(/^HTTP\/1\.1 404 /);
      expect(response, target).not.toContain("close-contact-creator");
    }
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});

test("live mode talks to CLOSE_API_URL with the key; SIGTERM lets requests in flight finish", async () => {
  const close = await startStandIn({ control: true });
  const server = startServer({
    PORT: "3113",
    CLOSE_API_KEY: DEMO_API_KEY,
    CLOSE_API_URL: close.apiUrl,
  });
  try {
    await listening(server);
    expect(server.output()).toContain(`Live mode: contacts go to Close at ${close.apiUrl}.`);
    expect(server.output()).not.toContain(DEMO_API_KEY);

    close.standIn.faults.add({ path: "/contact/", delayMs: 1500 }, 5);
    const inFlight = ["Slow Sam", "Slow Sue", "Slow Sid", "Slow Sal", "Slow Sky"].map((name) =>
      fetch("http://127.0.0.1:3113/api/contact/", {
        method: "POST",
        headers: { Origin: "http://127.0.0.1:3113", "Content-Type": "application/json" },
        body: JSON.stringify({ name }),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    const stoppedAt = Date.now();
    server.child.kill("SIGTERM");

    const responses = await Promise.all(inFlight);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await server.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(3000);
    expect(close.standIn.store.contacts.size).toBe(5);
    await expect(fetch("http://127.0.0.1:3113/api/health")).rejects.toThrow();
  } finally {
    server.child.kill("SIGKILL");
    await close.close();
  }
});
