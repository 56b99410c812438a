/** A small generated seeds folder for tests that need many parents (not real data). */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

export function writePeopleOrgsChampionships(people: number): string {
  const folder = mkdtempSync(join(tmpdir(), "synthetic-seeds-"));
  const citations = [{ source: "source/synthetic", quote: "synthetic fixture" }];
  const entities: object[] = [];
  const statements: object[] = [];
  for (let index = 0; index < people; index++) {
    entities.push({ id: `person/p${index}`, kind: "PERSON", name: `Person ${index}` });
    entities.push({ id: `org/o${index}`, kind: "ORGANISATION", name: `Organisation ${index}` });
    statements.push({ subject: `person/p${index}`, predicate: "HOLDS_ROLE", object: `org/o${index}`, qualifiers: { role: "president" }, citations });
    for (const suffix of ["a", "b"]) {
      entities.push({ id: `championship/c${index}${suffix}`, kind: "CHAMPIONSHIP", name: `Championship ${index}${suffix}` });
      statements.push({ subject: `org/o${index}`, predicate: "ORGANISES", object: `championship/c${index}${suffix}`, citations });
    }
  }
  const sources = [{ id: "source/synthetic", title: "Synthetic fixture", outlet: "Tests", language: "en", published: "2020-01-01" }];
  writeFileSync(join(folder, "graph.yaml"), stringify({ sources, entities, statements }));
  return folder;
}
