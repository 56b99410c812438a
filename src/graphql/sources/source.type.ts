import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { PartialDate } from "../common/partial-date.type";

@ObjectType({ implements: Node, description: "A published document the graph's statements cite: a news report, a press release, an official page." })
export class Source extends Node {
  @Field(() => ID, { description: "Global id, e.g. source/autohebdo-it-2021-11-05-aco-almem-sro." })
  id: string;

  @Field(() => String, { description: "The title as published." })
  title: string;

  @Field(() => String, { description: "Where it was published (the outlet or site)." })
  outlet: string;

  @Field(() => String, { nullable: true, description: "The byline, as printed; null when the source names none." })
  author: string | null;

  @Field(() => String, { description: "Language of the source (ISO 639-1, e.g. en, fr, it); quotes are in this language." })
  language: string;

  @Field(() => PartialDate, { nullable: true, description: "When it was published, to the precision known." })
  published: PartialDate | null;

  @Field(() => String, { nullable: true, description: "Where to read it, when known." })
  url: string | null;

  @Field(() => String, { nullable: true, description: "A curator's note about the source (e.g. that it is a machine translation)." })
  note: string | null;
}
