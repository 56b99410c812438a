import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { Node, typeNameOfId } from "../node/node.interface";
import { EntityKind, NameType } from "../common/enums";

@ObjectType({ description: "A name by which an entity is known." })
export class EntityName {
  @Field(() => String, { description: "The name as written, with its accents." })
  text: string;

  @Field(() => NameType, { description: "Canonical name, language label, or alias." })
  type: NameType;

  @Field(() => String, { nullable: true, description: "Language of a label (ISO 639-1)." })
  language: string | null;

  @Field(() => Boolean, { description: "True when this name also names another entity (ALMS: Asian and American Le Mans Series)." })
  ambiguous: boolean;
}

@InterfaceType({
  implements: Node,
  description:
    "A thing in the graph: a person, organisation, championship, event, season, class, venue, team or agreement. " +
    "Find one with `entity(ref:)` by id, name or alias, or with `search`.",
  resolveType: (value: { id: string; kind: string }) => typeNameOfId(value.id, value.kind),
})
export abstract class Entity extends Node {
  @Field(() => ID, { description: "Global id: the kind's prefix and a slug, e.g. org/aco, person/stephane-ratel." })
  id: string;

  @Field(() => EntityKind, { description: "What the entity is." })
  kind: string;

  @Field(() => String, { description: "Canonical name, with accents (Stéphane Ratel)." })
  name: string;

  @Field(() => String, { nullable: true, description: "One line saying what it is." })
  description: string | null;
}
