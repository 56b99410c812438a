import { Field, ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Direction, Predicate, StatementStatus } from "../common/enums";
import { PartialDate } from "../common/partial-date.type";
import { Statement } from "../statements/statement.type";
import { Connection } from "../common/pagination";
import type { StatementView } from "../statements/statement-view";

@ObjectType({
  description:
    "A link from the entity asked about to another entity, read off one statement: who, how, when, and the statement with its sources.",
})
export class Relationship {
  @Field(() => Entity, { description: "The entity at the other end." })
  entity: Entity;

  @Field(() => Predicate, { description: "What the statement says." })
  predicate: string;

  @Field(() => Direction, { description: "OUTGOING when the entity asked about is the statement's subject, INCOMING when it is the object." })
  direction: Direction;

  @Field(() => String, { nullable: true, description: "The `role` qualifier, when there is one (president, CEO, founder and CEO, original partner …)." })
  role: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it began to hold." })
  validFrom: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: "When it stopped holding (inclusive)." })
  validUntil: PartialDate | null;

  @Field(() => StatementStatus, { description: "How settled it is, as known at `knownAt`." })
  status: string;

  @Field(() => Statement, { description: "The statement behind the link, with qualifiers and citations." })
  statement: Statement;
}

/** A Relationship as `relationshipPage` makes it: every field filled but the entity, read on demand from `entityId`. */
export interface RelationshipObject extends Omit<Relationship, "entity" | "statement"> {
  entityId: string;
  statement: StatementView;
}

export const RelationshipConnection = Connection(Relationship, "Relationship", "relationship");
