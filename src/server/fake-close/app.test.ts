import { describe, expect, it } from "vitest";
import { contactMatchSearch } from "../contact-matches";
import { contactSearch, leadSearch } from "../name-search";
import { createStandIn, type StandInOptions } from "./app";
import { CONTACT_FIELD_SCHEMA, DEMO_API_KEY, LEADS, SHARED_CUSTOM_FIELDS } from "./fixtures";

const DEMO_USER = "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA";
const ORGANIZATION = "orga_RbREgmiiwcr1w2b4cOnCMQaQPSIFxMqAD2Dh243uxcH";
const ACME = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
const BLUTH = "lead_7hGf3kLm9NpQ2rSt4VwXy6Zb8Cd0Ef1GhIj3Kl5Mn7O";
const WAYNE = "lead_2aB4cD6eF8gH0iJ2kL4mN6oP8qR0sT2uV4wX6yZ8a0B";
const INITECH = "lead_9zY7xW5vU3tS1rQ9pO7nM5lK3jI1hG9fE7dC5bA3zY1";
const GLOBEX_US = "lead_5tGlobexUsA8kQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0z";
const GLOBEX_UK = "lead_3nGlobexUkB7jH9gF1dS3aQ5wE7rT9yU1iO3pL5kJ7h";
const fieldId = (name: string) => {
  const field = [...CONTACT_FIELD_SCHEMA, ...SHARED_CUSTOM_FIELDS].find((f) => f.name === name);
  if (!field) throw new Error(`No fixture custom field named ${name}`);
  return field.id;
};
const CF = {
  role: fieldId("Role"),
  nickname: fieldId("Nickname"),
  notes: fieldId("Notes"),
  seats: fieldId("Seats"),
  birthday: fieldId("Birthday"),
  lastDemo: fieldId("Last demo"),
  products: fieldId("Products"),
  owner: fieldId("Account owner"),
  referredBy: fieldId("Referred by"),
  region: fieldId("Region"),
};
const INDUSTRY = fieldId("Industry");
const OTHER_USER = "user_q3aM8xWk2LrT7VbN0pHcY5sJd9FgE4uZiO1wQ6nXe2K";

const CONTACT_ID = /^cont_[0-9A-Za-z]{43}$/;
const LEAD_ID = /^lead_[0-9A-Za-z]{43}$/;
const CLOSE_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/;
const NOT_AN_OBJECT = {
  errors: ["Invalid request: JSON dictionary expected."],
  "field-errors": {},
};

// biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON read by the assertions
type Json = any;

function basic(user: string, password = ""): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

