import { describe, expect, it } from "vitest";
import { isCloseId } from "./close-id";

describe("isCloseId", () => {
  it.each([
    ["lead", "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo", true],
    ["cf", "cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj", true],
    ["user", "user_1", true],
    ["cont", "cont_abc", true],
    ["lead", "cont_abc", false],
    ["lead", "lead_", false],
    ["cf", "cf_x.y", false],
    ["cf", "custom.cf_x", false],
    ["user", " user_1", false],
  ] as const)("%s: %j is %s", (kind, value, expected) => {
    expect(isCloseId(kind, value)).toBe(expected);
  });
});
