/** Statement ids and record time, derived where the seed leaves them out. */
import { statementId } from "../domain/vocabulary";
import { createHash } from "node:crypto";
import { partialDate } from "../domain/partial-date";
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
    byId.set(id, { ...statement, id, statedOn: statement.statedOn });
  }
  return [...byId.values()];
}

function contentHash(statement: StatementShape): string {
  const qualifiers = Object.entries(statement.qualifiers).sort(([a], [b]) => a.localeCompare(b));
  const key = JSON.stringify([statement.subject, statement.predicate, statement.object ?? null, statement.value ?? null, qualifiers, statement.validFrom ?? null, statement.validUntil ?? null, statement.status]);
  return createHash("sha256").update(key).digest("hex").slice(0, 12);
}

/**
 * Record time defaults to the earliest publication among the citations: the day the
 * fact was first reported. Publication dates are compared by their last day, because a
 * source dated "2021-11" is only surely out by 2021-11-30.
 */
export function deriveStatedOn(statement: StatementSeed, sources: Map<string, SourceSeed>): string | undefined {
  let earliest: string | undefined;
  for (const citation of statement.citations) {
    const published = sources.get(citation.source)?.published;
    if (!published) continue;
    if (!earliest || partialDate(published).lastDay < partialDate(earliest).lastDay) earliest = published;
  }
  return earliest;
}
