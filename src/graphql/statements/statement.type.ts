import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.interface";
import { PartialDate } from "../common/partial-date.type";
import { HoldingState, Predicate, RecordDateOrigin, StatementStatus } from "../common/enums";
import { Source } from "../sources/source.type";
import { Entity } from "../entities/entity.interface";
import { Connection } from "../common/pagination";
import type { SourceRecord } from "../../db/schema";

@ObjectType({ description: "A source backing a statement, with the words that say it." })
export class Citation {
  @Field(() => Source, { description: "The source." })
  source: Source;

  @Field(() => String, { description: "A verbatim quote from the source (at most 25 words, in the source's language)." })
  quote: string;
}

/** A Citation as the resolvers make it: the source read (its `published` is parsed by its own field resolver); null only when a seed names an unknown source. */
export interface CitationObject extends Omit<Citation, "source"> {
  source: SourceRecord | null;
}

@ObjectType({ description: "A detail of a statement: the role held, the class, the edition, the position …" })
export class Qualifier {
  @Field(() => String, { description: "What the qualifier says, e.g. role, class, edition, position, about." })
  name: string;

  @Field(() => String, { description: "Its value as text (an entity id when it names an entity)." })
  value: string;

  @Field(() => Entity, { nullable: true, description: "The entity the value names, when it names one." })
  entity?: Entity | null;
}

@ObjectType({
  implements: Node,
  description:
    "One sourced fact: subject, predicate, object (an entity or a literal value), qualifiers, when it held (valid time), " +
    "when it was first reported (record time), how settled it is, and the sources that say it.",
})
export class Statement extends Node {
  @Field(() => ID, { description: "Global id, statement/…; stable while the statement is unchanged." })
  id: string;

  @Field(() => Entity, { description: "What the statement is about." })
  subject: Entity;

  @Field(() => Predicate, { description: "What it says of the subject." })
  predicate: string;

  @Field(() => Entity, { nullable: true, description: "The entity it links the subject to; null when the statement has a literal `value`." })
  object: Entity | null;

  @Field(() => String, { nullable: true, description: "The literal value (a name, a plan, a quotation); null when `object` is set." })
  value: string | null;

  @Field(() => [Qualifier], { description: "Details that qualify the statement." })
  qualifiers: Qualifier[];

  @Field(() => PartialDate, { nullable: true, description: "When it began to hold; null when unknown or always." })
  validFrom: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: "When it stopped holding (inclusive); null when it still holds or the end is unknown." })
  validUntil: PartialDate | null;

  @Field(() => PartialDate, {
    nullable: true,
    description:
      "Record time: by when a source had reported it — its own stated date, else the earliest publication date of its sources (a reported " +
      "result no earlier than its start). Null when no source is dated: then no `knownAt` answer includes it. `statedOnFrom` says which.",
  })
  statedOn: PartialDate | null;

  @Field(() => RecordDateOrigin, { description: "Where `statedOn` comes from." })
  statedOnFrom: string;

  @Field(() => Source, { nullable: true, description: "With statedOnFrom SOURCE_PUBLISHED: the source whose publication date it is." })
  statedOnSource: Source | null;

  @Field(() => Holding, { nullable: true, description: "With `asOf`: whether it held that day, and why. Null without `asOf`." })
  holding: Holding | null;

  @Field(() => Boolean, { description: "True when another claim in the graph cannot be true together with this one (see `disputedBy`)." })
  disputed: boolean;

  @Field(() => [Statement], { description: "The claims that contradict this one, each kept with its own sources." })
  disputedBy: Statement[];

  @Field(() => StatementStatus, { description: "Its status as known at the query's `knownAt` (today when not given)." })
  status: string;

  @Field(() => [Entity], { description: "While UNDECIDED: the options that were on the table." })
  options: Entity[];

  @Field(() => String, { nullable: true, description: "While UNDECIDED: which qualifier the options are for (e.g. class)." })
  optionsFor: string | null;

  @Field(() => Statement, { nullable: true, description: "The earlier statement this one replaces." })
  supersedes: Statement | null;

  @Field(() => Statement, { nullable: true, description: "The later statement that replaces this one, when it was known at `knownAt`." })
  supersededBy: Statement | null;

  @Field(() => [Citation], { description: "The sources that state it, each with a verbatim quote. Never empty." })
  citations: Citation[];

  @Field(() => String, { description: "Where the statement is curated: seed file and line, for corrections." })
  seedLocation: string;
}

@ObjectType({
  description:
    "Whether a statement held on the query's `asOf` day — or, for a month or a year, at any time in it — and why: UNKNOWN when it has no " +
    "start and was not yet reported as holding.",
})
export class Holding {
  @Field(() => HoldingState, { description: "HELD, or UNKNOWN (returned only with `includeUnknown: true`)." })
  state: string;

  @Field(() => String, {
    description:
      'Why, in a sentence a researcher can check against the dates. For a month or a year it says so: "…; asOf 2022 includes what held at ' +
      'any time in 2022 (2022-01-01 to 2022-12-31)".',
  })
  reason: string;

  @Field(() => PartialDate, {
    description: "The `asOf` it was judged for, as typed, with the days it covers: a month or a year (precision MONTH or YEAR) includes what held on any of them.",
  })
  asOf: PartialDate;
}

@ObjectType({ description: "What a list's time filters left out only because a time is unknown, so the omission is visible." })
export class LeftOut {
  @Field(() => Int, { nullable: true, description: "With `knownAt`: statements whose record date is unknown (no statedOn, no dated source). Null without `knownAt`." })
  recordDateUnknown: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "With `asOf`: statements with no start date not yet reported as holding that day (ask `includeUnknown: true` for them). Null without `asOf`.",
  })
  holdingUnknown: number | null;
}

export const StatementConnection = Connection(Statement, "Statement", "statement");