/** A fresh stand-in, and calls to it that carry the demo key unless told otherwise. */
function standIn(options: StandInOptions = {}) {
  const instance = createStandIn(options);
  const call = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has("Authorization")) headers.set("Authorization", basic(DEMO_API_KEY));
    const response = await instance.app.request(`/api/v1${path}`, { ...init, headers });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Json,
    };
  };
  const postText = (text: string, query = "") =>
    call(`/contact/${query}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: text,
    });
  const control = async (path: string, body?: unknown) => {
    const init = body === undefined ? {} : { method: "POST", body: JSON.stringify(body) };
    const response = await instance.app.request(`/__control${path}`, init);
    return { status: response.status, body: (await response.json()) as Json };
  };
  return {
    instance,
    get: (path: string, init?: RequestInit) => call(path, init),
    post: (body: unknown, query = "") => postText(JSON.stringify(body), query),
    postText,
    control,
  };
}

/** Close's 400 body with only field errors. */
const fieldErrors = (errors: Record<string, unknown>) => ({ errors: [], "field-errors": errors });
/** The field error of a list whose item `index` has `message` on `field`. */
const itemError = (index: number, field: string, message: string) => ({
  errors: { [String(index)]: { errors: [], "field-errors": { [field]: message } } },
});

describe("Basic auth", () => {
  const unauthorized = { error: "The API key or access token is missing or not valid." };

  it("answers 401 without an Authorization header", async () => {
    const { instance } = standIn();
    const response = await instance.app.request("/api/v1/lead/");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(unauthorized);
  });

  it.each([
    ["a wrong key", basic("api_wrong")],
    ["the key as the password", basic("", DEMO_API_KEY)],
    ["a Bearer token", `Bearer ${DEMO_API_KEY}`],
    ["garbage", "Basic !!!"],
  ])("answers 401 for %s", async (_, authorization) => {
    const response = await standIn().get(`/lead/${ACME}/`, {
      headers: { Authorization: authorization },
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(unauthorized);
  });

  it("accepts the key as the user name with an empty password", async () => {
    const response = await standIn().get(`/lead/${ACME}/`, {
      headers: { Authorization: basic(DEMO_API_KEY, "") },
    });
    expect(response.status).toBe(200);
  });

  it("accepts only the keys it was given", async () => {
    const close = standIn({ apiKeys: ["api_other"] });
    const mine = await close.get(`/lead/${ACME}/`, {
      headers: { Authorization: basic("api_other") },
    });
    const demo = await close.get(`/lead/${ACME}/`);
    expect([mine.status, demo.status]).toEqual([200, 401]);
  });

  it("checks the key before the body", async () => {
    const { instance } = standIn();
    const response = await instance.app.request("/api/v1/contact/", { method: "POST", body: "[]" });
    expect(response.status).toBe(401);
  });
});

describe("POST /contact/ — success", () => {
  it("answers the documented example with 200 and the whole Contact", async () => {
    const response = await standIn().post({
      [`custom.${CF.role}`]: "Account Executive",
      emails: [{ email: "john@example.com", type: "office" }],
      lead_id: ACME,
      name: "John Smith",
      phones: [{ phone: "9045551234", type: "mobile" }],
      title: "President",
      urls: [{ type: "url", url: "http://twitter.com/google/" }],
    });
    expect(response.status).toBe(200);
    const { body } = response;
    expect(body).toEqual({
      id: expect.stringMatching(CONTACT_ID),
      organization_id: ORGANIZATION,
      lead_id: ACME,
      name: "John Smith",
      title: "President",
      display_name: "John Smith",
      created_by: DEMO_USER,
      updated_by: DEMO_USER,
      date_created: expect.stringMatching(CLOSE_TIMESTAMP),
      date_updated: body.date_created,
      timezone: null,
      emails: [{ email: "john@example.com", is_unsubscribed: false, type: "office" }],
      phones: [
        {
          country: "US",
          phone: "+19045551234",
          phone_formatted: "+1 904-555-1234",
          type: "mobile",
        },
      ],
      urls: [{ type: "url", url: "http://twitter.com/google/" }],
      recent_calls: [],
      subscriptions: [expect.objectContaining({ contact_email: "john@example.com" })],
      integration_links: [
        {
          name: "Search on LinkedIn",
          url: "https://www.linkedin.com/search/results/all/?keywords=John%20Smith",
        },
        { name: "Find in Google", url: "https://www.google.com/search?q=john%40example.com" },
      ],
      [`custom.${CF.role}`]: "Account Executive",
    });
  });

  it("gives each contact its own id", async () => {
    const close = standIn();
    const first = await close.post({ name: "A" });
    const second = await close.post({ name: "A" });
    expect(first.body.id).toMatch(CONTACT_ID);
    expect(second.body.id).toMatch(CONTACT_ID);
    expect(first.body.id).not.toBe(second.body.id);
  });

  it.each([
    ["the name", { name: "Ann Lee", emails: [{ email: "ann@example.com" }] }, "Ann Lee"],
    [
      "the first email without a name",
      {
        name: null,
        emails: [{ email: "first@example.com" }, { email: "second@example.com" }],
        phones: [{ phone: "9045551234" }],
      },
      "first@example.com",
    ],
    [
      "the first formatted phone without a name or email",
      { phones: [{ phone: "+44 20 7946 0958" }, { phone: "9045551234" }] },
      "+44 20 7946 0958",
    ],
    ["an empty string when nothing names the contact", { title: "CTO" }, ""],
  ])("sets display_name to %s", async (_, request, displayName) => {
    const response = await standIn().post(request);
    expect(response.status).toBe(200);
    expect(response.body.display_name).toBe(displayName);
  });

  it("formats a national phone like Close: E.164, international format, region", async () => {
    const response = await standIn().post({ phones: [{ phone: "9045551234", type: "mobile" }] });
    expect(response.body.phones).toEqual([
      { phone: "+19045551234", phone_formatted: "+1 904-555-1234", country: "US", type: "mobile" },
    ]);
  });

  it("reads a phone without + in the configured default country", async () => {
    const response = await standIn({ defaultPhoneCountry: "GB" }).post({
      phones: [{ phone: "020 7946 0958" }],
    });
    expect(response.body.phones).toEqual([
      {
        phone: "+442079460958",
        phone_formatted: "+44 20 7946 0958",
        country: "GB",
        type: "office",
      },
    ]);
  });

  it("strips the whitespace around an email and marks it subscribed", async () => {
    const response = await standIn().post({
      emails: [{ email: "  ann@example.com \n", type: "home" }],
    });
    expect(response.body.emails).toEqual([
      { email: "ann@example.com", type: "home", is_unsubscribed: false },
    ]);
  });

  it("defaults the types to office, office and url", async () => {
    const response = await standIn().post({
      emails: [{ email: "ann@example.com" }],
      phones: [{ phone: "9045551234" }],
      urls: [{ url: "https://example.com/ann" }],
    });
    expect(response.body.emails[0].type).toBe("office");
    expect(response.body.phones[0].type).toBe("office");
    expect(response.body.urls).toEqual([{ url: "https://example.com/ann", type: "url" }]);
  });

  it("echoes custom values under custom.cf_… keys, numbers as numbers", async () => {
    const response = await standIn().post({
      name: "Ann",
      [`custom.${CF.seats}`]: "42",
      [`custom.${CF.nickname}`]: "Annie",
      [`custom.${CF.notes}`]: "Line one\nLine two",
      [`custom.${CF.birthday}`]: "1990-05-17",
      [`custom.${CF.lastDemo}`]: "2024-03-01T15:30:00+00:00",
      [`custom.${CF.products}`]: ["SMS", "Reporting"],
      [`custom.${CF.owner}`]: OTHER_USER,
      [`custom.${CF.role}`]: null,
    });
    expect(response.status).toBe(200);
    const custom = Object.fromEntries(
      Object.entries(response.body).filter(([key]) => key.startsWith("custom.")),
    );
    expect(custom).toEqual({
      [`custom.${CF.seats}`]: 42,
      [`custom.${CF.nickname}`]: "Annie",
      [`custom.${CF.notes}`]: "Line one\nLine two",
      [`custom.${CF.birthday}`]: "1990-05-17",
      [`custom.${CF.lastDemo}`]: "2024-03-01T15:30:00+00:00",
      [`custom.${CF.products}`]: ["SMS", "Reporting"],
      [`custom.${CF.owner}`]: OTHER_USER,
    });
  });

  it("keeps a fractional number as sent", async () => {
    const response = await standIn().post({ [`custom.${CF.seats}`]: 7.5 });
    expect(response.body[`custom.${CF.seats}`]).toBe(7.5);
  });

  it("accepts a custom field by its name and answers it by id", async () => {
    const response = await standIn().post({ name: "Ann", "custom.Role": "CEO" });
    expect(response.status).toBe(200);
    expect(response.body[`custom.${CF.role}`]).toBe("CEO");
    expect(response.body).not.toHaveProperty(["custom.Role"]);
  });

  it("accepts an existing contact's id for a contact field", async () => {
    const close = standIn();
    const referrer = await close.post({ name: "Referrer" });
    const response = await close.post({
      name: "Ann",
      [`custom.${CF.referredBy}`]: referrer.body.id,
    });
    expect(response.status).toBe(200);
    expect(response.body[`custom.${CF.referredBy}`]).toBe(referrer.body.id);
  });

  it("creates a lead named after the contact when lead_id is absent", async () => {
    const close = standIn();
    const created = await close.post({ name: "Jane Doe", title: "CFO" });
    expect(created.body.lead_id).toMatch(LEAD_ID);
    const lead = await close.get(`/lead/${created.body.lead_id}/`);
    expect(lead.status).toBe(200);
    expect(lead.body).toMatchObject({
      id: created.body.lead_id,
      name: "Jane Doe",
      display_name: "Jane Doe",
      html_url: `https://app.close.com/lead/${created.body.lead_id}/`,
      contacts: [created.body],
    });
  });

  it.each([
    ["the first email", { emails: [{ email: "solo@example.com" }] }, "solo@example.com"],
    [
      "the formatted phone",
      { lead_id: null, phones: [{ phone: "9045551234" }] },
      "+1 904-555-1234",
    ],
    ["Untitled when nothing names the contact", { title: "Somebody" }, "Untitled"],
  ])("names the new lead %s", async (_, request, leadName) => {
    const close = standIn();
    const created = await close.post(request);
    const lead = await close.get(`/lead/${created.body.lead_id}/`);
    expect(lead.body.name).toBe(leadName);
    expect(lead.body.contacts).toEqual([created.body]);
  });

  it("adds the contact to the lead it names", async () => {
    const close = standIn();
    const created = await close.post({ name: "Gob", lead_id: BLUTH });
    expect(created.body.lead_id).toBe(BLUTH);
    const lead = await close.get(`/lead/${BLUTH}/`);
    expect(lead.body.contacts).toEqual([created.body]);
  });

  it("enrols a contact with an email in the Acme lead's sequence", async () => {
    const response = await standIn().post({
      lead_id: ACME,
      emails: [{ email: "wile@example.com" }, { email: "coyote@example.com" }],
    });
    expect(response.body.subscriptions).toEqual([
      {
        subscription_id: expect.stringMatching(/^sub_[0-9A-Za-z]{43}$/),
        sequence_id: "seq_4mQ2nR8tVbX1cZ7kLp0sHjW3dF9gY6eA5uN2oI8rT1q",
        sequence_name: "New contact welcome",
        sequence_status: "active",
        subscription_status: "active",
        subscription_status_reason: null,
        contact_email: "wile@example.com",
        initial_email_id: null,
        date_created: response.body.date_created,
        start_date: response.body.date_created,
      },
    ]);
  });

  it.each([
    ["a contact without an email in the Acme lead", { lead_id: ACME, name: "No Mail" }],
    [
      "a contact of a lead without a sequence",
      { lead_id: WAYNE, emails: [{ email: "b@wayne.com" }] },
    ],
    ["a contact of a new lead", { emails: [{ email: "new@example.com" }] }],
  ])("leaves subscriptions empty for %s", async (_, request) => {
    const response = await standIn().post(request);
    expect(response.status).toBe(200);
    expect(response.body.subscriptions).toEqual([]);
  });

  it("renders the integration links with the contact's data, and no calls", async () => {
    const response = await standIn().post({
      name: "Zoë Müller & Co",
      emails: [{ email: "z+1@ex.com" }],
    });
    expect(response.body.integration_links).toEqual([
      {
        name: "Search on LinkedIn",
        url: "https://www.linkedin.com/search/results/all/?keywords=Zo%C3%AB%20M%C3%BCller%20%26%20Co",
      },
      { name: "Find in Google", url: "https://www.google.com/search?q=z%2B1%40ex.com" },
    ]);
    expect(response.body.recent_calls).toEqual([]);
  });

  it("answers only the fields asked for with _fields", async () => {
    const response = await standIn().post(
      { name: "Ann", title: "CEO" },
      "?_fields=id,display_name",
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: expect.stringMatching(CONTACT_ID), display_name: "Ann" });
  });

  it("answers 405 for another method on /contact/", async () => {
    const response = await standIn().get("/contact/");
    expect(response.status).toBe(405);
    expect(response.body).toEqual({ error: "Method not allowed." });
  });
});

