/** What the eligibility engine and the pyramid read whole: the seed records of rules, classes and awards. */
import type { Sql } from "../sql";

/** A row of seed_record (a rule, class definition or award as validated JSON), or an entity's name (section "name"). */
export interface EligibilityRow {
  section: "rules" | "classes" | "awards" | "name";
  id: string;
  json: string;
  seedFile: string | null;
  seedLine: number | null;
}

/**
 * Every rule, class definition and award, plus the canonical name of each entity they mention
 * (for the engine's explanations), in one statement: the eligibility engine works on all of it in memory.
 */
export function eligibilityRecords(sql: Sql): Promise<EligibilityRow[]> {
  return sql.all(
    `SELECT section, id, json, "seedFile", "seedLine" FROM (
       SELECT section, id, json, seed_file AS "seedFile", seed_line AS "seedLine", 0 AS part, position FROM seed_record
       WHERE section IN ('rules', 'classes', 'awards')
       UNION ALL
       SELECT 'name', e.id, e.name, NULL, NULL, 1, 0 FROM entity e
       WHERE e.id IN (SELECT value FROM (${sql.dialect.seedRecordStrings}) strings)
     ) records ORDER BY part, position, id`,
  );
}
