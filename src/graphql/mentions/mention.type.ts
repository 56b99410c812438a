import { Field, Int, ObjectType } from "type-graphql";
import { Entity } from "../entities/entity.interface";

@ObjectType({
  description:
    "A place in a text where an entity of the graph is named, by its name, a label or an alias. " +
    "Offsets count UTF-16 code units, as JavaScript strings do: `text.slice(start, end)` is the mention.",
})
export class Mention {
  @Field(() => Int, { description: "Offset of the mention's first character in the text (UTF-16 code units, from 0)." })
  start: number;

  @Field(() => Int, { description: "Offset just past its last character (exclusive)." })
  end: number;

  @Field(() => String, { description: "The words as the text writes them, accents and all." })
  text: string;

  @Field(() => Entity, { nullable: true, description: "The entity named; null when the name is ambiguous (see `candidates`)." })
  entity: Entity | null;

  @Field(() => [Entity], { description: "Every entity the name could mean: one, or several for an ambiguous alias such as ALMS." })
  candidates: Entity[];

  @Field(() => Boolean, { description: "True when the name fits several entities and the text alone cannot tell which." })
  ambiguous: boolean;
}