describe("POST /contact/ — 400", () => {
  it.each([
    ["an array", "[]"],
    ["a string", '"John Smith"'],
    ["a number", "42"],
    ["null", "null"],
    ["malformed JSON", '{"name": "John'],
    ["an empty body", ""],
  ])("rejects %s as not a JSON object", async (_, text) => {
    const response = await standIn().postText(text);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(NOT_AN_OBJECT);
  });

  const emails = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ email: `person${i}@example.com` }));

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      "a name over 1000 characters",
      { name: "x".repeat(1001) },
      { name: "The value must be no longer than 1000 characters." },
    ],
    [
      "a title over 1000 characters",
      { title: "é".repeat(1001) },
      { title: "The value must be no longer than 1000 characters." },
    ],
    ["a name that is not a string", { name: 5 }, { name: "Value must be of str type." }],
    [
      "emails that are not a list",
      { emails: "a@b.com" },
      { emails: "Value must be of list type." },
    ],
    ["101 emails", { emails: emails(101) }, { emails: "List is too long." }],
    [
      "101 phones",
      { phones: Array.from({ length: 101 }, () => ({ phone: "9045551234" })) },
      { phones: "List is too long." },
    ],
    [
      "an email item without email",
      { emails: [{ type: "office" }] },
      { emails: itemError(0, "email", "This field is required.") },
    ],
    [
      "an email item that is not an object",
      { emails: ["ann@example.com"] },
      {
        emails: {
          errors: { "0": { errors: ["Value must be of dict type."], "field-errors": {} } },
        },
      },
    ],
    [
      "an invalid email",
      { emails: [{ email: "ann.example.com" }] },
      { emails: itemError(0, "email", "Invalid email address.") },
    ],
    [
      "an email in angle brackets",
      { emails: [{ email: "<ann@example.com>" }] },
      { emails: itemError(0, "email", "Invalid email address.") },
    ],
    [
      "an email with two dots in a row, as Close's validator (cleancat) refuses",
      { emails: [{ email: "ann..lee@example.com" }] },
      { emails: itemError(0, "email", "Invalid email address.") },
    ],
    [
      "an email whose top-level domain is one letter",
      { emails: [{ email: "ann@example.c" }] },
      { emails: itemError(0, "email", "Invalid email address.") },
    ],
    [
      "an invalid URL",
      { urls: [{ url: "not a url" }] },
      { urls: itemError(0, "url", "Invalid URL.") },
    ],
    [
      "a URL that is not http(s)",
      { urls: [{ url: "ftp://example.com/file" }] },
      { urls: itemError(0, "url", "Invalid URL.") },
    ],
    [
      "an unparseable phone",
      { phones: [{ phone: "12" }] },
      { phones: itemError(0, "phone", "Invalid phone number.") },
    ],
    [
      "a phone of letters",
      { phones: [{ phone: "call me" }] },
      { phones: itemError(0, "phone", "Invalid phone number.") },
    ],
    [
      "a phone item without a phone",
      { phones: [{ type: "mobile" }] },
      { phones: itemError(0, "phone", "This field is required.") },
    ],
    [
      "an unknown email type",
      { emails: [{ email: "ann@example.com", type: "work" }] },
      { emails: itemError(0, "type", "Not a valid choice.") },
    ],
    [
      "an unknown phone type",
      { phones: [{ phone: "9045551234", type: "cell" }] },
      { phones: itemError(0, "type", "Not a valid choice.") },
    ],
    [
      "an unknown URL type",
      { urls: [{ url: "https://example.com", type: "website" }] },
      { urls: itemError(0, "type", "Not a valid choice.") },
    ],
    ["an unknown top-level key", { nickname: "Annie" }, { nickname: "Unknown field." }],
    [
      "an unknown custom field",
      { "custom.cf_x": "value" },
      { "custom.cf_x": 'The Custom Field "cf_x" does not exist.' },
    ],
    [
      "an object as a custom value",
      { [`custom.${CF.nickname}`]: { first: "Ann" } },
      {
        [`custom.${CF.nickname}`]:
          "Value must be a string, number, boolean, null or a list of those.",
      },
    ],
    [
      "a non-string text value",
      { [`custom.${CF.nickname}`]: 12 },
      { [`custom.${CF.nickname}`]: "Value must be of str type." },
    ],
    [
      "a non-number number value",
      { [`custom.${CF.seats}`]: "many" },
      { [`custom.${CF.seats}`]: "Value must be of number type." },
    ],
    [
      "a boolean number value",
      { [`custom.${CF.seats}`]: true },
      { [`custom.${CF.seats}`]: "Value must be of number type." },
    ],
    [
      "a date in another format",
      { [`custom.${CF.birthday}`]: "17/05/1990" },
      { [`custom.${CF.birthday}`]: "Invalid date." },
    ],
    [
      "a day that does not exist",
      { [`custom.${CF.birthday}`]: "2023-02-30" },
      { [`custom.${CF.birthday}`]: "Invalid date." },
    ],
    [
      "a datetime that is not one",
      { [`custom.${CF.lastDemo}`]: "yesterday" },
      { [`custom.${CF.lastDemo}`]: "Invalid date/time." },
    ],
    [
      "a datetime on a day that does not exist",
      { [`custom.${CF.lastDemo}`]: "2023-02-29T10:00:00+00:00" },
      { [`custom.${CF.lastDemo}`]: "Invalid date/time." },
    ],
    [
      "a choice that is not one",
      { [`custom.${CF.role}`]: "CTO" },
      { [`custom.${CF.role}`]: "Not a valid choice." },
    ],
    [
      "a list for a single-value choice",
      { [`custom.${CF.role}`]: ["CEO"] },
      { [`custom.${CF.role}`]: "Value must not be a list." },
    ],
    [
      "a string for a multi-value field",
      { [`custom.${CF.products}`]: "SMS" },
      { [`custom.${CF.products}`]: "Value must be of list type." },
    ],
    [
      "a list with a choice that is not one",
      { [`custom.${CF.products}`]: ["SMS", "Fax"] },
      { [`custom.${CF.products}`]: "Not a valid choice." },
    ],
    [
      "an unknown user id",
      { [`custom.${CF.owner}`]: "user_nobody" },
      { [`custom.${CF.owner}`]: "Object does not exist." },
    ],
    [
      "an unknown contact id",
      { [`custom.${CF.referredBy}`]: "cont_nobody" },
      { [`custom.${CF.referredBy}`]: "Object does not exist." },
    ],
    // Keyed `lead`, as in Close's recorded answers.
    ["an unknown lead_id", { lead_id: "lead_nobody" }, { lead: "Object does not exist." }],
    ["an unknown timezone", { timezone: "Mars/Olympus_Mons" }, { timezone: "Not a valid choice." }],
  ])("rejects %s", async (_, request, expected) => {
    const response = await standIn().post(request);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(fieldErrors(expected));
  });

  it("nests an item's error under its index as a string", async () => {
    const response = await standIn().post({
      emails: [{ email: "a@example.com" }, { email: "b@example.com" }, { email: "c@example" }],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [],
      "field-errors": {
        emails: {
          errors: { "2": { errors: [], "field-errors": { email: "Invalid email address." } } },
        },
      },
    });
  });

  it("reports every shape problem at once, each item under its own index", async () => {
    const response = await standIn().post({
      name: "n".repeat(1001),
      emails: [{ type: "office" }, { email: "good@example.com" }, { email: 5, type: 7 }],
      urls: "https://example.com",
    });
    expect(response.body).toEqual(
      fieldErrors({
        name: "The value must be no longer than 1000 characters.",
        emails: {
          errors: {
            "0": { errors: [], "field-errors": { email: "This field is required." } },
            "2": {
              errors: [],
              "field-errors": {
                email: "Value must be of str type.",
                type: "Value must be of str type.",
              },
            },
          },
        },
        urls: "Value must be of list type.",
      }),
    );
  });

  it("reports every value problem at once once the shape is right", async () => {
    const response = await standIn().post({
      lead_id: "lead_nobody",
      emails: [{ email: "bad" }, { email: "good@example.com" }, { email: "worse", type: "pager" }],
      phones: [{ phone: "9045551234" }, { phone: "12" }],
      "custom.cf_x": 1,
    });
    expect(response.body).toEqual(
      fieldErrors({
        lead: "Object does not exist.",
        emails: {
          errors: {
            "0": { errors: [], "field-errors": { email: "Invalid email address." } },
            "2": {
              errors: [],
              "field-errors": { email: "Invalid email address.", type: "Not a valid choice." },
            },
          },
        },
        phones: itemError(1, "phone", "Invalid phone number."),
        "custom.cf_x": 'The Custom Field "cf_x" does not exist.',
      }),
    );
  });

  it.each(["constructor", "toString", "hasOwnProperty"])(
    "names an unknown key even when it is called %s",
    async (key) => {
      const response = await standIn().post({ [key]: "x" });
      expect(response.status).toBe(400);
      expect(response.body).toEqual(fieldErrors({ [key]: "Unknown field." }));
    },
  );

  it("creates nothing when it rejects a request", async () => {
    const close = standIn();
    await close.post({ name: "Ann", emails: [{ email: "bad" }] });
    expect(close.instance.store.contacts.size).toBe(0);
    expect(close.instance.store.leads.size).toBe(LEADS.length);
  });
});

