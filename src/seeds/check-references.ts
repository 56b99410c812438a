/** Checks that need every file: references, kinds, ambiguous aliases, supersession. */
import { ENTITY_KINDS, PREDICATES, type EntityKind, type Predicate, statementId } from "../domain/vocabulary";
import { foldText } from "../domain/text";
import { closestMatches } from "../domain/suggest";
import type { SeedProblem } from "./problems";
import { ENTITY_ID, type EntitySeed, type SourceSeed } from "./shapes";
import type { ExtraSections, Located, StatementSeed } from "./seed-graph";
import type { RuleRecord } from "../domain/eligibility";
import { partialDate } from "../domain/partial-date";

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
    if (statement.supersedes && !statementIds.has(statementId(statement.supersedes))) {
      problems.push({ ...at, message: `supersedes "${statement.supersedes}", which is not a statement id${didYouMean(statementId(statement.supersedes), statementIds)}` });
    }
    for (const [field, ids] of [["disputes", statement.disputes ?? []], ["ends", statement.ends ? [statement.ends] : []]] as const) {
      for (const id of ids) {
        if (id === statement.id.slice("statement/".length)) problems.push({ ...at, message: `${field} "${id}" names this statement itself` });
        else if (!statementIds.has(`statement/${id}`)) problems.push({ ...at, message: `${field} "${id}", which is not a statement id${didYouMean(`statement/${id}`, statementIds)}` });
      }
    }
    for (const citation of statement.citations) {
      if (!graph.sources.has(citation.source)) {
        problems.push({ ...at, message: `cites "${citation.source}", which is not a known source${didYouMean(citation.source, graph.sources.keys())}` });
      }
    }
  }
  checkStatementSupersession(graph.statements, problems);
}

/**
 * A statement replaces another, never itself, and a chain of replacements ends: in a cycle no
 * statement is the current one. Each cycle is reported at every member, naming the whole cycle.
 */
