import { describe, expect, it } from "vitest";
import type { LeadOption } from "../../api/leads";
import { suggestionsFor, twinHint } from "./suggestions";

const lead = (id: string, display_name: string, more: Partial<LeadOption> = {}): LeadOption => ({
  id,
  display_name,
  ...more,
});

describe("suggestionsFor", () => {
  const acme = lead("lead_1", "Acme Corporation");

  it("ends the leads found with a new lead by the name typed, once the search has settled", () => {
    expect(suggestionsFor(" Newco  ", [acme], true)).toEqual([
      { kind: "lead", lead: acme },
      { kind: "new", name: "Newco" },
    ]);
    expect(suggestionsFor("Newco", [], true)).toEqual([{ kind: "new", name: "Newco" }]);
  });

  it("offers no new lead while the search goes on, for nothing typed, or for a name a lead has", () => {
    expect(suggestionsFor("Newco", [], false)).toEqual([]);
    expect(suggestionsFor("  ", [], true)).toEqual([]);
    expect(suggestionsFor("acme corporation", [acme], true)).toEqual([
      { kind: "lead", lead: acme },
    ]);
  });

  it("shows at most 8 leads, one of exactly the name typed first, found among many", () => {
    const many = Array.from({ length: 30 }, (_, i) => lead(`lead_${i}`, `Acme ${i}`));
    const exact = lead("lead_exact", "ACME");
    const shown = suggestionsFor("acme", [...many, exact], true);
    expect(shown).toHaveLength(8);
    expect(shown[0]).toEqual({ kind: "lead", lead: exact });
    expect(shown.some((choice) => choice.kind === "new")).toBe(false);
    expect(suggestionsFor("acme", many, true)).toHaveLength(9);
  });

  it("tells an accented name from a plain one", () => {
    const cafe = lead("lead_2", "Café Olé");
    expect(suggestionsFor("Cafe Ole", [cafe], true)).toHaveLength(2);
  });
});

describe("twinHint", () => {
  it("says nothing of a lead whose name is its own", () => {
    const only = lead("lead_1", "Initech", { url: "https://initech.example" });
    expect(twinHint(only, [only, lead("lead_2", "Initrode")])).toBeUndefined();
  });

  it("tells leads of one name apart by web address, else by first contact", () => {
    const us = lead("lead_1", "Globex", { url: "https://globex.example.com" });
    const uk = lead("lead_2", "globex", { primaryContactName: "Hank Scorpio" });
    const bare = lead("lead_3", "Globex");
    const found = [us, uk, bare];
    expect(twinHint(us, found)).toBe("https://globex.example.com");
    expect(twinHint(uk, found)).toBe("Hank Scorpio");
    expect(twinHint(bare, found)).toBeUndefined();
  });
});
