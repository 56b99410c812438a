/** `pyramid` and its placements; Championship.pyramidTier. */
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../common/scalars";
import { Championship } from "../entities/entity-types";
import type { EntityRecord } from "../../db/schema";
import type { CitationObject } from "../statements/statement.type";
import type { Context } from "../context";
import { Pyramid, PyramidPlacement, PyramidTier, type PlacementObject, type PyramidObject, type TierObject } from "./pyramid.types";
import { pyramidPlacements, tiersOf } from "./pyramid-data";

@ArgsType()
class PyramidArgs {
  @Field(() => DateScalar, { nullable: true, description: "Valid time: the pyramid as it stood on this day (a month or a year: every placement that held at any time in it). Omit for every placement, whenever it held." })
  asOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Record time: what the sources had said by this day (a month or a year: by its last day). Omit for everything known today." })
  knownAt?: string | null;
}

@Resolver(() => Pyramid)
export class PyramidResolver {
  @Query(() => Pyramid, {
    description:
      "The ACO's endurance pyramid, tiers top-down (1 = the 24 Hours of Le Mans and the FIA WEC, then the continental series …), each placement " +
      "with its statement and sources, from PART_OF_PYRAMID statements that held on `asOf` and were stated by `knownAt`.",
  })
  async pyramid(@Args(() => PyramidArgs) args: PyramidArgs, @Ctx() context: Context): Promise<PyramidObject> {
    const time = { asOf: args.asOf ?? null, knownAt: args.knownAt ?? null };
    const placements = await pyramidPlacements(context, time);
    return { ...time, tiers: tiersOf(placements), unranked: placements.filter((placement) => placement.level === null) };
  }
}

@Resolver(() => PyramidTier)
export class PyramidTierResolver {
  @FieldResolver()
  async entities(@Root() tier: TierObject, @Ctx() context: Context): Promise<EntityRecord[]> {
    const ids = [...new Set(tier.placements.map((placement) => placement.entityId))];
    return context.store.entities(ids);
  }
}

@Resolver(() => PyramidPlacement)
export class PyramidPlacementResolver {
  @FieldResolver()
  entity(@Root() placement: PlacementObject, @Ctx() context: Context) {
    return context.store.entity(placement.entityId);
  }

  @FieldResolver()
  organisation(@Root() placement: PlacementObject, @Ctx() context: Context) {
    return context.store.entity(placement.organisationId);
  }

  @FieldResolver()
  async citations(@Root() placement: PlacementObject, @Ctx() context: Context): Promise<CitationObject[]> {
    const citations = await context.store.citations(placement.statement.row.id);
    return Promise.all(citations.map(async (citation) => ({ quote: citation.quote, source: await context.store.source(citation.sourceId) })));
  }
}

@Resolver(() => Championship)
export class ChampionshipPyramidResolver {
  @FieldResolver(() => PyramidTier, {
    nullable: true,
    description:
      "The numbered pyramid tier the championship stood in on `asOf` (1 = top), with only its own placements; null when no source places it in a " +
      "numbered tier then. Should sources disagree, the highest tier is given and `Query.pyramid` shows every placement.",
  })
  async pyramidTier(@Root() championship: EntityRecord, @Args(() => PyramidArgs) args: PyramidArgs, @Ctx() context: Context): Promise<TierObject | null> {
    const placements = await pyramidPlacements(context, { asOf: args.asOf ?? null, knownAt: args.knownAt ?? null });
    return tiersOf(placements.filter((placement) => placement.entityId === championship.id))[0] ?? null;
  }
}
