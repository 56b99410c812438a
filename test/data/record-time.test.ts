// Issue 11's data checks: record time never silently missing, one claim one statement, conflicts
// kept as links, ids that survive a correction. Each failure names file:line and what to fix.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { listSeedFiles, loadSeeds, type SeedGraph, type StatementSeed } from "../../src/seeds/load-seeds";
import { readYamlFile } from "../../src/seeds/yaml-file";
import { partialDate } from "../../src/domain/partial-date";
import { disputeLinks, duplicateClaims } from "../../src/domain/time";
import { REPO_ROOT, SEEDS_DIR } from "../support/app";

let graph: SeedGraph;
let undatable: Map<string, string>;
beforeAll(() => {
  graph = loadSeeds(SEEDS_DIR);
  const list = parse(readFileSync(join(__dirname, "undated-sources.yaml"), "utf8")) as Record<string, string[]>;
  undatable = new Map(Object.entries(list).flatMap(([reason, ids]) => ids.map((id) => [id, reason] as [string, string])));
});

const at = (statement: StatementSeed) => `${statement.location.file}:${statement.location.line}`;

/** Conflicts the seeds' comments name (file headers and notes): each must stay a `disputes:` link. */
const CONFLICTS_IN_COMMENTS: [string, string][] = [
  ["rule-alms-2022-gt-top-three-le-mans-2022", "rule-alms-2022-gt-champion-le-mans-2022"], // seeds/results/invitations.yaml header
  ["le-mans-2023-award-racing-spirit-of-leman-le-mans-cup", "le-mans-2023-award-gmb-le-mans-cup"], // same header
  ["hist-ratel-le-mans-entrant-1993", "ratel-le-mans-driver-1993"], // seeds/2021-agreement/statements.yaml, Ratel at Le Mans
  ["alms-2022-entry-37-cars-27-teams", "alms-2022-entry-36-cars"], // seeds/results/alms-seasons.yaml, entry sizes
  ["gtwca-2022-suzuka-july-planned-opener", "gtwca-2022-sepang-may"], // seeds/results/audit-leads.yaml, two planned openers
  ["alms-first-event-okayama-2009-de", "alms-first-event-okayama-2009-en"], // same file, two dates for one event
];

describe("record time in seeds/", () => {
  it("dates every statement, or all its sources are on test/data/undated-sources.yaml with a reason", () => {
    const problems = graph.statements
      .filter((statement) => statement.recordDate.day === null)
      .filter((statement) => statement.citations.some((citation) => !undatable.has(citation.source)))
      .map((statement) => {
        const unlisted = statement.citations.filter((citation) => !undatable.has(citation.source)).map((citation) => citation.source);
        return `${at(statement)}: ${statement.id} has no record date: give it statedOn, give ${unlisted.join(", ")} a published date (look at its stored page), or list the source in test/data/undated-sources.yaml with the reason it cannot be dated`;
      });
    expect(problems).toEqual([]);
  });

  it("lists on undated-sources.yaml only sources that exist and have no published date", () => {
    const stale = [...undatable.keys()].filter((id) => !graph.sources.has(id) || graph.sources.get(id)!.published);
    expect(stale.map((id) => `test/data/undated-sources.yaml: ${id} is not an undated source any more: remove it from the list`)).toEqual([]);
  });

  it("never dates a reported result before it happened", () => {
    const early = graph.statements.filter((statement) => statement.recordDate.origin === "VALID_FROM" && statement.statedOn);
    expect(early.map((statement) => `${at(statement)}: statedOn ${statement.statedOn} is before validFrom ${statement.validFrom}: a result cannot be reported before it happened; correct one of them`)).toEqual([]);
  });
});

describe("one claim, one statement", () => {
  it("has no two statements with the same subject, predicate, object and qualifiers at overlapping or unknown times", () => {
    const supersession = new Set(graph.statements.filter((s) => s.supersedes).map((s) => `${s.id}|statement/${s.supersedes}`));
    const disputes = disputeLinks(graph.statements.map((s) => ({ id: s.id, disputes: (s.disputes ?? []).map((id) => `statement/${id}`) })));
    const linked = (a: StatementSeed, b: StatementSeed) =>
      supersession.has(`${a.id}|${b.id}`) || supersession.has(`${b.id}|${a.id}`) || (disputes.get(a.id) ?? []).includes(b.id);
    const claims = graph.statements.map((statement) => ({
      ...statement,
      validFromDay: statement.validFrom ? partialDate(statement.validFrom).firstDay : null,
      validUntilDay: statement.validUntil ? partialDate(statement.validUntil).lastDay : null,
    }));
    const duplicates = duplicateClaims(claims)
      .filter(([a, b]) => !linked(a, b))
      .map(([a, b]) => `${at(b)}: ${b.id} says what ${a.id} (${at(a)}) says: merge them into one statement with both citations (keep the other id in mergedFrom), or mark one \`distinct: <why>\``);
    expect(duplicates).toEqual([]);
  });

  it("keeps every merged statement's former id unused and unique", () => {
    const ids = new Set(graph.statements.map((statement) => statement.id));
    const seen = new Map<string, StatementSeed>();
    const problems: string[] = [];
    for (const statement of graph.statements) {
      for (const former of statement.mergedFrom ?? []) {
        if (ids.has(`statement/${former}`)) problems.push(`${at(statement)}: mergedFrom ${former} is still a statement: remove one of the two`);
        const first = seen.get(former);
        if (first) problems.push(`${at(statement)}: mergedFrom ${former} is also claimed by ${at(first)}`);
        seen.set(former, statement);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("conflicts as data", () => {
  it("links every conflict the seeds' comments name", () => {
    const links = disputeLinks(graph.statements.map((s) => ({ id: s.id, disputes: (s.disputes ?? []).map((id) => `statement/${id}`) })));
    const missing = CONFLICTS_IN_COMMENTS.filter(([a, b]) => !(links.get(`statement/${a}`) ?? []).includes(`statement/${b}`)).map(
      ([a, b]) => `${a} and ${b} are named as conflicting in the seeds' comments: add \`disputes: ${b}\` to ${a}`,
    );
    expect(missing).toEqual([]);
  });

  it("links a statement whose note says it conflicts with another", () => {
    const links = disputeLinks(graph.statements.map((s) => ({ id: s.id, disputes: (s.disputes ?? []).map((id) => `statement/${id}`) })));
    const missing = graph.statements.flatMap((statement) => {
      const named = [...Object.values(statement.qualifiers).join(" ").matchAll(/conflicts with ([a-z0-9-]+)/g)].map((match) => match[1]);
      return named
        .filter((other) => !(links.get(statement.id) ?? []).includes(`statement/${other}`))
        .map((other) => `${at(statement)}: its note says it conflicts with ${other}: add \`disputes: ${other}\``);
    });
    expect(missing).toEqual([]);
  });
});

describe("statement ids", () => {
  it("gives every seeded statement a permanent id (a content hash would change with any correction)", () => {
    const missing: string[] = [];
    for (const path of listSeedFiles(SEEDS_DIR)) {
      const file = readYamlFile(path, relative(REPO_ROOT, path));
      if (Array.isArray(file)) continue;
      const statements = (file.data as { statements?: { id?: string }[] } | null)?.statements ?? [];
      statements.forEach((statement, index) => {
        if (!statement.id) missing.push(`${file.file}:${file.lineOf(["statements", index])}: give this statement an \`id:\` (a slug that says what it states); ids are forever`);
      });
    }
    expect(missing).toEqual([]);
  });
});
