/**
 * The classes of championships (statements "class CLASS_OF championship"), with every name of each
 * class: what a class name typed for a result is looked up among first. Plain SQL that runs on
 * SQLite and PostgreSQL alike (one placeholder per championship).
 */
import type { Sql } from "../sql";

export interface ChampionshipClassName {
  championshipId: string;
  classId: string;
  /** The class's canonical name. */
  className: string;
  /** One of its names, labels or aliases (the canonical name among them). */
  text: string;
}

export function classNamesOfChampionships(sql: Sql, championshipIds: readonly string[]): Promise<ChampionshipClassName[]> {
  if (championshipIds.length === 0) return Promise.resolve([]);
  const placeholders = championshipIds.map(() => "?").join(", ");
  return sql.all(
    `SELECT DISTINCT s.object_id AS "championshipId", e.id AS "classId", e.name AS "className", n.text AS "text"
     FROM statement s
     JOIN entity e ON e.id = s.subject_id AND e.kind = 'CLASS'
     JOIN entity_name n ON n.entity_id = e.id
     WHERE s.predicate = 'CLASS_OF' AND s.object_id IN (${placeholders})
     ORDER BY e.name, e.id, n.text`,
    [...championshipIds],
  );
}
