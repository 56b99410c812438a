/** The endurance pyramid: resolvers registered in src/graphql/schema.ts. */
import { ChampionshipPyramidResolver, PyramidPlacementResolver, PyramidResolver, PyramidTierResolver } from "./pyramid.resolver";

export const PYRAMID_RESOLVERS = [PyramidResolver, PyramidTierResolver, PyramidPlacementResolver, ChampionshipPyramidResolver] as const;
