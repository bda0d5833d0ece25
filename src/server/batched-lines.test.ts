import { afterEach, describe, expect, it, vi } from "vitest";
import { batchedLines, LOG_BATCH_MS } from "./batched-lines";

describe("batchedLines", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the lines logged within LOG_BATCH_MS together, in order, then starts a new batch", () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const { log } = batchedLines((text) => writes.push(text));
    log("GET /api/health 200 0.1ms");
    vi.advanceTimersByTime(LOG_BATCH_MS - 1);
    log("POST /api/contact/ 200 2.0ms");
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    log("GET /api/lead/ 200 1.0ms");
    expect(writes).toEqual(["GET /api/health 200 0.1ms\nPOST /api/contact/ 200 2.0ms\n"]);
    vi.advanceTimersByTime(LOG_BATCH_MS);
    expect(writes).toEqual([
      "GET /api/health 200 0.1ms\nPOST /api/contact/ 200 2.0ms\n",
      "GET /api/lead/ 200 1.0ms\n",
    ]);
  });

  it("writes what is pending when told to, before the process exits, and nothing twice", () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const { log, flush } = batchedLines((text) => writes.push(text));
    log("POST /api/contact/ 200 2.0ms");
    flush();
    vi.advanceTimersByTime(LOG_BATCH_MS);
    expect(writes).toEqual(["POST /api/contact/ 200 2.0ms\n"]);
  });
});
