/** `paths`: how two entities are connected, as chains of sourced statements. */
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { EntityRecord, StatementRecord } from "../../db/schema";
import type { Context } from "../context";
import type { StatementView } from "../statements/statement-view";
import { Statement } from "../statements/statement.type";
import { Entity } from "../entities/entity.interface";
import { PathArgs } from "./path-args";
import { searchPaths } from "./search-paths";
import { lookupFieldOptions } from "../common/errors";
import { Path, PathHop, PathResult, type PathHopObject, type PathObject, type PathResultObject } from "./path.types";

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
  async paths(@Args(() => PathArgs) args: PathArgs, @Ctx() context: Context): Promise<PathResultObject> {
    return searchPaths(args, context);
  }

  @FieldResolver(() => Entity)
  async from(@Root() result: PathResultObject, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(result.fromId);
  }

  @FieldResolver(() => Entity)
  async to(@Root() result: PathResultObject, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(result.toId);
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => [Entity])
  async entities(@Root() path: PathObject, @Ctx() context: Context): Promise<EntityRecord[]> {
    return context.store.entities(path.entityIds);
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => Statement)
  async statement(@Root() hop: PathHopObject, @Ctx() context: Context): Promise<StatementView> {
    return { row: await statementRow(hop, context), knownAt: hop.knownAt };
  }

  @FieldResolver(() => String)
  async predicate(@Root() hop: PathHopObject, @Ctx() context: Context): Promise<string> {
    return (await statementRow(hop, context)).predicate;
  }

  @FieldResolver(() => Entity)
  async from(@Root() hop: PathHopObject, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(hop.fromId);
  }

  @FieldResolver(() => Entity)
  async to(@Root() hop: PathHopObject, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(hop.toId);
  }
}

/** The statement a hop crosses; it was just read by the search, so it exists in this build. */
async function statementRow(hop: PathHopObject, context: Context): Promise<StatementRecord> {
  const row = await context.store.statement(hop.statementId);
  if (!row) throw new Error(`statement ${hop.statementId} vanished from the database`);
  return row;
}
