/** Reading relationships (and statement pages) around an entity, through the batched page loader. */
import type { Context } from "../context";
import type { Direction } from "../../db/reads/statements";
import { pageWindow, toPage, type Page } from "../common/pagination";
import { EVERY_STATUS, type RelationshipArgs, type StatementArgs } from "../common/time-args";
import { viewAll, type StatementView } from "../statements/statement-view";

export interface RelationshipValue {
  view: StatementView;
  anchor: string;
}

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
): Promise<Page<RelationshipValue>> {
  const statuses = args.includeSuperseded ? [...EVERY_STATUS] : null;
  const views = await statementViews(anchor, spec.direction, { ...args, predicates: spec.predicates, statuses }, context, field);
  return { ...views, nodes: views.nodes.map((view) => ({ view, anchor })), edges: views.edges.map((edge) => ({ ...edge, node: { view: edge.node, anchor } })) };
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
