/**
 * The rules, class definitions and awards, read once per database and parsed into the engine's
 * plain data. The database is read-only while served (a rebuild is a new DataSource), so there is
 * nothing to invalidate: the first request that needs them pays one SQL statement.
 */
import type { Award, ClassDefinition, EligibilityData } from "../../domain/eligibility";
import type { RuleRecord } from "../../domain/eligibility";
import type { Context } from "../context";
import type { BuildReads } from "../store/store";

export interface EligibilityBook {
  data: EligibilityData & { rules: readonly RuleRecord[]; classes: readonly ClassDefinition[]; awards: readonly Award[] };
  rulesById: ReadonlyMap<string, RuleRecord>;
  /** "seeds/rules/le-mans-2024.yaml:15" by record id, for corrections. */
  seedLocations: ReadonlyMap<string, string>;
}

export function eligibilityBook(context: Context): Promise<EligibilityBook> {
  return context.store.perBuild("eligibility-book", readBook);
}

async function readBook(reads: BuildReads): Promise<EligibilityBook> {
  const rows = await reads.eligibilityRecords();
  const parsed = (section: string) => rows.filter((row) => row.section === section).map((row) => JSON.parse(row.json));
  const rules = parsed("rules") as RuleRecord[];
  const names = Object.fromEntries(rows.filter((row) => row.section === "name").map((row) => [row.id, row.json]));
  const seedLocations = new Map(rows.filter((row) => row.seedFile).map((row) => [row.id, `${row.seedFile}:${row.seedLine}`]));
  return {
    data: { rules, classes: parsed("classes") as ClassDefinition[], awards: parsed("awards") as Award[], names },
    rulesById: new Map(rules.map((rule) => [rule.id, rule])),
    seedLocations,
  };
}
