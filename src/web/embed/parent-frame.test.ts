// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { readParentMessage } from "./parent-frame";

const DASHBOARD = "https://dash.example.com";

/** A message as the browser delivers it: from a window, an origin, with data. */
function message(data: unknown, origin = DASHBOARD, source: unknown = window.parent) {
  return { data, origin, source } as MessageEvent;
}

describe("readParentMessage", () => {
  it("takes a prefill and a reset from the parent frame at an allowed origin", () => {
    const values = { name: "Jane" };
    expect(
      readParentMessage(message({ type: "close-contact:prefill", values }), [DASHBOARD]),
    ).toEqual({ type: "close-contact:prefill", values });
    expect(readParentMessage(message({ type: "close-contact:reset" }), [DASHBOARD])).toEqual({
      type: "close-contact:reset",
    });
  });

  it("ignores other origins, other windows, and unknown or malformed messages", () => {
    const reset = { type: "close-contact:reset" };
    expect(readParentMessage(message(reset, "https://evil.example"), [DASHBOARD])).toBeNull();
    expect(readParentMessage(message(reset, DASHBOARD, {}), [DASHBOARD])).toBeNull();
    expect(readParentMessage(message({ type: "close-contact:created" }), [DASHBOARD])).toBeNull();
    expect(readParentMessage(message("close-contact:reset"), [DASHBOARD])).toBeNull();
    expect(readParentMessage(message(null), [DASHBOARD])).toBeNull();
  });
});
