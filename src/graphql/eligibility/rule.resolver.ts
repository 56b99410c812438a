/** The fields of AutomaticEntryRule and AwardedEntry that read through the store: entities, citations, awards, statements. */
import { statementId } from "../../domain/vocabulary";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AutomaticEntryRule, AwardedEntry, type AwardObject, type RuleObject } from "./eligibility.types";
import { citationObjects, reportedAwards } from "./citations";
import type { CitationObject } from "../statements/statement.type";
import { eligibilityBook } from "./eligibility-data";
import { awardObject } from "./objects";
import type { StatementView } from "../statements/statement-view";
import type { Context } from "../context";

@Resolver(() => AutomaticEntryRule)
export class AutomaticEntryRuleResolver {
  @FieldResolver()
  grantors(@Root() rule: RuleObject, @Ctx() context: Context) {
    return context.store.entities(rule.record.grantors);
  }

  @FieldResolver()
  event(@Root() rule: RuleObject, @Ctx() context: Context) {
    return context.store.entity(rule.record.event);
  }

  @FieldResolver()
  championship(@Root() rule: RuleObject, @Ctx() context: Context) {
    const id = rule.record.championship;
    return id ? context.store.entity(id) : null;
  }

  @FieldResolver()
  async jointClassification(@Root() rule: RuleObject, @Ctx() context: Context) {
    const joint = rule.record.jointClassification;
    return joint ? { championships: await context.store.entities(joint.championships) } : null;
  }

  @FieldResolver()
  class(@Root() rule: RuleObject, @Ctx() context: Context) {
    const ruleClass = rule.record.class;
    return typeof ruleClass === "string" ? context.store.entity(ruleClass) : null;
  }

  @FieldResolver()
  classOptions(@Root() rule: RuleObject, @Ctx() context: Context) {
    const ruleClass = rule.record.class;
    return typeof ruleClass === "string" ? [] : context.store.entities(ruleClass.options);
  }

  @FieldResolver()
  entryClass(@Root() rule: RuleObject, @Ctx() context: Context) {
    const id = rule.record.entryClass;
    return id ? context.store.entity(id) : null;
  }

  @FieldResolver()
  citations(@Root() rule: RuleObject, @Ctx() context: Context): Promise<CitationObject[]> {
    return citationObjects(rule.record.citations, context);
  }

  /** The awards reported by the time the rule is seen at, each with this rule. */
  @FieldResolver()
  async awards(@Root() rule: RuleObject, @Ctx() context: Context): Promise<AwardObject[]> {
    const book = await eligibilityBook(context);
    const awards = (book.data.awards ?? []).filter((award) => award.rule === rule.id);
    return (await reportedAwards(awards, rule.knownAt, context)).map((award) => awardObject(award, rule, book));
  }

  @FieldResolver()
  async statement(@Root() rule: RuleObject, @Ctx() context: Context): Promise<StatementView | null> {
    const id = rule.record.statement;
    const row = id ? await context.store.statement(statementId(id)) : null;
    return row ? { row, knownAt: rule.knownAt } : null;
  }
}

@Resolver(() => AwardedEntry)
export class AwardedEntryResolver {
  @FieldResolver()
  recipient(@Root() award: AwardObject, @Ctx() context: Context) {
    return context.store.entity(award.record.recipient);
  }

  @FieldResolver()
  citations(@Root() award: AwardObject, @Ctx() context: Context): Promise<CitationObject[]> {
    return citationObjects(award.record.citations, context);
  }
}
