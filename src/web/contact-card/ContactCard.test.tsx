// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CONTACT_CUSTOM_FIELDS } from "../../server/fake-close/fixtures";
import { Contact } from "../../shared/close/contact";
import ContactCard from "./ContactCard";
import type { LeadNamed } from "./lead-phrase";
import { parseContact, readCreatedContact } from "./parse-contact";

afterEach(cleanup);

const CREATED = "2024-01-15T09:30:00.000000+00:00";
const UPDATED = "2024-01-15T09:31:00.000000+00:00";
const CALL_FINISHED = "2024-01-16T14:05:00.000000+00:00";

/** The id of one of the stand-in's contact custom fields, by its Close name. */
function fieldId(name: string): string {
  const field = CONTACT_CUSTOM_FIELDS.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`The stand-in has no custom field named ${name}`);
  return field.id;
}
const ROLE = fieldId("Role");
const SEATS = fieldId("Seats");
const PRODUCTS = fieldId("Products");
const UNKNOWN_FIELD = "cf_notInTheListOfFields000000000000000000000";
const LEAD_ID = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
const CONTACT_ID = "cont_sNIdBgngvbdTTEN1mspKgUqKAWfbul4IITvnWoRw1T7";

/** What the stand-in answers for a contact of the Acme lead, plus what only Close fills in. */
const fullAnswer = {
  id: CONTACT_ID,
  organization_id: "orga_RbREgmiiwcr1w2b4cOnCMQaQPSIFxMqAD2Dh243uxcH",
  lead_id: LEAD_ID,
  name: "Ada Lovelace",
  title: "Analyst",
  display_name: "Ada Lovelace",
  created_by: "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA",
  updated_by: "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA",
  date_created: CREATED,
  date_updated: UPDATED,
  timezone: "Europe/London",
  emails: [
    { email: "ada@example.com", type: "office", is_unsubscribed: false },
    { email: "ada@home.example", type: "home", is_unsubscribed: true },
  ],
  phones: [
    { phone: "+19045551234", phone_formatted: "+1 904-555-1234", country: "US", type: "mobile" },
    {
      phone: "+442079460958",
      phone_formatted: "+44 20 7946 0958",
      country: "GB",
      type: "office",
      outbound_sms_blocked: true,
    },
  ],
  urls: [{ url: "https://ada.example/", type: "url" }],
  recent_calls: [
    {
      id: "acti_call1",
      dialer_id: null,
      duration: 65,
      finish_timestamp: CALL_FINISHED,
      status: "completed",
    },
  ],
  subscriptions: [
    {
      subscription_id: "sub_1",
      sequence_id: "seq_4mQ2nR8tVbX1cZ7kLp0sHjW3dF9gY6eA5uN2oI8rT1q",
      sequence_name: "New contact welcome",
      sequence_status: "active",
      subscription_status: "paused",
      subscription_status_reason: "reply-received",
      contact_email: "ada@example.com",
      initial_email_id: null,
      date_created: CREATED,
      start_date: CREATED,
    },
  ],
  integration_links: [
    {
      name: "Search on LinkedIn",
      url: "https://www.linkedin.com/search/results/all/?keywords=Ada%20Lovelace",
    },
  ],
  [`custom.${ROLE}`]: "Account Executive",
  [`custom.${SEATS}`]: 12,
  [`custom.${PRODUCTS}`]: ["Calling", "SMS"],
  [`custom.${UNKNOWN_FIELD}`]: true,
};

const emptyAnswer = {
  id: CONTACT_ID,
  organization_id: "orga_1",
  name: null,
  title: null,
  display_name: "",
  created_by: null,
  updated_by: null,
  date_created: CREATED,
  date_updated: CREATED,
  emails: [],
  phones: [],
  urls: [],
};

const ACME: LeadNamed = { name: "Acme Corporation", isNew: false };

function renderCard(answer: unknown, lead: LeadNamed = ACME) {
  const contact = Contact.parse(answer);
  const view = render(
    <ContactCard contact={contact} customFields={CONTACT_CUSTOM_FIELDS} lead={lead} />,
  );
  return { ...view, region: screen.getByRole("region", { name: "Created contact" }) };
}

