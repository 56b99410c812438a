/** The root fields: find anything by id, name or text; list and filter statements. */
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Node } from "../node/node.interface";
import { Entity } from "../entities/entity.interface";
import { lookupEntity } from "../entities/lookup";
import { StatementConnection } from "../statements/statement.type";
import { viewAll, type StatementView } from "../statements/statement-view";
import { Connection, PageArgs, pageWindow, toPage } from "../common/pagination";
import { StatementArgs } from "../common/time-args";
import { EntityKind } from "../common/enums";
import { badInput, inputFieldOptions, lookupFieldOptions } from "../common/errors";
import type { EntityRecord } from "../../db/schema";
import type { BuildStamp } from "../../db/reads/build-info";
import { searchWords } from "../../domain/text";
import type { Context } from "../context";

@ObjectType({ description: "An entity found by `search`, with the name that matched." })
class SearchHit {
  @Field(() => Entity, { description: "The entity." })
  entity: EntityRecord;

  @Field(() => String, { description: "The name, label or alias that matched best." })
  matched: string;
}
const SearchHitConnection = Connection(SearchHit, "SearchHit", "search hit");
const EntityConnection = Connection(Entity, "Entity", "entity");

@ObjectType({ description: "Which database build answers: the data changes only when the seeds are rebuilt." })
class BuildInfo {
  @Field(() => String, { description: "Hash of the seed files the database was built from; names the build in exports and ETags." })
  fingerprint: string;
  @Field(() => String, { description: "When the database was built (ISO 8601)." })
  builtAt: string;
  @Field(() => Int, { description: "Number of entities." })
  entities: number;
  @Field(() => Int, { description: "Number of statements." })
  statements: number;
  @Field(() => Int, { description: "Number of citations (statement–source pairs with a quote)." })
  citations: number;
  @Field(() => Int, { description: "Number of sources." })
  sources: number;
}

@ArgsType()
class KindsArgs extends PageArgs {
  @Field(() => [EntityKind], { nullable: true, description: "Keep entities of these kinds only." })
  kinds?: string[] | null;
}

@ArgsType()
class SearchArgs extends KindsArgs {
  @Field(() => String, { description: 'Words to find in names, labels and aliases; accents and case are ignored, and the last word may be a prefix ("stephane rat").' })
  text: string;
}

@ArgsType()
class RootStatementArgs extends StatementArgs {
  @Field(() => ID, { nullable: true, description: "Keep statements whose subject is this entity (id, name or alias)." })
  subject?: string | null;

  @Field(() => ID, { nullable: true, description: "Keep statements whose object is this entity (id, name or alias)." })
  object?: string | null;
}

/** The most ids one `nodes(ids:)` takes (src/server/query-limits.ts refuses more with a 400). */
export const MAX_NODE_IDS = 100;

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id (entity, statement or source); null when no object has that id." })
  async node(@Arg("id", () => ID, { description: "A global id." }) id: string, @Ctx() context: Context) {
    return loadNode(id, context);
  }

  @Query(() => [Node], {
    nullable: "itemsAndList",
    description: `Several objects by global id, in the order asked; null for an unknown id. More than ${MAX_NODE_IDS} ids: 400 QUERY_TOO_COMPLEX (over HTTP, before running; in process the list is null with a BAD_USER_INPUT at its path).`,
  })
  async nodes(@Arg("ids", () => [ID], { description: `Global ids (at most ${MAX_NODE_IDS}).` }) ids: string[], @Ctx() context: Context) {
    // Over HTTP the query limits refuse this before execution (400); this guards in-process callers.
    if (ids.length > MAX_NODE_IDS) throw badInput(`\`ids\` takes at most ${MAX_NODE_IDS} ids; got ${ids.length}.`, "ids");
    return Promise.all(ids.map((id) => loadNode(id, context)));
  }

  @Query(
    () => Entity,
    lookupFieldOptions(
      'One entity by id ("org/aco"), name, label or alias ("stephane ratel", "AsLMS", "24 Ore di Le Mans"), ignoring case and accents. ' +
      "Errors: NOT_FOUND with suggestions; AMBIGUOUS with the candidates when a name fits several entities (ALMS).",
    ),
  )
  async entity(@Arg("ref", () => String, { description: "An id, name, label or alias." }) ref: string, @Ctx() context: Context) {
    return lookupEntity(ref, context);
  }

  @Query(() => EntityConnection, inputFieldOptions("Every entity, by name, optionally of some kinds only."))
  async entities(@Args(() => KindsArgs) args: KindsArgs, @Ctx() context: Context) {
    const window = pageWindow(args, "Query.entities");
    const page = await context.store.entityPage(args.kinds ?? null, window);
    return toPage(page.rows, page.total, window);
  }

  @Query(
    () => SearchHitConnection,
    inputFieldOptions("Entities whose names, labels or aliases contain the words, best match first. Accent- and case-insensitive. Errors: BAD_USER_INPUT for a `text` with no letter or digit."),
  )
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() context: Context) {
    const window = pageWindow(args, "Query.search");
    const words = searchWords(args.text);
    if (words.length === 0) throw badInput("`text` must contain at least one letter or digit.", "text");
    const page = await context.store.search(words, args.kinds ?? null, window);
    return toPage(page.rows.map(({ matched, ...entity }) => ({ entity, matched })), page.total, window);
  }

  @Query(
    () => StatementConnection,
    lookupFieldOptions(
      "Statements, filtered by subject, object, predicate, status, valid time (`asOf`) and record time (`knownAt`), oldest report first. Errors: NOT_FOUND / AMBIGUOUS for `subject` or `object`.",
    ),
  )
  async statements(@Args(() => RootStatementArgs) args: RootStatementArgs, @Ctx() context: Context) {
    const window = pageWindow(args, "Query.statements");
    const subjectId = args.subject ? (await lookupEntity(args.subject, context, "subject")).id : null;
    const objectId = args.object ? (await lookupEntity(args.object, context, "object")).id : null;
    const filter = { predicates: args.predicates, statuses: args.statuses, asOf: args.asOf, knownAt: args.knownAt, includeUnknown: args.includeUnknown || undefined };
    const page = await context.store.statementsMatching({ subjectId, objectId }, filter, window);
    return { ...toPage(viewAll(page.rows, args.knownAt, args.asOf), page.total, window), leftOutQuery: { subjectId, objectId, filter } };
  }

  @Query(() => BuildInfo, { description: "The database build answering this request." })
  async buildInfo(@Ctx() context: Context): Promise<BuildStamp | null> {
    return context.store.buildStamp();
  }
}

async function loadNode(id: string, context: Context): Promise<EntityRecord | StatementView | object | null> {
  if (id.startsWith("statement/")) {
    const row = await context.store.statement(id);
    return row ? { row, knownAt: null } : null;
  }
  if (id.startsWith("source/")) return context.store.source(id);
  return context.store.entity(id);
}