describe("GET /custom_field/contact/", () => {
  it("lists contact custom fields of every type", async () => {
    const response = await standIn().get("/custom_field/contact/");
    expect(response.status).toBe(200);
    expect(response.body.has_more).toBe(false);
    const fields: Json[] = response.body.data;
    expect(fields.map((f) => [f.name, f.type, f.accepts_multiple_values])).toEqual([
      ["Role", "choices", false],
      ["Nickname", "text", false],
      ["Notes", "textarea", false],
      ["Seats", "number", false],
      ["Birthday", "date", false],
      ["Last demo", "datetime", false],
      ["Products", "choices", true],
      ["Account owner", "user", false],
      ["Referred by", "contact", false],
    ]);
    expect(fields[0]).toEqual({
      id: CF.role,
      name: "Role",
      type: "choices",
      choices: ["Account Executive", "CEO", "Sales Rep"],
      accepts_multiple_values: false,
      description: null,
      editable_with_roles: [],
      organization_id: ORGANIZATION,
      created_by: DEMO_USER,
      updated_by: DEMO_USER,
      date_created: expect.stringMatching(CLOSE_TIMESTAMP),
      date_updated: expect.stringMatching(CLOSE_TIMESTAMP),
    });
    for (const field of fields) {
      if (field.type !== "choices") expect(field.choices).toBeNull();
    }
  });

  it("gives every field an id of Close's shape: cf_ and 43 base62 characters", async () => {
    const response = await standIn().get("/custom_field/contact/?_fields=id");
    const malformed = response.body.data
      .map((field: Json) => field.id)
      .filter((id: string) => !/^cf_[0-9A-Za-z]{43}$/.test(id));
    expect(malformed).toEqual([]);
  });

  it("pages with _limit and _skip", async () => {
    const close = standIn();
    const first = await close.get("/custom_field/contact/?_limit=4");
    const second = await close.get("/custom_field/contact/?_skip=4&_limit=4");
    const last = await close.get("/custom_field/contact/?_skip=8&_limit=4");
    expect(first.body.data.map((f: Json) => f.name)).toEqual([
      "Role",
      "Nickname",
      "Notes",
      "Seats",
    ]);
    expect(first.body.has_more).toBe(true);
    expect(second.body.data.map((f: Json) => f.name)).toEqual([
      "Birthday",
      "Last demo",
      "Products",
      "Account owner",
    ]);
    expect(second.body.has_more).toBe(true);
    expect(last.body).toEqual({
      data: [expect.objectContaining({ name: "Referred by" })],
      has_more: false,
    });
  });

  it("keeps only the _fields asked for, and the envelope", async () => {
    const response = await standIn().get("/custom_field/contact/?_fields=id,type&_limit=2");
    expect(response.body).toEqual({
      data: [
        { id: CF.role, type: "choices" },
        { id: CF.nickname, type: "text" },
      ],
      has_more: true,
    });
  });
});

