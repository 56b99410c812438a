import { FieldResolver, Resolver, Root } from "type-graphql";
import { Source } from "./source.type";
import { PartialDate, toPartialDate } from "../common/partial-date.type";
import type { SourceRecord } from "../../db/schema";

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => PartialDate, { nullable: true })
  published(@Root() source: SourceRecord) {
    return toPartialDate(source.published);
  }
}
