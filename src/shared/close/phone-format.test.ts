import { describe, expect, it } from "vitest";
import { parsePhoneLikeClose } from "./phone-format";

describe("parsePhoneLikeClose", () => {
  it.each([
    ["9045551234", "US", "+19045551234", "+1 904-555-1234", "US"],
    ["(904) 555-1234", "US", "+19045551234", "+1 904-555-1234", "US"],
    ["020 7946 0958", "GB", "+442079460958", "+44 20 7946 0958", "GB"],
    ["+33 1 23 45 67 89", "US", "+33123456789", "+33 1 23 45 67 89", "FR"],
    ["+81 3-1234-5678", "US", "+81312345678", "+81 3-1234-5678", "JP"],
    ["+1 904 555 1234 ext 5", "US", "+19045551234", "+1 904-555-1234 ext. 5", "US"],
    ["+800 1234 5678", "US", "+80012345678", "+800 1234 5678", null],
  ])("reads %s (default %s) as Close does", (raw, country, phone, formatted, region) => {
    expect(parsePhoneLikeClose(raw, country)).toEqual({
      phone,
      phone_formatted: formatted,
      country: region,
    });
  });

  it.each(["abc", "12", "", "+1 904"])("refuses %j", (raw) => {
    expect(parsePhoneLikeClose(raw, "US")).toBeNull();
  });
});
