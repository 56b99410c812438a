/** Statement ids and record time, derived where the seed leaves them out. */
import { statementId } from "../domain/vocabulary";
import { createHash } from "node:crypto";
import { partialDate } from "../domain/partial-date";
import { dayBefore, recordDateOf, UNKNOWN_RECORD_DATE } from "../domain/time";
import type { SeedProblem } from "./problems";
import type { SourceSeed, StatementShape } from "./shapes";
import type { Located, StatementSeed } from "./seed-graph";

/**
 * A seed id when given ("ratel-lmem-partner"), otherwise a hash of what the statement says,
 * so ids stay stable across rebuilds as long as the statement is unchanged.
 */
export function assignStatementIds(statements: Located<StatementShape>[], problems: SeedProblem[]): StatementSeed[] {
  const byId = new Map<string, StatementSeed>();
  for (const statement of statements) {
    const id = statementId(statement.id ?? contentHash(statement));
    const first = byId.get(id);
    if (first) {
      const what = statement.id ? `the id "${statement.id}"` : "the same subject, predicate, object, qualifiers and time";
      problems.push({ ...statement.location, message: `a statement with ${what} already exists at ${first.location.file}:${first.location.line}` });
      continue;
    }
    byId.set(id, { ...statement, id, recordDate: UNKNOWN_RECORD_DATE, endedBy: null });
  }
  return [...byId.values()];
}

function contentHash(statement: StatementShape): string {
  const qualifiers = Object.entries(statement.qualifiers).sort(([a], [b]) => a.localeCompare(b));
  const key = JSON.stringify([statement.subject, statement.predicate, statement.object ?? null, statement.value ?? null, qualifiers, statement.validFrom ?? null, statement.validUntil ?? null, statement.status]);
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

/**
 * Record time (src/domain/time/record-date.ts): the statement's own statedOn, else the earliest
 * publication among its citations, raised to the start of what happened for results and events.
 */
export function deriveRecordDates(statements: StatementSeed[], sources: Map<string, SourceSeed>): void {
  for (const statement of statements) {
    statement.recordDate = recordDateOf({
      statedOn: statement.statedOn,
      predicate: statement.predicate,
      status: statement.status,
      validFrom: statement.validFrom,
      citations: statement.citations.map((citation) => ({ sourceId: citation.source, published: sources.get(citation.source)?.published })),
    });
  }
}

/**
 * Where a source says who replaced whom (a SUCCEEDED statement with `ends:`), the predecessor's
 * role ends the day before the successor's start, unless its own seed already gives an end.
 */
export function deriveSuccessionEnds(statements: StatementSeed[]): void {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  for (const succession of statements) {
    if (!succession.ends || !succession.validFrom) continue;
    const predecessor = byId.get(`statement/${succession.ends}`);
    if (!predecessor || predecessor.validUntil) continue;
    predecessor.endedBy = { statementId: succession.id, validUntilDay: dayBefore(partialDate(succession.validFrom).firstDay) };
  }
}
