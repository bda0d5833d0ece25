import { randomBytes } from "node:crypto";
import type { ServerMode } from "../shared/defaults";
import { createApp } from "./app";
import type { Config } from "./config";
import { DEMO_API_KEY } from "./fake-close/fixtures";
import { DEMO_OAUTH_CLIENT } from "./fake-close/oauth";
import { type RunningStandIn, startStandIn } from "./fake-close/serve";
import { CloseOAuth, oauthEndpoints } from "./team/close-oauth";
import { Sealer } from "./team/sealed";
import type { TeamMode } from "./team/team-mode";

/**
 * Our server wired to its Close: the real one when a key or an OAuth app is set, else the
 * stand-in, started here and reached over HTTP through exactly the same code path.
 */
export async function startBackend(
  config: Config,
  served: { ownOrigins: readonly string[]; log?: (line: string) => void },
) {
  const standIn =
    config.closeApiKey || config.team
      ? undefined
      : await startStandIn({ defaultPhoneCountry: config.defaultPhoneCountry, demoContacts: true });
  const mode: ServerMode = standIn ? "demo" : config.team ? "team" : "live";
  const upstream = {
    url: standIn?.apiUrl ?? config.closeApiUrl,
    apiKey: config.closeApiKey ?? DEMO_API_KEY,
    timeoutMs: config.upstreamTimeoutMs,
  };
  const settings = teamSettings(config, standIn);
  const team: TeamMode | undefined = settings && {
    oauth: new CloseOAuth({
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      endpoints: oauthEndpoints(settings.oauthUrl),
      redirectUri: `${settings.publicUrl}/oauth/callback`,
      timeoutMs: config.upstreamTimeoutMs,
    }),
    sealer: new Sealer(settings.sessionSecrets),
    upstream: { ...upstream, apiKey: "" },
    publicUrl: settings.publicUrl,
  };
  const app = createApp({
    mode,
    upstream: team ? team.upstream : upstream,
    // The address people use is the app's own, wherever it is served from behind it.
    ownOrigins: settings ? [...served.ownOrigins, settings.publicUrl] : served.ownOrigins,
    allowedOrigins: config.allowedOrigins,
    embedOrigins: config.embedOrigins,
    defaultPhoneCountry: config.defaultPhoneCountry,
    log: served.log,
    team,
  });
  return { app, mode, signIn: team !== undefined, stop: async () => standIn?.close() };
}

/** Team mode's settings, or demo mode's as team mode: the stand-in's OAuth app. */
function teamSettings(config: Config, standIn: RunningStandIn | undefined) {
  if (config.team) return config.team;
  if (!config.demoTeam || !standIn) return undefined;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  return {
    clientId: DEMO_OAUTH_CLIENT.id,
    clientSecret: DEMO_OAUTH_CLIENT.secret,
    oauthUrl: `${standIn.origin}/oauth2`,
    // Sessions made with a secret of the moment end when the server does: a demo's are fine so.
    sessionSecrets: config.demoTeam.sessionSecrets ?? [randomBytes(32).toString("base64url")],
    publicUrl: config.demoTeam.publicUrl ?? new URL(`http://${host}:${config.port}`).origin,
  };
}

export function modeLine(mode: ServerMode, config: Config, signIn = false): string {
  if (mode === "team")
    return `Team mode: each person signs in with Close; contacts go to Close at ${config.closeApiUrl}.`;
  if (mode === "demo" && signIn)
    return "Demo mode, signing in as in team mode: people sign in with the stand-in's demo users, and contacts go to the built-in stand-in of Close.";
  return mode === "demo"
    ? "Demo mode: contacts go to the built-in stand-in of Close, not to Close. To go live, set CLOSE_API_KEY to a Close API key and restart."
    : `Live mode: contacts go to Close at ${config.closeApiUrl}.`;
}
