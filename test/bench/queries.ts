/**
 * The benchmark's queries. Each one is asked of the API (GraphQL over HTTP) and of the
 * hand-written baseline (Q0, raw-server.ts), which must give the same `data`, byte for byte.
 * Targets are entities every synthetic graph has (src/synth/generate.ts: the hubs), so the
 * same query runs at every size.
 */

export interface BenchQuery {
  /** Short id used in tables: Q1-id, Q2 … */
  id: string;
  /** What it does, for the report. */
  title: string;
  /** The GraphQL operation name; the baseline dispatches on it. */
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** Query fields it needs: skipped (and said so) when the schema does not have them yet. */
  requires: string[];
  /** Run again at 70 % of its maximum throughput to read p99 (Q1, Q2, Q4, Q5). */
  latencyRun: boolean;
  /** The most SQL statements one request may run, at any size (a batched loader per level). */
  sqlBudget: number;
}

const CITED = `citations { quote source { title outlet } }`;

export const QUERIES: BenchQuery[] = [
  {
    id: "Q1-id",
    title: "entity by id (org/aco), with names and aliases",
    operationName: "Q1",
    query: `query Q1($ref: String!) { entity(ref: $ref) { id kind name description aliases names { text type language } } }`,
    variables: { ref: "org/aco" },
    requires: ["entity"],
    latencyRun: true,
    sqlBudget: 2,
  },
  {
    id: "Q1-alias",
    title: 'entity by alias, typed without accents ("stephane ratel")',
    operationName: "Q1",
    query: `query Q1($ref: String!) { entity(ref: $ref) { id kind name description aliases names { text type language } } }`,
    variables: { ref: "stephane ratel" },
    requires: ["entity"],
    latencyRun: true,
    sqlBudget: 3,
  },
  {
    id: "Q2",
    title: "3-hop expansion from the ACO hub, 5 links per hop (≤ 155 links), each with its statement and citations",
    operationName: "Q2",
    query: `query Q2($ref: String!) {
  entity(ref: $ref) {
    id name
    relationships(first: 5) { nodes {
      predicate direction role statement { id status ${CITED} }
      entity { id name relationships(first: 5) { nodes {
        predicate direction role statement { id status ${CITED} }
        entity { id name relationships(first: 5) { nodes {
          predicate direction role statement { id status ${CITED} }
          entity { id kind name }
        } } }
      } } }
    } }
  }
}`,
    variables: { ref: "org/aco" },
    requires: ["entity"],
    latencyRun: true,
    sqlBudget: 13,
  },
  {
    id: "Q3-timeline",
    title: "timeline of the ACO hub: first 20 dated statements with total, subject, object and citations",
    operationName: "Q3Timeline",
    query: `query Q3Timeline($ref: String!) {
  timeline(entity: $ref, first: 20) {
    totalCount
    nodes {
      date { text precision } dateIsReportDate status
      statement { id predicate value subject { id name } object { id name } ${CITED} }
    }
  }
}`,
    variables: { ref: "org/aco" },
    requires: ["timeline"],
    latencyRun: false,
    sqlBudget: 5,
  },
  {
    id: "Q3-paths",
    title: "shortest paths (up to 5, ≤ 4 hops) from Stéphane Ratel to the Circuit de la Sarthe, hub-heavy, each hop with its citations",
    operationName: "Q3Paths",
    query: `query Q3Paths($from: String!, $to: String!) {
  paths(from: $from, to: $to, maxHops: 4, first: 5) {
    maxHops hasMore truncated truncatedBy visitedEntities
    paths { length hops { predicate direction from { id name } to { id name } statement { id ${CITED} } } }
  }
}`,
    variables: { from: "person/stephane-ratel", to: "venue/circuit-de-la-sarthe" },
    requires: ["paths"],
    latencyRun: false,
    sqlBudget: 7,
  },
  {
    id: "Q4",
    title: "entry eligibility: does a 2024 WEC LMGT3 win earn a 2025 Le Mans entry, as known on 2024-06-01 (UNDETERMINED: class still open), with every condition",
    operationName: "Q4",
    query: `query Q4($result: QualifyingResultInput!) {
  entryEligibility(edition: 2025, result: $result, knownAt: "2024-06-01") {
    verdict summary
    reasons { description held }
    rulesConsidered { verdict rule { id } conditions { description held } }
  }
}`,
    variables: { result: { championship: "championship/fia-wec", season: "2024", class: "class/lmgt3", position: 1 } },
    requires: ["entryEligibility"],
    latencyRun: true,
    sqlBudget: 4,
  },
  {
    id: "Q5",
    title: 'accent-free search ("stephane ratel"), first 10 hits with total',
    operationName: "Q5",
    query: `query Q5($text: String!) { search(text: $text, first: 10) { totalCount nodes { matched entity { id kind name } } } }`,
    variables: { text: "stephane ratel" },
    requires: ["search"],
    latencyRun: true,
    sqlBudget: 1,
  },
];

/** Queries named by the issue that have no field in the schema yet: listed in the report as skipped. */
export const PENDING_QUERIES: { id: string; title: string; requires: string }[] = [];

export function requestBody(query: BenchQuery): string {
  return JSON.stringify({ operationName: query.operationName, query: query.query, variables: query.variables });
}

/**
 * What each query's answer must show beyond agreeing with Q0 (the hubs are where the generator
 * puts them at every size), or null when it does.
 */
export function implausible(query: BenchQuery, data: any): string | null {
  switch (query.id) {
    case "Q1-id":
      return data?.entity?.id === "org/aco" && data.entity.aliases.includes("ACO") ? null : "expected org/aco with alias ACO";
    case "Q1-alias":
      return data?.entity?.id === "person/stephane-ratel" ? null : "expected person/stephane-ratel";
    case "Q2": {
      const first = data?.entity?.relationships?.nodes ?? [];
      const links = first.length + first.flatMap((link: any) => link.entity.relationships.nodes).length;
      const cited = first.every((link: any) => link.statement.citations.length >= 1);
      return first.length === 5 && links >= 15 && cited ? null : `expected 5 links, each cited, at hop 1 (got ${first.length}, ${links} in two hops)`;
    }
    case "Q3-timeline":
      return data?.timeline?.totalCount > 0 && data.timeline.nodes.length === Math.min(20, data.timeline.totalCount) ? null : "expected a page of the hub's timeline";
    case "Q3-paths":
      return data?.paths?.paths?.length >= 1 && data.paths.paths[0].length === 2 ? null : "expected paths of 2 hops";
    case "Q4":
      return data?.entryEligibility?.verdict === "UNDETERMINED" && data.entryEligibility.rulesConsidered.length === 1
        ? null
        : "expected UNDETERMINED from the one open 2025 rule";
    case "Q5":
      return data?.search?.nodes?.[0]?.entity?.id === "person/stephane-ratel" ? null : "expected Stéphane Ratel first";
    default:
      return null;
  }
}
