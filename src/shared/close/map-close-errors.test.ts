import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Problem, toCloseErrorBody } from "./error-body";
import { mapCloseErrors, UNEXPLAINED_ERROR } from "./map-close-errors";

const RUNS = { numRuns: 300 };

const index = fc.nat({ max: 5 });
const problemPath: fc.Arbitrary<Problem["path"]> = fc.oneof(
  fc.constantFrom(["name"], ["title"], ["lead_id"], ["custom.cf_abc"], ["custom.cf_x"], ["urls"]),
  index.map((i) => ["emails", i, "email"]),
  index.map((i) => ["emails", i, "type"]),
  index.map((i) => ["phones", i]),
  index.map((i) => ["phones", i, "phone"]),
);
const problem = fc.record({ path: problemPath, message: fc.string({ minLength: 1 }) });

describe("mapCloseErrors", () => {
  it("finds every problem folded into Close's body, with the first message for its place", () => {
    fc.assert(
      fc.property(fc.array(problem, { minLength: 1, maxLength: 12 }), (problems) => {
        const { fields, general } = mapCloseErrors(toCloseErrorBody(problems));
        const firstMessage = new Map<string, string>();
        for (const { path, message } of problems) {
          const dotted = path.join(".");
          if (!firstMessage.has(dotted)) firstMessage.set(dotted, message);
        }
        for (const [path, message] of firstMessage) {
          expect(fields.find((field) => field.path === path)?.message).toBe(message);
        }
        expect(fields.every((field) => firstMessage.has(field.path))).toBe(true);
        expect(general).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never throws on arbitrary JSON, and always says something", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const { fields, general } = mapCloseErrors(body);
        expect(fields.length + general.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it.each([
    [
      { "field-errors": { name: "Value must be of str type." }, errors: [] },
      [{ path: "name", message: "Value must be of str type." }],
      [],
    ],
    [
      { errors: ["Invalid request: JSON dictionary expected."], "field-errors": {} },
      [],
      ["Invalid request: JSON dictionary expected."],
    ],
    [
      {
        "field-errors": {
          emails: {
            errors: { "0": { "field-errors": { email: "Invalid email address." }, errors: [] } },
          },
        },
        errors: [],
      },
      [{ path: "emails.0.email", message: "Invalid email address." }],
      [],
    ],
    [
      { "field-errors": { "custom.cf_x": 'The Custom Field "cf_x" does not exist.' } },
      [{ path: "custom.cf_x", message: 'The Custom Field "cf_x" does not exist.' }],
      [],
    ],
    [
      { "field-errors": { lead_id: "Object does not exist." }, errors: [] },
      [{ path: "lead_id", message: "Object does not exist." }],
      [],
    ],
    [
      {
        "field-errors": {
          emails: "List is too long.",
          phones: {
            errors: { "2": { errors: ["Value must be of dict type."], "field-errors": {} } },
          },
        },
        errors: [],
      },
      [
        { path: "emails", message: "List is too long." },
        { path: "phones.2", message: "Value must be of dict type." },
      ],
      [],
    ],
    [{ error: "Unauthorized" }, [], ["Unauthorized"]],
    [
      { error: { message: "API call count exceeded for this period", rate_reset: 0.13 } },
      [],
      ["API call count exceeded for this period"],
    ],
  ])("reads %j", (body, fields, general) => {
    expect(mapCloseErrors(body)).toEqual({ fields, general });
  });

  it.each([
    null,
    42,
    "oops",
    [],
    {},
    { errors: [] },
    { errors: [1, null], "field-errors": [] },
    { error: { code: 5 } },
  ])("explains nothing it cannot read: %j", (body) => {
    expect(mapCloseErrors(body)).toEqual({ fields: [], general: [UNEXPLAINED_ERROR] });
  });
});
