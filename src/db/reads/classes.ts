/**
 * What a class name typed for a result is looked up among first: the result championships' own
 * names (to read "ELMS LMP2" as "LMP2" within the ELMS) and their classes (statements "class
 * CLASS_OF championship") with every name of each, in one statement. Plain SQL that runs on SQLite
 * and PostgreSQL alike (one placeholder per championship, quoted column names).
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

export interface ChampionshipClasses {
  /** Every name, label and alias of each championship. */
  championshipNames: { championshipId: string; text: string }[];
  classNames: ChampionshipClassName[];
}

type Row = { championshipId: string; classId: string | null; className: string | null; text: string };

export async function classesOfChampionships(sql: Sql, championshipIds: readonly string[]): Promise<ChampionshipClasses> {
  if (championshipIds.length === 0) return { championshipNames: [], classNames: [] };
  const placeholders = championshipIds.map(() => "?").join(", ");
  const rows = await sql.all<Row>(
    `SELECT DISTINCT s.object_id AS "championshipId", e.id AS "classId", e.name AS "className", n.text AS "text"
     FROM statement s
     JOIN entity e ON e.id = s.subject_id AND e.kind = 'CLASS'
     JOIN entity_name n ON n.entity_id = e.id
     WHERE s.predicate = 'CLASS_OF' AND s.object_id IN (${placeholders})
     UNION ALL
     SELECT c.entity_id, NULL, NULL, c.text FROM entity_name c WHERE c.entity_id IN (${placeholders})
     ORDER BY "championshipId", "className", "classId", "text"`,
    [...championshipIds, ...championshipIds],
  );
  return {
    championshipNames: rows.filter((row) => row.classId === null).map(({ championshipId, text }) => ({ championshipId, text })),
    classNames: rows.filter((row): row is ChampionshipClassName => row.classId !== null),
  };
}