function checkStatementSupersession(statements: StatementSeed[], problems: SeedProblem[]): void {
  const byId = new Map(statements.map((statement) => [statement.id, statement]));
  for (const statement of statements) {
    if (!statement.supersedes) continue;
    const chain = [statement.id];
    for (let next = byId.get(statementId(statement.supersedes)); next; next = next.supersedes ? byId.get(statementId(next.supersedes)) : undefined) {
      if (next.id === statement.id) {
        const message = chain.length === 1 ? `supersedes itself ("${statement.supersedes}")` : `supersedes in a cycle: ${[...chain, statement.id].join(" → ")}`;
        problems.push({ ...statement.location, message });
        break;
      }
      if (chain.includes(next.id)) break; // a cycle further down the chain is reported at its own members
      chain.push(next.id);
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

// ── rules:, classes:, awards: ───────────────────────────────────────────────────────────────

type At = { file: string; line: number };

/** References from the eligibility sections: entities, sources, rules and statements must exist and agree. */
export function checkRuleReferences(graph: Graph & { extra: ExtraSections }, problems: SeedProblem[], rejectedRules: ReadonlySet<string> = new Set()): void {
  const { rules, classes, awards } = graph.extra;
  for (const records of [rules, classes, awards]) checkUniqueIds(records, problems);
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const refs = referenceChecker(graph, problems);
  for (const rule of rules) checkRule(rule, rulesById, rejectedRules, graph, refs, problems);
  for (const definition of classes) {
    refs.entity(definition.class, "class", definition.location);
    refs.entity(definition.championship, "championship", definition.location);
    refs.citations(definition.citations, definition.location);
  }
  checkOverlappingDefinitions(classes, problems);
  for (const award of awards) {
    refs.entity(award.recipient, "recipient", award.location);
    refs.citations(award.citations, award.location);
    const rule = rulesById.get(award.rule);
    if (!rule && rejectedRules.has(award.rule)) continue;
    if (!rule) problems.push({ ...award.location, message: `rule "${award.rule}" is not a known rule${didYouMean(award.rule, rulesById.keys())}` });
    else if (rule.edition !== award.edition) problems.push({ ...award.location, message: `edition ${award.edition} differs from the edition ${rule.edition} of its rule ${rule.id}` });
  }
}

function referenceChecker(graph: Graph, problems: SeedProblem[]) {
  return {
    entity(id: string, role: string, at: At) {
      if (!graph.entities.has(id)) problems.push({ ...at, message: `${role} "${id}" is not a known entity${didYouMean(id, graph.entities.keys())}` });
    },
    citations(citations: readonly { source: string }[], at: At) {
      for (const citation of citations) {
        if (!graph.sources.has(citation.source)) {
          problems.push({ ...at, message: `cites "${citation.source}", which is not a known source${didYouMean(citation.source, graph.sources.keys())}` });
        }
      }
    },
  };
}

function checkRule(
  rule: Located<RuleRecord>,
  rulesById: Map<string, Located<RuleRecord>>,
  rejectedRules: ReadonlySet<string>,
  graph: Graph,
  refs: ReturnType<typeof referenceChecker>,
  problems: SeedProblem[],
): void {
  const at = rule.location;
  for (const grantor of rule.grantors) refs.entity(grantor, "grantor", at);
  refs.entity(rule.event, "event", at);
  if (rule.championship) refs.entity(rule.championship, "championship", at);
  for (const member of rule.jointClassification?.championships ?? []) refs.entity(member, "joint classification championship", at);
  if (typeof rule.class === "string") refs.entity(rule.class, "class", at);
  else for (const option of rule.class.options) refs.entity(option, "class option", at);
  if (rule.entryClass) refs.entity(rule.entryClass, "entryClass", at);
  refs.citations(rule.citations, at);
  if (rule.supersedes && !rejectedRules.has(rule.supersedes)) checkSupersedes(rule, rulesById, problems);
  if (rule.statement) checkRuleStatement({ ...rule, statement: rule.statement }, graph, problems);
}

/** A rule replaces a rule of the same event and edition that was stated no later than itself, with no cycle. */
function checkSupersedes(rule: Located<RuleRecord>, rulesById: Map<string, Located<RuleRecord>>, problems: SeedProblem[]): void {
  const problem = (message: string): void => void problems.push({ ...rule.location, message });
  const target = rulesById.get(rule.supersedes!);
  if (!target) return problem(`supersedes "${rule.supersedes}", which is not a known rule${didYouMean(rule.supersedes!, rulesById.keys())}`);
  if (target.event !== rule.event || target.edition !== rule.edition) {
    problem(`supersedes ${target.id}, a rule for ${target.event} ${target.edition}, not ${rule.event} ${rule.edition}`);
  }
  if (partialDate(rule.statedOn).lastDay < partialDate(target.statedOn).lastDay) {
    problem(`is stated on ${rule.statedOn}, before the rule it supersedes (${target.id}, ${target.statedOn})`);
  }
  const chain = [rule.id];
  for (let next: Located<RuleRecord> | undefined = target; next; next = next.supersedes ? rulesById.get(next.supersedes) : undefined) {
    if (next.id === rule.id) return problem(`supersedes in a cycle: ${[...chain, rule.id].join(" → ")}`);
    if (chain.includes(next.id)) return; // a cycle that does not pass through this rule is reported at its own members
    chain.push(next.id);
  }
}

/** The cross-linked statement states the same grant: a GRANTS_AUTOMATIC_ENTRY to the rule's event. */
function checkRuleStatement(rule: Located<RuleRecord> & { statement: string }, graph: Graph, problems: SeedProblem[]): void {
  const id = statementId(rule.statement);
  const statement = graph.statements.find((candidate) => candidate.id === id);
  const problem = (message: string): void => void problems.push({ ...rule.location, message });
  if (!statement) return problem(`statement "${rule.statement}" is not a statement id${didYouMean(id, graph.statements.map((item) => item.id))}`);
  if (statement.predicate !== "GRANTS_AUTOMATIC_ENTRY" || statement.object !== rule.event) {
    problem(`statement "${rule.statement}" must be a GRANTS_AUTOMATIC_ENTRY to ${rule.event} (it is ${statement.predicate} ${statement.object ?? statement.value})`);
  }
  const edition = statement.qualifiers.edition;
  if (edition !== undefined && edition !== String(rule.edition)) problem(`statement "${rule.statement}" is for edition ${edition}, the rule for ${rule.edition}`);
}

function checkUniqueIds(records: readonly { id: string; location: At }[], problems: SeedProblem[]): void {
  const first = new Map<string, At>();
  for (const record of records) {
    const earlier = first.get(record.id);
    if (earlier) problems.push({ ...record.location, message: `${record.id} is also defined at ${earlier.file}:${earlier.line}: ids are unique` });
    else first.set(record.id, record.location);
  }
}

/** Two definitions of one class in one championship may not cover the same season: which would apply? */
function checkOverlappingDefinitions(classes: ExtraSections["classes"], problems: SeedProblem[]): void {
  classes.forEach((definition, index) => {
    for (const other of classes.slice(0, index)) {
      if (other.class !== definition.class || other.championship !== definition.championship) continue;
      const overlaps = (definition.validFrom ?? -Infinity) <= (other.validUntil ?? Infinity) && (other.validFrom ?? -Infinity) <= (definition.validUntil ?? Infinity);
      if (overlaps) problems.push({ ...definition.location, message: `${definition.id} covers seasons that ${other.id} (${other.location.file}:${other.location.line}) also covers` });
    }
  });
}

function didYouMean(id: string, candidates: Iterable<string>): string {
  const close = closestMatches(id, [...candidates], 3);
  return close.length > 0 ? ` (did you mean ${close.map((item) => `"${item}"`).join(", ")}?)` : "";
}
