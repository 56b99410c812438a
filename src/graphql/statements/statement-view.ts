/**
 * A statement as seen from a query: the row plus the `knownAt` day it is viewed at,
 * because a statement's status (SUPERSEDED or not) depends on what was known when.
 */
import type { StatementRecord } from "../../db/schema";
import { knownByDay } from "../../domain/time";

export interface StatementView {
  row: StatementRecord;
  /** As typed (a day, a month or a year): a period counts to its last day. */
  knownAt: string | null;
  /** The asOf the statement is viewed at, as typed, when the query has one: its holding is judged on that day or period. */
  asOf?: string | null;
}

export function effectiveStatus(view: StatementView): string {
  const { supersededById, supersededOnDay, status } = view.row;
  if (!supersededById) return status;
  if (supersededOnDay === null || view.knownAt === null || supersededOnDay <= knownByDay(view.knownAt)) return "SUPERSEDED";
  return status;
}

export function viewAll(rows: StatementRecord[], knownAt: string | null | undefined, asOf?: string | null): StatementView[] {
  return rows.map((row) => ({ row, knownAt: knownAt ?? null, asOf: asOf ?? null }));
}
