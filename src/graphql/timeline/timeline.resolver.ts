/** `timeline`: an entity's history read in order, the way a researcher reads it. */
import { Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Statement } from "../statements/statement.type";
import { effectiveStatus, type StatementView } from "../statements/statement-view";
import { Connection, PageArgs, pageWindow, toPage } from "../common/pagination";
import { DateScalar } from "../common/scalars";
import { Predicate, StatementStatus } from "../common/enums";
import { PartialDate, toPartialDate } from "../common/partial-date.type";
import { badInput, lookupFieldOptions } from "../common/errors";
import { EVERY_STATUS } from "../common/time-args";
import { firstDayOf, lastDayOf } from "../../domain/partial-date";
import { lookupEntity } from "../entities/lookup";
import type { Context } from "../context";


@ObjectType({ description: "One dated statement in an entity's history." })
class TimelineEntry {
  @Field(() => PartialDate, { description: "The date that places it: when it began to hold, or else when it was first reported." })
  date: PartialDate;

  @Field(() => Boolean, { description: "True when `date` is the report date (the statement has no valid time of its own)." })
  dateIsReportDate: boolean;

  @Field(() => StatementStatus, { description: "Its status as known at `knownAt` — so plans show as ANNOUNCED, then SUPERSEDED or CANCELLED." })
  status: string;

  @Field(() => Statement, { description: "The statement, with its qualifiers and citations." })
  statement: StatementView;
}
const TimelineConnection = Connection(TimelineEntry, "Timeline", "timeline entry");

@ArgsType()
class TimelineArgs extends PageArgs {
  @Field(() => String, { description: "The entity: an id, name, label or alias." })
  entity: string;

  @Field(() => DateScalar, { nullable: true, description: "Keep statements whose time reaches this day or later (a month or a year: its first day)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Keep statements whose time starts by this day (a month or a year: its last day)." })
  to?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Read the history as the sources had told it by this day (a month or a year: by its last day)." })
  knownAt?: string | null;

  @Field(() => [Predicate], { nullable: true, description: "Keep statements with these predicates only (e.g. OFFICIAL_NAME for a series' names over time)." })
  predicates?: string[] | null;

  @Field(() => [StatementStatus], { nullable: true, description: "Keep these statuses only. Default: all, SUPERSEDED included, because a history shows what changed." })
  statuses?: string[] | null;
}

@Resolver(() => TimelineEntry)
export class TimelineResolver {
  @Query(
    () => TimelineConnection,
    lookupFieldOptions("Every dated statement about an entity, oldest first, with its status and citations: an entity's history. Errors: NOT_FOUND / AMBIGUOUS for `entity`."),
  )
  async timeline(@Args(() => TimelineArgs) args: TimelineArgs, @Ctx() context: Context) {
    const window = pageWindow(args, "Query.timeline");
    if (args.from && args.to && firstDayOf(args.from) > lastDayOf(args.to)) throw badInput(`\`from\` (${args.from}) is after \`to\` (${args.to}).`, "from");
    const entity = await lookupEntity(args.entity, context);
    const filter = { predicates: args.predicates, statuses: args.statuses ?? [...EVERY_STATUS], knownAt: args.knownAt };
    const page = await context.store.timeline(entity.id, { from: args.from, to: args.to }, filter, window);
    const views = page.rows.map((row) => ({ row, knownAt: args.knownAt ?? null }));
    return toPage(views, page.total, window);
  }

  @FieldResolver(() => PartialDate)
  date(@Root() view: StatementView) {
    return toPartialDate(view.row.validFrom ?? view.row.statedOn);
  }

  @FieldResolver(() => Boolean)
  dateIsReportDate(@Root() view: StatementView): boolean {
    return view.row.validFrom === null;
  }

  @FieldResolver(() => String)
  status(@Root() view: StatementView): string {
    return effectiveStatus(view);
  }

  @FieldResolver(() => Statement)
  statement(@Root() view: StatementView): StatementView {
    return view;
  }
}
