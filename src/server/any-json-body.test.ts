import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkContactCreate } from "../shared/close/contact-create";
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from "../shared/close/contact-limits";
import { EMAIL_TYPES, PHONE_TYPES, URL_TYPES } from "../shared/close/contact-types";
import { createApp, MAX_BODY_BYTES } from "./app";
import { createStandIn } from "./fake-close/app";
import { CONTACT_FIELD_SCHEMA, DEMO_API_KEY, LEADS, USER_IDS } from "./fake-close/fixtures";
import { recordingUpstream } from "./test-support/recording-upstream";

/**
 * Any JSON body to POST /api/contact/ gets 200 or Close's 400 from our server, never a 5xx, and
 * reaches Close (here the stand-in, in process) exactly when it has Close's CreateContact shape.
 */

const RUNS = 400;
const OWN = "http://localhost";
const STAND_IN = "http://stand-in.test/api/v1";

/** Our server in front of the stand-in; `forwarded` holds every call that reached it. */
function setup() {
  const standIn = createStandIn();
  const { send, calls: forwarded } = recordingUpstream(({ url }, init) => {
    if (!url.href.startsWith(`${STAND_IN}/`)) throw new Error(`Not the stand-in: ${url.href}`);
    // The stand-in serves the same /api/v1 paths on any host.
    return standIn.app.request(`${url.pathname}${url.search}`, init);
  });
  const app = createApp({
    mode: "demo",
    upstream: { url: STAND_IN, apiKey: DEMO_API_KEY, timeoutMs: 30_000, send },
    ownOrigins: [OWN],
    allowedOrigins: [],
    embedOrigins: [],
    defaultPhoneCountry: "US",
    log: () => {},
  });
  return { app, standIn, forwarded };
}

/** Anything JSON can say, small: what a wrong value looks like. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, "", 0, true, [], {}),
);
/** `right` most of the time; else, one time in `odds`, any value at all. */
const sometimesWrong = <T>(right: fc.Arbitrary<T>, odds = 20) =>
  fc.oneof({ weight: odds - 1, arbitrary: right }, { weight: 1, arbitrary: anyValue });

/** Text around Close's limit, in any script, or none. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 980, maxLength: 1000 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: MAX_TEXT_LENGTH - 2, max: MAX_TEXT_LENGTH + 2 })
      .map((length) => "x".repeat(length)),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

/**
 * An email, phone or URL item: its first field present (Close requires email and url), the
 * others present or not; with `odds`, one value in `odds` of a wrong kind.
 */
const item = (fields: Record<string, fc.Arbitrary<unknown>>, odds?: number) =>
  fc.record(
    Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        key,
        odds === undefined ? value : sometimesWrong(value, odds),
      ]),
    ),
    { requiredKeys: Object.keys(fields).slice(0, 1) },
  );

/** A few items, sometimes one of a wrong kind; or about Close's limit of right ones; or null. */
const list = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(sometimesWrong(item(fields, 40), 20), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.array(item(fields), {
        minLength: MAX_LIST_ITEMS - 2,
        maxLength: MAX_LIST_ITEMS + 2,
      }),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  );

/** What Close accepts, nine times in ten; else a value of the right type that it refuses. */
const mostly = <T>(accepted: fc.Arbitrary<T>, refused: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 9, arbitrary: accepted }, { weight: 1, arbitrary: refused });

const emailFields = {
  email: mostly(
    fc.oneof(fc.emailAddress(), fc.constant(" ann@example.com ")),
    fc.constantFrom("ann", "ann@", "@example.com", ""),
  ),
  type: mostly(fc.constantFrom(...EMAIL_TYPES), fc.constantFrom("work", "")),
};
const phoneFields = {
  phone: mostly(
    fc.constantFrom("+1 415-555-0100", "4155550100", "+44 20 7946 0958"),
    fc.constantFrom("12", "call me", ""),
  ),
  type: mostly(fc.constantFrom(...PHONE_TYPES), fc.constant("pager")),
};
const urlFields = {
  url: mostly(
    fc.constantFrom("https://example.com/a", "http://acme.test/"),
    fc.constantFrom("javascript:alert(1)", "example.com", "ftp://x/"),
  ),
  type: mostly(fc.constantFrom(...URL_TYPES), fc.constant("website")),
};

