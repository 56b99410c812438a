/** The eligibility root fields: the rules of an event edition, who received entries, and the two questions. */
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from "type-graphql";
import { DateScalar } from "../common/scalars";
import type { Context } from "../context";
import { AutomaticEntryRule, AwardedEntry, ClassEligibility, EntryEligibility, QualifyingResultInput, type AwardObject, type RuleObject } from "./eligibility.types";
import { Rating } from "./eligibility.enums";
import { eligibilityBook } from "./eligibility-data";
import { standingsAt } from "../../domain/eligibility";
import { awardObject, ruleObjects, rulesKnownToday } from "./objects";
import { checkEdition, lookupOfKind } from "./lookup-kind";
import { answerEntryQuestion } from "./entry-answer";
import { answerCrewQuestion } from "./class-answer";
import { lookupFieldOptions } from "../common/errors";

const LE_MANS = "event/24h-le-mans";

@ArgsType()
class EditionArgs {
  @Field(() => String, { defaultValue: LE_MANS, description: 'The event: id, name or alias ("24 Hours of Le Mans", "24 Heures du Mans").' })
  event: string;

  @Field(() => Int, { description: "The edition (year) of the event." })
  edition: number;
}

@ArgsType()
class AutomaticEntriesArgs extends EditionArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Record time: the rules as the sources had them on this day (stated by then), each with the status it had then. Omit for everything known today.",
  })
  knownAt?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Valid time: keep the rules in force on this day — from their decision (`decidedOn`) or, when no source dates it, their first report — " +
      "with a replacement counted only once it is in force. Omit for every rule, whenever adopted.",
  })
  asOf?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: "Also list the rules a later rule replaced (status SUPERSEDED)." })
  includeSuperseded: boolean;
}

@ArgsType()
class EntryEligibilityArgs extends EditionArgs {
  @Field(() => QualifyingResultInput, { description: "The result to check: championship or joint classification, season, class, position, and optionally the entrant." })
  result: QualifyingResultInput;

  @Field(() => DateScalar, { nullable: true, description: "Answer with what the sources had said by this day (record time). Omit for everything known today." })
  knownAt?: string | null;
}

@ArgsType()
class ClassEligibilityArgs {
  @Field(() => String, { description: 'The championship: id, name or alias ("GT World Challenge Europe"). Its parts\' class definitions are checked too.' })
  championship: string;

  @Field(() => String, { description: 'The season ("2022", or "2023-24" for a winter series).' })
  season: string;

  @Field(() => [Rating], { description: "The crew: one FIA rating per driver, in any order." })
  crew: Rating[];
}

@Resolver()
export class EligibilityResolver {
  @Query(
    () => [AutomaticEntryRule],
    lookupFieldOptions(
      "The automatic-entry rules for an event edition (the 24 Hours of Le Mans 2024) as known at `knownAt` and in force on `asOf`: who grants each, " +
      "the qualifying championship or joint classification, season, class (or the options while undecided), position, beneficiary, entry class, " +
      "status, what each replaces or was replaced by, sources, and the entries awarded. Errors: NOT_FOUND / AMBIGUOUS for `event`.",
    ),
  )
  async automaticEntries(@Args(() => AutomaticEntriesArgs) args: AutomaticEntriesArgs, @Ctx() context: Context): Promise<RuleObject[]> {
    checkEdition(args.edition);
    const event = await lookupOfKind(args.event, ["EVENT"], "event", context);
    const book = await eligibilityBook(context);
    const rules = ruleObjects(standingsAt(book.data.rules, { knownAt: args.knownAt, asOf: args.asOf }), book);
    return [...rules.values()]
      .filter((rule) => rule.record.event === event.id && rule.edition === args.edition)
      .filter((rule) => args.includeSuperseded || rule.status !== "SUPERSEDED")
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  @Query(
    () => EntryEligibility,
    lookupFieldOptions(
      "Does a result earn an automatic entry to an event edition, as known on a day? ELIGIBLE, NOT_ELIGIBLE or UNDETERMINED (while a rule's class or season is still open), " +
      "with every condition checked, whether it held (null = cannot be known yet), and the rule and sources behind it. " +
      "Errors: NOT_FOUND / AMBIGUOUS for any entity named; BAD_USER_INPUT for a malformed result.",
    ),
  )
  async entryEligibility(@Args(() => EntryEligibilityArgs) args: EntryEligibilityArgs, @Ctx() context: Context) {
    return answerEntryQuestion(args, context);
  }

  @Query(
    () => ClassEligibility,
    lookupFieldOptions(
      "Which classes of a championship a crew may enter in a season, by FIA driver rating (Gold Cup 2022: one Bronze, one Silver, one Gold or Platinum), " +
      "with each class's verdict and reasons. The championship's parts are checked too, and named in `championshipsChecked`. Errors: NOT_FOUND / AMBIGUOUS for `championship`.",
    ),
  )
  async classEligibility(@Args(() => ClassEligibilityArgs) args: ClassEligibilityArgs, @Ctx() context: Context) {
    return answerCrewQuestion(args, context);
  }

  @Query(
    () => [AwardedEntry],
    lookupFieldOptions("The entries awarded for an event edition under automatic-entry rules: the recipient, the rule, and the sources. Errors: NOT_FOUND / AMBIGUOUS for `event`."),
  )
  async awardedEntries(@Args(() => EditionArgs) args: EditionArgs, @Ctx() context: Context): Promise<AwardObject[]> {
    checkEdition(args.edition);
    const event = await lookupOfKind(args.event, ["EVENT"], "event", context);
    const book = await eligibilityBook(context);
    const rules = rulesKnownToday(book);
    return (book.data.awards ?? [])
      .filter((award) => award.edition === args.edition && rules.get(award.rule)?.record.event === event.id)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((award) => awardObject(award, rules.get(award.rule)!, book));
  }
}

