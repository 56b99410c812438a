/** `paths`: how two entities are connected, as chains of sourced statements. */
import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { EntityRecord, StatementRecord } from "../../db/schema";
import type { Context } from "../context";
import type { StatementView } from "../statements/statement-view";
import { Statement } from "../statements/statement.type";
import { Entity } from "../entities/entity.interface";
import { PathArgs } from "./path-args";
import { searchPaths } from "./search-paths";
import { lookupFieldOptions } from "../common/errors";
import { Path, PathHop, PathResult, type HopValue, type PathResultValue, type PathValue } from "./path.types";

@Resolver(() => PathResult)
export class PathsResolver {
  @Query(
    () => PathResult,
    lookupFieldOptions(
      'How two entities are connected: the shortest chains of statements between them ("how is Stéphane Ratel linked to the 24 Hours of Le Mans?"), ' +
      "each hop a statement with its direction, time and citations. Statements are followed either way. " +
      "Errors: NOT_FOUND / AMBIGUOUS for `from` or `to`; BAD_USER_INPUT when `maxHops` or `first` is out of range.",
    ),
  )
  async paths(@Args(() => PathArgs) args: PathArgs, @Ctx() context: Context): Promise<PathResultValue> {
    return searchPaths(args, context);
  }

  @FieldResolver(() => Entity)
  async from(@Root() result: PathResultValue, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(result.fromId);
  }

  @FieldResolver(() => Entity)
  async to(@Root() result: PathResultValue, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(result.toId);
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => Int)
  length(@Root() path: PathValue): number {
    return path.hops.length;
  }

  @FieldResolver(() => [PathHop])
  hops(@Root() path: PathValue): HopValue[] {
    return path.hops;
  }

  @FieldResolver(() => [Entity])
  async entities(@Root() path: PathValue, @Ctx() context: Context): Promise<EntityRecord[]> {
    const ids = [path.startId, ...path.hops.map((hop) => hop.toId)];
    return context.store.entities(ids);
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => Statement)
  async statement(@Root() hop: HopValue, @Ctx() context: Context): Promise<StatementView> {
    return { row: await statementRow(hop, context), knownAt: hop.knownAt };
  }

  @FieldResolver(() => String)
  async predicate(@Root() hop: HopValue, @Ctx() context: Context): Promise<string> {
    return (await statementRow(hop, context)).predicate;
  }

  @FieldResolver(() => Entity)
  async from(@Root() hop: HopValue, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(hop.fromId);
  }

  @FieldResolver(() => Entity)
  async to(@Root() hop: HopValue, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(hop.toId);
  }
}

/** The statement a hop crosses; it was just read by the search, so it exists in this build. */
async function statementRow(hop: HopValue, context: Context): Promise<StatementRecord> {
  const row = await context.store.statement(hop.statementId);
  if (!row) throw new Error(`statement ${hop.statementId} vanished from the database`);
  return row;
}
