import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { API_BASE, createFakeClose, type FakeCloseOptions } from "./app";

export interface RunningFakeClose {
  /** Where our server (or any Close client) points: `http://host:port/api/v1`. */
  apiUrl: string;
  origin: string;
  fake: ReturnType<typeof createFakeClose>;
  close(): Promise<void>;
}

/** Serves the stand-in over HTTP; port 0 picks a free one. */
export function startFakeClose(
  options: FakeCloseOptions & { port?: number; host?: string } = {},
): Promise<RunningFakeClose> {
  const { port = 0, host = "127.0.0.1", ...fakeOptions } = options;
  const fake = createFakeClose(fakeOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: fake.app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const origin = `http://${host}:${info.port}`;
      resolve({
        apiUrl: `${origin}${API_BASE}`,
        origin,
        fake,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
