import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EMAIL_TYPES, PHONE_TYPES } from "../../shared/close/contact-types";
import type { CustomField } from "../../shared/close/custom-field";
import { createStandIn } from "./app";
import { CONTACT_FIELD_SCHEMA, DEMO_API_KEY, LEADS, USER_IDS } from "./fixtures";

/**
 * The stand-in's contract with Close: every valid create request is answered 200 with a body
 * that Close's own `Contact` schema accepts, and every invalid one 400 in Close's error shape.
 */

const RUNS = 250;
/** Room for fast-check to shrink a failure to its smallest case. */
const PROPERTY_TIMEOUT = { timeout: 60_000 };
const schemaFile = new URL("./contract/close-contact.openapi.yaml", import.meta.url);
const openapi = parse(readFileSync(schemaFile, "utf8")) as { components: { schemas: object } };
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: { schemas: openapi.components.schemas } }, "openapi");
const validateContact = ajv.compile({ $ref: "openapi#/components/schemas/Contact" });

const fake = createStandIn();
const AUTH = `Basic ${Buffer.from(`${DEMO_API_KEY}:`).toString("base64")}`;

async function postText(text: string): Promise<{ status: number; body: unknown }> {
  const response = await fake.app.request("/api/v1/contact/", {
    method: "POST",
    headers: { Authorization: AUTH, "Content-Type": "application/json" },
    body: text,
  });
  return { status: response.status, body: await response.json() };
}

// ——— valid requests ———

/** Numbers Close can read, in several countries and ways of writing them. */
const VALID_PHONES = [
  "9045551234",
  "(904) 555-1234",
  "904.555.1234",
  "+1 212 555 0100 ext. 12",
  "1-800-555-0199",
  "+19045551234",
  "+44 20 7946 0958",
  "+442079460958",
  "+33 1 23 45 67 89",
  "+49 30 901820",
  "+81 3-1234-5678",
  "+61 2 9374 4000",
  "+55 11 91234-5678",
  "+91 98765 43210",
  "+34 912 34 56 78",
  "+39 06 1234 5678",
  "+52 55 1234 5678",
  "+27 21 123 4567",
  "+353 1 234 5678",
  "+7 495 123-45-67",
];

/** Absent, null, or a value: the three ways Close reads an optional field. */
const optional = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });

/** Any characters, astral ones included (no lone surrogates), up to Close's 1000. */
const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 1000, size: "max" }),
  fc.string({ unit: "binary", minLength: 990, maxLength: 1000 }),
);
/** A valid address Close takes (at most 254 characters), sometimes with whitespace around it. */
const email = fc
  .tuple(
    fc.constantFrom("", " ", "\t", "\n "),
    fc.emailAddress().filter((address) => address.length <= 254),
    fc.constantFrom("", " ", "\r\n"),
  )
  .map(([before, address, after]) => `${before}${address}${after}`);

const emailItem = fc.record(
  { email, type: fc.constantFrom(...EMAIL_TYPES) },
  { requiredKeys: ["email"] },
);
const phoneItem = fc.record(
  { phone: fc.constantFrom(...VALID_PHONES), type: fc.constantFrom(...PHONE_TYPES) },
  { requiredKeys: ["phone"] },
);
const urlItem = fc.record(
  { url: fc.webUrl({ validSchemes: ["http", "https"] }), type: fc.constant("url") },
  { requiredKeys: ["url"] },
);

const dates = fc.date({
  min: new Date("1900-01-01T00:00:00Z"),
  max: new Date("2099-12-31T23:59:59Z"),
  noInvalidDate: true,
});

/** A contact the store holds, for fields of type `contact`. */
const referrer = await postText(JSON.stringify({ name: "Referrer" }));
const REFERRER_ID = (referrer.body as { id: string }).id;

