/** Fields every entity has, whatever its kind. */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from "type-graphql";
import { Entity, EntityName } from "./entity.interface";
import { RelationshipConnection } from "./relationship.type";
import { StatementConnection } from "../statements/statement.type";
import { relationshipPage, statementViews } from "./relationships";
import { Direction, NameType, Predicate } from "../common/enums";
import { EntityStatementArgs, RelationshipArgs } from "../common/time-args";
import type { Context } from "../context";
import type { EntityRecord } from "../../db/schema";
import { PREDICATES } from "../../domain/vocabulary";

const LINK_PREDICATES = Object.entries(PREDICATES).filter(([, spec]) => spec.object === "entity").map(([name]) => name);

@ArgsType()
class AnyRelationshipArgs extends RelationshipArgs {
  @Field(() => [Predicate], { nullable: true, description: "Keep links with these predicates only (default: all entity links)." })
  predicates?: string[] | null;

  @Field(() => Direction, { defaultValue: Direction.BOTH, description: "Links from the entity (OUTGOING), to it (INCOMING), or both." })
  direction: Direction;
}

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [EntityName], { description: "Every name the entity is known by: canonical name, labels per language, aliases." })
  async names(@Root() entity: EntityRecord, @Ctx() context: Context): Promise<EntityName[]> {
    const rows = await context.store.names(entity.id);
    return rows.map((row) => ({ text: row.text, type: row.nameType as NameType, language: row.language, ambiguous: row.ambiguous === 1 }));
  }

  @FieldResolver(() => String, { description: "The entity's name in a language (ISO 639-1: en, fr, it …), or its canonical name when it has no label in that language." })
  async label(
    @Root() entity: EntityRecord,
    @Arg("language", () => String, { description: "ISO 639-1 code, e.g. fr." }) language: string,
    @Ctx() context: Context,
  ): Promise<string> {
    const rows = await context.store.names(entity.id);
    return rows.find((row) => row.nameType === "LABEL" && row.language === language)?.text ?? entity.name;
  }

  @FieldResolver(() => [String], { description: "Other names: acronyms, former names, spellings sources use (ALMS, AsLMS, Stephane Ratel …)." })
  async aliases(@Root() entity: EntityRecord, @Ctx() context: Context): Promise<string[]> {
    const rows = await context.store.names(entity.id);
    return rows.filter((row) => row.nameType === "ALIAS").map((row) => row.text);
  }

  @FieldResolver(() => StatementConnection, { description: "Statements about the entity or pointing at it, filtered by predicate, status and time." })
  async statements(@Root() entity: EntityRecord, @Args(() => EntityStatementArgs) args: EntityStatementArgs, @Ctx() context: Context) {
    return statementViews(entity.id, args.direction, args, context, `${entity.kind}.statements`);
  }

  @FieldResolver(() => RelationshipConnection, { description: "Every link between this entity and another, read off statements; the typed fields (roles, leaders, organisers …) are views of this." })
  async relationships(@Root() entity: EntityRecord, @Args(() => AnyRelationshipArgs) args: AnyRelationshipArgs, @Ctx() context: Context) {
    const predicates = args.predicates && args.predicates.length > 0 ? args.predicates : LINK_PREDICATES;
    return relationshipPage(entity.id, { predicates, direction: args.direction }, args, context, `${entity.kind}.relationships`);
  }
}
