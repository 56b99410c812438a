/**
 * `leftOut` on a page of statements: how many the time filters dropped only because a time is
 * unknown (record date unknown with knownAt; holding unknown with asOf), so an omission is visible.
 */
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { LeftOutMatch } from "../../db/left-out";
import type { StatementFilter } from "../../db/statement-filter";
import type { Context } from "../context";
import { LeftOut, StatementConnection } from "./statement.type";

export interface LeftOutQuery extends LeftOutMatch {
  filter: StatementFilter;
}

@Resolver(() => StatementConnection)
export class LeftOutResolver {
  @FieldResolver(() => LeftOut, {
    nullable: true,
    description: "What the time filters left out because a time is unknown (`Query.statements` only; null elsewhere and without `knownAt` or `asOf`).",
  })
  async leftOut(@Root() page: { leftOutQuery?: LeftOutQuery }, @Ctx() context: Context): Promise<LeftOut | null> {
    const query = page.leftOutQuery;
    if (!query || (!query.filter.knownAt && !query.filter.asOf)) return null;
    const match = { subjectId: query.subjectId, objectId: query.objectId };
    const [recordDateUnknown, holdingUnknown] = await Promise.all([
      query.filter.knownAt ? context.store.countLeftOut(match, { ...query.filter, asOf: null }) : null,
      query.filter.asOf ? context.store.countLeftOut(match, { ...query.filter, knownAt: null }) : null,
    ]);
    return { recordDateUnknown, holdingUnknown };
  }
}
