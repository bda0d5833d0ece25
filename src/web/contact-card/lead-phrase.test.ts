import { describe, expect, it } from "vitest";
import { leadPhrase } from "./lead-phrase";

describe("leadPhrase", () => {
  it("names the chosen lead", () => {
    expect(leadPhrase({ name: "Acme Corporation", isNew: false }, "Jane Doe")).toBe(
      "and added to Acme Corporation",
    );
  });

  it("says the lead without its id when only the id is known", () => {
    const id = "lead_QyNaWw4fdSwxl5Mc5daMFf3Y27PpIcH0awPbC9l7uyo";
    expect(leadPhrase({ name: id, isNew: false }, "Jane Doe")).toBe("and added to the lead");
  });

  it("names the new lead after the contact when the form named none", () => {
    expect(leadPhrase({ name: "", isNew: true }, "Jane Doe")).toBe("on a new lead, Jane Doe");
  });

  it("names a new lead made by its own name", () => {
    expect(leadPhrase({ name: "Newco Widgets", isNew: true }, "Jane Doe")).toBe(
      "on a new lead, Newco Widgets",
    );
  });
});
