/** A rule in one plain-English sentence, with the entities' display names: "the winning team of …". */
import { listOf, nameOf } from "./describe";
import type { EligibilityData, EntryRule } from "./types";

export function describeRule(rule: EntryRule, data: Pick<EligibilityData, "names" | "classes">): string {
  const name = (id: string) => nameOf(id, data);
  const from = rule.jointClassification
    ? `the joint classification of ${listOf(rule.jointClassification.championships.map(name), "and")}`
    : `the ${name(rule.championship)}`;
  const season = rule.season ? ` ${rule.season}` : " (season not stated)";
  const inClass = typeof rule.class === "string" ? name(rule.class) : `${listOf(rule.class.options.map(name), "or")} (class not yet decided)`;
  const entryClass = rule.entryClass ? `, in ${name(rule.entryClass)}` : "";
  return `${subjectText(rule)} in ${inClass} of ${from}${season} earns an entry to the ${name(rule.event)} ${rule.edition}${entryClass}.`;
}

/** "The winning team", "The team in position 3", "Each team in positions 1 to 2". */
function subjectText(rule: EntryRule): string {
  const who = WHO[rule.beneficiary ?? "ENTRANT"];
  if (rule.lastPosition !== undefined) return `Each ${who} in positions ${rule.position} to ${rule.lastPosition}`;
  return rule.position === 1 ? `The winning ${who}` : `The ${who} in position ${rule.position}`;
}

/** Who receives the entry, in words; "entrant" when the source does not say. */
const WHO = { DRIVER: "driver", CREW: "crew", TEAM: "team", ENTRANT: "entrant" } as const;
