/**
 * One object type per entity kind, made from the vocabulary (src/domain/vocabulary.ts): its name is the
 * kind's name (CLASS → Class) and its description the kind's. Their relationship fields are rows of
 * typed-relationships.resolver.ts.
 */
import { ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { Entity } from "./entity.interface";
import { ENTITY_KIND_NAMES, ENTITY_KINDS, kindName, type EntityKind } from "../../domain/vocabulary";

export type EntityType = typeof Entity;

/** The GraphQL type name of a kind (ORGANISATION → Organisation). */
export const entityTypeName = kindName;

function entityType(kind: EntityKind): EntityType {
  const type = class extends Entity {};
  Object.defineProperty(type, "name", { value: entityTypeName(kind) });
  ObjectType(entityTypeName(kind), { implements: [Node, Entity], description: ENTITY_KINDS[kind].description })(type);
  return type;
}

export const ENTITY_TYPE_OF_KIND = Object.fromEntries(ENTITY_KIND_NAMES.map((kind) => [kind, entityType(kind)])) as Record<EntityKind, EntityType>;
export const ENTITY_TYPES = Object.values(ENTITY_TYPE_OF_KIND);
export const Championship = ENTITY_TYPE_OF_KIND.CHAMPIONSHIP;
