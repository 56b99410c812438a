import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Relationship } from "./relationship.type";
import { Entity } from "./entity.interface";
import { Statement } from "../statements/statement.type";
import { effectiveStatus, type StatementView } from "../statements/statement-view";
import { PartialDate, toPartialDate } from "../common/partial-date.type";
import { Direction } from "../common/enums";
import type { Context } from "../context";
import type { EntityRecord } from "../../db/schema";
import type { RelationshipValue } from "./relationships";

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Entity)
  async entity(@Root() link: RelationshipValue, @Ctx() context: Context): Promise<EntityRecord | null> {
    return context.store.entity(this.otherEnd(link));
  }

  @FieldResolver(() => String)
  predicate(@Root() link: RelationshipValue): string {
    return link.view.row.predicate;
  }

  @FieldResolver(() => Direction)
  direction(@Root() link: RelationshipValue): Direction {
    return link.view.row.subjectId === link.anchor ? Direction.OUTGOING : Direction.INCOMING;
  }

  @FieldResolver(() => String, { nullable: true })
  role(@Root() link: RelationshipValue): string | null {
    return (JSON.parse(link.view.row.qualifiers) as Record<string, string>).role ?? null;
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  validFrom(@Root() link: RelationshipValue) {
    return toPartialDate(link.view.row.validFrom);
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  validUntil(@Root() link: RelationshipValue) {
    return toPartialDate(link.view.row.validUntil);
  }

  @FieldResolver(() => String)
  status(@Root() link: RelationshipValue): string {
    return effectiveStatus(link.view);
  }

  @FieldResolver(() => Statement)
  statement(@Root() link: RelationshipValue): StatementView {
    return link.view;
  }

  private otherEnd(link: RelationshipValue): string {
    const { subjectId, objectId } = link.view.row;
    return subjectId === link.anchor ? (objectId ?? subjectId) : subjectId;
  }
}
