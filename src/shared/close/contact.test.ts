import { describe, expect, it } from "vitest";
import { Contact } from "./contact";
import { customValues } from "./custom-values";

/** create-contact.yaml's example_response_200: the answer Close documents for POST /contact/. */
const exampleAnswer = {
  created_by: "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA",
  "custom.cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj": "Account Executive",
  date_created: "2013-03-07T23:23:21.495000+00:00",
  date_updated: "2013-03-07T23:23:21.495000+00:00",
  display_name: "John Smith",
  emails: [{ email: "john@example.com", is_unsubscribed: false, type: "office" }],
  id: "cont_sNIdBgngvbdTTEN1mspKgUqKAWfbul4IITvnWoRw1T7",
  lead_id: "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo",
  name: "John Smith",
  organization_id: "orga_RbREgmiiwcr1w2b4cOnCMQaQPSIFxMqAD2Dh243uxcH",
  phones: [
    { country: "US", phone: "+19045551234", phone_formatted: "+1 904-555-1234", type: "mobile" },
  ],
  title: "President",
  updated_by: "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA",
  urls: [{ type: "url", url: "http://twitter.com/google/" }],
};

describe("Contact", () => {
  it("accepts the answer Close documents, reading left-out lists as empty", () => {
    const contact = Contact.parse(exampleAnswer);
    expect(contact).toMatchObject(exampleAnswer);
    expect(contact.subscriptions).toEqual([]);
    expect(contact.recent_calls).toEqual([]);
    expect(contact.integration_links).toEqual([]);
    expect(contact.phones[0]?.tz_ids).toEqual([]);
  });

  it("keeps fields it does not know, at every level", () => {
    const contact = Contact.parse({
      ...exampleAnswer,
      brand_new_field: { nested: true },
      emails: [{ ...exampleAnswer.emails[0], verified: "yes" }],
    });
    expect(contact.brand_new_field).toEqual({ nested: true });
    expect(contact.emails[0]?.verified).toBe("yes");
  });

  it("accepts enum values Close may add later", () => {
    const subscription = {
      subscription_id: "sub_1",
      sequence_id: "seq_1",
      sequence_name: "Welcome",
      sequence_status: "archived-in-the-future",
      subscription_status: "snoozed",
      subscription_status_reason: "a-reason-not-yet-documented",
      contact_email: null,
      initial_email_id: null,
      date_created: "2024-01-15T09:30:00.000000+00:00",
      start_date: null,
    };
    const call = {
      id: "acti_1",
      dialer_id: null,
      duration: 12,
      finish_timestamp: "2024-01-15T09:30:00.000000+00:00",
      status: "ringing-on-mars",
    };
    const contact = Contact.parse({
      ...exampleAnswer,
      subscriptions: [subscription],
      recent_calls: [call],
    });
    expect(contact.subscriptions[0]?.subscription_status).toBe("snoozed");
    expect(contact.recent_calls[0]?.status).toBe("ringing-on-mars");
  });

  it("reads an answer with less in it than the seed requires", () => {
    const {
      id: _id,
      display_name: _displayName,
      date_created: _created,
      organization_id: _organization,
      ...rest
    } = exampleAnswer;
    const contact = Contact.parse({
      ...rest,
      emails: [{ email: "john@example.com" }],
      phones: [{ phone: "+19045551234" }],
      urls: null,
      title: "",
    });
    expect(contact.id).toBeUndefined();
    expect(contact.emails).toEqual([{ email: "john@example.com" }]);
    expect(contact.phones).toEqual([{ phone: "+19045551234", tz_ids: [] }]);
    expect(contact.urls).toEqual([]);
    expect(contact.subscriptions).toEqual([]);
  });

  it("refuses a value of the wrong type, and a list item without its value", () => {
    expect(Contact.safeParse({ ...exampleAnswer, name: 42 }).success).toBe(false);
    const result = Contact.safeParse({ ...exampleAnswer, emails: [{ type: "office" }] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["emails", 0, "email"]]);
  });
});

describe("customValues", () => {
  it("lists the top-level custom.cf_ keys by field id, and nothing else", () => {
    const contact = Contact.parse({
      ...exampleAnswer,
      "custom.cf_products": ["Calling", "SMS"],
      "custom.Role by name": "deprecated, not an id",
      custom: { cf_nested: "not top-level" },
    });
    expect(customValues(contact)).toEqual([
      { fieldId: "cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj", value: "Account Executive" },
      { fieldId: "cf_products", value: ["Calling", "SMS"] },
    ]);
  });

  it("is empty for a contact without custom values", () => {
    const { "custom.cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj": _role, ...plain } =
      exampleAnswer;
    expect(customValues(Contact.parse(plain))).toEqual([]);
  });
});
