/** The arguments of `paths`, and their checks: every cap is named in the error that enforces it. */
import { ArgsType, Field, Int } from "type-graphql";
import { MAX_HOPS } from "../../domain/paths";
import { DateScalar } from "../common/scalars";
import { Predicate } from "../common/enums";
import { badInput } from "../common/errors";

export const DEFAULT_MAX_HOPS = 4;
export const MAX_PATHS = 20;
export const DEFAULT_PATHS = 5;

@ArgsType()
export class PathArgs {
  @Field(() => String, { description: 'Where the paths start: an id, name, label or alias ("Stéphane Ratel", "org/aco", "AsLMS").' })
  from: string;

  @Field(() => String, { description: 'Where the paths end: an id, name, label or alias ("24 Hours of Le Mans", "24 Ore di Le Mans").' })
  to: string;

  @Field(() => Int, { defaultValue: DEFAULT_MAX_HOPS, description: `The longest chain to look for, in statements: 1 to ${MAX_HOPS}.` })
  maxHops: number;

  @Field(() => Int, { defaultValue: DEFAULT_PATHS, description: `How many shortest paths to return at most: 1 to ${MAX_PATHS}.` })
  first: number;

  @Field(() => DateScalar, { nullable: true, description: "Follow only statements that held on this day (valid time); a month or a year: at any time in it. Omit for all of history." })
  asOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Follow only statements the sources had stated by this day (record time; a month or a year: by its last day), with the status they had then." })
  knownAt?: string | null;

  @Field(() => [Predicate], { nullable: true, description: "Follow only statements with these predicates (default: every statement between two entities)." })
  predicates?: string[] | null;
}

/** Rejects caps out of range with BAD_USER_INPUT, saying what the cap is. */
export function checkPathArgs(args: PathArgs): void {
  if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_HOPS) {
    throw badInput(
      `\`maxHops\` must be between 1 and ${MAX_HOPS}; got ${args.maxHops}. The cap is ${MAX_HOPS}: beyond it, everything in endurance racing is linked to everything.`,
      "maxHops",
    );
  }
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PATHS) {
    throw badInput(`\`first\` on Query.paths must be between 1 and ${MAX_PATHS}; got ${args.first}.`, "first");
  }
}
