import { isSupportedCountry } from "libphonenumber-js";
import { DEFAULT_PHONE_COUNTRY } from "../shared/defaults";
import { webUrl } from "../shared/web-url";

/** The server's settings, read once from the environment (see the README's table). */
export interface Config {
  /** Unset → demo mode against the built-in stand-in. Never logged, never sent to a browser. */
  closeApiKey: string | undefined;
  closeApiUrl: string;
  port: number;
  host: string;
  allowedOrigins: string[];
  embedOrigins: string[];
  defaultPhoneCountry: string;
  upstreamTimeoutMs: number;
  /** Team mode: each person signs in with Close (OAuth), and Close is called as them. */
  team: TeamSettings | undefined;
  /**
   * Demo mode as team mode (DEMO_TEAM_MODE=1): signing in with the stand-in's OAuth. Without
   * SESSION_SECRET, one is made at each start; without PUBLIC_URL, the server's own address.
   */
  demoTeam: { sessionSecrets: string[] | undefined; publicUrl: string | undefined } | undefined;
}

export interface TeamSettings {
  clientId: string;
  /** Never logged, never sent to a browser. */
  clientSecret: string;
  /** Where the authorize, token and revoke endpoints are; unset, Close's own. */
  oauthUrl: string | undefined;
  /** Each at least 32 characters: the first seals sessions, all open them (rotation). */
  sessionSecrets: string[];
  /** The origin people open the app at; the redirect URI is it + /oauth/callback. */
  publicUrl: string;
}

/** A setting that stops start-up; its message is one line a person can act on. */
export class ConfigError extends Error {}

export const DEFAULT_CLOSE_API_URL = "https://api.close.com/api/v1";
/** What a session secret must have at least: iron's minimum for a password. */
export const MIN_SESSION_SECRET_LENGTH = 32;

export function readConfig(env: Record<string, string | undefined>): Config {
  const setting = (name: string) => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };
  const closeApiKey = setting("CLOSE_API_KEY");
  const team = teamSettings(setting);
  if (closeApiKey && team) {
    throw new ConfigError(
      "Set CLOSE_API_KEY (one key for everyone) or CLOSE_OAUTH_CLIENT_ID and CLOSE_OAUTH_CLIENT_SECRET (each person signs in with Close), not both.",
    );
  }
  const demoTeamMode = setting("DEMO_TEAM_MODE") === "1";
  if (demoTeamMode && (closeApiKey || team)) {
    throw new ConfigError(
      "DEMO_TEAM_MODE=1 runs demo mode against the stand-in: unset CLOSE_API_KEY and the CLOSE_OAUTH_ settings, or unset DEMO_TEAM_MODE.",
    );
  }
  const secrets = setting("SESSION_SECRET");
  const publicUrl = setting("PUBLIC_URL");
  const demoTeam = demoTeamMode
    ? {
        sessionSecrets: secrets === undefined ? undefined : sessionSecrets(secrets),
        publicUrl: publicUrl === undefined ? undefined : originOnly("PUBLIC_URL", publicUrl),
      }
    : undefined;
  return {
    closeApiKey,
    closeApiUrl: httpUrl("CLOSE_API_URL", setting("CLOSE_API_URL") ?? DEFAULT_CLOSE_API_URL),
    port: wholeNumber("PORT", setting("PORT") ?? "3000", 1, 65535),
    host: setting("HOST") ?? "127.0.0.1",
    allowedOrigins: origins("ALLOWED_ORIGINS", setting("ALLOWED_ORIGINS")),
    embedOrigins: origins("EMBED_ORIGINS", setting("EMBED_ORIGINS")),
    defaultPhoneCountry: country(setting("DEFAULT_PHONE_COUNTRY") ?? DEFAULT_PHONE_COUNTRY),
    upstreamTimeoutMs: wholeNumber(
      "UPSTREAM_TIMEOUT_MS",
      setting("UPSTREAM_TIMEOUT_MS") ?? "15000",
      1,
      600_000,
    ),
    team,
    demoTeam,
  };
}

