import { describe, expect, it } from "vitest";
import { closeRateLimitWait, DEFAULT_WAIT_SECONDS } from "./close-rate-limit";

const encode = (text: string) => new TextEncoder().encode(text);
const NO_BODY = encode("");

function wait(headers: Record<string, string>, body = NO_BODY, now = 0): number {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return closeRateLimitWait((name) => lower[name], body, now);
}

describe("closeRateLimitWait", () => {
  it.each([
    ["commas", "limit=100, remaining=0, reset=5", 5],
    ["semicolons", "limit=160; remaining=0; reset=8", 8],
    ["a fractional reset", "limit=100, remaining=0, reset=0.595956", 0.595956],
    ["no spaces", "limit=16;remaining=0;reset=1.5", 1.5],
    ["reset first", "reset=3, limit=1, remaining=0", 3],
  ])("reads RateLimit's reset with %s", (_, header, seconds) => {
    expect(wait({ RateLimit: header })).toBe(seconds);
  });

  it("prefers RateLimit over Retry-After over RateLimit-Reset over the body", () => {
    const body = encode(JSON.stringify({ error: { rate_reset: 9 } }));
    const all = { RateLimit: "limit=1, remaining=0, reset=1.25", "Retry-After": "2" };
    expect(wait({ ...all, "RateLimit-Reset": "3" }, body)).toBe(1.25);
    expect(wait({ "Retry-After": "2", "RateLimit-Reset": "3" }, body)).toBe(2);
    expect(wait({ "RateLimit-Reset": "3" }, body)).toBe(3);
    expect(wait({}, body)).toBe(9);
  });

  it("skips a RateLimit it cannot read", () => {
    expect(wait({ RateLimit: '"default";r=0;t=5', "Retry-After": "4" })).toBe(4);
    expect(wait({ RateLimit: "limit=1, remaining=0, reset=soon", "Retry-After": "4" })).toBe(4);
  });

  it("reads a Retry-After written as a date", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(wait({ "Retry-After": "Tue, 01 Dec 2026 10:00:07 GMT" }, NO_BODY, now)).toBe(7);
  });

  it("reads a RateLimit-Reset written as the moment of the reset", () => {
    const now = Date.parse("2026-12-01T10:00:00Z");
    expect(wait({ "RateLimit-Reset": String(now / 1000 + 4) }, NO_BODY, now)).toBe(4);
  });

  it("reads rate_reset nested under error, and at the top level as a string", () => {
    const nested = { error: { message: "API call count exceeded", rate_reset: 0.13 } };
    expect(wait({}, encode(JSON.stringify(nested)))).toBe(0.13);
    const topLevel = { message: "API call count exceeded", rate_reset: "0.595956" };
    expect(wait({}, encode(JSON.stringify(topLevel)))).toBe(0.595956);
  });

  it("waits Close's own client's default when nothing says how long", () => {
    expect(wait({}, encode("<html>429 Too Many Requests</html>"))).toBe(DEFAULT_WAIT_SECONDS);
    expect(wait({}, encode(JSON.stringify({ error: "Too many" })))).toBe(DEFAULT_WAIT_SECONDS);
    expect(wait({ "Retry-After": "-3" })).toBe(DEFAULT_WAIT_SECONDS);
    expect(DEFAULT_WAIT_SECONDS).toBe(2);
  });
});
