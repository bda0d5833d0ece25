import { describe, expect, it } from "vitest";
import type { Match } from "../../api/matches";
import { KnownMatches } from "./known-matches";

const jane: Match = {
  id: "cont_jane",
  name: "Jane Doe",
  lead_id: "lead_acme",
  lead_name: "Acme Corporation",
  emails: ["jane@acme.com"],
  phones: [],
  html_url: "https://app.close.com/lead/lead_acme/",
};

describe("KnownMatches", () => {
  it("keeps a row's matches until its value changes, and tells of them once per value", () => {
    const found: Match[][] = [];
    const known = new KnownMatches((matches) => found.push(matches));
    known.set("emails.0.value", "jane@acme.com", [jane]);
    known.set("emails.0.value", "jane@acme.com", [jane]);
    expect(known.all()).toEqual([
      { path: "emails.0.value", value: "jane@acme.com", matches: [jane] },
    ]);
    expect(found).toHaveLength(1);
    known.forget("emails.0.value");
    expect(known.all()).toEqual([]);
  });

  it("says the latest finding in one place, and unsays it when that row changes", () => {
    const known = new KnownMatches();
    let heard = 0;
    known.subscribe(() => heard++);
    known.announce("emails.0.value", "Already in Close: Jane Doe, Acme Corporation.");
    known.announce("emails.0.value", "Already in Close: Jane Doe, Acme Corporation.");
    expect(known.lastAnnouncement()).toBe("Already in Close: Jane Doe, Acme Corporation.");
    expect(heard).toBe(1);
    known.forget("phones.0.value");
    expect(known.lastAnnouncement()).toBe("Already in Close: Jane Doe, Acme Corporation.");
    known.forget("emails.0.value");
    expect(known.lastAnnouncement()).toBe("");
    expect(heard).toBe(2);
  });
});
