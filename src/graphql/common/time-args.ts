import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "./pagination";
import { DateScalar } from "./scalars";
import { Direction, Predicate, StatementStatus } from "./enums";
import { STATUS_NAMES } from "../../domain/vocabulary";

@ArgsType()
export class TimeArgs extends PageArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Keep what is known to hold on this day (valid time): begun by then, by its own start or, with no start, by the day it was first " +
      'reported as holding, and not ended. A month or a year ("2022-06", "2022") keeps what held at any time in it, and each ' +
      "statement's `holding` says so. Omit for all of history.",
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "With `asOf`: also return statements whose holding that day is unknown (no start date, and first reported later or never dated); " +
      "each says so in `holding`.",
  })
  includeUnknown: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Keep what the sources had said by this day (record time), each with the status it had then; a statement with no record date " +
      "(neither its own nor a dated source) was never known, and is left out. A month or a year counts to its last day " +
      '(`knownAt: "2022"` is what was known by 2022-12-31). Omit for everything known today.',
  })
  knownAt?: string | null;
}

@ArgsType()
export class RelationshipArgs extends TimeArgs {
  @Field(() => Boolean, { defaultValue: false, description: "Also return links replaced by a later statement (shown as SUPERSEDED)." })
  includeSuperseded: boolean;
}

@ArgsType()
export class StatementArgs extends TimeArgs {
  @Field(() => [Predicate], { nullable: true, description: "Keep statements with these predicates only." })
  predicates?: string[] | null;

  @Field(() => [StatementStatus], {
    nullable: true,
    description: "Keep statements with these statuses (as known at `knownAt`). Default: every status but SUPERSEDED.",
  })
  statuses?: string[] | null;
}

@ArgsType()
export class EntityStatementArgs extends StatementArgs {
  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Statements about the entity (OUTGOING), pointing at it (INCOMING), or both." })
  direction: Direction;
}

/** Every status, SUPERSEDED included: what a list asking for replaced statements keeps. */
export const EVERY_STATUS: readonly string[] = STATUS_NAMES;
