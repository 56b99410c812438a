/** Checks that need every file: references, kinds, ambiguous aliases, supersession. */
import { ENTITY_KINDS, PREDICATES, type EntityKind, type Predicate } from "../domain/vocabulary";
import { foldText } from "../domain/text";
import { closestMatches } from "../domain/suggest";
import type { SeedProblem } from "./problems";
import { ENTITY_ID, type EntitySeed, type SourceSeed } from "./shapes";
import type { Located, StatementSeed } from "./load-seeds";

interface Graph {
  sources: Map<string, Located<SourceSeed>>;
  entities: Map<string, Located<EntitySeed>>;
  statements: StatementSeed[];
}

export function checkReferences(graph: Graph, problems: SeedProblem[]): void {
  checkEntityKinds(graph, problems);
  checkAmbiguousAliases(graph, problems);
  const statementIds = new Set(graph.statements.map((statement) => statement.id));
  for (const statement of graph.statements) {
    const at = statement.location;
    const entity = (id: string, role: string) => {
      if (!graph.entities.has(id)) problems.push({ ...at, message: `${role} "${id}" is not a known entity${didYouMean(id, graph.entities.keys())}` });
    };
    entity(statement.subject, "subject");
    if (statement.object) entity(statement.object, "object");
    for (const option of statement.options ?? []) entity(option, "option");
    for (const [name, value] of Object.entries(statement.qualifiers)) {
      if (ENTITY_ID.test(value)) entity(value, `qualifier ${name}`);
    }
    checkPredicateObject(statement, at, problems);
    if (statement.supersedes && !statementIds.has(`statement/${statement.supersedes}`)) {
      problems.push({ ...at, message: `supersedes "${statement.supersedes}", which is not a statement id${didYouMean(`statement/${statement.supersedes}`, statementIds)}` });
    }
    for (const citation of statement.citations) {
      if (!graph.sources.has(citation.source)) {
        problems.push({ ...at, message: `cites "${citation.source}", which is not a known source${didYouMean(citation.source, graph.sources.keys())}` });
      }
    }
  }
}

function checkPredicateObject(statement: StatementSeed, at: { file: string; line: number }, problems: SeedProblem[]): void {
  const expects = PREDICATES[statement.predicate as Predicate].object;
  if (expects === "entity" && !statement.object) problems.push({ ...at, message: `${statement.predicate} links two entities: give \`object\`, not \`value\`` });
  if (expects === "value" && statement.value === undefined) problems.push({ ...at, message: `${statement.predicate} takes a literal: give \`value\`, not \`object\`` });
}

function checkEntityKinds(graph: Graph, problems: SeedProblem[]): void {
  for (const entity of graph.entities.values()) {
    const prefix = ENTITY_KINDS[entity.kind as EntityKind].prefix;
    if (!entity.id.startsWith(`${prefix}/`)) {
      problems.push({ ...entity.location, message: `entity ${entity.id} has kind ${entity.kind}, so its id must start with "${prefix}/"` });
    }
  }
}

/** A name or alias shared by two entities must be marked ambiguous on each of them. */
function checkAmbiguousAliases(graph: Graph, problems: SeedProblem[]): void {
  const owners = new Map<string, { entity: Located<EntitySeed>; ambiguous: boolean }[]>();
  for (const entity of graph.entities.values()) {
    const names = [{ text: entity.name, ambiguous: false }, ...entity.aliases];
    const seen = new Set<string>();
    for (const name of names) {
      const key = foldText(name.text);
      if (seen.has(key)) continue;
      seen.add(key);
      owners.set(key, [...(owners.get(key) ?? []), { entity, ambiguous: name.ambiguous }]);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    for (const owner of list.filter((item) => !item.ambiguous)) {
      const others = list.filter((item) => item !== owner).map((item) => item.entity.id).join(", ");
      problems.push({ ...owner.entity.location, message: `"${key}" also names ${others}: mark the alias { text: …, ambiguous: true } on every entity it names` });
    }
  }
}

function didYouMean(id: string, candidates: Iterable<string>): string {
  const close = closestMatches(id, [...candidates], 3);
  return close.length > 0 ? ` (did you mean ${close.map((item) => `"${item}"`).join(", ")}?)` : "";
}
