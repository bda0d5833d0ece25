import { expect, test } from "@playwright/test";

/** The API through the built server, in demo mode, against the stand-in over HTTP. */
const ORIGIN = { Origin: "http://127.0.0.1:3100" };

test("creates a contact as Close does, on a new lead", async ({ request }) => {
  const response = await request.post("/api/contact/", {
    headers: ORIGIN,
    data: {
      name: "John Smith",
      emails: [{ email: "john@example.com", type: "office" }],
      phones: [{ phone: "9045551234", type: "mobile" }],
    },
  });
  expect(response.status()).toBe(200);
  const contact = await response.json();
  expect(contact.display_name).toBe("John Smith");
  expect(contact.phones[0].phone_formatted).toBe("+1 904-555-1234");
  expect(contact.lead_id).toMatch(/^lead_/);

  const lead = await request.get(`/api/lead/${contact.lead_id}/`);
  expect(await lead.json()).toEqual({
    id: contact.lead_id,
    display_name: "John Smith",
    html_url: `https://app.close.com/lead/${contact.lead_id}/`,
  });
});

test("answers an invalid email with Close's nested 400", async ({ request }) => {
  const response = await request.post("/api/contact/", {
    headers: ORIGIN,
    data: { name: "John Smith", emails: [{ email: "nope" }] },
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({
    errors: [],
    "field-errors": {
      emails: {
        errors: { "0": { errors: [], "field-errors": { email: "Invalid email address." } } },
      },
    },
  });
});

test("makes a contact on a new lead in one request, and nothing when the contact is refused", async ({
  request,
}) => {
  const made = await request.post("/api/lead/", {
    headers: ORIGIN,
    data: { name: "Vandelay Industries", contacts: [{ name: "Art Vandelay" }] },
  });
  expect(made.status()).toBe(200);
  const lead = await made.json();
  expect(lead).toMatchObject({ display_name: "Vandelay Industries", status_label: "Potential" });
  expect(lead.contacts).toMatchObject([{ display_name: "Art Vandelay", lead_id: lead.id }]);

  const refused = await request.post("/api/lead/", {
    headers: ORIGIN,
    data: { name: "Kramerica", contacts: [{ name: "Cosmo", emails: [{ email: "nope" }] }] },
  });
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("Invalid email address.");
  const found = await (await request.get("/api/lead/?query=Kramerica")).json();
  expect(found.data).toEqual([]);
});

test("refuses a POST from another origin", async ({ request }) => {
  const response = await request.post("/api/contact/", {
    headers: { Origin: "https://evil.example" },
    data: { name: "Mallory" },
  });
  expect(response.status()).toBe(403);
});

test("lists the stand-in's custom fields and finds leads by name", async ({ request }) => {
  const schema = await (await request.get("/api/custom_field/contact/")).json();
  const names = schema.fields.map((field: { name: string }) => field.name);
  expect(names).toEqual(expect.arrayContaining(["Role", "Region"]));
  expect(names).not.toContain("Industry");
  const leads = await (await request.get("/api/lead/?query=ACME&_limit=5")).json();
  expect(leads.data).toEqual([
    {
      __object_type: "lead",
      id: "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo",
      display_name: "Acme Corporation",
      status_label: "Qualified",
      url: null,
      // The demo organization's Jane Doe, cut to her name.
      contacts: [{ display_name: "Jane Doe" }],
    },
  ]);
});

test("answers GET on the contact route 405 with Allow: POST", async ({ request }) => {
  const response = await request.get("/api/contact/");
  expect(response.status()).toBe(405);
  expect(response.headers().allow).toBe("POST");
});
