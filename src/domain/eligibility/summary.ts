/** One sentence for an entry-eligibility answer: the API and the benchmark baseline word it alike. */
import type { EntryEligibility } from "./types";
import { asKnownPhrase } from "../time/period";

/** "Undetermined as known on 2021-11-05: …", naming the conditions that decided. */
export function summariseEntryEligibility(answer: EntryEligibility, knownAt: string | null): string {
  const when = knownAt ? ` ${asKnownPhrase(knownAt)}` : "";
  const deciding = (held: boolean | null) => answer.reasons.filter((reason) => reason.held === held).map((reason) => reason.description);
  if (answer.verdict === "ELIGIBLE") {
    const granting = answer.rulesConsidered.filter((evaluation) => evaluation.verdict === "ELIGIBLE").map((evaluation) => evaluation.ruleId);
    return `Eligible${when}: every condition of ${granting.join(" and ")} holds.`;
  }
  if (answer.verdict === "UNDETERMINED") return `Undetermined${when}: ${deciding(null).join("; ")}.`;
  const failed = [...new Set(deciding(false))].join("; ");
  const count = answer.rulesConsidered.length;
  if (count === 0) return `Not eligible${when}: ${failed}.`;
  const which = count === 1 ? "the one rule for this championship and edition does not grant it" : `none of the ${count} rules for this championship and edition grants it`;
  return `Not eligible${when}: ${which} — ${failed}.`;
}
