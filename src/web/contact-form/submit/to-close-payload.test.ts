import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkContactCreate } from "../../../shared/close/contact-create";
import { MAX_LIST_ITEMS, MAX_TEXT_LENGTH } from "../../../shared/close/contact-limits";
import { EMAIL_TYPES, PHONE_TYPES, URL_TYPES } from "../../../shared/close/contact-types";
import { CUSTOM_FIELD_TYPES, type CustomField } from "../../../shared/close/custom-field";
import { emptyFormValues, type FormValues } from "../form-values";
import { withScheme } from "../with-scheme";
import { toClosePayload } from "./to-close-payload";

const RUNS = { numRuns: 300 };

const blank = fc.constantFrom("", " ", "  \t", "\n", "\u00a0", "\u3000");
/** Typed text: blank, padded, or anything. */
const typed = fc.oneof(
  blank,
  fc.string(),
  fc.string({ unit: "grapheme", minLength: 1 }).map((s) => ` ${s} `),
);
const text = fc
  .string({ unit: "grapheme", maxLength: MAX_TEXT_LENGTH })
  .map((s) => s.slice(0, MAX_TEXT_LENGTH));
const rowsOf = <T extends string>(types: readonly T[]) =>
  fc.array(fc.record({ value: typed, type: fc.constantFrom(...types) }), {
    maxLength: MAX_LIST_ITEMS,
  });

const customField: fc.Arbitrary<CustomField> = fc.record({
  id: fc.stringMatching(/^cf_[A-Za-z0-9]{1,6}$/),
  name: fc.string(),
  type: fc.constantFrom(...CUSTOM_FIELD_TYPES, "formula"),
  choices: fc.constant(null),
  accepts_multiple_values: fc.boolean(),
});
const customInput = fc.oneof(
  typed,
  fc.double().map(String),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
  fc.array(typed, { maxLength: 3 }),
);

/** A custom field list, and form values that use it (and ids it lacks). */
const formWithFields = fc.array(customField, { maxLength: 5 }).chain((fields) => {
  const fieldId =
    fields.length > 0
      ? fc.oneof(fc.constantFrom(...fields.map((f) => f.id)), fc.string())
      : fc.string();
  const values: fc.Arbitrary<FormValues> = fc.record({
    name: fc.oneof(text, blank),
    title: fc.oneof(text, blank),
    leadId: typed,
    leadName: fc.string(),
    newLead: fc.boolean(),
    emails: rowsOf(EMAIL_TYPES),
    phones: rowsOf(PHONE_TYPES),
    urls: rowsOf(URL_TYPES),
    custom: fc.dictionary(fieldId, customInput, { maxKeys: 8 }),
    freeCustom: fc.array(
      fc.record({
        key: fc.oneof(
          typed,
          fc.string().map((k) => `custom.${k}`),
        ),
        value: typed,
      }),
      { maxLength: 5 },
    ),
  });
  return fc.tuple(fc.constant(fields), values);
});

const filledIndices = (rows: readonly { value: string }[]) =>
  rows.flatMap((row, index) => (row.value.trim() === "" ? [] : [index]));

