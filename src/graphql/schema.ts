/** The executable schema, built from the resolvers (code first). */
import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { QueryResolver } from "./query/query.resolver";
import { EntityResolver } from "./entities/entity.resolver";
import { RelationshipResolver } from "./entities/relationship.resolver";
import { TYPED_RELATIONSHIP_RESOLVERS } from "./entities/typed-relationships.resolver";
import { ENTITY_TYPES } from "./entities/entity-types";
import { StatementResolver } from "./statements/statement.resolver";
import { LeftOutResolver } from "./statements/left-out.resolver";
import { SourceResolver } from "./sources/source.resolver";
import { TimelineResolver } from "./timeline/timeline.resolver";
import { PATH_RESOLVERS } from "./paths";
import { MentionsResolver } from "./mentions/mentions.resolver";
import { ELIGIBILITY_RESOLVERS } from "./eligibility";
import { PYRAMID_RESOLVERS } from "./pyramid";
import { Statement } from "./statements/statement.type";
import { Source } from "./sources/source.type";

export const RESOLVERS = [
  QueryResolver,
  EntityResolver,
  RelationshipResolver,
  ...TYPED_RELATIONSHIP_RESOLVERS,
  StatementResolver,
  LeftOutResolver,
  SourceResolver,
  TimelineResolver,
  ...PATH_RESOLVERS,
  MentionsResolver,
  ...ELIGIBILITY_RESOLVERS,
  ...PYRAMID_RESOLVERS,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and the schema never changes at run time. */
export function graphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    orphanedTypes: [...ENTITY_TYPES, Statement, Source],
    validate: false,
  }).then((schema) => {
    schema.getQueryType()!.description =
      "Endurance Graph: people, organisations, championships and Le Mans entry rules, every fact dated and sourced. " +
      "Start with `entity(ref:)` or `search(text:)`.";
    return schema;
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
