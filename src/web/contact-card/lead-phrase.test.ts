import { describe, expect, it } from "vitest";
import { leadPhrase } from "./lead-phrase";

describe("leadPhrase", () => {
  it("names the chosen lead", () => {
    expect(leadPhrase("Acme Corporation", "Jane Doe")).toBe("and added to Acme Corporation");
  });

  it("says the lead without its id when only the id is known", () => {
    expect(leadPhrase("lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo", "Jane Doe")).toBe(
      "and added to the lead",
    );
  });

  it("names the new lead after the contact when the form named none", () => {
    expect(leadPhrase("", "Jane Doe")).toBe("on a new lead, Jane Doe");
  });
});
