/** Fields of AutomaticEntryRule and AwardedEntry: entities through the batched loaders, the rest from the rule's data. */
import { statementId } from "../../domain/vocabulary";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AutomaticEntryRule, AwardedEntry, type AwardValue, type RuleValue } from "./eligibility.types";
import { citationValues, reportedByAt, type CitationValue } from "./citations";
import { describeRule, standingsAt } from "../../domain/eligibility";
import { entitiesOf, ruleValue } from "./values";
import { toPartialDate } from "../common/partial-date.type";
import type { StatementView } from "../statements/statement-view";
import type { Context } from "../context";

@Resolver(() => AutomaticEntryRule)
export class AutomaticEntryRuleResolver {
  @FieldResolver()
  id(@Root() value: RuleValue): string {
    return value.standing.rule.id;
  }

  @FieldResolver()
  summary(@Root() value: RuleValue): string {
    return describeRule(value.standing.rule, value.book.data);
  }

  @FieldResolver()
  grantors(@Root() value: RuleValue, @Ctx() context: Context) {
    return entitiesOf(value.standing.rule.grantors, context);
  }

  @FieldResolver()
  event(@Root() value: RuleValue, @Ctx() context: Context) {
    return context.store.entity(value.standing.rule.event);
  }

  @FieldResolver()
  edition(@Root() value: RuleValue): number {
    return value.standing.rule.edition;
  }

  @FieldResolver()
  championship(@Root() value: RuleValue, @Ctx() context: Context) {
    const id = value.standing.rule.championship;
    return id ? context.store.entity(id) : null;
  }

  @FieldResolver()
  async jointClassification(@Root() value: RuleValue, @Ctx() context: Context) {
    const joint = value.standing.rule.jointClassification;
    return joint ? { championships: await entitiesOf(joint.championships, context) } : null;
  }

  @FieldResolver()
  season(@Root() value: RuleValue): string | null {
    return value.standing.rule.season ?? null;
  }

  @FieldResolver()
  classDecided(@Root() value: RuleValue): boolean {
    return typeof value.standing.rule.class === "string";
  }

  @FieldResolver()
  class(@Root() value: RuleValue, @Ctx() context: Context) {
    const ruleClass = value.standing.rule.class;
    return typeof ruleClass === "string" ? context.store.entity(ruleClass) : null;
  }

  @FieldResolver()
  classOptions(@Root() value: RuleValue, @Ctx() context: Context) {
    const ruleClass = value.standing.rule.class;
    return typeof ruleClass === "string" ? [] : entitiesOf(ruleClass.options, context);
  }

  @FieldResolver()
  position(@Root() value: RuleValue): number {
    return value.standing.rule.position;
  }

  @FieldResolver()
  lastPosition(@Root() value: RuleValue): number | null {
    return value.standing.rule.lastPosition ?? null;
  }

  @FieldResolver()
  beneficiary(@Root() value: RuleValue): string | null {
    return value.standing.rule.beneficiary ?? null;
  }

  @FieldResolver()
  entryClass(@Root() value: RuleValue, @Ctx() context: Context) {
    const id = value.standing.rule.entryClass;
    return id ? context.store.entity(id) : null;
  }

  @FieldResolver()
  status(@Root() value: RuleValue): string {
    return value.standing.status;
  }

  @FieldResolver()
  statedOn(@Root() value: RuleValue) {
    return toPartialDate(value.standing.rule.statedOn);
  }

  @FieldResolver()
  decidedOn(@Root() value: RuleValue) {
    return toPartialDate(value.standing.rule.decidedOn ?? null);
  }

  @FieldResolver()
  supersedes(@Root() value: RuleValue): RuleValue | null {
    return ruleValue(value.standing.rule.supersedes, value);
  }

  @FieldResolver()
  supersededBy(@Root() value: RuleValue): RuleValue | null {
    return ruleValue(value.standing.supersededById, value);
  }

  @FieldResolver()
  note(@Root() value: RuleValue): string | null {
    return value.standing.rule.note ?? null;
  }

  @FieldResolver()
  citations(@Root() value: RuleValue, @Ctx() context: Context): Promise<CitationValue[]> {
    return citationValues(value.standing.rule.citations, context);
  }

  @FieldResolver()
  async awards(@Root() value: RuleValue, @Ctx() context: Context): Promise<AwardValue[]> {
    const awards = (value.book.data.awards ?? []).filter((award) => award.rule === value.standing.rule.id);
    const knownAt = value.standing.time.knownAt;
    const reported = await Promise.all(awards.map((award) => reportedByAt(award.citations, knownAt, context)));
    return awards.filter((_, index) => reported[index]).map((award) => ({ award, standings: value.standings, book: value.book }));
  }

  @FieldResolver()
  async statement(@Root() value: RuleValue, @Ctx() context: Context): Promise<StatementView | null> {
    const id = value.standing.rule.statement;
    const row = id ? await context.store.statement(statementId(id)) : null;
    return row ? { row, knownAt: value.standing.time.knownAt ?? null } : null;
  }

  @FieldResolver()
  seedLocation(@Root() value: RuleValue): string {
    return value.book.seedLocations.get(value.standing.rule.id) ?? "";
  }
}

@Resolver(() => AwardedEntry)
export class AwardedEntryResolver {
  @FieldResolver()
  id(@Root() value: AwardValue): string {
    return value.award.id;
  }

  @FieldResolver()
  recipient(@Root() value: AwardValue, @Ctx() context: Context) {
    return context.store.entity(value.award.recipient);
  }

  /** The rule as seen with the award; an award reached on its own sees the rule as known today. */
  @FieldResolver()
  rule(@Root() value: AwardValue): RuleValue | null {
    return ruleValue(value.award.rule, value) ?? ruleValue(value.award.rule, { standings: standingsAt(value.book.data.rules, {}), book: value.book });
  }

  @FieldResolver()
  edition(@Root() value: AwardValue): number {
    return value.award.edition;
  }

  @FieldResolver()
  note(@Root() value: AwardValue): string | null {
    return value.award.note ?? null;
  }

  @FieldResolver()
  citations(@Root() value: AwardValue, @Ctx() context: Context): Promise<CitationValue[]> {
    return citationValues(value.award.citations, context);
  }

  @FieldResolver()
  seedLocation(@Root() value: AwardValue): string {
    return value.book.seedLocations.get(value.award.id) ?? "";
  }
}