describe("GET /custom_field_schema/contact/", () => {
  it("lists every field a contact can hold, regular and shared, in the organization's order", async () => {
    const response = await standIn().get("/custom_field_schema/contact/");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ object_type: "contact", organization_id: ORGANIZATION });
    const fields: Json[] = response.body.fields;
    expect(fields.map((f) => f.name)).toEqual([
      "Role",
      "Region",
      "Nickname",
      "Notes",
      "Seats",
      "Birthday",
      "Last demo",
      "Products",
      "Account owner",
      "Referred by",
    ]);
    expect(fields[1]).toMatchObject({
      id: CF.region,
      type: "choices",
      choices: ["Americas", "APAC", "EMEA"],
      associations: [
        { object_type: "lead", editable_with_roles: [], required: false },
        { object_type: "contact", editable_with_roles: [], required: false },
      ],
    });
    const malformed = fields.map((f) => f.id).filter((id) => !/^cf_[0-9A-Za-z]{43}$/.test(id));
    expect(malformed).toEqual([]);
  });

  it("leaves out a shared field associated with leads only", async () => {
    const response = await standIn().get("/custom_field_schema/contact/");
    expect(response.body.fields.map((f: Json) => f.name)).not.toContain("Industry");
  });

  it("keeps shared fields out of the regular contact field list", async () => {
    const response = await standIn().get("/custom_field/contact/");
    expect(response.body.data.map((f: Json) => f.name)).not.toContain("Region");
  });

  it("takes a value for a shared contact field, and refuses one for a lead-only field", async () => {
    const close = standIn();
    const created = await close.post({ name: "Ann", [`custom.${CF.region}`]: "EMEA" });
    expect(created.status).toBe(200);
    expect(created.body[`custom.${CF.region}`]).toBe("EMEA");
    const refused = await close.post({ name: "Ann", [`custom.${INDUSTRY}`]: "Retail" });
    expect(refused.status).toBe(400);
    expect(refused.body["field-errors"]).toEqual({
      [`custom.${INDUSTRY}`]: `The Custom Field "${INDUSTRY}" does not exist.`,
    });
  });
});

