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
}

/** A setting that stops start-up; its message is one line a person can act on. */
export class ConfigError extends Error {}

export const DEFAULT_CLOSE_API_URL = "https://api.close.com/api/v1";

export function readConfig(env: Record<string, string | undefined>): Config {
  const setting = (name: string) => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };
  return {
    closeApiKey: setting("CLOSE_API_KEY"),
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
  };
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

function httpUrl(name: string, value: string): string {
  if (webUrl(value) === null) {
    throw new ConfigError(
      `${name} must be an http(s) URL such as ${DEFAULT_CLOSE_API_URL}, not "${value}".`,
    );
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
