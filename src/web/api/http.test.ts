import { describe, expect, it } from "vitest";
import { ApiError, retryAfterSeconds } from "./http";

describe("retryAfterSeconds", () => {
  it.each([
    ["3", 3],
    ["0", 0],
    ["2.5", 2.5],
    [" 7 ", 7],
  ])("reads Retry-After %j as %s seconds", (value, seconds) => {
    expect(retryAfterSeconds(new Headers({ "Retry-After": value }))).toBe(seconds);
  });

  it.each([["-1"], [""], ["soon"], ["Wed, 21 Oct 2026 07:28:00 GMT"]])(
    "takes no wait from Retry-After %j",
    (value) => {
      expect(retryAfterSeconds(new Headers({ "Retry-After": value }))).toBeUndefined();
    },
  );

  it("takes no wait without Retry-After", () => {
    expect(retryAfterSeconds(new Headers())).toBeUndefined();
  });
});

describe("ApiError", () => {
  it.each([
    [
      { error: "This page may not create contacts here." },
      "This page may not create contacts here.",
    ],
    [{ errors: ["Something about the whole request."] }, "Something about the whole request."],
    [{ error: { message: "Nested message." } }, "Nested message."],
    [undefined, "The server answered 502."],
  ])("says %j as %j", (body, sentence) => {
    expect(new ApiError(body === undefined ? 502 : 400, body, undefined).message).toBe(sentence);
  });
});