describe("toClosePayload", () => {
  it("always builds a body that Close's request schema accepts, also after JSON", () => {
    fc.assert(
      fc.property(formWithFields, ([fields, values]) => {
        const { payload } = toClosePayload(values, fields);
        expect(checkContactCreate(payload)).toMatchObject({ ok: true });
        expect(checkContactCreate(JSON.parse(JSON.stringify(payload)))).toMatchObject({ ok: true });
      }),
      RUNS,
    );
  });

  it("sends every filled row once, in order, and maps it back to its form row", () => {
    fc.assert(
      fc.property(formWithFields, ([fields, values]) => {
        const { payload, rows } = toClosePayload(values, fields);
        expect(rows.emails).toEqual(filledIndices(values.emails));
        expect(rows.phones).toEqual(filledIndices(values.phones));
        expect(rows.urls).toEqual(filledIndices(values.urls));
        rows.emails.forEach((row, i) => {
          expect(payload.emails?.[i]?.email).toBe(values.emails[row]?.value.trim());
          expect(payload.emails?.[i]?.type).toBe(values.emails[row]?.type);
        });
        rows.phones.forEach((row, i) => {
          expect(payload.phones?.[i]?.phone).toBe(values.phones[row]?.value.trim());
        });
        rows.urls.forEach((row, i) => {
          expect(payload.urls?.[i]?.url).toBe(withScheme(values.urls[row]?.value.trim() ?? ""));
        });
        // Nothing blank is sent, and an empty list is not sent at all.
        for (const list of [payload.emails, payload.phones, payload.urls]) {
          if (list != null) expect(list.length).toBeGreaterThan(0);
        }
        expect(payload.emails?.length ?? 0).toBe(rows.emails.length);
        expect(payload.phones?.length ?? 0).toBe(rows.phones.length);
        expect(payload.urls?.length ?? 0).toBe(rows.urls.length);
      }),
      RUNS,
    );
  });

  it("traces every custom key sent to the input it came from", () => {
    fc.assert(
      fc.property(formWithFields, ([fields, values]) => {
        const { payload, rows } = toClosePayload(values, fields);
        const sentKeys = Object.keys(payload).filter((key) => key.startsWith("custom."));
        expect(Object.keys(rows.custom).sort()).toEqual(sentKeys.sort());
        for (const key of sentKeys) {
          const source = rows.custom[key] ?? "";
          const free = /^freeCustom\.(\d+)\.value$/.exec(source);
          if (free) {
            const typedKey = values.freeCustom[Number(free[1])]?.key.trim() ?? "";
            expect(typedKey.startsWith("custom.") ? typedKey : `custom.${typedKey}`).toBe(key);
          } else {
            expect(source).toBe(key);
            const id = key.slice("custom.".length);
            expect(Object.hasOwn(values.custom, id)).toBe(true);
            // A known field's value is sent only while the field is in Close's list (and on screen).
            expect(fields.some((field) => field.id === id)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("sends names and titles with emoji, RTL text and combining marks byte for byte", () => {
    const piece = fc.constantFrom(
      "👩🏽‍💻",
      "🇯🇵",
      "שלום",
      "مرحبا",
      "\u202Eabc\u202C",
      "e\u0301",
      "n\u0303",
      "Zoë",
      "ﷺ",
      " ",
      "a",
    );
    const name = fc
      .oneof(
        fc.array(piece, { minLength: 1 }).map((parts) => parts.join("")),
        fc.string({ unit: "grapheme" }),
      )
      .filter((s) => s.trim() !== "");
    const bytes = (s: unknown) => new TextEncoder().encode(String(s));
    fc.assert(
      fc.property(name, name, (typedName, typedTitle) => {
        const values = { ...emptyFormValues(), name: typedName, title: typedTitle };
        const sent = JSON.parse(JSON.stringify(toClosePayload(values, []).payload));
        expect(bytes(sent.name)).toEqual(bytes(typedName));
        expect(bytes(sent.title)).toEqual(bytes(typedTitle));
      }),
      RUNS,
    );
  });

  it("maps the documented example to Close's example request", () => {
    const role: CustomField = {
      id: "cf_role",
      name: "Role",
      type: "choices",
      choices: ["Account Executive"],
    };
    const values: FormValues = {
      ...emptyFormValues(),
      name: "John Smith",
      title: "President",
      leadId: " lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo ",
      leadName: "Acme",
      emails: [{ value: " john@example.com ", type: "office" }],
      phones: [{ value: "9045551234", type: "mobile" }],
      urls: [{ value: "http://twitter.com/google/", type: "url" }],
      custom: { cf_role: "Account Executive" },
    };
    expect(toClosePayload(values, [role]).payload).toEqual({
      "custom.cf_role": "Account Executive",
      emails: [{ email: "john@example.com", type: "office" }],
      lead_id: "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo",
      name: "John Smith",
      phones: [{ phone: "9045551234", type: "mobile" }],
      title: "President",
      urls: [{ type: "url", url: "http://twitter.com/google/" }],
    });
  });

  it("leaves out everything blank", () => {
    const values = {
      ...emptyFormValues(),
      name: "  ",
      title: "\t",
      leadId: " ",
      custom: { cf_a: " ", cf_b: [] },
    };
    expect(toClosePayload(values, [])).toEqual({
      payload: {},
      rows: { emails: [], phones: [], urls: [], custom: {} },
    });
  });

  it("sends each known custom field in the JSON type of its kind", () => {
    const field = (id: string, type: string, accepts_multiple_values = false): CustomField => ({
      id,
      name: id,
      type,
      accepts_multiple_values,
    });
    const fields = [
      field("cf_n", "number"),
      field("cf_bad", "number"),
      field("cf_d", "date"),
      field("cf_dt", "datetime"),
      field("cf_many", "choices", true),
      field("cf_none", "choices", true),
      field("cf_u", "user"),
    ];
    const values: FormValues = {
      ...emptyFormValues(),
      custom: {
        cf_n: "42.5",
        cf_bad: "4x",
        cf_d: "2024-05-01",
        cf_dt: "2024-05-01T09:30",
        cf_many: ["CEO", "Sales Rep"],
        cf_none: [],
        cf_u: "user_1",
        cf_unknown: "7",
      },
    };
    const { payload, rows } = toClosePayload(values, fields);
    expect(payload).toEqual({
      "custom.cf_n": 42.5,
      "custom.cf_bad": "4x",
      "custom.cf_d": "2024-05-01",
      "custom.cf_dt": expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      "custom.cf_many": ["CEO", "Sales Rep"],
      "custom.cf_u": "user_1",
    });
    // The datetime-local value is read in the browser's own time zone.
    expect(new Date(String(payload["custom.cf_dt"])).getTime()).toBe(
      new Date(2024, 4, 1, 9, 30).getTime(),
    );
    expect(rows.custom["custom.cf_n"]).toBe("custom.cf_n");
  });

  it("sends free rows under custom.<key>, half-filled ones too, wholly blank ones not", () => {
    const values: FormValues = {
      ...emptyFormValues(),
      freeCustom: [
        { key: " cf_x ", value: "one" },
        { key: "custom.cf_y", value: " two " },
        { key: " ", value: "" },
        { key: "cf_z", value: "" },
        { key: "", value: "orphan" },
      ],
    };
    expect(toClosePayload(values, [])).toEqual({
      payload: {
        "custom.cf_x": "one",
        "custom.cf_y": " two ",
        "custom.cf_z": "",
        "custom.": "orphan",
      },
      rows: {
        emails: [],
        phones: [],
        urls: [],
        custom: {
          "custom.cf_x": "freeCustom.0.value",
          "custom.cf_y": "freeCustom.1.value",
          "custom.cf_z": "freeCustom.3.value",
          "custom.": "freeCustom.4.value",
        },
      },
    });
  });

  it("accepts a full hundred rows", () => {
    const values: FormValues = {
      ...emptyFormValues(),
      emails: Array.from({ length: MAX_LIST_ITEMS }, (_, i) => ({
        value: `p${i}@example.com`,
        type: "home" as const,
      })),
    };
    const { payload } = toClosePayload(values, []);
    expect(payload.emails).toHaveLength(MAX_LIST_ITEMS);
    expect(checkContactCreate(payload).ok).toBe(true);
  });
});

describe("withScheme", () => {
  it.each([
    ["example.com", "https://example.com"],
    ["www.example.com/a?b=c#d", "https://www.example.com/a?b=c#d"],
    ["//example.com/x", "https://example.com/x"],
    ["example.com:8080/x", "https://example.com:8080/x"],
    ["localhost:3000", "https://localhost:3000"],
    ["http://twitter.com/google/", "http://twitter.com/google/"],
    ["HTTPS://Example.com", "HTTPS://Example.com"],
    ["ftp://files.example.com", "ftp://files.example.com"],
    ["mailto:jo@example.com", "mailto:jo@example.com"],
  ])("turns %j into %j", (typedUrl, sent) => {
    expect(withScheme(typedUrl)).toBe(sent);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (url) => {
        expect(withScheme(withScheme(url))).toBe(withScheme(url));
      }),
      RUNS,
    );
  });

  it("makes an http(s) URL of anything host-like", () => {
    // IDNA reserves labels with "--" in third and fourth place (xn--…): URL parsers refuse them.
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/).filter((l) => !/^..--/.test(l));
    const hostLike = fc
      .tuple(
        fc.constantFrom("", "//", "http://", "https://"),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.stringMatching(/^[a-z]{2,6}$/),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.constantFrom("", "/", "/path/to?q=1#top"),
      )
      .map(
        ([prefix, labels, tld, port, rest]) =>
          `${prefix}${[...labels, tld].join(".")}${port === undefined ? "" : `:${port}`}${rest}`,
      );
    fc.assert(
      fc.property(hostLike, (typedUrl) => {
        const url = new URL(withScheme(typedUrl));
        expect(["http:", "https:"]).toContain(url.protocol);
        expect(url.hostname).not.toBe("");
      }),
      RUNS,
    );
  });
});