function validCustomValue(field: CustomField): fc.Arbitrary<unknown> {
  const choices = field.choices ?? [];
  switch (field.type) {
    case "number":
      return fc.oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer().map(String),
      );
    case "date":
      return dates.map((date) => date.toISOString().slice(0, 10));
    case "datetime":
      return fc.oneof(
        dates.map((date) => date.toISOString()),
        dates.map((date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00")),
      );
    case "choices":
      return field.accepts_multiple_values
        ? fc.subarray([...choices])
        : fc.constantFrom(...choices);
    case "user":
      return fc.constantFrom(...USER_IDS);
    case "contact":
      return fc.constant(REFERRER_ID);
    default:
      return fc.string({ unit: "grapheme", maxLength: 200 });
  }
}

/** A value for any, some or none of the fixture's custom fields; null clears a field. */
const customValues = fc.record(
  Object.fromEntries(
    CONTACT_FIELD_SCHEMA.map((field) => [`custom.${field.id}`, optional(validCustomValue(field))]),
  ),
  { requiredKeys: [] },
);

const validRequest = fc
  .tuple(
    fc.record(
      {
        name: optional(text),
        title: optional(text),
        lead_id: optional(fc.constantFrom(...LEADS.map((lead) => lead.id))),
        timezone: optional(
          fc.constantFrom("America/New_York", "Europe/Paris", "UTC", "Asia/Tokyo"),
        ),
        emails: fc.array(emailItem, { maxLength: 5 }),
        phones: fc.array(phoneItem, { maxLength: 5 }),
        urls: fc.array(urlItem, { maxLength: 5 }),
      },
      { requiredKeys: [] },
    ),
    customValues,
  )
  .map(([known, custom]) => ({ ...known, ...custom }) as Record<string, unknown>);

// ——— invalid requests: a valid one, mutated ———

const LISTS = ["emails", "phones", "urls"] as const;
type ListKey = (typeof LISTS)[number];
const LIST_KEYS: readonly string[] = LISTS;
const KNOWN_KEYS = ["name", "title", "lead_id", "timezone", "created_by", "date_created"];

type Mutation =
  /** Sets a top-level key to a value Close refuses there. */
  | { kind: "set"; key: string; value: unknown }
  /** Adds an item Close refuses to one of the lists. */
  | { kind: "item"; list: ListKey; item: unknown }
  /** Sends a body that is not a JSON object at all. */
  | { kind: "raw"; text: string };

const FIELD_NAMES = CONTACT_FIELD_SCHEMA.flatMap((field) => [field.id, field.name]);

const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const set = (key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({ kind: fc.constant("set" as const), key, value });
const item = (list: ListKey, value: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.record({ kind: fc.constant("item" as const), list: fc.constant(list), item: value });

const tooLong = fc.string({ minLength: 1001, maxLength: 1200 });
/** Addresses Close's validator refuses (cleancat's Email, see shared/close/email.ts). */
const badEmail = fc.oneof(
  fc.string().filter((s) => !s.includes("@")),
  fc.constantFrom("", "   ", "@example.com", "ann@", "ann@example", "ann@.com"),
  fc.constantFrom("<ann@example.com>", "ann@example.c", "ann@example.123", "ann@example.com."),
);
const badPhone = fc.constantFrom(
  "12",
  "123",
  "abc",
  "call me",
  "+1 555",
  "+999 1234",
  "++1 904 555 1234",
  "0",
);
const badUrl = fc.oneof(
  fc.constantFrom("not a url", "example.com", "ftp://example.com/", "mailto:ann@example.com"),
  fc.constantFrom("javascript:alert(1)", "http://", "//example.com/path", "https//example.com"),
);
const notOneOf = (allowed: readonly string[]) => fc.string().filter((s) => !allowed.includes(s));
/** Keys Close does not know, including names that plain JS objects inherit. */
const unknownKey = fc.oneof(
  fc.constantFrom("constructor", "toString", "hasOwnProperty", "__proto__", "nickname", "Name"),
  fc
    .string({ minLength: 1 })
    .filter(
      (key) => !KNOWN_KEYS.includes(key) && !LIST_KEYS.includes(key) && !key.startsWith("custom."),
    ),
);
const unknownFieldRef = fc
  .oneof(fc.stringMatching(/^cf_[0-9A-Za-z]{43}$/), fc.string({ minLength: 1 }))
  .filter((ref) => !FIELD_NAMES.includes(ref));

/** A value of the wrong kind for a single-value field of this type. */
function wrongScalar(field: CustomField): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "number":
      return fc.oneof(
        fc.boolean(),
        fc.string().filter((s) => s.trim() === "" || !Number.isFinite(Number(s))),
      );
    case "date":
      return fc.oneof(
        fc.integer(),
        fc.constantFrom("15/01/2024", "2024-13-01", "2024-1-5", "today", "2024-01-15T10:00:00Z"),
      );
    case "datetime":
      return fc.oneof(
        fc.boolean(),
        fc.constantFrom("yesterday", "2024-01-15 25:00", "15/01/2024 10:00", "2024-01-15T10"),
      );
    case "choices":
      return notOneOf(field.choices ?? []);
    case "user":
      return fc.oneof(
        fc.constant("user_nobody"),
        fc.string().filter((s) => !USER_IDS.includes(s)),
      );
    case "contact":
      return fc.constantFrom("cont_nobody", "", "Referrer");
    default:
      return fc.oneof(fc.integer(), fc.boolean());
  }
}

/** A value Close refuses for this field: an object, a list for one value, a wrong kind. */
function badCustomValue(field: CustomField): fc.Arbitrary<unknown> {
  const anObject = fc.dictionary(fc.string(), fc.string(), { minKeys: 1, maxKeys: 3 });
  const choices = field.choices ?? [];
  if (field.accepts_multiple_values) {
    return fc.oneof(
      anObject,
      fc.constantFrom(...choices),
      fc.array(notOneOf(choices), { minLength: 1, maxLength: 3 }),
    );
  }
  return fc.oneof(
    anObject,
    fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    wrongScalar(field),
  );
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  set(fc.constantFrom("name", "title", "lead_id", "timezone"), notAString),
  set(fc.constantFrom("name", "title"), tooLong),
  set(
    fc.constantFrom(...LIST_KEYS),
    fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.string())),
  ),
  set(fc.constant("emails"), fc.array(emailItem, { minLength: 101, maxLength: 110 })),
  set(fc.constant("phones"), fc.array(phoneItem, { minLength: 101, maxLength: 110 })),
  set(fc.constant("urls"), fc.array(urlItem, { minLength: 101, maxLength: 110 })),
  set(fc.constant("lead_id"), fc.oneof(fc.constant("lead_nobody"), fc.string())),
  set(fc.constant("timezone"), fc.constantFrom("Mars/Olympus_Mons", "", "GMT+25")),
  set(unknownKey, fc.jsonValue()),
  set(
    unknownFieldRef.map((ref) => `custom.${ref}`),
    fc.string(),
  ),
  fc
    .constantFrom(...CONTACT_FIELD_SCHEMA)
    .chain((field) => set(fc.constant(`custom.${field.id}`), badCustomValue(field))),
  item(
    "emails",
    fc.oneof(
      badEmail.map((email) => ({ email })),
      fc.constant({ type: "office" }),
    ),
  ),
  item(
    "emails",
    notOneOf(EMAIL_TYPES).map((type) => ({ email: "ann@example.com", type })),
  ),
  item(
    "phones",
    fc.oneof(
      badPhone.map((phone) => ({ phone })),
      fc.constant({ phone: 9045551234 }),
    ),
  ),
  item(
    "phones",
    notOneOf(PHONE_TYPES).map((type) => ({ phone: "9045551234", type })),
  ),
  item(
    "urls",
    fc.oneof(
      badUrl.map((url) => ({ url })),
      fc.constant({ type: "url" }),
    ),
  ),
  item(
    "urls",
    notOneOf(["url"]).map((type) => ({ url: "https://example.com/", type })),
  ),
  fc.constantFrom(...LISTS).chain((list) => item(list, fc.oneof(notAString, fc.constant(null)))),
  fc.record({
    kind: fc.constant("raw" as const),
    text: fc.oneof(
      fc
        .oneof(
          fc.array(fc.jsonValue()),
          fc.string(),
          fc.double({ noNaN: true }),
          fc.boolean(),
          fc.constant(null),
        )
        .map((value) => JSON.stringify(value) ?? "null"),
      fc.constantFrom("", "{", '{"name": "Ann"', "{'name': 'Ann'}", "name=Ann", "nul", "[1,"),
    ),
  }),
);

