import type { ServerMode } from "../shared/defaults";
import { createApp } from "./app";
import type { Config } from "./config";
import { DEMO_API_KEY } from "./fake-close/fixtures";
import { startStandIn } from "./fake-close/serve";

/**
 * Our server wired to its Close: the real one when a key is set, else the stand-in, started
 * here and reached over HTTP through exactly the same code path.
 */
export async function startBackend(
  config: Config,
  served: { ownOrigins: readonly string[]; log?: (line: string) => void },
) {
  const standIn = config.closeApiKey
    ? undefined
    : await startStandIn({ defaultPhoneCountry: config.defaultPhoneCountry, demoContacts: true });
  const mode = standIn ? ("demo" as const) : ("live" as const);
  const app = createApp({
    mode,
    upstream: {
      url: standIn?.apiUrl ?? config.closeApiUrl,
      apiKey: config.closeApiKey ?? DEMO_API_KEY,
      timeoutMs: config.upstreamTimeoutMs,
    },
    ownOrigins: served.ownOrigins,
    allowedOrigins: config.allowedOrigins,
    embedOrigins: config.embedOrigins,
    defaultPhoneCountry: config.defaultPhoneCountry,
    log: served.log,
  });
  return { app, mode, stop: async () => standIn?.close() };
}

export function modeLine(mode: ServerMode, config: Config): string {
  return mode === "demo"
    ? "Demo mode: contacts go to the built-in stand-in of Close, not to Close. To go live, set CLOSE_API_KEY to a Close API key and restart."
    : `Live mode: contacts go to Close at ${config.closeApiUrl}.`;
}
