import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Relationship, type RelationshipObject } from "./relationship.type";
import { Entity } from "./entity.interface";
import type { Context } from "../context";
import type { EntityRecord } from "../../db/schema";

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Entity)
  async entity(@Root() link: RelationshipObject, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(link.entityId);
  }
}
