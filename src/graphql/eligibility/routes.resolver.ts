/** Championship.routesToLeMans: every chain from a championship to an automatic entry to the 24 Hours of Le Mans. */
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Championship } from "../entities/entity-types";
import { DateScalar } from "../common/scalars";
import type { EntityRecord } from "../../db/schema";
import type { Context } from "../context";
import { RouteToLeMans, type RouteObject } from "./eligibility.types";
import { ruleObjects } from "./objects";
import { ChampionshipRelation, RouteKind } from "./eligibility.enums";
import { eligibilityBook } from "./eligibility-data";
import { championshipLinks, type ChampionshipLink } from "./championship-links";
import { findRoutes, isActive, MAX_LINKS, standingsAt, type FoundRoute as DomainRoute } from "../../domain/eligibility";
import type { StatementRecord } from "../../db/schema";

type FoundRoute = DomainRoute<StatementRecord>;
import { checkEdition } from "./lookup-kind";

const LE_MANS = "event/24h-le-mans";

@ArgsType()
class RouteArgs {
  @Field(() => Int, { nullable: true, description: "Only entries to this edition (year) of the 24 Hours of Le Mans. Omit for every edition." })
  edition?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Valid time: rules in force and championship links that held on this day. Omit for every rule and link, whenever they held.",
  })
  asOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Record time: what the sources had said by this day. Omit for everything known today." })
  knownAt?: string | null;
}

const RELATION_WORDS: Record<ChampionshipRelation, string> = {
  [ChampionshipRelation.PART_OF]: "is part of",
  [ChampionshipRelation.INCLUDES]: "includes",
  [ChampionshipRelation.COMBINED_WITH]: "is combined with",
};

@Resolver(() => Championship)
export class ChampionshipRoutesResolver {
  @FieldResolver(() => [RouteToLeMans], {
    description:
      "Every route from this championship to an automatic entry to the 24 Hours of Le Mans, as known at `knownAt`. A route is a chain: " +
      `zero to ${MAX_LINKS} links between championships (PART_OF or COMBINED_WITH statements, followed either way), then a rule still in force ` +
      "(not superseded or cancelled) whose qualifying result is earned in the last championship of the chain — directly (DIRECT), as one of the " +
      "championships of its joint classification (JOINT_CLASSIFICATION), or after links (RELATED_CHAMPIONSHIP). Each rule appears once, by its " +
      "shortest chain. A link says two championships share a structure, not that a result in one counts in the other: the result must still " +
      "be earned where the rule says.",
  })
  async routesToLeMans(@Root() championship: EntityRecord, @Args(() => RouteArgs) args: RouteArgs, @Ctx() context: Context): Promise<RouteObject[]> {
    if (args.edition !== null && args.edition !== undefined) checkEdition(args.edition);
    const time = { asOf: args.asOf ?? null, knownAt: args.knownAt ?? null };
    const [book, links] = await Promise.all([eligibilityBook(context), championshipLinks(context, time)]);
    const standings = standingsAt(book.data.rules, time);
    const candidates = [...standings.values()].filter(
      (standing) => isActive(standing) && standing.rule.event === LE_MANS && (args.edition == null || standing.rule.edition === args.edition),
    );
    const routes = findRoutes(championship.id, candidates, links);
    const names = await namesOf(routes, championship.id, context);
    const rules = ruleObjects(standings, book);
    return routes.map((route) => {
      const rule = rules.get(route.standing.rule.id)!;
      return {
        kind: route.kind,
        rule,
        links: route.links.map(({ fromId, toId, relation, statement }) => ({ fromId, toId, relation, statement: { row: statement, knownAt: time.knownAt } })),
        qualifyingChampionshipId: route.qualifyingChampionshipId,
        description: describeRoute(route, championship.id, names, rule.summary),
      };
    });
  }
}

async function namesOf(routes: readonly FoundRoute[], start: string, context: Context): Promise<Map<string, string>> {
  const ids = [...new Set([start, ...routes.flatMap((route) => [route.qualifyingChampionshipId, ...route.links.flatMap((link) => [link.fromId, link.toId])])])];
  const entities = new Map((await context.store.entities(ids)).map((entity) => [entity.id, entity.name]));
  return new Map(ids.map((id) => [id, entities.get(id) ?? id]));
}

/** "GT World Challenge Europe Endurance Cup is part of GT World Challenge Europe. The winning team … ." */
function describeRoute(route: FoundRoute, start: string, names: Map<string, string>, rule: string): string {
  const name = (id: string) => names.get(id) ?? id;
  if (route.kind === RouteKind.DIRECT) return rule;
  if (route.kind === RouteKind.JOINT_CLASSIFICATION) return `${name(start)} is one of the championships of the joint classification. ${rule}`;
  const chain = route.links.map((link: ChampionshipLink) => `${name(link.fromId)} ${RELATION_WORDS[link.relation]} ${name(link.toId)}`).join("; ");
  return `${chain}. ${rule} The result must be earned in ${name(route.qualifyingChampionshipId)}${route.standing.rule.jointClassification ? "'s joint classification" : ""}.`;
}