describe("POST /data/search/ for leads", () => {
  /** The query the app sends (src/server/name-search.ts), with `extra` keys set over it. */
  const byName = (text: string, extra: Record<string, unknown> = {}) => ({
    ...leadSearch(text, 10),
    ...extra,
  });
  /** The same query with another text mode, which the stand-in does not read. */
  const withMode = (mode: string) =>
    JSON.parse(JSON.stringify(byName("acme")).replace('"beginning_of_words"', `"${mode}"`));
  const search = (close: ReturnType<typeof standIn>, body: unknown) =>
    close.get("/data/search/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  it("finds leads with words beginning with each word typed, case aside", async () => {
    const close = standIn();
    const response = await search(close, byName("ACME corp"));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: [
        {
          __object_type: "lead",
          id: ACME,
          display_name: "Acme Corporation",
          status_label: "Qualified",
          url: null,
          contacts: [],
        },
      ],
      cursor: null,
    });
    const inside = await search(close, byName("corporation acm"));
    expect(inside.body.data.map((lead: Json) => lead.id)).toEqual([ACME]);
    expect((await search(close, byName("cme"))).body.data).toEqual([]);
    expect((await search(close, byName(" - "))).body.data).toEqual([]);
  });

  it("answers only the fields asked for, and the id alone without _fields", async () => {
    const close = standIn();
    const withStatus = await search(
      close,
      byName("bluth", { _fields: { lead: ["status_label"] } }),
    );
    expect(withStatus.body.data).toEqual([{ __object_type: "lead", status_label: "Potential" }]);
    const { _fields, ...bare } = byName("bluth");
    expect((await search(close, bare)).body.data).toEqual([{ __object_type: "lead", id: BLUTH }]);
    const none = await search(close, byName("bluth", { _fields: { lead: [] } }));
    expect(none.body.data).toEqual([{ __object_type: "lead" }]);
  });

  it("pages with _limit and the cursor it answers", async () => {
    const close = standIn();
    const everyLead = { query: { type: "object_type", object_type: "lead" }, _limit: 3 };
    const first = await search(close, everyLead);
    expect(first.body.data.map((lead: Json) => lead.id)).toEqual([ACME, BLUTH, WAYNE]);
    expect(first.body.cursor).toEqual(expect.any(String));
    const rest = await search(close, { ...everyLead, cursor: first.body.cursor });
    expect(rest.body).toEqual({
      data: [INITECH, GLOBEX_US, GLOBEX_UK].map((id) => ({ __object_type: "lead", id })),
      cursor: null,
    });
  });

  it("finds a lead created for a new contact", async () => {
    const close = standIn();
    const created = await close.post({ name: "Kramerica Industries" });
    const found = await search(close, byName("kramerica"));
    expect(found.body.data).toMatchObject([
      {
        __object_type: "lead",
        id: created.body.lead_id,
        display_name: "Kramerica Industries",
        contacts: [{ id: created.body.id, display_name: "Kramerica Industries" }],
      },
    ]);
  });

  it.each([
    ["a body that is not an object", [], ""],
    ["opportunities", { query: { type: "object_type", object_type: "opportunity" } }, "query"],
    ["another condition mode", withMode("phrase"), "query"],
    ["a sort", { ...byName("a"), sort: [{ direction: "asc" }] }, "sort"],
    ["counts", byName("a", { include_counts: true }), "include_counts"],
    ["a _limit of 0", byName("a", { _limit: 0 }), "_limit"],
    ["_fields not a list", byName("a", { _fields: { lead: "id" } }), "_fields"],
    ["a cursor it did not give", byName("a", { cursor: "nope" }), "cursor"],
  ])("refuses %s with Close's 400", async (_, body, key) => {
    const response = await search(standIn(), body);
    expect(response.status).toBe(400);
    const { errors, "field-errors": fieldErrorsOf } = response.body;
    if (key === "") expect(errors).toEqual(["Invalid request: JSON dictionary expected."]);
    else expect(Object.keys(fieldErrorsOf)).toEqual([key]);
  });
});

describe("POST /data/search/ for contacts, and GET /user/", () => {
  it("finds contacts with words of their name beginning with each word typed", async () => {
    const close = standIn();
    const ada = await close.post({ name: "Ada Lovelace", emails: [{ email: "ada@example.com" }] });
    await close.post({ name: "Grace Hopper" });
    const found = await close.get("/data/search/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(contactSearch("love ad", 10)),
    });
    expect(found.status).toBe(200);
    expect(found.body).toEqual({
      data: [
        {
          __object_type: "contact",
          id: ada.body.id,
          display_name: "Ada Lovelace",
          emails: ada.body.emails,
          lead_id: ada.body.lead_id,
        },
      ],
      cursor: null,
    });
  });

  it("finds contacts holding an email (case aside) or a phone (E.164) exactly, and refuses other modes", async () => {
    const close = standIn();
    const jane = await close.post({
      name: "Jane Doe",
      emails: [{ email: "Jane@Acme.com" }],
      phones: [{ phone: "(904) 555-1234" }],
    });
    await close.post({ name: "Janet", emails: [{ email: "janet@acme.com" }] });
    const search = (body: unknown) =>
      close.get("/data/search/", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const ids = async (values: { emails: string[]; phones: string[] }) =>
      (await search(contactMatchSearch(values))).body.data.map((contact: Json) => contact.id);
    expect(await ids({ emails: ["jane@acme.com"], phones: [] })).toEqual([jane.body.id]);
    expect(await ids({ emails: [], phones: ["+19045551234"] })).toEqual([jane.body.id]);
    expect(await ids({ emails: ["jan@acme.com"], phones: ["+19045550000"] })).toEqual([]);
    const phrase = JSON.parse(
      JSON.stringify(contactMatchSearch({ emails: ["jane@acme.com"], phones: [] })).replace(
        '"exact_value"',
        '"phrase"',
      ),
    );
    expect((await search(phrase)).status).toBe(400);
  });

  it("starts with the demo organization's contacts only when asked to, for demo mode", async () => {
    const demo = standIn({ demoContacts: true });
    const found = await demo.get("/data/search/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(contactMatchSearch({ emails: ["jane@acme.com"], phones: [] })),
    });
    expect(found.body.data).toMatchObject([{ display_name: "Jane Doe", lead_id: ACME }]);
    expect(standIn().instance.store.contacts.size).toBe(0);
  });

  it("lists the organization's users, paged as Close pages them", async () => {
    const close = standIn();
    const all = await close.get("/user/");
    expect(all.status).toBe(200);
    expect(all.body.has_more).toBe(false);
    expect(all.body.data.map((user: Json) => [user.id, user.first_name, user.email])).toEqual([
      [DEMO_USER, "Sam", "sam.carter@demo.example"],
      [OTHER_USER, "Alex", "alex.rivera@demo.example"],
    ]);
    const first = await close.get("/user/?_limit=1");
    expect(first.body).toMatchObject({ data: [{ id: DEMO_USER }], has_more: true });
  });
});

