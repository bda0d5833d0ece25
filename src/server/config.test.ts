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
