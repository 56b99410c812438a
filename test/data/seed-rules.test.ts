// The curation rules every fact in seeds/ must keep (issue 4's data checks), read from the seed files themselves.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSeeds, type SeedGraph } from "../../src/seeds/load-seeds";
import { MAX_QUOTE_WORDS, ENTITY_ID } from "../../src/seeds/shapes";
import { partialDate } from "../../src/domain/partial-date";
import { foldText } from "../../src/domain/text";
import { REPO_ROOT, SEEDS_DIR } from "../support/app";

let graph: SeedGraph;
beforeAll(() => {
  graph = loadSeeds(SEEDS_DIR);
});

/** The two founding reports, kept in seeds/founding-reports: their quotes must be in them verbatim. */
const LOCAL_SOURCES: Record<string, string> = {
  "source/motorhours-2021-11-05-sro-alms": "000_e74ecf99948f6ad5.txt",
  "source/autohebdo-it-2021-11-05-aco-almem-sro": "002_e86bf72c469782a3.txt",
};

/** Every entity id anywhere in a record (grantors, event, championship, class options, recipient …). */
function entityIdsIn(value: unknown): string[] {
  if (typeof value === "string") return ENTITY_ID.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(entityIdsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(entityIdsIn);
  return [];
}

describe("seeds/", () => {
  it("has no entity that no statement cites (every entity has a source)", () => {
    const cited = new Set<string>();
    for (const statement of graph.statements) {
      cited.add(statement.subject);
      if (statement.object) cited.add(statement.object);
      for (const option of statement.options ?? []) cited.add(option);
      for (const value of Object.values(statement.qualifiers)) if (ENTITY_ID.test(value)) cited.add(value);
    }
    // Rules, class definitions and awards carry citations too: an entity they name is sourced by them.
    for (const record of [...graph.extra.rules, ...graph.extra.classes, ...graph.extra.awards]) {
      for (const id of entityIdsIn(record)) cited.add(id);
    }
    const unsourced = [...graph.entities.values()].filter((entity) => !cited.has(entity.id)).map((entity) => `${entity.id} (${entity.location.file}:${entity.location.line})`);
    expect(unsourced).toEqual([]);
  });

  it("has no quote over 25 words", () => {
    const long = graph.statements.flatMap((statement) =>
      statement.citations.filter((citation) => citation.quote.split(/\s+/).length > MAX_QUOTE_WORDS).map(() => `${statement.location.file}:${statement.location.line}`),
    );
    expect(long).toEqual([]);
  });

  it("has no validFrom after validUntil", () => {
    const backwards = graph.statements.filter(
      (statement) => statement.validFrom && statement.validUntil && partialDate(statement.validFrom).firstDay > partialDate(statement.validUntil).lastDay,
    );
    expect(backwards.map((statement) => statement.id)).toEqual([]);
  });

  it("shares no alias between two entities unless it is marked ambiguous on each", () => {
    const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
    for (const entity of graph.entities.values()) {
      for (const alias of [{ text: entity.name, ambiguous: false }, ...entity.aliases]) {
        const key = foldText(alias.text);
        if (!(owners.get(key) ?? []).some((owner) => owner.id === entity.id)) owners.set(key, [...(owners.get(key) ?? []), { id: entity.id, ambiguous: alias.ambiguous }]);
      }
    }
    const unmarked = [...owners].filter(([, list]) => list.length > 1 && list.some((owner) => !owner.ambiguous)).map(([key, list]) => `${key}: ${list.map((owner) => owner.id).join(", ")}`);
    expect(unmarked).toEqual([]);
  });

  it("has only well-formed http(s) URLs", () => {
    const bad = [...graph.sources.values()].filter((source) => {
      if (!source.url) return false;
      try {
        const url = new URL(source.url);
        return !/^https?:$/.test(url.protocol) || !url.hostname.includes(".") || /\s/.test(source.url);
      } catch {
        return true;
      }
    });
    expect(bad.map((source) => source.id)).toEqual([]);
  });

  it("quotes the two founding reports verbatim", () => {
    const missing: string[] = [];
    for (const statement of graph.statements) {
      for (const citation of statement.citations) {
        const file = LOCAL_SOURCES[citation.source];
        if (!file) continue;
        const text = readFileSync(join(REPO_ROOT, "seeds", "founding-reports", file), "utf8");
        if (!text.includes(citation.quote)) missing.push(`${statement.location.file}:${statement.location.line}: ${citation.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives every statement a source that exists, with a title and an outlet", () => {
    for (const statement of graph.statements) {
      for (const citation of statement.citations) expect(graph.sources.get(citation.source)?.title).toBeTruthy();
    }
  });
});