/** The `<dd>` of a top-level term of the card's definition list. */
function definitionOf(region: HTMLElement, term: string): HTMLElement {
  const dt = within(region).getByText(term, { selector: "dt" });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement) || dd.tagName !== "DD") throw new Error(`${term} has no <dd>`);
  return dd;
}

const itemsOf = (region: HTMLElement, name: string) =>
  within(within(region).getByRole("list", { name })).getAllByRole("listitem");

const inLocale = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );

/** Every address in the card is a web address, one email address or one E.164 number. */
function expectOnlySafeHrefs(container: HTMLElement) {
  for (const element of container.querySelectorAll("[href]")) {
    expect(element.getAttribute("href")).toMatch(
      /^(https?:\/\/|mailto:[^\s@?#&/]+@[^\s@?#&/]+$|tel:\+\d+$)/,
    );
  }
}

/** The text of a value, without its copy button. */
const shown = (element: Element | null | undefined) =>
  element?.querySelector("bdi")?.textContent ?? element?.textContent;

/** What the contact id's copy button said. */
const copyStatus = (region: HTMLElement) =>
  within(region).getByRole("button", { name: "Copy contact id" }).nextElementSibling?.textContent;

describe("ContactCard", () => {
  it("is a region named Created contact, headed by display_name, and takes focus", () => {
    const { region } = renderCard(fullAnswer);
    const heading = within(region).getByRole("heading", { level: 2, name: "Ada Lovelace" });
    expect(document.activeElement).toBe(heading);
  });

  it("heads an unnamed contact honestly", () => {
    const { region } = renderCard({ ...emptyAnswer, display_name: "   " });
    expect(within(region).getByRole("heading", { level: 2 }).textContent).toBe("Unnamed contact");
  });

  it("shows what an answer with less in it holds, and ignores what it does not know", () => {
    // As Close's recorded answers can be: no display_name, id, dates or subscriptions; an
    // email without is_unsubscribed, a phone without phone_formatted; a field nobody knows.
    const { region } = renderCard({
      name: "Lean Lena",
      emails: [{ email: "lena@example.com", type: "office" }],
      phones: [{ phone: "+19045551234", type: "mobile" }],
      future_field: { shape: "unknown" },
    });
    within(region).getByRole("heading", { level: 2, name: "Lean Lena" });
    expect(itemsOf(region, "Emails")[0]?.textContent).toBe("lena@example.comofficeCopy");
    expect(itemsOf(region, "Phones")[0]?.textContent).toBe("+19045551234mobileCopy");
    expect(within(region).queryByText("Subscriptions")).toBeNull();
    expect(within(region).queryByText("Contact id")).toBeNull();
    expect(within(region).queryByText("Created")).toBeNull();
    expect(region.textContent).not.toContain("unknown");
  });

  it("heads a contact with only a phone by its number, and names a link without a name by its address", () => {
    const { region } = renderCard({
      phones: [{ phone: "+19045551234" }],
      integration_links: [{ url: "https://example.com/crm" }],
    });
    within(region).getByRole("heading", { level: 2, name: "+19045551234" });
    within(region).getByRole("link", { name: "https://example.com/crm" });
  });

  it("says first where the contact went: the lead's name, or the new lead Close made", () => {
    const { region, unmount } = renderCard(fullAnswer);
    expect(region.firstElementChild?.firstElementChild?.textContent).toBe(
      "✓ Created and added to Acme Corporation",
    );
    unmount();
    const onNewLead = renderCard(fullAnswer, { name: "", isNew: true }).region;
    expect(onNewLead.textContent).toContain("Created on a new lead, Ada Lovelace");
  });

  it("shows the title under the name once, the lead's page, and ids and times in the footer", () => {
    const { region } = renderCard(fullAnswer);
    expect(within(region).getByText("Analyst").tagName).toBe("BDI");
    expect(within(region).queryByText("Name", { selector: "dt" })).toBeNull();
    const lead = within(region).getByRole("link", { name: "Open in Close" });
    expect(lead.getAttribute("href")).toBe(`https://app.close.com/lead/${LEAD_ID}/`);
    expect(lead.getAttribute("target")).toBe("_blank");
    expect(lead.getAttribute("rel")).toBe("noopener noreferrer");
    expect(definitionOf(region, "Contact id").textContent).toContain(CONTACT_ID);
    expect(definitionOf(region, "Lead id").textContent).toBe(LEAD_ID);
    expect(definitionOf(region, "Created").textContent).toBe(inLocale(CREATED));
    expect(definitionOf(region, "Updated").textContent).toBe(inLocale(UPDATED));
    expect(definitionOf(region, "Timezone").textContent).toBe("Europe/London");
  });

  it("shows the name when Close's display_name differs from it, and Updated only when it differs", () => {
    const { region } = renderCard({ ...fullAnswer, display_name: "Ada", date_updated: CREATED });
    expect(definitionOf(region, "Name").textContent).toBe("Ada Lovelace");
    expect(within(region).queryByText("Updated")).toBeNull();
  });

  it("makes emails mail links and phones call links on Close's E.164 number", () => {
    const { region } = renderCard(fullAnswer);
    const email = within(region).getByRole("link", { name: "ada@example.com" });
    expect(email.getAttribute("href")).toBe("mailto:ada@example.com");
    const phone = within(region).getByRole("link", { name: "+1 904-555-1234" });
    expect(phone.getAttribute("href")).toBe("tel:+19045551234");
  });

  it("gives each value a copy button named by what it copies", async () => {
    const user = userEvent.setup();
    const { region } = renderCard(fullAnswer);
    await user.click(within(region).getByRole("button", { name: "Copy +1 904-555-1234" }));
    expect(await navigator.clipboard.readText()).toBe("+1 904-555-1234");
    within(region).getByRole("button", { name: "Copy ada@home.example" });
    within(region).getByRole("button", { name: "Copy Role" });
    within(region).getByRole("button", { name: `Copy ${fullAnswer.integration_links[0]?.url}` });
  });

  it("leaves out a custom field Close answers as empty", () => {
    const { region } = renderCard({
      ...emptyAnswer,
      [`custom.${ROLE}`]: null,
      [`custom.${PRODUCTS}`]: [],
    });
    expect(within(region).queryByText("Custom fields")).toBeNull();
  });

  it("shows a date field's day in the card's one date format", () => {
    const birthday = fieldId("Birthday");
    const { region } = renderCard({ ...fullAnswer, [`custom.${birthday}`]: "1990-04-12" });
    const custom = definitionOf(region, "Custom fields");
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
    expect(shown(within(custom).getByText("Birthday", { selector: "dt" }).nextElementSibling)).toBe(
      day.format(new Date("1990-04-12T00:00:00Z")),
    );
  });

  it("url-encodes the lead id in the lead link", () => {
    renderCard({ ...fullAnswer, lead_id: "lead_a/b?c#d" });
    const lead = screen.getByRole("link", { name: "Open in Close" });
    expect(lead.getAttribute("href")).toBe("https://app.close.com/lead/lead_a%2Fb%3Fc%23d/");
  });

  it("shows emails with type, and which are unsubscribed", () => {
    const { region } = renderCard(fullAnswer);
    const [office, home] = itemsOf(region, "Emails");
    expect(office?.textContent).toContain("ada@example.com");
    expect(office?.textContent).toContain("office");
    expect(office?.textContent).not.toContain("Unsubscribed");
    expect(home?.textContent).toContain("ada@home.example");
    expect(home?.textContent).toContain("Unsubscribed");
  });

  it("shows phones formatted, with type, country and a blocked SMS", () => {
    const { region } = renderCard(fullAnswer);
    const [mobile, office] = itemsOf(region, "Phones");
    expect(mobile?.textContent).toContain("+1 904-555-1234");
    expect(mobile?.textContent).toContain("mobile");
    expect(mobile?.textContent).toContain("US");
    expect(mobile?.textContent).not.toContain("SMS blocked");
    expect(office?.textContent).toContain("+44 20 7946 0958");
    expect(office?.textContent).toContain("GB");
    expect(office?.textContent).toContain("SMS blocked");
  });

  it("shows the E.164 phone when Close sent no formatted one", () => {
    const { region } = renderCard({
      ...emptyAnswer,
      phones: [{ phone: "+15550100", type: "fax" }],
    });
    expect(itemsOf(region, "Phones")[0]?.textContent).toContain("+15550100");
  });

  it("shows urls and integration links as live links", () => {
    const { region } = renderCard(fullAnswer);
    const [url] = itemsOf(region, "URLs");
    expect(url?.textContent).toContain("url");
    const site = within(region).getByRole("link", { name: "https://ada.example/" });
    expect(site.getAttribute("href")).toBe("https://ada.example/");
    const linkedIn = within(region).getByRole("link", { name: "Search on LinkedIn" });
    expect(linkedIn.getAttribute("href")).toBe(fullAnswer.integration_links[0]?.url);
    expect(linkedIn.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("shows custom values under their Close names, the id when the name is unknown", () => {
    const { region } = renderCard(fullAnswer);
    const custom = definitionOf(region, "Custom fields");
    const value = (term: string) =>
      shown(within(custom).getByText(term, { selector: "dt" }).nextElementSibling);
    expect(value("Role")).toBe("Account Executive");
    expect(value("Seats")).toBe("12");
    expect(value("Products")).toBe("Calling, SMS");
    expect(value(UNKNOWN_FIELD)).toBe("true");
  });

  it("shows subscriptions with their statuses, reason and start", () => {
    const { region } = renderCard(fullAnswer);
    const [subscription] = itemsOf(region, "Subscriptions");
    if (!subscription) throw new Error("no subscription shown");
    const value = (term: string) => within(subscription).getByText(term).nextSibling?.textContent;
    expect(subscription.textContent).toContain("New contact welcome");
    expect(value("Sequence status")).toBe("active");
    expect(value("Subscription status")).toBe("paused");
    expect(value("Status reason")).toBe("reply-received");
    expect(value("Started")).toBe(inLocale(CREATED));
  });

  it("shows recent calls with status, m:ss duration and finish time", () => {
    const { region } = renderCard(fullAnswer);
    const [call] = itemsOf(region, "Recent calls");
    if (!call) throw new Error("no call shown");
    const value = (term: string) => within(call).getByText(term).nextSibling?.textContent;
    expect(value("Status")).toBe("completed");
    expect(value("Duration")).toBe("1:05");
    expect(value("Finished")).toBe(inLocale(CALL_FINISHED));
  });

  it("shows nothing for an empty list or an absent value", () => {
    const { region } = renderCard(emptyAnswer);
    for (const term of [
      "Emails",
      "Phones",
      "URLs",
      "Custom fields",
      "Subscriptions",
      "Recent calls",
      "Integration links",
    ]) {
      expect(within(region).queryByText(term, { selector: "dt" })).toBeNull();
    }
    for (const term of ["Name", "Lead id", "Timezone"]) {
      expect(within(region).queryByText(term, { selector: "dt" })).toBeNull();
    }
    expect(region.textContent).not.toContain("None");
    expect(within(region).queryByRole("link")).toBeNull();
  });

  it("shows a date it cannot read as Close sent it", () => {
    const { region } = renderCard({ ...emptyAnswer, date_created: "yesterday-ish 1" });
    expect(definitionOf(region, "Created").textContent).toBe("yesterday-ish 1");
  });

  it("renders hostile strings as inert text", () => {
    const img = "<img src=x onerror=alert(1)>";
    const rtl = "\u202Egpj.exe\u202C";
    const long = "w".repeat(10_000);
    const { region, container } = renderCard({
      ...fullAnswer,
      display_name: img,
      name: img,
      title: rtl,
      urls: [
        { url: "javascript:alert(1)", type: "url" },
        { url: " JaVaScRiPt:alert(1)", type: "url" },
        { url: "data:text/html,<script>alert(1)</script>", type: "url" },
        { url: "/relative/path", type: "url" },
        { url: long, type: "url" },
      ],
      integration_links: [{ name: img, url: "javascript:alert(1)" }],
      [`custom.${ROLE}`]: long,
    });
    expect(within(region).getByRole("heading", { level: 2 }).textContent).toBe(img);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expectOnlySafeHrefs(container);
    expect(
      within(region)
        .queryAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "Open in Close",
      "ada@example.com",
      "ada@home.example",
      "+1 904-555-1234",
      "+44 20 7946 0958",
    ]);
    expect(within(region).getAllByText("javascript:alert(1)").length).toBeGreaterThan(0);
    // Direction overrides stay inside their own <bdi>, not flipping the text around them.
    const title = within(region).getByText(rtl);
    expect(title.tagName).toBe("BDI");
    expect(within(region).getAllByText(long).length).toBe(2);
    expect(region.className).toContain("[overflow-wrap:anywhere]");
    expect(region.className).toContain("break-words");
  });

  describe("Copy contact id", () => {
    it("copies the id and says so", async () => {
      const user = userEvent.setup();
      const { region } = renderCard(fullAnswer);
      await user.click(within(region).getByRole("button", { name: "Copy contact id" }));
      await waitFor(() => expect(copyStatus(region)).toBe("Copied"));
      expect(await navigator.clipboard.readText()).toBe(CONTACT_ID);
    });

    it("says the copy failed when the browser refuses", async () => {
      const user = userEvent.setup();
      vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("NotAllowedError"));
      const { region } = renderCard(fullAnswer);
      await user.click(within(region).getByRole("button", { name: "Copy contact id" }));
      await waitFor(() => expect(copyStatus(region)).toBe("Copy failed"));
    });

    it("says the copy failed when there is no clipboard", async () => {
      const user = userEvent.setup();
      vi.spyOn(navigator, "clipboard", "get").mockReturnValue(undefined as unknown as Clipboard);
      const { region } = renderCard(fullAnswer);
      await user.click(within(region).getByRole("button", { name: "Copy contact id" }));
      await waitFor(() => expect(copyStatus(region)).toBe("Copy failed"));
    });
  });
});

describe("readCreatedContact", () => {
  it("reads the Contact once, with who was created", () => {
    const created = readCreatedContact(fullAnswer);
    expect(created.readable && created.contact.id).toBe(CONTACT_ID);
    expect(created.identity).toEqual({
      id: CONTACT_ID,
      displayName: "Ada Lovelace",
      leadId: LEAD_ID,
    });
    expect(created.body).toBe(fullAnswer);
  });

  it("still names who was created when the rest cannot be read", () => {
    const answer = { ...fullAnswer, display_name: "", emails: [{ type: "office" }] };
    expect(readCreatedContact(answer)).toEqual({
      readable: false,
      message: `Close's answer could not be read: "emails.0.email" is missing.`,
      identity: { id: CONTACT_ID, displayName: CONTACT_ID, leadId: LEAD_ID },
      body: answer,
    });
  });

  it("knows no one when the answer is not a contact at all", () => {
    expect(readCreatedContact("<html>")).toMatchObject({ readable: false, identity: undefined });
  });
});

describe("parseContact", () => {
  it("reads Close's answer", () => {
    const parsed = parseContact(fullAnswer);
    expect(parsed.ok && parsed.contact.id).toBe(CONTACT_ID);
  });

  it("says in a sentence what is wrong", () => {
    expect(parseContact({ ...fullAnswer, emails: [{ type: "office" }] })).toEqual({
      ok: false,
      message: `Close's answer could not be read: "emails.0.email" is missing.`,
    });
    expect(parseContact({ ...fullAnswer, name: 7 })).toEqual({
      ok: false,
      message: `Close's answer could not be read: "name" is not valid (Invalid input: expected string, received number).`,
    });
    expect(parseContact("<html>")).toEqual({
      ok: false,
      message: "Close's answer could not be read: it is not a contact.",
    });
  });
});

/** Arbitrary answers that fit the seed's Contact schema, or leave out what it requires, with fields it does not know. */
const seedAnswer = (() => {
  const text = fc.string({ unit: "grapheme", maxLength: 24 });
  const nullable = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const dateTime = fc.oneof(
    fc
      .date({ noInvalidDate: true, min: new Date("1900-01-01"), max: new Date("2999-12-31") })
      .map((date) => date.toISOString()),
    text,
  );
  const address = fc.oneof(fc.webUrl(), text, fc.constant("javascript:alert(1)"));
  const email = fc.record(
    { email: text, is_unsubscribed: fc.boolean(), type: text },
    { requiredKeys: ["email"] },
  );
  const phone = fc.record(
    {
      phone: text,
      type: text,
      phone_formatted: text,
      country: nullable(text),
      outbound_sms_blocked: fc.boolean(),
      tz_ids: fc.array(text, { maxLength: 2 }),
    },
    { requiredKeys: ["phone"] },
  );
  const call = fc.record({
    id: text,
    dialer_id: nullable(text),
    duration: fc.nat(),
    finish_timestamp: dateTime,
    status: fc.constantFrom(
      ...["created", "in-progress", "completed", "cancel", "no-answer", "busy", "failed"],
      "timeout",
    ),
  });
  const subscription = fc.record({
    subscription_id: text,
    sequence_id: text,
    sequence_name: text,
    sequence_status: fc.constantFrom("active", "paused", "draft"),
    subscription_status: fc.constantFrom("active", "paused", "finished", "goal", "error"),
    subscription_status_reason: nullable(
      fc.constantFrom("manual", "reply-received", "email-bounced", "sequence-deleted"),
    ),
    contact_email: nullable(text),
    initial_email_id: nullable(text),
    date_created: dateTime,
    start_date: nullable(dateTime),
  });
  const list = <T,>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 });
  const known = fc.record(
    {
      id: text,
      organization_id: text,
      display_name: text,
      name: nullable(text),
      title: nullable(text),
      created_by: nullable(text),
      updated_by: nullable(text),
      date_created: dateTime,
      date_updated: dateTime,
      lead_id: nullable(text),
      lead_suggestions_operation_id: nullable(text),
      timezone: nullable(text),
      timezone_source: nullable(text),
      emails: list(email),
      phones: list(phone),
      urls: list(fc.record({ url: address, type: text })),
      integration_links: list(fc.record({ name: text, url: address })),
      recent_calls: list(call),
      subscriptions: list(subscription),
    },
    // Close's real answers may leave out any field the seed requires (see contact.ts).
    { requiredKeys: ["display_name"] },
  );
  const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const customKey = fc.oneof(
    fc.constantFrom(...CONTACT_CUSTOM_FIELDS.map((field) => field.id)),
    text.map((id) => `cf_${id}`),
  );
  const custom = fc.dictionary(
    customKey.map((id) => `custom.${id}`),
    fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
    { maxKeys: 4 },
  );
  const unknown = fc.dictionary(
    text.map((key) => `extra_${key}`),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 3 },
  );
  return fc
    .tuple(known, custom, unknown)
    .map(([contact, values, extra]) => ({ ...extra, ...values, ...contact }));
})();

describe("ContactCard with any answer that fits the seed", () => {
  it("parses and renders it, headed by display_name", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(seedAnswer, (answer) => {
        const parsed = parseContact(answer);
        if (!parsed.ok) throw new Error(parsed.message);
        const { container, unmount } = render(
          <ContactCard
            contact={parsed.contact}
            customFields={CONTACT_CUSTOM_FIELDS}
            lead={{ name: "Acme", isNew: false }}
          />,
        );
        try {
          const expected =
            answer.display_name.trim() === "" ? "Unnamed contact" : answer.display_name;
          expect(container.querySelector("h2")?.textContent).toBe(expected);
          expectOnlySafeHrefs(container);
        } finally {
          unmount();
        }
      }),
      { numRuns: 200 },
    );
  });
});
