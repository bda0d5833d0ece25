import type { ContactCreate } from "../../shared/close/contact-create";
import type { CustomField } from "../../shared/close/custom-field";

/**
 * The organization the stand-in pretends to be: one user and key, a few leads (one with a
 * sequence that enrols new contacts), contact custom fields of every type, shared custom fields
 * (one associated with contacts, one with leads only), integration links.
 */
export const ORGANIZATION_ID = "orga_RbREgmiiwcr1w2b4cOnCMQaQPSIFxMqAD2Dh243uxcH";
export const DEMO_USER_ID = "user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA";
export const OTHER_USER_ID = "user_q3aM8xWk2LrT7VbN0pHcY5sJd9FgE4uZiO1wQ6nXe2K";
/** The key the stand-in accepts unless told otherwise; demo mode uses it. */
export const DEMO_API_KEY = "api_demo_0fflineStandInKey";

const FIXTURE_DATE = "2024-01-15T09:30:00.000000+00:00";

export interface Sequence {
  id: string;
  name: string;
  status: "active" | "paused" | "draft";
}

export interface LeadFixture {
  id: string;
  name: string;
  status_label: string;
  /** The lead's web address (Close's `url`). */
  url?: string;
  /** When set, every new contact of this lead with an email is enrolled in the sequence. */
  enrolling_sequence?: Sequence;
}

export const LEADS: readonly LeadFixture[] = [
  {
    id: "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo",
    name: "Acme Corporation",
    status_label: "Qualified",
    enrolling_sequence: {
      id: "seq_4mQ2nR8tVbX1cZ7kLp0sHjW3dF9gY6eA5uN2oI8rT1q",
      name: "New contact welcome",
      status: "active",
    },
  },
  {
    id: "lead_7hGf3kLm9NpQ2rSt4VwXy6Zb8Cd0Ef1GhIj3Kl5Mn7O",
    name: "Bluth Company",
    status_label: "Potential",
  },
  {
    id: "lead_2aB4cD6eF8gH0iJ2kL4mN6oP8qR0sT2uV4wX6yZ8a0B",
    name: "Wayne Enterprises",
    status_label: "Customer",
  },
  {
    id: "lead_9zY7xW5vU3tS1rQ9pO7nM5lK3jI1hG9fE7dC5bA3zY1",
    name: "Initech",
    status_label: "Bad Fit",
  },
  // Two leads of one name, as organizations have: told apart by status and URL.
  {
    id: "lead_5tGlobexUsA8kQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0z",
    name: "Globex",
    status_label: "Customer",
    url: "https://globex.example.com",
  },
  {
    id: "lead_3nGlobexUkB7jH9gF1dS3aQ5wE7rT9yU1iO3pL5kJ7h",
    name: "Globex",
    status_label: "Potential",
    url: "https://globex.example.co.uk",
  },
];

const field = (
  id: string,
  name: string,
  type: string,
  extra: Partial<CustomField> = {},
): CustomField => ({
  id,
  name,
  type,
  choices: null,
  accepts_multiple_values: false,
  description: null,
  editable_with_roles: [],
  organization_id: ORGANIZATION_ID,
  created_by: DEMO_USER_ID,
  updated_by: DEMO_USER_ID,
  date_created: FIXTURE_DATE,
  date_updated: FIXTURE_DATE,
  ...extra,
});

export const CONTACT_CUSTOM_FIELDS: readonly CustomField[] = [
  field("cf_j0P7kHmgFTZZnYBFtyPSZ3uQw4dpW8xKcW7Krps8atj", "Role", "choices", {
    choices: ["Account Executive", "CEO", "Sales Rep"],
  }),
  field("cf_t1Xk4Lq8Wm2Np6Rs0Vu3Yz7Bc5Df9Gh1Jk4Lm8No2Pq", "Nickname", "text"),
  field("cf_a9Sd8Fg7Hj6Kl5Zx4Cv3Bn2Mq1We0Rt9Yu8Io7Pa6SQ", "Notes", "textarea"),
  field("cf_n3Um4Be5Rs6Ea7Ts8Ln9Ow0Qp1Ai2Sd3Fg4Hj5Kl6ZQ", "Seats", "number"),
  field("cf_b1Ir2Th3Da4Ys5Xc6Vb7Nm8Qw9Er0Ty1Ui2Op3As4DQ", "Birthday", "date"),
  field("cf_d5Em6Ot7Im8Es9Xc0Vb1Nm2Qw3Er4Ty5Ui6Op7As8DQ", "Last demo", "datetime"),
  field("cf_p7Rd8Ct9Sx0Zc1Vb2Nm3Qw4Er5Ty6Ui7Op8As9Df0GQ", "Products", "choices", {
    choices: ["Calling", "Email sequences", "Reporting", "SMS"],
    accepts_multiple_values: true,
  }),
  field("cf_o2Wn3Er4Xy5Za6Bc7De8Fg9Hi0Jk1Lm2No3Pq4Rs5TQ", "Account owner", "user"),
  field("cf_r4Fe5Rr6Ed7By8Xc9Vb0Nm1Qw2Er3Ty4Ui5Op6As7DQ", "Referred by", "contact"),
];

