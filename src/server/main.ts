import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { modeLine, startBackend } from "./backend";
import { batchedLines } from "./batched-lines";
import { ConfigError, ownOrigins, readConfig } from "./config";
import { ourError } from "./our-error";
import { serveClient } from "./static-files";

/** How long SIGTERM waits for requests in flight before closing what is left. */
const DRAIN_MS = 5000;

function fail(message: string): never {
  console.error(`Cannot start: ${message}`);
  process.exit(1);
}

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const requestLog = batchedLines();
// Whatever ends the process, the last lines are written (stdout is synchronous here).
process.on("exit", requestLog.flush);
const backend = await startBackend(config, {
  ownOrigins: ownOrigins(config.host, config.port),
  log: requestLog.log,
});
serveClient(backend.app, fileURLToPath(new URL("../client", import.meta.url)));

let draining = false;
const server = serve(
  {
    fetch: (request, env) =>
      draining
        ? ourError(503, "The server is restarting. Try again in a moment.", { Connection: "close" })
        : backend.app.fetch(request, env),
    port: config.port,
    hostname: config.host,
  },
  (info) => {
    console.log(`Close contact creator at http://${config.host}:${info.port}`);
    console.log(modeLine(backend.mode, config, backend.signIn));
  },
);
server.on("error", (error: NodeJS.ErrnoException) =>
  fail(
    error.code === "EADDRINUSE"
      ? `port ${config.port} on ${config.host} is in use; set PORT to another.`
      : error.message,
  ),
);

function shutDown() {
  if (draining) return;
  draining = true;
  console.log("Stopping: finishing requests in flight.");
  const exit = () =>
    backend.stop().finally(() => {
      requestLog.flush();
      process.exit(0);
    });
  server.close(exit);
  // Keep-alive connections turn idle as their last response goes out: close each as it does.
  if ("closeIdleConnections" in server)
    setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => {
    if ("closeAllConnections" in server) server.closeAllConnections();
    exit();
  }, DRAIN_MS).unref();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
