import { describe, expect, it } from "vitest";
import { isEmailLikeClose } from "./email";

describe("isEmailLikeClose (cleancat's Email)", () => {
  it.each([
    "jane@acme.com",
    "Jane.Doe+sales@Mail.Acme.CO.UK",
    "  jane@acme.com\n",
    "o'brien@example.ie",
    `${"a".repeat(64)}@${"b".repeat(180)}.com`,
    "jane@acme.technology",
    // 245 characters, though 305 UTF-16 units: Close counts characters.
    `${"😀".repeat(60)}@${"b".repeat(180)}.com`,
  ])("accepts %j", (value) => {
    expect(isEmailLikeClose(value)).toBe(true);
  });

  it.each([
    ["two dots in a row", "jane..doe@acme.com"],
    ["a dot before the @", "jane.@acme.com"],
    ["a leading dot", ".jane@acme.com"],
    ["two dots in the domain", "jane@acme..com"],
    ["a space inside", "jane doe@acme.com"],
    ["two @", "jane@doe@acme.com"],
    ["a domain starting with a dot", "jane@.acme.com"],
    ["a one-letter top-level domain", "jane@acme.c"],
    ["a top-level domain with a digit", "jane@acme.c0m"],
    ["no @", "jane.acme.com"],
    ["angle brackets around it", "<jane@acme.com>x"],
    ["255 characters", `${"a".repeat(64)}@${"b".repeat(186)}.com`],
  ])("refuses %s", (_, value) => {
    expect(isEmailLikeClose(value)).toBe(false);
  });
});