function applyMutation(valid: Record<string, unknown>, change: Mutation): string {
  switch (change.kind) {
    case "raw":
      return change.text;
    case "set":
      return JSON.stringify({ ...valid, [change.key]: change.value });
    case "item": {
      const list = Array.isArray(valid[change.list]) ? (valid[change.list] as unknown[]) : [];
      return JSON.stringify({ ...valid, [change.list]: [...list, change.item] });
    }
  }
}

describe("contract with Close's POST /contact/", () => {
  it("loads Close's Contact schema, and the contact that contact fields refer to", () => {
    expect(referrer.status).toBe(200);
    expect(Object.keys(openapi.components.schemas)).toEqual(
      expect.arrayContaining(["Contact", "ContactEmail", "ContactPhone", "StatusReason"]),
    );
    expect(validateContact({})).toBe(false);
  });

  it(
    "answers every valid request 200 with a body Close's Contact schema accepts",
    PROPERTY_TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(validRequest, async (request) => {
          const { status, body } = await postText(JSON.stringify(request));
          expect(status, JSON.stringify(body)).toBe(200);
          const valid = validateContact(body);
          expect(valid, ajv.errorsText(validateContact.errors, { separator: "\n" })).toBe(true);

          // Beyond the schema: the request's own data comes back.
          const contact = body as Record<string, unknown> & {
            phones: { phone_formatted: string }[];
          };
          const emails = (request.emails ?? []) as { email: string }[];
          expect(contact.name).toBe(request.name ?? null);
          expect(contact.display_name).toBe(
            request.name || emails[0]?.email.trim() || contact.phones[0]?.phone_formatted || "",
          );
          expect(contact.emails).toHaveLength(emails.length);
          expect(contact.phones).toHaveLength(
            (request.phones as unknown[] | undefined)?.length ?? 0,
          );
          expect(contact.urls).toHaveLength((request.urls as unknown[] | undefined)?.length ?? 0);
          if (request.lead_id) expect(contact.lead_id).toBe(request.lead_id);
          for (const [key, value] of Object.entries(request)) {
            if (key.startsWith("custom.") && value !== null) expect(contact).toHaveProperty([key]);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );

  it(
    "answers every invalid request 400 in Close's error shape, never 500",
    PROPERTY_TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(validRequest, mutation, async (valid, change) => {
          const { status, body } = await postText(applyMutation(valid, change));
          expect(status, JSON.stringify(body)).toBe(400);
          const { errors, "field-errors": fieldErrors } = body as Record<string, unknown>;
          expect(Array.isArray(errors)).toBe(true);
          expect(fieldErrors).toBeTypeOf("object");
          expect(fieldErrors).not.toBeNull();
          expect(Array.isArray(fieldErrors)).toBe(false);

          // The error says what is wrong, and where.
          if (change.kind === "raw") {
            expect(body).toEqual({
              errors: ["Invalid request: JSON dictionary expected."],
              "field-errors": {},
            });
          } else {
            const place = change.kind === "set" ? change.key : change.list;
            // A lead_id of the wrong type is refused under its own key; one that names no lead
            // under `lead`, as in Close's recorded answers.
            const places = place === "lead_id" ? ["lead_id", "lead"] : [place];
            expect(places).toContain(Object.keys(fieldErrors as object)[0]);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );
});
