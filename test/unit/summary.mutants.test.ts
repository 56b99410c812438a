// The one-sentence summary an entry-eligibility answer carries (the API's `summary` field).
import { describe, expect, it } from "vitest";
import { checkEntryEligibility, summariseEntryEligibility, type EligibilityData, type EntryRule, type QualifyingResult } from "../../src/domain/eligibility";

const LE_MANS = "event/24h-le-mans";
const GTWCE = "championship/gtwc-europe";
const cite = { source: "source/report", quote: "an automatic entry" };

const bronze: EntryRule = {
  id: "rule/bronze", grantors: ["org/aco"], event: LE_MANS, edition: 2024, championship: GTWCE, season: "2023",
  class: "class/bronze-cup", position: 1, status: "CONFIRMED", statedOn: "2023-04-21", citations: [cite],
};
const open: EntryRule = { ...bronze, id: "rule/open", class: { options: ["class/pro-am", "class/gold-cup"] }, status: "ANNOUNCED", statedOn: "2021-11-05" };
const names = { [LE_MANS]: "24 Hours of Le Mans", [GTWCE]: "GT World Challenge Europe", "class/bronze-cup": "Bronze Cup", "class/pro-am": "Pro-Am", "class/gold-cup": "Gold Cup" };

function summary(rules: EntryRule[], result: Partial<QualifyingResult>, knownAt: string | null = null): string {
  const data: EligibilityData = { rules, names };
  const question = { event: LE_MANS, edition: 2024, result: { championship: GTWCE, season: "2023", class: "class/bronze-cup", position: 1, ...result }, knownAt: knownAt ?? undefined };
  return summariseEntryEligibility(checkEntryEligibility(question, data), knownAt);
}

describe("summariseEntryEligibility", () => {
  it("names the granting rule when eligible", () => {
    expect(summary([bronze], {})).toBe("Eligible: every condition of rule/bronze holds.");
  });

  it("names every granting rule, and the date asked about", () => {
    const twin = { ...bronze, id: "rule/bronze-twin" };
    expect(summary([bronze, twin], {}, "2024-01-01")).toBe("Eligible as known on 2024-01-01: every condition of rule/bronze and rule/bronze-twin holds.");
  });

  it("gives the open condition when undetermined", () => {
    expect(summary([open], { class: "class/pro-am" }, "2022-01-01")).toBe(
      "Undetermined as known on 2022-01-01: class Pro-Am is one of the options: it depends on the class the organisers choose: Pro-Am or Gold Cup.",
    );
  });

  it("says the one rule does not grant it, and why", () => {
    expect(summary([bronze], { position: 2 })).toBe(
      "Not eligible: the one rule for this championship and edition does not grant it — position 2 is not the winning position 1.",
    );
  });

  it("counts the rules when several refuse, naming each failed condition once", () => {
    const twin = { ...bronze, id: "rule/bronze-twin" };
    expect(summary([bronze, twin], { position: 2 })).toBe(
      "Not eligible: none of the 2 rules for this championship and edition grants it — position 2 is not the winning position 1.",
    );
  });

  it("joins different failed conditions with semicolons", () => {
    expect(summary([bronze], { position: 2, season: "2022" })).toBe(
      "Not eligible: the one rule for this championship and edition does not grant it — season 2022 is not the rule's season 2023; position 2 is not the winning position 1.",
    );
  });

  it("says no rule grants an entry when none applies", () => {
    expect(summary([bronze], { championship: "championship/wec" }, "2024-01-01")).toBe(
      "Not eligible as known on 2024-01-01: no rule grants an entry to the 24 Hours of Le Mans 2024 from the championship/wec as known on 2024-01-01.",
    );
  });
});

describe("summariseEntryEligibility, with rules that disagree", () => {
  it("names only the granting rule when another rule for the championship refuses", () => {
    const silver = { ...bronze, id: "rule/silver", class: "class/silver-cup" };
    expect(summary([bronze, silver], {})).toBe("Eligible: every condition of rule/bronze holds.");
  });

  it("joins several open conditions with semicolons", () => {
    expect(summary([{ ...open, season: undefined }], { class: "class/pro-am" }, "2022-01-01")).toBe(
      "Undetermined as known on 2022-01-01: the rule does not yet say which season's result counts; class Pro-Am is one of the options: it depends on the class the organisers choose: Pro-Am or Gold Cup.",
    );
  });
});
