import { describe, expect, it } from "vitest";
import { parseRateLimits } from "./rate-limit-option";

describe("--rate-limit", () => {
  it("limits one endpoint group by name", () => {
    expect(parseRateLimits(["search=5/1"])).toEqual({ search: { limit: 5, windowSeconds: 1 } });
  });

  it("limits every group not named without a name, in either order", () => {
    expect(parseRateLimits(["create=2/0.5", "100/10"])).toEqual(
      parseRateLimits(["100/10", "create=2/0.5"]),
    );
    expect(parseRateLimits(["create=2/0.5", "100/10"])).toEqual({
      create: { limit: 2, windowSeconds: 0.5 },
      search: { limit: 100, windowSeconds: 10 },
      read: { limit: 100, windowSeconds: 10 },
    });
  });

  it("is undefined when not given", () => {
    expect(parseRateLimits([])).toBeUndefined();
  });

  it.each([
    ["an unknown group", "lead=1/1", "the groups are create, search, read"],
    ["no window", "create=5", "write [GROUP=]CALLS/SECONDS"],
    ["no calls", "0/10", "calls and seconds must be above 0"],
  ])("refuses %s with a sentence", (_, value, message) => {
    expect(() => parseRateLimits([value])).toThrow(message);
  });
});
