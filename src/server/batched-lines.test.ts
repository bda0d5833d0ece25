import { describe, expect, it } from "vitest";
import { batchedLines } from "./batched-lines";

describe("batchedLines", () => {
  it("writes the lines of one turn of the event loop together, in order", async () => {
    const writes: string[] = [];
    const { log } = batchedLines((text) => writes.push(text));
    log("GET /api/health 200 0.1ms");
    log("POST /api/contact/ 200 2.0ms");
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    log("GET /api/lead/ 200 1.0ms");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([
      "GET /api/health 200 0.1ms\nPOST /api/contact/ 200 2.0ms\n",
      "GET /api/lead/ 200 1.0ms\n",
    ]);
  });

  it("writes what is pending when told to, before the process exits", () => {
    const writes: string[] = [];
    const { log, flush } = batchedLines((text) => writes.push(text));
    log("POST /api/contact/ 200 2.0ms");
    flush();
    expect(writes).toEqual(["POST /api/contact/ 200 2.0ms\n"]);
  });
});
