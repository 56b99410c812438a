/** Small generated seeds folders (not real data): many parents; one entity's history with tied dates. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

const citations = [{ source: "source/synthetic", quote: "synthetic fixture" }];
const sources = [{ id: "source/synthetic", title: "Synthetic fixture", outlet: "Tests", language: "en", published: "2020-01-01" }];

/** person/pN holds a role at org/oN, which organises two championships. */
export function writePeopleOrgsChampionships(people: number): string {
  const folder = mkdtempSync(join(tmpdir(), "synthetic-seeds-"));
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
  writeFileSync(join(folder, "graph.yaml"), stringify({ sources, entities, statements }));
  return folder;
}

/**
 * person/p's history, built so that an order by any one column is wrong (ids are named against it):
 * a report dated only "1990" (shown as 1990-01-01, though its record date runs to 1990-12-31), a
 * start on 1990-04-24, two entries on 1995-06-01 reported the same day (one of them incoming:
 * person/q SUCCEEDED person/p), and a third 1995-06-01 start reported later, in 1996.
 * The timeline order: 1990 report, 1990-04-24, tie-1, tie-2, a-late-report.
 */
export function writeTimelineGraph(): string {
  const folder = mkdtempSync(join(tmpdir(), "timeline-seeds-"));
  const entities = [
    { id: "person/p", kind: "PERSON", name: "Paula Timeline" },
    { id: "person/q", kind: "PERSON", name: "Quentin Successor" },
    ...[1, 2, 3, 4].map((index) => ({ id: `org/o${index}`, kind: "ORGANISATION", name: `Organisation ${index}` })),
  ];
  const role = (id: string, object: string, dates: object) => ({ id, subject: "person/p", predicate: "HOLDS_ROLE", object, qualifiers: { role: "president" }, ...dates, citations });
  const statements = [
    role("a-late-report", "org/o1", { validFrom: "1995-06-01", statedOn: "1996" }),
    { id: "tie-2", subject: "person/q", predicate: "SUCCEEDED", object: "person/p", validFrom: "1995-06-01", statedOn: "1995-06-01", citations },
    role("tie-1", "org/o2", { validFrom: "1995-06-01", statedOn: "1995-06-01" }),
    role("started-1990-04-24", "org/o3", { validFrom: "1990-04-24", statedOn: "1990-05-01" }),
    role("z-reported-1990", "org/o4", { statedOn: "1990" }),
  ];
  writeFileSync(join(folder, "graph.yaml"), stringify({ sources, entities, statements }));
  return folder;
}
