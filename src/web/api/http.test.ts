import { describe, expect, it, vi } from "vitest";
import { ApiError, requestJson, retryAfterSeconds } from "./http";

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

describe("requestJson in team mode", () => {
  const refused = () =>
    Response.json(
      { error: "Your access to Close has ended. Sign in again." },
      {
        status: 401,
        headers: {
          "WWW-Authenticate":
            'Bearer realm="Close", error="sign_in_required", error_description="refresh refused"',
        },
      },
    );

  it("asks once more after a refused refresh, which another instance may have just made", async () => {
    const answers = [refused(), Response.json({ user: { id: "user_1" } })];
    const asked: string[] = [];
    vi.stubGlobal("fetch", async (path: string) => {
      asked.push(path);
      return answers.shift();
    });
    try {
      expect(await requestJson("/api/session")).toEqual({ user: { id: "user_1" } });
      expect(asked).toEqual(["/api/session", "/api/session"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("says sign in is required when it is refused again, and asks no third time", async () => {
    let asked = 0;
    vi.stubGlobal("fetch", async () => {
      asked++;
      return refused();
    });
    try {
      const error = await requestJson("/api/user/").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).signInRequired).toBe(true);
      expect(asked).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
