/** A rule in one plain-English sentence, with the entities' display names: "the winning team of …". */
import type { EligibilityData } from "../../domain/eligibility";
import type { RuleRecord } from "../../domain/eligibility";

export function describeRule(rule: RuleRecord, data: Pick<EligibilityData, "names" | "classes">): string {
  const name = (id: string) => data.names?.[id] ?? id;
  const list = (ids: readonly string[], joiner: string) =>
    ids.length <= 1 ? ids.map(name).join("") : `${ids.slice(0, -1).map(name).join(", ")} ${joiner} ${name(ids[ids.length - 1])}`;
  const from = rule.jointClassification ? `the joint classification of ${list(rule.jointClassification.championships, "and")}` : `the ${name(rule.championship!)}`;
  const season = rule.season ? ` ${rule.season}` : " (season not stated)";
  const inClass = typeof rule.class === "string" ? name(rule.class) : `${list(rule.class.options, "or")} (class not yet decided)`;
  const entryClass = rule.entryClass ? `, in ${name(rule.entryClass)}` : "";
  return `${subjectText(rule)} in ${inClass} of ${from}${season} earns an entry to the ${name(rule.event)} ${rule.edition}${entryClass}.`;
}

/** "The winning team", "The team in position 3", "Each team in positions 1 to 2". */
function subjectText(rule: RuleRecord): string {
  const who = whoText(rule);
  if (rule.lastPosition !== undefined) return `Each ${who} in positions ${rule.position} to ${rule.lastPosition}`;
  return rule.position === 1 ? `The winning ${who}` : `The ${who} in position ${rule.position}`;
}

function whoText(rule: RuleRecord): string {
  if (rule.beneficiary === "DRIVER") return "driver";
  if (rule.beneficiary === "CREW") return "crew";
  if (rule.beneficiary === "TEAM") return "team";
  return "entrant";
}