describe("POST /lead/ with a contact nested", () => {
  const postLead = (close: ReturnType<typeof standIn>, body: unknown) =>
    close.get("/lead/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  it("makes the lead in the organization's first status, the contact on it, and answers the Lead", async () => {
    const close = standIn({ control: true });
    const response = await postLead(close, {
      name: "Newco Widgets",
      contacts: [
        {
          name: "Nina",
          emails: [{ email: "nina@newco.example" }],
          phones: [{ phone: "9045551234" }],
        },
      ],
    });
    expect(response.status).toBe(200);
    const lead = response.body;
    expect(lead).toMatchObject({
      id: expect.stringMatching(LEAD_ID),
      name: "Newco Widgets",
      display_name: "Newco Widgets",
      status_label: "Potential",
      html_url: `https://app.close.com/lead/${lead.id}/`,
      organization_id: ORGANIZATION,
      date_created: expect.stringMatching(CLOSE_TIMESTAMP),
    });
    expect(lead.contacts).toHaveLength(1);
    expect(lead.contacts[0]).toMatchObject({
      id: expect.stringMatching(CONTACT_ID),
      lead_id: lead.id,
      display_name: "Nina",
      created_by: DEMO_USER,
      emails: [{ email: "nina@newco.example", type: "office", is_unsubscribed: false }],
      phones: [
        {
          phone: "+19045551234",
          phone_formatted: "+1 904-555-1234",
          country: "US",
          type: "office",
        },
      ],
    });
    expect((await close.control("/stats")).body).toEqual({ contacts: 1 });
    expect((await close.get(`/lead/${lead.id}/`)).body.contacts).toEqual(lead.contacts);
  });

  it("refuses the whole request when a contact is wrong, under contacts.<index>, and makes nothing", async () => {
    const close = standIn({ control: true });
    const leadsBefore = (await close.control("/leads")).body;
    const response = await postLead(close, {
      name: "Refused Co",
      contacts: [{ name: "Ok" }, { emails: [{ email: "nope" }], "custom.cf_none": "x" }],
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(
      fieldErrors({
        contacts: {
          errors: {
            "1": fieldErrors({
              emails: itemError(0, "email", "Invalid email address."),
              "custom.cf_none": 'The Custom Field "cf_none" does not exist.',
            }),
          },
        },
      }),
    );
    expect((await close.control("/leads")).body).toEqual(leadsBefore);
    expect((await close.control("/stats")).body).toEqual({ contacts: 0 });
  });

  it.each([
    ["a name that is not text", { name: 5, contacts: [] }, "name"],
    ["contacts that are not a list", { name: "X", contacts: {} }, "contacts"],
    ["a field it does not read", { name: "X", status_id: "stat_x" }, "status_id"],
  ])("refuses %s with Close's 400", async (_, body, key) => {
    const response = await postLead(standIn(), body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body["field-errors"])).toEqual([key]);
  });
});

describe("leads", () => {
  it("answers a lead by id", async () => {
    const response = await standIn().get(`/lead/${BLUTH}/`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: BLUTH,
      name: "Bluth Company",
      display_name: "Bluth Company",
      status_label: "Potential",
      url: null,
      html_url: `https://app.close.com/lead/${BLUTH}/`,
      organization_id: ORGANIZATION,
      date_created: "2024-01-15T09:30:00.000000+00:00",
      date_updated: "2024-01-15T09:30:00.000000+00:00",
      contacts: [],
    });
  });

  it("answers a lead's _fields only", async () => {
    const response = await standIn().get(`/lead/${ACME}/?_fields=id,display_name,html_url`);
    expect(response.body).toEqual({
      id: ACME,
      display_name: "Acme Corporation",
      html_url: `https://app.close.com/lead/${ACME}/`,
    });
  });

  it("answers 404 with {error} for an unknown lead", async () => {
    const response = await standIn().get("/lead/lead_doesNotExist/");
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: "Object does not exist." });
  });

  it("answers 404 with {error} for an unknown path", async () => {
    const response = await standIn().get("/opportunity/");
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: "Not found." });
  });
});

describe("rate limit", () => {
  it("answers 429 over a group's limit per key, with RateLimit, Retry-After and the body under error", async () => {
    const close = standIn({ rateLimit: { read: { limit: 2, windowSeconds: 10 } } });
    const first = await close.get(`/lead/${ACME}/`);
    const second = await close.get(`/lead/${ACME}/`);
    const third = await close.get("/custom_field/contact/");
    expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
    expect(first.headers.get("RateLimit")).toMatch(/^limit=2, remaining=1, reset=[\d.]+$/);
    expect(second.headers.get("RateLimit")).toMatch(/^limit=2, remaining=0, reset=[\d.]+$/);
    expect(third.headers.get("RateLimit")).toMatch(/^limit=2, remaining=0, reset=[\d.]+$/);
    const retryAfter = third.headers.get("Retry-After") ?? "";
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(10);
    expect(third.body).toEqual({
      error: {
        message: "API call count exceeded for this period",
        rate_reset: expect.any(Number),
        rate_limit: 2,
        rate_window: 10,
        rate_limit_type: "key",
        rate_endpoint_group: "read",
      },
    });
    expect(third.body.error.rate_reset).toBeGreaterThan(0);
    expect(third.body.error.rate_reset).toBeLessThanOrEqual(10);
  });

  it("counts each endpoint group on its own: reading does not use up creating", async () => {
    const close = standIn({
      rateLimit: { read: { limit: 1, windowSeconds: 10 }, create: { limit: 1, windowSeconds: 10 } },
    });
    const statuses = [
      (await close.get(`/lead/${ACME}/`)).status,
      (await close.get(`/lead/${ACME}/`)).status,
      (await close.post({ name: "Ann" })).status,
      (await close.post({ name: "Bob" })).status,
    ];
    expect(statuses).toEqual([200, 429, 200, 429]);
  });

  it("counts lead searches apart from creating contacts", async () => {
    const close = standIn({
      rateLimit: {
        search: { limit: 1, windowSeconds: 10 },
        create: { limit: 1, windowSeconds: 10 },
      },
    });
    const search = () =>
      close.get("/data/search/", {
        method: "POST",
        body: JSON.stringify({ query: { type: "object_type", object_type: "lead" } }),
      });
    const statuses = [
      (await search()).status,
      (await search()).status,
      (await close.post({ name: "Ann" })).status,
    ];
    expect(statuses).toEqual([200, 429, 200]);
  });

  it("does not limit a group it was given no limit for", async () => {
    const close = standIn({ rateLimit: { read: { limit: 1, windowSeconds: 10 } } });
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await close.post({ name: `Ann ${i}` })).status);
    expect(created).toEqual([200, 200, 200, 200, 200]);
  });

  it("counts each key on its own, and the organization's keys together at 3 times a key's limit", async () => {
    const keys = ["api_one", "api_two", "api_three", "api_four"];
    const close = standIn({ apiKeys: keys, rateLimit: { read: { limit: 1, windowSeconds: 10 } } });
    const as = (key: string) =>
      close.get(`/lead/${ACME}/`, { headers: { Authorization: basic(key) } });
    const answers = [];
    for (const key of [...keys, "api_one"]) answers.push(await as(key));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers[3]?.body.error).toMatchObject({
      rate_limit_type: "organization",
      rate_limit: 3,
    });
    expect(answers[4]?.body.error).toMatchObject({ rate_limit_type: "key", rate_limit: 1 });
  });

  it("counts a refused call against neither limit: one key retrying does not lock out the others", async () => {
    const keys = ["api_a", "api_b"];
    const close = standIn({ apiKeys: keys, rateLimit: { read: { limit: 2, windowSeconds: 10 } } });
    const as = (key: string) =>
      close.get(`/lead/${ACME}/`, { headers: { Authorization: basic(key) } });
    const fromA = [];
    for (let i = 0; i < 8; i++) fromA.push((await as("api_a")).status);
    expect(fromA).toEqual([200, 200, 429, 429, 429, 429, 429, 429]);
    expect((await as("api_b")).status).toBe(200);
  });

  it("does not limit when no limit is set", async () => {
    const close = standIn();
    const responses = [];
    for (let i = 0; i < 25; i++) responses.push(await close.get(`/lead/${ACME}/`));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses.some((r) => r.headers.has("RateLimit"))).toBe(false);
  });
});

