import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { API_BASE, createStandIn, type StandInOptions } from "./app";

export interface RunningStandIn {
  /** Where our server (or any Close client) points: `http://host:port/api/v1`. */
  apiUrl: string;
  origin: string;
  standIn: ReturnType<typeof createStandIn>;
  close(): Promise<void>;
}

/** Serves the stand-in over HTTP; port 0 picks a free one. */
export function startStandIn(
  options: StandInOptions & { port?: number; host?: string } = {},
): Promise<RunningStandIn> {
  const { port = 0, host = "127.0.0.1", ...standInOptions } = options;
  const standIn = createStandIn(standInOptions);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: standIn.app.fetch, port, hostname: host },
      (info: AddressInfo) => {
        const origin = `http://${host}:${info.port}`;
        resolve({
          apiUrl: `${origin}${API_BASE}`,
          origin,
          standIn,
          close: () =>
            new Promise((done) => {
              server.close(() => done());
              if ("closeAllConnections" in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once("error", reject);
  });
}