/** Team mode's settings, all or none (none: key or demo mode); a partial set stops start-up. */
function teamSettings(setting: (name: string) => string | undefined): TeamSettings | undefined {
  const clientId = setting("CLOSE_OAUTH_CLIENT_ID");
  const clientSecret = setting("CLOSE_OAUTH_CLIENT_SECRET");
  if (!clientId && !clientSecret) return undefined;
  const secrets = setting("SESSION_SECRET");
  const publicUrl = setting("PUBLIC_URL");
  const missing = Object.entries({
    CLOSE_OAUTH_CLIENT_ID: clientId,
    CLOSE_OAUTH_CLIENT_SECRET: clientSecret,
    SESSION_SECRET: secrets,
    PUBLIC_URL: publicUrl,
  })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (!clientId || !clientSecret || !secrets || !publicUrl) {
    throw new ConfigError(`Team mode needs ${missing.join(" and ")} set too.`);
  }
  const oauthUrl = setting("CLOSE_OAUTH_URL");
  return {
    clientId,
    clientSecret,
    oauthUrl:
      oauthUrl === undefined
        ? undefined
        : tlsUnlessLocal(
            "CLOSE_OAUTH_URL",
            httpUrl("CLOSE_OAUTH_URL", oauthUrl, "http://127.0.0.1:4010/oauth2"),
          ),
    sessionSecrets: sessionSecrets(secrets),
    publicUrl: tlsUnlessLocal("PUBLIC_URL", originOnly("PUBLIC_URL", publicUrl)),
  };
}

/**
 * Team mode sends the client secret and tokens, and Secure cookies: https, but for this
 * machine's own names (where the stand-in and tests run).
 */
function tlsUnlessLocal(name: string, value: string): string {
  const url = new URL(value);
  const local = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !local) {
    throw new ConfigError(`${name} must be an https:// address in team mode, not "${value}".`);
  }
  return value;
}

/** Comma-separated secrets; a message names a short one by its place, never by its value. */
export function sessionSecrets(value: string): string[] {
  const secrets = value.split(",").map((secret) => secret.trim());
  secrets.forEach((secret, index) => {
    if (secret.length < MIN_SESSION_SECRET_LENGTH) {
      throw new ConfigError(
        `SESSION_SECRET takes comma-separated secrets of at least ${MIN_SESSION_SECRET_LENGTH} characters (the first seals sessions); secret ${index + 1} has ${secret.length}.`,
      );
    }
  });
  return secrets;
}

function originOnly(name: string, value: string): string {
  const url = webUrl(value);
  if (!url || value.replace(/\/$/, "") !== url.origin) {
    throw new ConfigError(
      `${name} must be the address people open the app at, such as https://contacts.example.com (scheme, host, port; no path), not "${value}".`,
    );
  }
  return url.origin;
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

function httpUrl(name: string, value: string, example = DEFAULT_CLOSE_API_URL): string {
  if (webUrl(value) === null) {
    throw new ConfigError(`${name} must be an http(s) URL such as ${example}, not "${value}".`);
  }
  return value.replace(/\/+$/, "");
}

/** A list of origins, separated by commas or spaces, each like `https://dashboard.example.com`. */
function origins(name: string, value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const url = webUrl(entry);
      if (!url || entry.replace(/\/$/, "") !== url.origin) {
        throw new ConfigError(
          `${name} takes origins like https://dashboard.example.com (scheme, host, port; no path), not "${entry}".`,
        );
      }
      return url.origin;
    });
}

function country(value: string): string {
  const code = value.toUpperCase();
  if (!isSupportedCountry(code)) {
    throw new ConfigError(
      `DEFAULT_PHONE_COUNTRY must be a two-letter country code such as US or GB, not "${value}".`,
    );
  }
  return code;
}

const LOOPBACK_OR_ANY = new Set(["127.0.0.1", "localhost", "::1", "0.0.0.0", "::"]);

/**
 * The origins the app is served from on this host and port: its pages' Origin, and the only
 * names /api answers to. Listening on loopback (or everywhere), that includes the usual local
 * names; any other name it is reached by goes in ALLOWED_ORIGINS.
 */
export function ownOrigins(host: string, port: number): string[] {
  const name = (h: string) => (h.includes(":") ? `[${h}]` : h);
  const hosts = LOOPBACK_OR_ANY.has(host) ? ["127.0.0.1", "localhost", "::1"] : [host];
  // As a browser writes them: lower case, and no port where it is http's own.
  return [...new Set(hosts.map((h) => new URL(`http://${name(h)}:${port}`).origin))];
}