/** `custom.<field>` keys: the stand-in's fields by id or name, or fields that do not exist. */
const customKey = fc.oneof(
  fc.constantFrom(...CONTACT_FIELD_SCHEMA.flatMap((field) => [field.id, field.name])),
  fc.string({ maxLength: 20 }).map((id) => `cf_${id}`),
);
/** Values that fit some field, or no field, or are of no kind a custom field takes. */
const customValue = sometimesWrong(
  fc.oneof(
    fc.constantFrom(
      ...CONTACT_FIELD_SCHEMA.flatMap((field) => field.choices ?? []),
      ...USER_IDS,
      "2024-02-29",
      "2024-02-30",
      "2024-01-15T09:30:00Z",
      "12.5",
      null,
    ),
    fc.array(fc.constantFrom("Calling", "SMS", "Fax"), { maxLength: 3 }),
    fc.double(),
    fc.string({ unit: "grapheme" }),
  ),
  8,
);

const isoDate = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
  .map((date) => date.toISOString());
const notQuiteIsoDate = fc.constantFrom("2024-02-30T10:00:00Z", "2024-01-15 09:30", "today");

/** A contact body as a client might send it: known keys with right or wrong values. */
const nearlyValidContact = fc
  .tuple(
    fc.record(
      {
        name: sometimesWrong(text),
        title: sometimesWrong(text),
        lead_id: sometimesWrong(
          mostly(fc.constantFrom(...LEADS.map((lead) => lead.id)), fc.constant("lead_nobody")),
        ),
        timezone: sometimesWrong(
          mostly(fc.constantFrom("Europe/Paris", "UTC"), fc.constant("Mars/Olympus_Mons")),
        ),
        created_by: sometimesWrong(fc.constantFrom(...USER_IDS, "user_nobody")),
        date_created: sometimesWrong(mostly(isoDate, notQuiteIsoDate)),
        emails: sometimesWrong(list(emailFields)),
        phones: sometimesWrong(list(phoneFields)),
        urls: sometimesWrong(list(urlFields)),
      },
      { requiredKeys: [] },
    ),
    fc.oneof(
      { weight: 2, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.dictionary(
          customKey.map((key) => `custom.${key}`),
          customValue,
          { minKeys: 1, maxKeys: 3 },
        ),
      },
    ),
    fc.oneof(
      { weight: 9, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.dictionary(fc.string(), anyValue, { minKeys: 1, maxKeys: 2 }) },
    ),
  )
  .map(([known, custom, unknown]) => ({ ...known, ...custom, ...unknown }));

/** A body about the size limit: below it a name too long for Close, above it too large for us. */
const aboutTheSizeLimit = fc
  .integer({ min: MAX_BODY_BYTES - 40, max: MAX_BODY_BYTES + 40 })
  .map((bytes) => ({ name: "a".repeat(bytes - 11) }));

const anyBody = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue() },
  { weight: 2, arbitrary: fc.object() },
  {
    weight: 1,
    arbitrary: fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 100, maxLength: 400 }),
  },
  { weight: 10, arbitrary: nearlyValidContact },
  { weight: 1, arbitrary: aboutTheSizeLimit },
);

function expectCloseErrorBody(body: unknown) {
  expect(body).toEqual({ errors: expect.any(Array), "field-errors": expect.any(Object) });
  const fieldErrors = (body as { "field-errors": unknown })["field-errors"];
  expect(Array.isArray(fieldErrors)).toBe(false);
}

describe("any JSON body to POST /api/contact/", () => {
  it("gets 200 or Close's 400, never a 5xx, and reaches Close exactly when it is well shaped", async () => {
    const { app, standIn, forwarded } = setup();
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(anyBody, async (value) => {
        // What our server sees is the JSON text: undefined dropped, -0 as 0, NaN as null.
        const body = JSON.stringify(value);
        const before = forwarded.length;
        const response = await app.request("/api/contact/", {
          method: "POST",
          headers: { Origin: OWN, "Content-Type": "application/json" },
          body,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

        const tooLarge = Buffer.byteLength(body) > MAX_BODY_BYTES;
        const wellShaped = !tooLarge && checkContactCreate(JSON.parse(body)).ok;
        expect(response.status).toBeOneOf(tooLarge ? [413] : [200, 400]);
        const answer: unknown = await response.json();
        if (response.status === 400) expectCloseErrorBody(answer);
        if (response.status === 200) {
          expect(answer).toMatchObject({ id: expect.stringMatching(/^cont_/) });
        }
        expect(forwarded.slice(before).map((call) => call.body)).toEqual(wellShaped ? [body] : []);
      }),
      { numRuns: RUNS },
    );

    // Both sides were exercised, and each 200 is one contact in the stand-in.
    const seen = `statuses: ${JSON.stringify([...statuses])}`;
    expect(forwarded.length, seen).toBeGreaterThanOrEqual(RUNS / 10);
    expect(RUNS - forwarded.length, seen).toBeGreaterThanOrEqual(RUNS / 10);
    expect(statuses.get(200) ?? 0, seen).toBeGreaterThanOrEqual(RUNS / 80);
    expect(standIn.store.contacts.size).toBe(statuses.get(200) ?? 0);
  });
});
