/**
 * Q0, the baseline: what the benchmark's queries cost with no framework at all. A plain
 * node:http handler parses the same JSON body the API gets, runs hand-written SQL through
 * better-sqlite3 prepared statements, and answers with JSON.stringify. Its `data` must equal
 * the API's byte for byte (run.ts checks before measuring), so the ratio API / Q0 is the price
 * of the GraphQL stack for the same answer on the same data and machine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Database from "better-sqlite3";
import { foldText } from "../../src/domain/text";
import { partialDate } from "../../src/domain/partial-date";
import { DEFAULT_MAX_VISITED, findPaths, type Edge } from "../../src/domain/paths";
import { checkEntryEligibility, summariseEntryEligibility, type EligibilityData, type EntryEligibility, type QualifyingResult } from "../../src/domain/eligibility";


interface EntityRow {
  id: string;
  kind: string;
  name: string;
  description: string | null;
}

export interface RawServer {
  server: Server;
  /** SQL statements run by the last request (for the report). */
  lastStatements(): number;
  close(): void;
}

class NotFound extends Error {}

export function createRawServer(databaseFile: string): RawServer {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  let statements = 0;
  const prepare = <Row>(text: string) => {
    const statement = db.prepare(text);
    return {
      get: (...parameters: unknown[]) => (statements++, statement.get(...parameters) as Row | undefined),
      all: (...parameters: unknown[]) => (statements++, statement.all(...parameters) as Row[]),
    };
  };

  const entityById = prepare<EntityRow>(`SELECT id, kind, name, description FROM entity WHERE id = ?`);
  const entitiesNamed = prepare<{ entityId: string }>(`SELECT DISTINCT entity_id AS entityId FROM entity_name WHERE folded = ?`);
  const namesOf = prepare<{ text: string; type: string; language: string | null }>(
    `SELECT text, name_type AS type, language FROM entity_name WHERE entity_id = ? ORDER BY rowid`,
  );
  const linkColumns = `id, subject_id AS subjectId, object_id AS objectId, predicate, qualifiers, status, valid_from AS validFrom`;
  // Each side read in page order on its page index (first 5 only) and merged here: a hub costs a page, not a sort.
  // Entity predicates are exactly the statements with an object (the seed validator enforces it).
  type LinkRow = { id: string; subjectId: string; objectId: string | null; predicate: string; qualifiers: string; status: string; validFrom: string | null };
  const linkSide = (column: string) =>
    prepare<LinkRow>(
      `SELECT ${linkColumns} FROM statement s WHERE s.${column} = ? AND s.object_id IS NOT NULL AND s.superseded_by_id IS NULL
       ORDER BY COALESCE(s.valid_from, ''), s.predicate, s.id LIMIT ?`,
    );
  const linksAsSubject = linkSide("subject_id");
  const linksAsObject = linkSide("object_id");
  const linkKey = (row: LinkRow) => [row.validFrom ?? "", row.predicate, row.id];
  const before = (a: LinkRow, b: LinkRow) => {
    const [x, y] = [linkKey(a), linkKey(b)];
    for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return x[index] < y[index];
    return true;
  };
  const relationshipPage = (anchor: string, limit: number): LinkRow[] => {
    const left = linksAsSubject.all(anchor, limit);
    const right = linksAsObject.all(anchor, limit);
    const merged: LinkRow[] = [];
    while (merged.length < limit && (left.length > 0 || right.length > 0)) {
      merged.push(right.length === 0 || (left.length > 0 && before(left[0], right[0])) ? left.shift()! : right.shift()!);
    }
    return merged;
  };
  const citationsOf = prepare<{ sourceId: string; quote: string }>(
    `SELECT source_id AS sourceId, quote FROM citation WHERE statement_id = ? ORDER BY position`,
  );
  const sourceById = prepare<{ title: string; outlet: string }>(`SELECT title, outlet FROM source WHERE id = ?`);
  const dated = `COALESCE(valid_from_day, stated_on_day) IS NOT NULL`;
  // The API's timeline order (src/db/reads/statements.ts): the day an entry is shown at (its start, else the
  // first day of its record date: a report dated "1990" shows as 1990-01-01), then the record date's last day, then id.
  const byDate = `COALESCE(valid_from_day, substr(stated_on || '-01-01', 1, 10)), stated_on_day, id`;
  const timelinePage = prepare<{
    id: string; subjectId: string; objectId: string | null; predicate: string; value: string | null;
    validFrom: string | null; statedOn: string | null; status: string; supersededById: string | null; total: number;
  }>(
    `SELECT id, subject_id AS subjectId, object_id AS objectId, predicate, value, valid_from AS validFrom, stated_on AS statedOn,
            status, superseded_by_id AS supersededById,
            (SELECT COUNT(*) FROM (SELECT rowid FROM statement WHERE subject_id = @id AND ${dated} UNION SELECT rowid FROM statement WHERE object_id = @id AND ${dated})) AS total
     FROM statement WHERE rowid IN (
       SELECT rowid FROM (SELECT rowid FROM statement WHERE subject_id = @id AND ${dated} ORDER BY ${byDate} LIMIT @n)
       UNION SELECT rowid FROM (SELECT rowid FROM statement WHERE object_id = @id AND ${dated} ORDER BY ${byDate} LIMIT @n))
     ORDER BY ${byDate} LIMIT @n`,
  );
  const search = prepare<EntityRow & { matched: string; total: number }>(
    `WITH hits AS (
       SELECT entity_id, text, word_count AS rank FROM name_search WHERE name_search MATCH ?
     ), best AS (
       SELECT entity_id, text, rank, ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY rank, text) AS n FROM hits
     )
     SELECT e.id, e.kind, e.name, b.text AS matched, COUNT(*) OVER () AS total
     FROM best b JOIN entity e ON e.id = b.entity_id WHERE b.n = 1
     ORDER BY b.rank, e.name, e.id LIMIT ?`,
  );

  const edgesTouching = prepare<Edge>(
    `SELECT id AS statementId, subject_id AS subjectId, object_id AS objectId FROM statement
     WHERE subject_id IN (SELECT value FROM json_each(?)) AND object_id IS NOT NULL AND superseded_by_id IS NULL
     UNION ALL
     SELECT id AS statementId, subject_id AS subjectId, object_id AS objectId FROM statement
     WHERE object_id IN (SELECT value FROM json_each(?)) AND object_id IS NOT NULL AND superseded_by_id IS NULL
     LIMIT ?`,
  );
  const predicateOf = prepare<{ predicate: string }>(`SELECT predicate FROM statement WHERE id = ?`);
  /** The API's caps on one path search (src/graphql/paths/search-paths.ts). */
  const MAX_EDGES_PER_LEVEL = 20_000;

  // The rules, class definitions and awards, and the names they mention (for the explanations).
  const eligibilityRecords = prepare<{ section: string; id: string; json: string }>(
    `SELECT section, id, json FROM seed_record WHERE section IN ('rules', 'classes', 'awards')
     UNION ALL
     SELECT 'name', e.id, e.name FROM entity e WHERE e.id IN (SELECT DISTINCT t.value FROM seed_record r, json_tree(r.json) t WHERE t.type = 'text')`,
  );

  /** Per request: each entity and source read once. */
  function requestScope() {
    const entities = new Map<string, EntityRow>();
    const sources = new Map<string, { title: string; outlet: string }>();
    const entity = (id: string) => {
      let row = entities.get(id);
      if (!row) entities.set(id, (row = entityById.get(id)!));
      return row;
    };
    const citations = (statementId: string) =>
      citationsOf.all(statementId).map(({ sourceId, quote }) => {
        let source = sources.get(sourceId);
        if (!source) sources.set(sourceId, (source = sourceById.get(sourceId)!));
        return { quote, source: { title: source.title, outlet: source.outlet } };
      });
    const resolve = (ref: string): EntityRow => {
      const trimmed = ref.trim();
      if (trimmed.includes("/")) {
        const row = entityById.get(trimmed);
        if (row) return (entities.set(row.id, row), row);
      }
      const named = entitiesNamed.all(foldText(trimmed));
      if (named.length !== 1) throw new NotFound(ref);
      return entity(named[0].entityId);
    };
    return { entity, citations, resolve };
  }

  type Scope = ReturnType<typeof requestScope>;

  function relationships(scope: Scope, anchor: string, depth: number): unknown {
    const rows = relationshipPage(anchor, 5);
    return {
      nodes: rows.map((row) => {
        const otherId = row.subjectId === anchor ? (row.objectId ?? row.subjectId) : row.subjectId;
        const other = scope.entity(otherId);
        return {
          predicate: row.predicate,
          direction: row.subjectId === anchor ? "OUTGOING" : "INCOMING",
          role: (JSON.parse(row.qualifiers) as Record<string, string>).role ?? null,
          statement: { id: row.id, status: row.status, citations: scope.citations(row.id) },
          entity:
            depth < 3
              ? { id: other.id, name: other.name, relationships: relationships(scope, other.id, depth + 1) }
              : { id: other.id, kind: other.kind, name: other.name },
        };
      }),
    };
  }

  const operations: Record<string, (variables: Record<string, any>) => unknown | Promise<unknown>> = {
    Q1({ ref }) {
      const scope = requestScope();
      const entity = scope.resolve(ref);
      const names = namesOf.all(entity.id);
      return {
        entity: {
          id: entity.id, kind: entity.kind, name: entity.name, description: entity.description,
          aliases: names.filter((name) => name.type === "ALIAS").map((name) => name.text),
          names: names.map(({ text, type, language }) => ({ text, type, language })),
        },
      };
    },
    Q2({ ref }) {
      const scope = requestScope();
      const entity = scope.resolve(ref);
      return { entity: { id: entity.id, name: entity.name, relationships: relationships(scope, entity.id, 1) } };
    },
    Q3Timeline({ ref }) {
      const scope = requestScope();
      const entity = scope.resolve(ref);
      const rows = timelinePage.all({ id: entity.id, n: 20 });
      const name = (id: string | null) => (id ? { id, name: scope.entity(id).name } : null);
      return {
        timeline: {
          totalCount: rows[0]?.total ?? 0,
          nodes: rows.map((row) => {
            const date = partialDate((row.validFrom ?? row.statedOn)!);
            return {
              date: { text: date.text, precision: date.precision },
              dateIsReportDate: row.validFrom === null,
              status: row.supersededById ? "SUPERSEDED" : row.status,
              statement: {
                id: row.id, predicate: row.predicate, value: row.value,
                subject: name(row.subjectId), object: name(row.objectId), citations: scope.citations(row.id),
              },
            };
          }),
        },
      };
    },
    async Q3Paths({ from, to }) {
      const scope = requestScope();
      const start = scope.resolve(from);
      const end = scope.resolve(to);
      let cutShort = false;
      const expand = async (ids: string[]): Promise<Edge[]> => {
        if (cutShort) return [];
        const json = JSON.stringify(ids);
        const rows = edgesTouching.all(json, json, MAX_EDGES_PER_LEVEL + 1);
        if (rows.length <= MAX_EDGES_PER_LEVEL) return rows;
        cutShort = true;
        return rows.slice(0, MAX_EDGES_PER_LEVEL);
      };
      const found = await findPaths({ from: start.id, to: end.id, maxHops: 4, maxVisited: DEFAULT_MAX_VISITED, first: 5 }, expand);
      const name = (id: string) => ({ id, name: scope.entity(id).name });
      return {
        paths: {
          maxHops: 4,
          hasMore: found.hasMore,
          truncated: cutShort || found.truncated,
          truncatedBy: cutShort ? "MAX_LEVEL_EDGES" : found.truncatedBy,
          visitedEntities: found.visited,
          paths: found.paths.map((hops) => ({
            length: hops.length,
            hops: hops.map((hop) => ({
              predicate: predicateOf.get(hop.statementId)!.predicate,
              direction: hop.direction,
              from: name(hop.fromId),
              to: name(hop.toId),
              statement: { id: hop.statementId, citations: scope.citations(hop.statementId) },
            })),
          })),
        },
      };
    },
    Q4({ result }) {
      const scope = requestScope();
      const event = scope.resolve("event/24h-le-mans");
      const question: QualifyingResult = {
        championship: scope.resolve(result.championship).id, jointClassification: undefined, season: result.season,
        class: scope.resolve(result.class).id, position: result.position, entrant: undefined,
      };
      const rows = eligibilityRecords.all();
      const parsed = (section: string) => rows.filter((row) => row.section === section).map((row) => JSON.parse(row.json));
      const data: EligibilityData = {
        rules: parsed("rules"), classes: parsed("classes"), awards: parsed("awards"),
        names: Object.fromEntries(rows.filter((row) => row.section === "name").map((row) => [row.id, row.json])),
      };
      const knownAt = "2024-06-01";
      const answer = checkEntryEligibility({ event: event.id, edition: 2025, result: question, knownAt }, data);
      const condition = ({ description, held }: { description: string; held: boolean | null }) => ({ description, held });
      return {
        entryEligibility: {
          verdict: answer.verdict,
          summary: summariseEntryEligibility(answer, knownAt),
          reasons: answer.reasons.map(condition),
          rulesConsidered: answer.rulesConsidered.map((evaluation) => ({
            verdict: evaluation.verdict, rule: { id: evaluation.ruleId }, conditions: evaluation.conditions.map(condition),
          })),
        },
      };
    },
    Q5({ text }) {
      const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
      const rows = search.all(words.map((word) => `"${word}"*`).join(" "), 10);
      return {
        search: {
          totalCount: rows[0]?.total ?? 0,
          nodes: rows.map((row) => ({ matched: row.matched, entity: { id: row.id, kind: row.kind, name: row.name } })),
        },
      };
    },
  };

  let last = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      statements = 0;
      let status = 200;
      let body: string;
      try {
        const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { operationName: string; variables: Record<string, unknown> };
        const operation = operations[operationName];
        if (!operation) throw new NotFound(operationName);
        body = JSON.stringify({ data: await operation(variables ?? {}) });
      } catch (error) {
        status = error instanceof NotFound ? 404 : 400;
        body = JSON.stringify({ errors: [{ message: String(error) }] });
      }
      last = statements;
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-sql-statements": String(statements) }).end(body);
    });
  });
  return { server, lastStatements: () => last, close: () => (server.close(), db.close()) };
}