describe("test-only control", () => {
  it("is not served without control: true", async () => {
    const close = standIn();
    const faults = await close.control("/faults", { status: 503 });
    const stats = await close.control("/stats");
    expect([faults.status, stats.status]).toEqual([404, 404]);
    expect(faults.body).toEqual({ error: "Not found." });
    expect((await close.post({ name: "Ann" })).status).toBe(200);
  });

  it("fails the next matching requests with a status, then lets them through", async () => {
    const close = standIn({ control: true });
    const queued = await close.control("/faults", { status: 503, count: 2, path: "/contact/" });
    expect(queued).toEqual({ status: 200, body: { ok: true } });

    const first = await close.post({ name: "Ann" });
    const leads = await close.get(`/lead/${ACME}/`);
    const second = await close.post({ name: "Ann" });
    const third = await close.post({ name: "Ann" });
    expect([first.status, leads.status, second.status, third.status]).toEqual([503, 200, 503, 200]);
    expect(first.body).toEqual({ error: "The stand-in was told to fail with 503." });
    expect((await close.control("/stats")).body).toEqual({ contacts: 1 });
  });

  it("answers a queued 429 in Close's nested form, with the wait it was given", async () => {
    const close = standIn({ control: true });
    await close.control("/faults", { status: 429, retryAfter: 2.5 });
    const response = await close.get(`/lead/${ACME}/`);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("3");
    expect(response.headers.get("RateLimit")).toBe("limit=100, remaining=0, reset=2.500");
    expect(response.body.error).toMatchObject({
      message: "API call count exceeded for this period",
      rate_reset: 2.5,
    });
    expect((await close.get(`/lead/${ACME}/`)).status).toBe(200);
  });

  it("answers a queued 429 in the older form: the body at the top level, X-Rate-Limit-* only", async () => {
    const close = standIn({ control: true });
    await close.control("/faults", { status: 429, retryAfter: 0.6, rateLimitForm: "top-level" });
    const response = await close.get(`/lead/${ACME}/`);
    expect(response.status).toBe(429);
    expect(response.headers.get("X-Rate-Limit-Reset")).toBe("0.600");
    expect(response.headers.has("RateLimit")).toBe(false);
    expect(response.headers.has("Retry-After")).toBe(false);
    expect(response.body).toMatchObject({
      message: "API call count exceeded for this period",
      rate_reset: "0.600",
      rate_limit_type: "key",
    });
  });

  it("answers a queued 429 as Close's ingress does: no JSON, RateLimit with semicolons", async () => {
    const close = standIn({ control: true });
    await close.control("/faults", { status: 429, retryAfter: 1.5, rateLimitForm: "ingress" });
    const response = await close.instance.app.request("/api/v1/lead/", {
      headers: { Authorization: basic(DEMO_API_KEY) },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("Content-Type")).toBe("text/html");
    expect(response.headers.get("RateLimit")).toBe("limit=100; remaining=0; reset=1.500");
    expect(await response.text()).toContain("429 Too Many Requests");
  });

  it("delays the next request", async () => {
    const close = standIn({ control: true });
    await close.control("/faults", { delayMs: 200 });
    const started = performance.now();
    const response = await close.post({ name: "Slow" });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(190);

    const again = performance.now();
    await close.post({ name: "Fast" });
    expect(performance.now() - again).toBeLessThan(150);
  });

  it("counts contacts, and reset clears them, the new leads and the faults", async () => {
    const close = standIn({ control: true });
    const created = await close.post({ name: "Ann" });
    await close.post({ name: "Bob", lead_id: ACME });
    expect((await close.control("/stats")).body).toEqual({ contacts: 2 });

    await close.control("/faults", { status: 500 });
    expect(await close.control("/reset", {})).toEqual({ status: 200, body: { ok: true } });
    expect((await close.control("/stats")).body).toEqual({ contacts: 0 });
    expect((await close.get(`/lead/${created.body.lead_id}/`)).status).toBe(404);
    expect((await close.get(`/lead/${ACME}/`)).body.contacts).toEqual([]);
  });

  it("refuses a 429 form it does not know", async () => {
    const close = standIn({ control: true });
    const refused = await close.control("/faults", { status: 429, rateLimitForm: "sideways" });
    expect(refused).toEqual({
      status: 400,
      body: { error: "rateLimitForm is one of nested, top-level, ingress." },
    });
  });

  it("lists the calls made to the API since the last reset", async () => {
    const close = standIn({ control: true });
    await close.post({ name: "Ann" });
    await close.get(`/lead/${ACME}/`);
    expect((await close.control("/requests")).body).toEqual([
      "POST /contact/",
      `GET /lead/${ACME}/`,
    ]);
    await close.control("/reset", {});
    expect((await close.control("/requests")).body).toEqual([]);
  });

  it("forgets queued faults on DELETE /__control/faults", async () => {
    const close = standIn({ control: true });
    await close.control("/faults", { status: 502, count: 5 });
    const cleared = await close.instance.app.request("/__control/faults", { method: "DELETE" });
    expect(cleared.status).toBe(200);
    expect((await close.get(`/lead/${ACME}/`)).status).toBe(200);
  });
});
