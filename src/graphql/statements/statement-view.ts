/**
 * A statement as seen from a query: the row plus the `knownAt` day it is viewed at,
 * because a statement's status (SUPERSEDED or not) depends on what was known when.
 */
import type { StatementRecord } from "../../db/schema";

export interface StatementView {
  row: StatementRecord;
  knownAt: string | null;
  /** The asOf day the statement is viewed at, when the query has one: its holding is judged on that day. */
  asOf?: string | null;
}

export function effectiveStatus(view: StatementView): string {
  const { supersededById, supersededOnDay, status } = view.row;
  if (!supersededById) return status;
  if (supersededOnDay === null || view.knownAt === null || supersededOnDay <= view.knownAt) return "SUPERSEDED";
  return status;
}

export function viewAll(rows: StatementRecord[], knownAt: string | null | undefined, asOf?: string | null): StatementView[] {
  return rows.map((row) => ({ row, knownAt: knownAt ?? null, asOf: asOf ?? null }));
}
