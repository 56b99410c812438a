/** The GraphQL shape of the endurance pyramid (numbered tiers top-down, and the placements sources leave unnumbered), and the plain objects its resolvers make. */
import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "../entities/entity.interface";
import { Citation, Statement } from "../statements/statement.type";
import { DateScalar } from "../common/scalars";
import type { StatementView } from "../statements/statement-view";

@ObjectType({ description: "One source-backed placement of a championship or event in the endurance pyramid (a PART_OF_PYRAMID statement)." })
export class PyramidPlacement {
  @Field(() => Entity, { description: "The championship or event (or class, for LMP3's \"first step\") placed." })
  entity: Entity;

  @Field(() => Entity, { description: "Whose pyramid it is (the ACO)." })
  organisation: Entity;

  @Field(() => String, { nullable: true, description: 'The tier as the source words it ("1", "base", "first step"); null when the source gives none.' })
  tier: string | null;

  @Field(() => Int, { nullable: true, description: "The tier as a number, 1 = top; null when the source does not number it." })
  level: number | null;

  @Field(() => Statement, { description: "The statement that places it, with its valid time, record time and status." })
  statement: Statement;

  @Field(() => [Citation], { description: "The sources that place it, each with a verbatim quote." })
  citations: Citation[];
}

@ObjectType({ description: "One numbered tier of the pyramid, with what the sources place in it." })
export class PyramidTier {
  @Field(() => Int, { description: "The tier, 1 = top (the 24 Hours of Le Mans and the FIA WEC)." })
  level: number;

  @Field(() => [Entity], { description: "The championships and events in this tier, each once, in the order first reported." })
  entities: Entity[];

  @Field(() => [PyramidPlacement], { description: "Every placement in this tier, with its statement and sources (an entity may be placed by several)." })
  placements: PyramidPlacement[];
}

@ObjectType({ description: "The ACO's endurance pyramid as it stood on `asOf`, as the sources had it on `knownAt`." })
export class Pyramid {
  @Field(() => DateScalar, { nullable: true, description: "The valid-time day asked about; null for every placement whenever it held." })
  asOf: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The record-time day asked about; null for everything known today." })
  knownAt: string | null;

  @Field(() => [PyramidTier], { description: "The numbered tiers, top (1) down." })
  tiers: PyramidTier[];

  @Field(() => [PyramidPlacement], {
    description: 'Placements whose source does not number the tier ("the base of the pyramid", "the first step", or no tier at all), in the sources\' words.',
  })
  unranked: PyramidPlacement[];
}

// ── The objects the resolvers make ──────────────────────────────────────────────────────────
// Shaped like the types above, every field that needs no read filled; the entities and citations
// are read through the store on demand, from the ids (and statement) beside the fields.

export interface PlacementObject extends Omit<PyramidPlacement, "entity" | "organisation" | "statement" | "citations"> {
  statement: StatementView;
  entityId: string;
  organisationId: string;
}

export interface TierObject extends Omit<PyramidTier, "entities" | "placements"> {
  placements: PlacementObject[];
}

export interface PyramidObject extends Omit<Pyramid, "tiers" | "unranked"> {
  tiers: TierObject[];
  unranked: PlacementObject[];
}