/**
 * Shared custom fields (Close lists them at GET /custom_field/shared/, which the stand-in does
 * not serve; contacts see theirs in the schema below), each set on the objects it is associated
 * with (Close's "Shared Custom Fields"): Region on leads and contacts, Industry on leads only,
 * so a contact form must not offer it.
 */
const association = (object_type: "lead" | "contact") => ({
  object_type,
  editable_with_roles: [],
  required: false,
});
const REGION = field("cf_s7Hr8Eg9Io0Nr1Ea2Lm3Qw4Er5Ty6Ui7Op8As9Df0GQ", "Region", "choices", {
  choices: ["Americas", "APAC", "EMEA"],
  associations: [association("lead"), association("contact")],
});
const INDUSTRY = field("cf_s2In3Du4St5Ry6Xc7Vb8Nm9Qw0Er1Ty2Ui3Op4As5DQ", "Industry", "text", {
  associations: [association("lead")],
});
export const SHARED_CUSTOM_FIELDS: readonly CustomField[] = [REGION, INDUSTRY];

/**
 * GET /custom_field_schema/contact/: every field that can be set on a contact, regular and
 * shared, in the order the organization set (here the shared Region comes second).
 */
export const CONTACT_FIELD_SCHEMA: readonly CustomField[] = [
  ...CONTACT_CUSTOM_FIELDS.slice(0, 1),
  REGION,
  ...CONTACT_CUSTOM_FIELDS.slice(1),
];

/** Org-configured links, rendered with the new contact's data (`{{ contact.x }}`). */
export const INTEGRATION_LINK_TEMPLATES = [
  {
    name: "Search on LinkedIn",
    url: "https://www.linkedin.com/search/results/all/?keywords={{ contact.name }}",
  },
  { name: "Find in Google", url: "https://www.google.com/search?q={{ contact.primary_email }}" },
] as const;

/**
 * [choice] Demo data: people already in the demo organization (demo mode only), so that a new
 * user typing jane@acme.com or (904) 555-1234 sees a duplicate caught at once.
 */
export const DEMO_CONTACTS: readonly ContactCreate[] = [
  {
    name: "Jane Doe",
    title: "Head of Purchasing",
    lead_id: "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo",
    emails: [{ email: "jane@acme.com", type: "office" }],
    phones: [{ phone: "+19045551234", type: "office" }],
  },
  {
    name: "Gob Bluth",
    title: "President",
    lead_id: "lead_7hGf3kLm9NpQ2rSt4VwXy6Zb8Cd0Ef1GhIj3Kl5Mn7O",
    emails: [{ email: "gob@bluth.example", type: "office" }],
    phones: [{ phone: "+14155550134", type: "mobile" }],
  },
];

/** The organization's members, as Close's user list answers each (the fields the app reads). */
export const USERS = [
  {
    id: DEMO_USER_ID,
    first_name: "Sam",
    last_name: "Carter",
    email: "sam.carter@demo.example",
    image: null,
    date_created: FIXTURE_DATE,
    date_updated: FIXTURE_DATE,
  },
  {
    id: OTHER_USER_ID,
    first_name: "Alex",
    last_name: "Rivera",
    email: "alex.rivera@demo.example",
    image: null,
    date_created: FIXTURE_DATE,
    date_updated: FIXTURE_DATE,
  },
] as const;

export const USER_IDS: readonly string[] = USERS.map((user) => user.id);
