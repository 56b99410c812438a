/**
 * Generated seed folders with the graph shapes path tests need (not real data): a short chain with
 * two parallel routes and dated statements, an island, and a hub with thousands of members.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";

const citations = [{ source: "source/synthetic", quote: "synthetic fixture" }];
const sources = [{ id: "source/synthetic", title: "Synthetic fixture", outlet: "Tests", language: "en", published: "2020-01-01" }];

/**
 * person/a —HOLDS_ROLE (2000–2005)→ org/b —ORGANISES→ championship/c  —GRANTS_AUTOMATIC_ENTRY→ event/d
 *                                    org/b —ORGANISES→ championship/c2 —GRANTS_AUTOMATIC_ENTRY (stated 2021-11-05)→ event/d
 * person/x —HOLDS_ROLE→ org/y (an island)
 * person/m0 … m{hubMembers-1} —HOLDS_ROLE→ org/hub;  person/t0 — t1 — … — t5 (a chain, far from the hub)
 */
export function writePathGraph(hubMembers: number): string {
  const entities: object[] = [];
  const statements: object[] = [];
  const entity = (id: string, kind: string, name: string) => entities.push({ id, kind, name });
  const link = (subject: string, predicate: string, object: string, extra: object = {}) =>
    statements.push({ subject, predicate, object, citations, ...extra });

  entity("person/a", "PERSON", "Alice Start");
  entity("org/b", "ORGANISATION", "Bridge Organisation");
  entity("championship/c", "CHAMPIONSHIP", "Cup One");
  entity("championship/c2", "CHAMPIONSHIP", "Cup Two");
  entity("event/d", "EVENT", "Destination Race");
  link("person/a", "HOLDS_ROLE", "org/b", { qualifiers: { role: "president" }, validFrom: 2000, validUntil: 2005, statedOn: "2000-01-01" });
  link("org/b", "ORGANISES", "championship/c", { statedOn: "2000-01-01" });
  link("org/b", "ORGANISES", "championship/c2", { statedOn: "2000-01-01" });
  link("championship/c", "GRANTS_AUTOMATIC_ENTRY", "event/d", { statedOn: "2000-01-01" });
  link("championship/c2", "GRANTS_AUTOMATIC_ENTRY", "event/d", { statedOn: "2021-11-05", status: "ANNOUNCED" });

  entity("person/x", "PERSON", "Xavier Island");
  entity("org/y", "ORGANISATION", "Yonder Club");
  link("person/x", "HOLDS_ROLE", "org/y");

  entity("org/hub", "ORGANISATION", "Hub Federation");
  for (let index = 0; index < hubMembers; index++) {
    entity(`person/m${index}`, "PERSON", `Member ${index}`);
    link(`person/m${index}`, "HOLDS_ROLE", "org/hub");
  }
  for (let index = 0; index <= 5; index++) entity(`person/t${index}`, "PERSON", `Chain Person ${index}`);
  for (let index = 0; index < 5; index++) link(`person/t${index}`, "SUCCEEDED", `person/t${index + 1}`);

  const folder = mkdtempSync(join(tmpdir(), "path-seeds-"));
  writeFileSync(join(folder, "graph.yaml"), stringify({ sources, entities, statements }, { aliasDuplicateObjects: false }));
  return folder;
}
