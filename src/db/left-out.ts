/** How many statements a time filter left out only because a time is unknown (statement-filter.ts, leftOutSql). */
import type { Sql } from "./sql";
import { leftOutSql, type StatementFilter } from "./statement-filter";

export interface LeftOutMatch {
  subjectId?: string | null;
  objectId?: string | null;
}

export async function countLeftOut(sql: Sql, match: LeftOutMatch, filter: StatementFilter): Promise<number | null> {
  const left = leftOutSql(filter, sql.dialect);
  if (!left) return null;
  const conditions = [left.where];
  const parameters = [...left.parameters];
  if (match.subjectId) conditions.push("s.subject_id = ?"), parameters.push(match.subjectId);
  if (match.objectId) conditions.push("s.object_id = ?"), parameters.push(match.objectId);
  const rows = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM statement s WHERE ${conditions.join(" AND ")}`, parameters);
  return Number(rows[0]?.n ?? 0);
}
