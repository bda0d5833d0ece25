import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_CLOSE_API_URL, ownOrigins, readConfig } from "./config";

describe("readConfig", () => {
  it("has the documented defaults, in demo mode without a key", () => {
    expect(readConfig({})).toEqual({
      closeApiKey: undefined,
      closeApiUrl: DEFAULT_CLOSE_API_URL,
      port: 3000,
      host: "127.0.0.1",
      allowedOrigins: [],
      embedOrigins: [],
      defaultPhoneCountry: "US",
      upstreamTimeoutMs: 15000,
      team: undefined,
      demoTeam: undefined,
    });
  });

  it("reads every setting", () => {
    const config = readConfig({
      CLOSE_API_KEY: " api_live_key ",
      CLOSE_API_URL: "http://127.0.0.1:4010/api/v1/",
      PORT: "8080",
      HOST: "0.0.0.0",
      ALLOWED_ORIGINS: "https://a.example.com, http://localhost:5173/",
      EMBED_ORIGINS: "https://dash.example.com https://ops.example.com:8443",
      DEFAULT_PHONE_COUNTRY: "gb",
      UPSTREAM_TIMEOUT_MS: "2500",
    });
    expect(config).toEqual({
      closeApiKey: "api_live_key",
      closeApiUrl: "http://127.0.0.1:4010/api/v1",
      port: 8080,
      host: "0.0.0.0",
      allowedOrigins: ["https://a.example.com", "http://localhost:5173"],
      embedOrigins: ["https://dash.example.com", "https://ops.example.com:8443"],
      defaultPhoneCountry: "GB",
      upstreamTimeoutMs: 2500,
      team: undefined,
      demoTeam: undefined,
    });
  });

  it("treats an empty key as no key", () => {
    expect(readConfig({ CLOSE_API_KEY: "" }).closeApiKey).toBeUndefined();
  });

  it.each([
    [{ PORT: "abc" }, 'PORT must be a whole number from 1 to 65535, not "abc".'],
    [{ PORT: "70000" }, 'PORT must be a whole number from 1 to 65535, not "70000".'],
    [{ PORT: "0" }, 'PORT must be a whole number from 1 to 65535, not "0".'],
    [
      { UPSTREAM_TIMEOUT_MS: "1.5" },
      'UPSTREAM_TIMEOUT_MS must be a whole number from 1 to 600000, not "1.5".',
    ],
    [
      { CLOSE_API_URL: "ftp://close.example" },
      `CLOSE_API_URL must be an http(s) URL such as ${DEFAULT_CLOSE_API_URL}, not "ftp://close.example".`,
    ],
    [
      { CLOSE_API_URL: "api.close.com" },
      `CLOSE_API_URL must be an http(s) URL such as ${DEFAULT_CLOSE_API_URL}, not "api.close.com".`,
    ],
    [
      { ALLOWED_ORIGINS: "https://a.example.com/path" },
      'ALLOWED_ORIGINS takes origins like https://dashboard.example.com (scheme, host, port; no path), not "https://a.example.com/path".',
    ],
    [
      { EMBED_ORIGINS: "*" },
      'EMBED_ORIGINS takes origins like https://dashboard.example.com (scheme, host, port; no path), not "*".',
    ],
    [
      { DEFAULT_PHONE_COUNTRY: "XX" },
      'DEFAULT_PHONE_COUNTRY must be a two-letter country code such as US or GB, not "XX".',
    ],
  ])("refuses %o with one line", (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });

  it("never puts the key in a message", () => {
    const key = "api_secret_DoNotShow";
    expect(() => readConfig({ CLOSE_API_KEY: key, PORT: "x" })).toThrow(/^(?!.*DoNotShow)/);
  });
});

describe("team mode settings", () => {
  const SECRET = "s".repeat(32);
  const TEAM = {
    CLOSE_OAUTH_CLIENT_ID: "oa2client_abc",
    CLOSE_OAUTH_CLIENT_SECRET: "client-secret-DoNotShow",
    SESSION_SECRET: `${"n".repeat(40)}, ${SECRET}`,
    PUBLIC_URL: "https://contacts.example.com/",
  };

  it("reads them, with Close's own endpoints unless told", () => {
    expect(readConfig(TEAM).team).toEqual({
      clientId: "oa2client_abc",
      clientSecret: "client-secret-DoNotShow",
      oauthUrl: undefined,
      sessionSecrets: ["n".repeat(40), SECRET],
      publicUrl: "https://contacts.example.com",
    });
    expect(
      readConfig({ ...TEAM, CLOSE_OAUTH_URL: "http://127.0.0.1:4100/oauth2/" }).team?.oauthUrl,
    ).toBe("http://127.0.0.1:4100/oauth2");
  });

  it.each([
    [
      { ...TEAM, CLOSE_API_KEY: "api_key" },
      "Set CLOSE_API_KEY (one key for everyone) or CLOSE_OAUTH_CLIENT_ID and CLOSE_OAUTH_CLIENT_SECRET (each person signs in with Close), not both.",
    ],
    [
      { CLOSE_OAUTH_CLIENT_ID: "oa2client_abc" },
      "Team mode needs CLOSE_OAUTH_CLIENT_SECRET and SESSION_SECRET and PUBLIC_URL set too.",
    ],
    [
      { ...TEAM, SESSION_SECRET: `${SECRET},short-DoNotShow` },
      "SESSION_SECRET takes comma-separated secrets of at least 32 characters (the first seals sessions); secret 2 has 15.",
    ],
    [
      { ...TEAM, PUBLIC_URL: "https://contacts.example.com/app" },
      'PUBLIC_URL must be the address people open the app at, such as https://contacts.example.com (scheme, host, port; no path), not "https://contacts.example.com/app".',
    ],
    [
      { DEMO_TEAM_MODE: "1", CLOSE_API_KEY: "api_key" },
      "DEMO_TEAM_MODE=1 runs demo mode against the stand-in: unset CLOSE_API_KEY and the CLOSE_OAUTH_ settings, or unset DEMO_TEAM_MODE.",
    ],
  ])("refuses %o with one line that shows no secret", (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });

  it("runs demo mode as team mode with DEMO_TEAM_MODE=1, its secret and address optional", () => {
    expect(readConfig({ DEMO_TEAM_MODE: "1" }).demoTeam).toEqual({
      sessionSecrets: undefined,
      publicUrl: undefined,
    });
    expect(readConfig({}).demoTeam).toBeUndefined();
  });
});

describe("ownOrigins", () => {
  it("answers to the usual local names when listening on loopback or everywhere", () => {
    const local = ["http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"];
    expect(ownOrigins("127.0.0.1", 3000)).toEqual(local);
    expect(ownOrigins("0.0.0.0", 3000)).toEqual(local);
  });

  it("answers to the host it is told otherwise", () => {
    expect(ownOrigins("contacts.internal", 8080)).toEqual(["http://contacts.internal:8080"]);
  });

  it("writes origins as a browser sends them: lower case, no port 80", () => {
    expect(ownOrigins("Contacts.Internal", 80)).toEqual(["http://contacts.internal"]);
    expect(ownOrigins("localhost", 80)).toEqual([
      "http://127.0.0.1",
      "http://localhost",
      "http://[::1]",
    ]);
  });
});
