/** Reading relationships (and statement pages) around an entity, through the batched page loader. */
import type { Context } from "../context";
import type { Direction } from "../../db/reads/statements";
import { pageWindow, toPage, type Page } from "../common/pagination";
import { EVERY_STATUS, type RelationshipArgs, type StatementArgs } from "../common/time-args";
import { effectiveStatus, viewAll, type StatementView } from "../statements/statement-view";
import { toPartialDate } from "../common/partial-date.type";
import type { RelationshipObject } from "./relationship.type";

export interface RelationshipSpec {
  predicates: string[];
  direction: Direction;
}

export async function relationshipPage(
  anchor: string,
  spec: RelationshipSpec,
  args: RelationshipArgs,
  context: Context,
  field: string,
): Promise<Page<RelationshipObject>> {
  const statuses = args.includeSuperseded ? [...EVERY_STATUS] : null;
  const views = await statementViews(anchor, spec.direction, { ...args, predicates: spec.predicates, statuses }, context, field);
  const nodes = views.nodes.map((view) => relationshipOf(view, anchor));
  return { ...views, nodes, edges: views.edges.map((edge, index) => ({ ...edge, node: nodes[index] })) };
}

/** The link from `anchor` that a statement about it makes. */
function relationshipOf(view: StatementView, anchor: string): RelationshipObject {
  const { subjectId, objectId, predicate, qualifiers, validFrom, validUntil } = view.row;
  const outgoing = subjectId === anchor;
  return {
    entityId: outgoing ? (objectId ?? subjectId) : subjectId,
    predicate,
    direction: outgoing ? "OUTGOING" : "INCOMING",
    role: (JSON.parse(qualifiers) as Record<string, string>).role ?? null,
    validFrom: toPartialDate(validFrom),
    validUntil: toPartialDate(validUntil),
    status: effectiveStatus(view),
    statement: view,
  };
}

export async function statementViews(
  anchor: string,
  direction: Direction,
  args: StatementArgs,
  context: Context,
  field: string,
): Promise<Page<StatementView>> {
  const window = pageWindow(args, field);
  const filter = { predicates: args.predicates, statuses: args.statuses, asOf: args.asOf, knownAt: args.knownAt, includeUnknown: args.includeUnknown || undefined };
  const page = await context.store.statementPage({ anchor, direction, filter, ...window });
  return toPage(viewAll(page.rows, args.knownAt, args.asOf), page.total, window);
}
